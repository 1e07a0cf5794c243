using System;

namespace Rkaskpd;

/// <summary>
/// Which spellings of an amount <see cref="Rupiah"/> parsing accepts beyond the forms' own notation
/// (<c>Rp. 551.204.390,00</c>: <c>.</c> between thousands, <c>,</c> before the <c>sen</c>), which is always accepted
/// together with <c>Rp</c>/<c>Rp.</c>, <c>,-</c>, a leading minus sign and surrounding white space.
/// </summary>
[Flags]
public enum RupiahStyles
{
    /// <summary>Only the forms' notation: dots between thousands (or no separator at all), comma before the
    /// <c>sen</c>.</summary>
    None = 0,

    /// <summary>Also accept spaces (including no-break spaces) between thousands, e.g. <c>32 500 000,00</c>, a slip
    /// seen in real forms.</summary>
    AllowSpaceGroupSeparator = 1,

    /// <summary>
    /// Also accept English separators: <c>,</c> between thousands and <c>.</c> before the <c>sen</c>, e.g.
    /// <c>561,000,000.00</c>, <c>Rp 561,000,000</c> or the invariant <c>551204390.00</c>. A dot followed by exactly
    /// three digits still separates thousands (<c>1.000</c> is one thousand), since three <c>sen</c> digits are
    /// never valid.
    /// </summary>
    AllowEnglishSeparators = 2,

    /// <summary>The default: the forms' notation and spaces between thousands, but not English separators.</summary>
    Default = AllowSpaceGroupSeparator,

    /// <summary>Every spelling this type understands.</summary>
    Any = AllowSpaceGroupSeparator | AllowEnglishSeparators,
}
