using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Tests;

[Properties(Arbitrary = new[] { typeof(RupiahArbitraries) })]
public partial class RupiahTests
{
    [Fact]
    public void Default_is_zero()
    {
        Assert.Equal(Rupiah.Zero, default);
        Assert.True(default(Rupiah).IsZero);
        Assert.Equal(0L, default(Rupiah).Sen);
        Assert.Equal("0,00", default(Rupiah).ToString());
    }

    [Fact]
    public void Amount_always_has_two_decimals()
    {
        Assert.Equal(551204390.00m, Rupiah.FromSen(55120439000).Amount);
        Assert.Equal("551204390.00", Rupiah.FromSen(55120439000).Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, Rupiah.FromSen(0).Amount.Scale);
        Assert.Equal(-92_233_720_368_547_758.08m, Rupiah.MinValue.Amount);
        Assert.Equal(92_233_720_368_547_758.07m, Rupiah.MaxValue.Amount);
    }

    [Theory]
    [InlineData("551204390", 55120439000L)]
    [InlineData("1.5", 150L)]
    [InlineData("1.500", 150L)]
    [InlineData("-0.01", -1L)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("-92233720368547758.08", long.MinValue)]
    public void Constructor_takes_amounts_with_at_most_two_decimals(string amount, long sen) =>
        Assert.Equal(sen, new Rupiah(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)).Sen);

    [Theory]
    [InlineData("1.005")]
    [InlineData("-0.001")]
    [InlineData("0.0000000000000000000000000001")]
    public void Constructor_rejects_a_fraction_of_a_sen(string amount)
    {
        decimal value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        ArgumentException error = Assert.Throws<ArgumentException>(() => new Rupiah(value));
        Assert.Equal("amount", error.ParamName);
        Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("92233720368547758.08")]
    [InlineData("-92233720368547758.09")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-1000000000000000000")]
    public void Constructor_rejects_amounts_out_of_range(string amount)
    {
        decimal value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => new Rupiah(value)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Rupiah.FromDecimal(value, MidpointRounding.ToZero));
    }

    [Theory]
    [InlineData("0.005", MidpointRounding.AwayFromZero, 1L)]
    [InlineData("-0.005", MidpointRounding.AwayFromZero, -1L)]
    [InlineData("0.005", MidpointRounding.ToEven, 0L)]
    [InlineData("0.015", MidpointRounding.ToEven, 2L)]
    [InlineData("0.0149", MidpointRounding.AwayFromZero, 1L)]
    [InlineData("0.001", MidpointRounding.ToPositiveInfinity, 1L)]
    [InlineData("-0.009", MidpointRounding.ToPositiveInfinity, 0L)]
    [InlineData("-0.001", MidpointRounding.ToNegativeInfinity, -1L)]
    [InlineData("-0.009", MidpointRounding.ToZero, 0L)]
    [InlineData("92233720368547758.074", MidpointRounding.AwayFromZero, long.MaxValue)]
    public void FromDecimal_rounds_as_asked(string amount, MidpointRounding mode, long sen) =>
        Assert.Equal(sen, Rupiah.FromDecimal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), mode).Sen);

    [Fact]
    public void FromDecimal_without_mode_rounds_half_away_from_zero_like_spreadsheets()
    {
        Assert.Equal(235L, Rupiah.FromDecimal(2.345m).Sen);
        Assert.Equal(-235L, Rupiah.FromDecimal(-2.345m).Sen);
        Assert.Throws<ArgumentOutOfRangeException>(() => Rupiah.FromDecimal(92_233_720_368_547_758.075m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rupiah.FromDecimal(1m, (MidpointRounding)42));
    }

    [Fact]
    public void Sign_helpers()
    {
        Assert.True(Rupiah.FromSen(-1).IsNegative);
        Assert.False(Rupiah.Zero.IsNegative);
        Assert.Equal(Rupiah.FromSen(5), Rupiah.FromSen(-5).Abs());
        Assert.Equal(Rupiah.MaxValue, Rupiah.MaxValue.Abs());
        Assert.Throws<OverflowException>(() => Rupiah.MinValue.Abs());
    }

    [Fact]
    public void CompareTo_object_follows_the_framework_contract()
    {
        Assert.True(Rupiah.MinValue.CompareTo((object?)null) > 0);
        Assert.Equal(0, Rupiah.FromSen(7).CompareTo((object)Rupiah.FromSen(7)));
        Assert.Throws<ArgumentException>(() => Rupiah.Zero.CompareTo(0L));
        Assert.False(Rupiah.Zero.Equals(0L));
    }

    [Property]
    public Property Constructor_round_trips_Amount(Rupiah value) =>
        (new Rupiah(value.Amount) == value && Rupiah.FromDecimal(value.Amount, MidpointRounding.ToEven) == value)
            .Label($"{value.Sen} sen");

    [Property]
    public Property Equality_and_ordering_follow_Sen(Rupiah left, Rupiah right)
    {
        int expected = left.Sen.CompareTo(right.Sen);
        bool ok = Math.Sign(left.CompareTo(right)) == Math.Sign(expected)
            && Math.Sign(((IComparable)left).CompareTo(right)) == Math.Sign(expected)
            && (left < right) == (expected < 0)
            && (left <= right) == (expected <= 0)
            && (left > right) == (expected > 0)
            && (left >= right) == (expected >= 0)
            && (left == right) == (expected == 0)
            && (left != right) == (expected != 0)
            && left.Equals(right) == (expected == 0)
            && left.Equals((object)right) == (expected == 0)
            && (expected != 0 || left.GetHashCode() == right.GetHashCode());
        return ok.Label($"{left.Sen} vs {right.Sen}");
    }

    [Property]
    public bool Equal_values_have_equal_hash_codes(Rupiah value) =>
        Rupiah.FromSen(value.Sen).GetHashCode() == value.GetHashCode() && Rupiah.FromSen(value.Sen).Equals(value);
}
