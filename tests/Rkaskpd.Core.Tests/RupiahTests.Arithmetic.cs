using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Tests;

public partial class RupiahTests
{
    /// <summary>Checks <paramref name="actual"/> against an exact expected number of sen, or an overflow.</summary>
    private static bool MatchesOrOverflows(Int128 expected, Func<Rupiah> actual)
    {
        if (expected < long.MinValue || expected > long.MaxValue)
        {
            try
            {
                _ = actual();
                return false;
            }
            catch (OverflowException)
            {
                return true;
            }
        }

        return actual().Sen == (long)expected;
    }

    [Property]
    public Property Addition_is_exact_or_overflows(Rupiah left, Rupiah right)
    {
        Int128 sum = (Int128)left.Sen + right.Sen;
        return (MatchesOrOverflows(sum, () => left + right) && MatchesOrOverflows(sum, () => Rupiah.Add(left, right)))
            .Label($"{left.Sen} + {right.Sen}");
    }

    [Property]
    public Property Subtraction_is_exact_or_overflows(Rupiah left, Rupiah right)
    {
        Int128 difference = (Int128)left.Sen - right.Sen;
        return (MatchesOrOverflows(difference, () => left - right)
                && MatchesOrOverflows(difference, () => Rupiah.Subtract(left, right)))
            .Label($"{left.Sen} - {right.Sen}");
    }

    [Property]
    public Property Negation_is_exact_or_overflows(Rupiah value) =>
        (MatchesOrOverflows(-(Int128)value.Sen, () => -value)
            && MatchesOrOverflows(-(Int128)value.Sen, () => Rupiah.Negate(value)))
        .Label($"-{value.Sen}");

    [Property]
    public Property Multiplication_by_long_is_exact_or_overflows(Rupiah value, long factor)
    {
        Int128 product = (Int128)value.Sen * factor;
        return (MatchesOrOverflows(product, () => value * factor)
                && MatchesOrOverflows(product, () => factor * value)
                && MatchesOrOverflows(product, () => value.Multiply(factor))
                && MatchesOrOverflows(product, () => Rupiah.Multiply(value, factor))
                && MatchesOrOverflows(product, () => Rupiah.Multiply(factor, value)))
            .Label($"{value.Sen} * {factor}");
    }

    [Property]
    public Property Arithmetic_matches_decimal_arithmetic() =>
        // Amounts up to Rp 10^10 (12 digits of sen) and factors up to 6 digits: the products stay inside Rupiah.
        Prop.ForAll(WideNumbers.Signed(12).ToArbitrary(), WideNumbers.Signed(12).ToArbitrary(), WideNumbers.Signed(6).ToArbitrary(),
            (leftSen, rightSen, factor) =>
            {
                Rupiah left = Rupiah.FromSen(leftSen);
                Rupiah right = Rupiah.FromSen(rightSen);
                return ((left + right).Amount == left.Amount + right.Amount
                        && (left - right).Amount == left.Amount - right.Amount
                        && (left * factor).Amount == left.Amount * factor
                        && (-left).Amount == -left.Amount)
                    .Label($"{leftSen}, {rightSen}, {factor}");
            });

    [Property]
    public Property Multiply_by_decimal_matches_rounded_decimal_product() =>
        Prop.ForAll(WideNumbers.AnyLong.ToArbitrary(), WideNumbers.Signed(9).ToArbitrary(), Gen.Choose(0, 6).ToArbitrary(),
            (sen, numerator, scale) =>
            {
                decimal factor = new(Math.Abs((int)numerator), 0, 0, numerator < 0, (byte)scale);
                Rupiah value = Rupiah.FromSen(sen);
                bool ok = true;
                foreach (MidpointRounding mode in Enum.GetValues<MidpointRounding>())
                {
                    decimal expected = Math.Round(value.Amount * factor, 2, mode);
                    bool fits = expected >= Rupiah.MinValue.Amount && expected <= Rupiah.MaxValue.Amount;
                    ok &= fits
                        ? value.Multiply(factor, mode).Amount == expected
                        : MatchesOrOverflows(Int128.MaxValue, () => value.Multiply(factor, mode));
                }

                return ok.Label($"{sen} sen * {factor}");
            });

