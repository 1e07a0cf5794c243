namespace Rkaskpd;

/// <summary>
/// Why text is not a <see cref="Rupiah"/> amount; a stable code to test and branch on, while
/// <see cref="RupiahParseResult.ErrorMessage"/> explains it in words.
/// </summary>
public enum RupiahParseError
{
    /// <summary>No error: the text was parsed.</summary>
    None = 0,

    /// <summary>The text is empty or white space only.</summary>
    Empty,

    /// <summary>A character that has no place in an amount, e.g. a letter.</summary>
    UnexpectedCharacter,

    /// <summary>No digits where the amount's digits should start, e.g. <c>Rp.</c> alone.</summary>
    MissingDigits,

    /// <summary>A group between thousands separators without exactly three digits, e.g. <c>1.00.000</c> or
    /// <c>1.2.3</c>, or more than three digits before the first separator.</summary>
    InvalidGroupSize,

    /// <summary>Two kinds of thousands separator in one amount, e.g. <c>1.000 000</c>.</summary>
    MixedGroupSeparators,

    /// <summary>A thousands separator the styles do not allow, e.g. <c>32 500 000,00</c> under
    /// <see cref="RupiahStyles.None"/>.</summary>
    GroupSeparatorNotAllowed,

    /// <summary>English separators (<c>561,000,000.00</c>) without
    /// <see cref="RupiahStyles.AllowEnglishSeparators"/>.</summary>
    EnglishSeparatorsNotAllowed,

    /// <summary>More than two digits of <c>sen</c>, e.g. <c>12,345</c>.</summary>
    TooManySenDigits,

    /// <summary>A decimal mark with no <c>sen</c> digits (or dash) after it, e.g. <c>1.000,</c>.</summary>
    MissingSenDigits,

    /// <summary>The amount lies outside <see cref="Rupiah.MinValue"/>..<see cref="Rupiah.MaxValue"/>.</summary>
    OutOfRange,
}
