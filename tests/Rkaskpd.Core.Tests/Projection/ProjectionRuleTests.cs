using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Projection;
using Xunit;

namespace Rkaskpd.Tests.Projection;

public class ProjectionRuleTests
{
    [Theory]
    [InlineData("551.204.390,00", "606.324.829,00")]
    [InlineData("73.246.000,00", "80.570.600,00")]
    [InlineData("79.605.750,00", "87.566.325,00")]
    [InlineData("149.575.200,00", "164.532.720,00")]
    [InlineData("0,05", "0,06")]
    public void Ten_percent_projects_the_seed_amounts(string yearN, string expected)
    {
        Assert.Equal(Rupiah.Parse(expected), ProjectionRule.TenPercent.Project(Rupiah.Parse(yearN)));
        Assert.True(ProjectionRule.TenPercent.IsFollowedBy(Rupiah.Parse(yearN), Rupiah.Parse(expected)));
    }

    [Fact]
    public void Rounding_increment_and_tolerance_are_applied()
    {
        var rule = ProjectionRule.Create(0.05m, roundTo: new Rupiah(1000m), tolerance: new Rupiah(1000m));
        Assert.Equal(new Rupiah(1_050_000m), rule.Project(new Rupiah(1_000_000m)));
        Assert.Equal(new Rupiah(1_103_000m), rule.Project(new Rupiah(1_050_100m)));
        Assert.True(rule.IsFollowedBy(new Rupiah(1_000_000m), new Rupiah(1_051_000m)));
        Assert.False(rule.IsFollowedBy(new Rupiah(1_000_000m), new Rupiah(1_051_001m)));
        Assert.Equal("+5%", rule.Name);
    }

    [Fact]
    public void Departures_are_not_followed() =>
        Assert.False(ProjectionRule.TenPercent.IsFollowedBy(new Rupiah(100m), new Rupiah(111m)));

    [Theory]
    [InlineData(-1.5)]
    [InlineData(11)]
    public void Growth_rate_out_of_range_is_rejected(decimal rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProjectionRule.Create(rate));

    [Fact]
    public void Non_positive_increment_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProjectionRule.Create(0.1m, roundTo: Rupiah.Zero));

    [Fact]
    public void Overflow_is_reported_not_followed() =>
        Assert.False(ProjectionRule.TenPercent.IsFollowedBy(Rupiah.MaxValue, Rupiah.MaxValue));

    [Property]
    public Property Zero_growth_is_identity() =>
        Prop.ForAll(WideNumbers.AnyLong.ToArbitrary(), sen =>
        {
            Rupiah amount = Rupiah.FromSen(sen);
            return (ProjectionRule.Create(0m).Project(amount) == amount).Label(amount.ToString());
        });

    [Property]
    public Property Projection_is_a_multiple_of_the_increment() =>
        // Year-n amounts up to Rp 10^13 and increments from one sen to Rp 10^7.
        Prop.ForAll(WideNumbers.Signed(15).ToArbitrary(), WideNumbers.Digits(1, 9).ToArbitrary(), (sen, increment) =>
        {
            var rule = ProjectionRule.Create(0.1m, roundTo: Rupiah.FromSen(increment));
            Rupiah projected = rule.Project(Rupiah.FromSen(sen));
            return (projected.Sen % increment == 0).Label($"{sen} sen, increment {increment} sen: {projected.Sen}");
        });
}
