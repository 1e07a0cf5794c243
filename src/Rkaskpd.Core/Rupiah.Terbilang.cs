namespace Rkaskpd;

/// <content>Spelling the amount in words (<c>terbilang</c>).</content>
public readonly partial struct Rupiah
{
    /// <summary>
    /// Spells the amount in words the way RKA-SKPD forms print it: upper case, ending in <c>RUPIAH</c>, with the sen,
    /// when there are any, read as a number after it (<c>SERIBU RUPIAH LIMA PULUH SEN</c>).
    /// </summary>
    /// <returns>
    /// The words, e.g. <c>LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH</c> for
    /// 551.204.390,00; <c>MINUS ...</c> for a negative amount.
    /// </returns>
    /// <example>
    /// <code>
    /// Rupiah.Parse("120.877.500,00").ToTerbilang()
    /// // SERATUS DUA PULUH JUTA DELAPAN RATUS TUJUH PULUH TUJUH RIBU LIMA RATUS RUPIAH
    /// </code>
    /// </example>
    public string ToTerbilang() => Terbilang.ToWords(Amount, TerbilangOptions.Rupiah);

    /// <summary>Spells the amount in words with the given options.</summary>
    /// <param name="options">The casing, currency word and reading of the sen.</param>
    /// <returns>The words.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="options"/> is null.</exception>
    public string ToTerbilang(TerbilangOptions options) => Terbilang.ToWords(Amount, options);
}
