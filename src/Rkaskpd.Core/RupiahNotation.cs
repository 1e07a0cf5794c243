using System;

namespace Rkaskpd;

/// <summary>
/// How an amount was written, as reported by <see cref="Rupiah.ParseDetailed(ReadOnlySpan{char}, RupiahStyles)"/>;
/// validation rules use it to flag non-standard spellings (e.g. RKA205 for <see cref="SpaceGroupSeparator"/> or
/// <see cref="EnglishSeparators"/>).
/// </summary>
[Flags]
public enum RupiahNotation
{
    /// <summary>Nothing notable: plain digits such as <c>1000</c> or <c>1000,50</c>.</summary>
    None = 0,

    /// <summary>The currency symbol without a dot, <c>Rp 1.796.000,00</c> (any letter case).</summary>
    CurrencySymbol = 1,

    /// <summary>The currency symbol with a dot, <c>Rp. 551.204.390,00</c> or <c>Rp.551.204.390,00</c>.</summary>
    CurrencySymbolWithDot = 2,

    /// <summary>Dots between thousands, the forms' standard: <c>551.204.390,00</c>.</summary>
    DotGroupSeparator = 4,

    /// <summary>Spaces between thousands, a non-standard spelling: <c>32 500 000,00</c>.</summary>
    SpaceGroupSeparator = 8,

    /// <summary>English separators (comma between thousands or a decimal point), a non-standard spelling:
    /// <c>561,000,000.00</c>.</summary>
    EnglishSeparators = 16,

    /// <summary>A dash in place of the <c>sen</c>: <c>Rp. 73.246.000,-</c>.</summary>
    DashForSen = 32,

    /// <summary>No <c>sen</c> written at all: <c>1.000.000</c>.</summary>
    NoSen = 64,

    /// <summary>A minus sign: <c>-1.000,00</c>.</summary>
    MinusSign = 128,
}
