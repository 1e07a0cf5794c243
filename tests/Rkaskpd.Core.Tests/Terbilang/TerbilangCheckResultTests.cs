using System;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>A check result is a value: equal when its verdict, expected text, amount read and slips are, with a hash
/// code that agrees; it copies the slips it is given and takes no null.</summary>
public class TerbilangCheckResultTests
{
    private static readonly TerbilangSlip Slip = new(TerbilangSlipKind.Misspelling, "SERMBILAN", "SEMBILAN", 3);

    private static TerbilangCheckResult Result(
        TerbilangVerdict verdict = TerbilangVerdict.CorrectWithSlips,
        string expected = "SEMBILAN RIBU RUPIAH",
        decimal? read = 9_000m,
        params TerbilangSlip[] slips) =>
        new(verdict, expected, read, slips.Length == 0 ? [Slip] : slips);

    [Fact]
    public void Results_with_the_same_parts_are_equal_and_hash_alike()
    {
        TerbilangCheckResult a = Result();
        TerbilangCheckResult b = Result(slips: [new TerbilangSlip(TerbilangSlipKind.Misspelling, "SERMBILAN", "SEMBILAN", 3)]);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Each_part_tells_results_apart()
    {
        TerbilangCheckResult a = Result();

        Assert.NotEqual(a, Result(verdict: TerbilangVerdict.Wrong));
        Assert.NotEqual(a, Result(expected: "SEMBILAN RIBU"));
        Assert.NotEqual(a, Result(read: 9_001m));
        Assert.NotEqual(a, Result(read: null));
        Assert.NotEqual(a, Result(slips: [new TerbilangSlip(TerbilangSlipKind.Spacing, "SERMBILAN", "SEMBILAN", 3)]));
        Assert.NotEqual(a, Result(slips: [Slip, Slip]));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void The_hash_code_follows_each_part()
    {
        // Not a guarantee of the type, but with HashCode's mixing two results that differ in one part essentially never
        // collide; a hash that left a part out would collide here every time.
        int a = Result().GetHashCode();

        Assert.NotEqual(a, Result(verdict: TerbilangVerdict.Wrong).GetHashCode());
        Assert.NotEqual(a, Result(expected: "SEMBILAN RIBU").GetHashCode());
        Assert.NotEqual(a, Result(read: 9_001m).GetHashCode());
        Assert.NotEqual(a, Result(slips: [new TerbilangSlip(TerbilangSlipKind.Spacing, "SERMBILAN", "SEMBILAN", 3)]).GetHashCode());
    }

    [Fact]
    public void Null_parts_are_refused_and_the_slips_are_copied()
    {
        Assert.Throws<ArgumentNullException>("expectedText", () => new TerbilangCheckResult(TerbilangVerdict.Correct, null!, 1m, []));
        Assert.Throws<ArgumentNullException>("slips", () => new TerbilangCheckResult(TerbilangVerdict.Correct, "SATU", 1m, null!));

        var slips = new[] { Slip };
        var result = new TerbilangCheckResult(TerbilangVerdict.CorrectWithSlips, "SATU", 1m, slips);
        slips[0] = new TerbilangSlip(TerbilangSlipKind.Spacing, "x", "y", 0);

        Assert.Equal(Slip, Assert.Single(result.Slips));
        Assert.True(result.SpellsAmount);
        Assert.False(Result(verdict: TerbilangVerdict.Wrong).SpellsAmount);
    }
}
