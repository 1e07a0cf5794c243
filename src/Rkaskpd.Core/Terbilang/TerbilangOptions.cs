using System;

namespace Rkaskpd;

/// <summary>
/// Immutable settings for writing a <c>terbilang</c> (an amount in Indonesian words): casing, an optional currency
/// word and how the fraction is read. Start from a preset and change it with <c>with</c>:
/// <c>TerbilangOptions.Rupiah with { Casing = TerbilangCasing.Title }</c>.
/// </summary>
/// <remarks>Equality is value equality over all settings.</remarks>
public sealed record TerbilangOptions
{
    private readonly string? currencyWord;
    private readonly TerbilangCasing casing;
    private readonly TerbilangFraction fraction;

    /// <summary>
    /// Gets the default settings: lower case, no currency word, fraction after <c>koma</c>
    /// (<c>seratus dua puluh juta delapan ratus tujuh puluh tujuh ribu lima ratus</c>).
    /// </summary>
    /// <value>The settings used by <see cref="Terbilang.ToWords(decimal)"/>.</value>
    public static TerbilangOptions Default { get; } = new();

    /// <summary>
    /// Gets the style of the RKA-SKPD forms: upper case, ending in <c>RUPIAH</c>, sen read as a number
    /// (<c>SERIBU DUA RATUS TIGA PULUH EMPAT RUPIAH LIMA PULUH SEN</c>).
    /// </summary>
    /// <value>Upper case, currency word <c>rupiah</c>, <see cref="TerbilangFraction.Sen"/>.</value>
    public static TerbilangOptions Rupiah { get; } = new()
    {
        Casing = TerbilangCasing.Upper,
        CurrencyWord = "rupiah",
        Fraction = TerbilangFraction.Sen,
    };

    /// <summary>Gets the casing of the words.</summary>
    /// <value>Defaults to <see cref="TerbilangCasing.Lower"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined casing.</exception>
    public TerbilangCasing Casing
    {
        get => casing;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown terbilang casing.");
            }

            casing = value;
        }
    }

    /// <summary>
    /// Gets the currency word written after the number (e.g. <c>rupiah</c>), cased like the number words; or
    /// <see langword="null"/> for none.
    /// </summary>
    /// <value>Defaults to <see langword="null"/>. A non-null word is one word: letters only.</value>
    /// <exception cref="ArgumentException">Set to an empty word or one with characters other than letters.</exception>
    public string? CurrencyWord
    {
        get => currencyWord;
        init
        {
            if (value is not null)
            {
                if (value.Length == 0)
                {
                    throw new ArgumentException("A currency word cannot be empty.", nameof(value));
                }

                foreach (char c in value)
                {
                    if (!char.IsLetter(c))
                    {
                        throw new ArgumentException(
                            $"A currency word must be one word of letters only; '{value}' is not.", nameof(value));
                    }
                }
            }

            currencyWord = value;
        }
    }

    /// <summary>Gets how the fractional part is read.</summary>
    /// <value>Defaults to <see cref="TerbilangFraction.Koma"/>.</value>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a defined fraction style.</exception>
    public TerbilangFraction Fraction
    {
        get => fraction;
        init
        {
            if (!Enum.IsDefined(value))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown terbilang fraction style.");
            }

            fraction = value;
        }
    }
}
