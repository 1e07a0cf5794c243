namespace Rkaskpd;

/// <summary>What <see cref="TerbilangChecker"/> concludes about a written <c>terbilang</c>.</summary>
public enum TerbilangVerdict
{
    /// <summary>The text spells the amount, in official spelling.</summary>
    Correct = 0,

    /// <summary>The text spells the amount once its spelling slips (listed in
    /// <see cref="TerbilangCheckResult.Slips"/>) are mended: a warning (RKA202), not an error.</summary>
    CorrectWithSlips = 1,

    /// <summary>The text reads as another amount, or as number words that do not form a number (RKA201).</summary>
    Wrong = 2,

    /// <summary>The text holds words that are not number words, even after mending slips, or no words at all.</summary>
    Unreadable = 3,
}
