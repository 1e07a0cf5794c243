namespace Rkaskpd;

/// <summary>How <see cref="Terbilang"/> capitalises the words it writes.</summary>
public enum TerbilangCasing
{
    /// <summary>All lower case: <c>seribu dua ratus rupiah</c>.</summary>
    Lower = 0,

    /// <summary>All upper case, as on the RKA forms: <c>SERIBU DUA RATUS RUPIAH</c>.</summary>
    Upper = 1,

    /// <summary>Every word capitalised: <c>Seribu Dua Ratus Rupiah</c>.</summary>
    Title = 2,

    /// <summary>Only the first word capitalised: <c>Seribu dua ratus rupiah</c>.</summary>
    Sentence = 3,
}
