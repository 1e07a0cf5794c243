using System;
using System.Linq;
using FsCheck.Fluent;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>The generators reach the ranges they promise (FsCheck's sized defaults do not).</summary>
public sealed class WideNumbersTests
{
    [Fact]
    public void Digits_reaches_every_length_up_to_18()
    {
        long[] sample = WideNumbers.Digits(1, 18).Sample(2000, 100).ToArray();
        int[] lengths = sample.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture).Length).Distinct().Order().ToArray();
        Assert.Equal(Enumerable.Range(1, 18), lengths);
        Assert.True(sample.Max() >= 100_000_000_000_000_000L);
    }

    [Fact]
    public void Signed_has_both_signs_and_zero()
    {
        long[] sample = WideNumbers.Signed(15).Sample(2000, 100).ToArray();
        Assert.Contains(sample, v => v < -1_000_000_000_000L);
        Assert.Contains(sample, v => v > 1_000_000_000_000L);
        Assert.Contains(0L, sample);
    }

    [Fact]
    public void AnyLong_reaches_the_extremes()
    {
        long[] sample = WideNumbers.AnyLong.Sample(4000, 100).ToArray();
        Assert.Contains(long.MinValue, sample);
        Assert.Contains(long.MaxValue, sample);
    }

    [Fact]
    public void Digits_rejects_impossible_lengths() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WideNumbers.Digits(0, 19));
}