    [Theory]
    [InlineData(100L, "0.125", MidpointRounding.AwayFromZero, 13L)]
    [InlineData(100L, "0.125", MidpointRounding.ToEven, 12L)]
    [InlineData(-100L, "0.125", MidpointRounding.AwayFromZero, -13L)]
    [InlineData(-100L, "0.125", MidpointRounding.ToEven, -12L)]
    [InlineData(-100L, "0.121", MidpointRounding.ToNegativeInfinity, -13L)]
    [InlineData(100L, "0.121", MidpointRounding.ToPositiveInfinity, 13L)]
    [InlineData(100L, "-0.129", MidpointRounding.ToZero, -12L)]
    [InlineData(55120439000L, "0.11", MidpointRounding.AwayFromZero, 6063248290L)]
    [InlineData(long.MaxValue, "1", MidpointRounding.ToEven, long.MaxValue)]
    [InlineData(long.MaxValue, "0.0000000000000000000000000001", MidpointRounding.ToPositiveInfinity, 1L)]
    public void Multiply_by_decimal_is_exact_before_rounding(long sen, string factor, MidpointRounding mode, long expected) =>
        Assert.Equal(expected, Rupiah.FromSen(sen).Multiply(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture), mode).Sen);

    [Fact]
    public void Multiply_by_decimal_handles_factors_with_all_96_bits()
    {
        Assert.Equal(-792281625L, Rupiah.FromSen(1).Multiply(-7922816251426433759354395033.5m / 1e19m, MidpointRounding.ToZero).Sen);
        Assert.Throws<OverflowException>(() => Rupiah.FromSen(100).Multiply(decimal.MaxValue, MidpointRounding.ToEven));
        Assert.Equal(7922816251426433759L, Rupiah.FromSen(1).Multiply(decimal.MaxValue / 1e10m, MidpointRounding.ToZero).Sen);
    }

    [Fact]
    public void Multiply_by_decimal_overflows_loudly()
    {
        Assert.Throws<OverflowException>(() => Rupiah.MaxValue.Multiply(1.0000000001m, MidpointRounding.ToZero));
        Assert.Throws<OverflowException>(() => Rupiah.MinValue.Multiply(-1m, MidpointRounding.ToZero));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rupiah.Zero.Multiply(1m, (MidpointRounding)9));
    }

    [Property]
    public Property Division_gives_the_decimal_ratio(Rupiah left, Rupiah right) =>
        (right.IsZero || (left / right == left.Amount / right.Amount && Rupiah.Divide(left, right) == left / right))
        .Label($"{left.Sen} / {right.Sen}");

    [Fact]
    public void Division_by_zero_throws()
    {
        Assert.Throws<DivideByZeroException>(() => Rupiah.FromSen(1) / Rupiah.Zero);
        Assert.Equal(0.5m, Rupiah.FromSen(50) / Rupiah.FromSen(100));
    }

    [Property]
    public Property Allocate_in_parts_sums_to_the_total_and_differs_by_at_most_one_sen(Rupiah total, byte partsSeed)
    {
        int parts = (partsSeed % 40) + 1;
        Rupiah[] shares = total.Allocate(parts);
        Int128 sum = shares.Aggregate(Int128.Zero, (s, r) => s + r.Sen);
        long min = shares.Min(r => r.Sen);
        long max = shares.Max(r => r.Sen);
        return (shares.Length == parts && sum == total.Sen && (Int128)max - min <= 1
                && shares.All(r => r.IsZero || r.IsNegative == total.IsNegative))
            .Label($"{total.Sen} in {parts}: {string.Join(" ", shares.Select(r => r.Sen))}");
    }

    [Property]
    public Property Allocate_by_ratio_sums_to_the_total_and_each_share_is_within_one_sen(Rupiah total, ushort[] weights)
    {
        if (weights.Length == 0 || weights.All(w => w == 0))
        {
            return true.ToProperty();
        }

        decimal[] ratios = weights.Select(w => (decimal)w / 100m).ToArray();
        Rupiah[] shares = total.Allocate(ratios);
        BigInteger weightSum = weights.Aggregate(BigInteger.Zero, (s, w) => s + w);
        BigInteger sum = shares.Aggregate(BigInteger.Zero, (s, r) => s + r.Sen);
        bool close = shares.Select((r, i) => BigInteger.Abs((r.Sen * weightSum) - (total.Sen * (BigInteger)weights[i])) < weightSum)
            .All(x => x);
        return (shares.Length == weights.Length && sum == total.Sen && close)
            .Label($"{total.Sen} by {string.Join(":", weights)}: {string.Join(" ", shares.Select(r => r.Sen))}");
    }

    [Fact]
    public void Allocate_examples()
    {
        Assert.Equal([3334L, 3333L, 3333L], Rupiah.FromSen(10000).Allocate(3).Select(r => r.Sen));
        Assert.Equal([-34L, -33L, -33L], Rupiah.FromSen(-100).Allocate(3).Select(r => r.Sen));
        Assert.Equal([4L, 3L, 3L], Rupiah.FromSen(10).Allocate(1m, 1m, 1m).Select(r => r.Sen));
        Assert.Equal([4L, 2L, 1L], Rupiah.FromSen(7).Allocate(0.5m, 0.3m, 0.2m).Select(r => r.Sen));
        Assert.Equal([30000L, 0L, 70000L], Rupiah.FromSen(100000).Allocate(30m, 0m, 70m).Select(r => r.Sen));
        Assert.Equal([1L, 2L], Rupiah.FromSen(3).Allocate(new List<decimal> { 1m, 2m }).Select(r => r.Sen));
        Assert.Equal(
            [long.MinValue / 2, long.MinValue / 2],
            Rupiah.MinValue.Allocate(2).Select(r => r.Sen));
        Assert.Equal([long.MaxValue], Rupiah.MaxValue.Allocate(0.000001m).Select(r => r.Sen));
    }

    [Fact]
    public void Allocate_rejects_bad_arguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rupiah.FromSen(1).Allocate(0));
        Assert.Throws<ArgumentException>(() => Rupiah.FromSen(1).Allocate(ReadOnlySpan<decimal>.Empty));
        Assert.Throws<ArgumentException>(() => Rupiah.FromSen(1).Allocate(0m, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rupiah.FromSen(1).Allocate(1m, -1m));
        Assert.Throws<ArgumentNullException>(() => Rupiah.FromSen(1).Allocate((IEnumerable<decimal>)null!));
    }
}
