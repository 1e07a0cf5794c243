namespace Rkaskpd;

/// <summary>How <see cref="Terbilang"/> reads the fractional part of an amount.</summary>
public enum TerbilangFraction
{
    /// <summary>
    /// After <c>koma</c>, digit by digit, without trailing zeros: 1.25 → <c>satu koma dua lima</c>, 1.50 →
    /// <c>satu koma lima</c>. A currency word, if any, comes last: <c>satu koma lima rupiah</c>.
    /// </summary>
    Koma = 0,

    /// <summary>
    /// As <c>sen</c> (hundredths) after the currency word, the two sen digits read as a number:
    /// 1234.50 → <c>seribu dua ratus tiga puluh empat rupiah lima puluh sen</c>; no sen part when the amount is whole.
    /// Needs a <see cref="TerbilangOptions.CurrencyWord"/> and at most two decimals.
    /// </summary>
    Sen = 1,
}
