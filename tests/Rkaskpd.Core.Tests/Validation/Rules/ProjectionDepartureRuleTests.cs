using System;
using Rkaskpd.Forms;
using Rkaskpd.Projection;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class ProjectionDepartureRuleTests
{
    private static readonly ProjectionDepartureRule Rule = new();

    private static RkaForm WithNextYear(string amount) =>
        TestForms.Consistent().WithAmount(AmountPosition.NextYear, AmountRow.Create(AmountPosition.NextYear, 2020, Rupiah.Parse(amount)));

    [Fact]
    public void Ten_percent_more_raises_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Fact]
    public void A_departure_names_found_and_expected_amounts()
    {
        Diagnostic d = Assert.Single(Rule.Run(WithNextYear("606.324.830,00")));
        Assert.Equal(("RKA203", DiagnosticSeverity.Warning, "amounts.nextYear.amount", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Equal("Year n+1 is 606.324.830,00; the projection rule +10% applied to year n (551.204.390,00) gives 606.324.829,00.", d.Message);
    }

    [Fact]
    public void A_custom_rule_decides()
    {
        // 551.204.390 × 1,05 = 578.764.609,50, rounded to thousands: 578.765.000.
        ProjectionRule fivePercent = ProjectionRule.Create(0.05m, roundTo: Rupiah.Parse("1.000,00"));
        RkaForm form = WithNextYear("578.765.000,00");
        RuleSet rules = RuleSet.Empty.With(Rule).WithProjection(fivePercent);
        Assert.Empty(rules.Validate(form));
        Assert.Single(Rule.Run(form));
        Diagnostic d = Assert.Single(rules.Validate(TestForms.Consistent()));
        Assert.Contains("+5% applied to year n (551.204.390,00) gives 578.765.000,00", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tolerance_accepts_small_departures()
    {
        RuleSet rules = RuleSet.Empty.With(Rule).WithProjection(ProjectionRule.Create(0.10m, tolerance: Rupiah.Parse("1.000,00")));
        Assert.Empty(rules.Validate(WithNextYear("606.325.829,00")));
        Assert.Single(rules.Validate(WithNextYear("606.325.829,01")));
    }

    [Fact]
    public void A_year_n_too_large_to_project_is_reported_with_an_out_of_range_projection()
    {
        RkaForm form = TestForms.Consistent().WithAmount(AmountPosition.CurrentYear, AmountRow.Create(AmountPosition.CurrentYear, 2019, Rupiah.MaxValue));

        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal("amounts.nextYear.amount", d.Path);
        Assert.Equal("Year n+1 is 606.324.829,00; the projection rule +10% applied to year n (92.233.720.368.547.758,07) gives an amount out of range.", d.Message);
    }

    [Fact]
    public void A_form_without_year_n_or_year_n_plus_1_is_not_checked()
    {
        Assert.Empty(Rule.Run(TestForms.Consistent().WithAmount(AmountPosition.CurrentYear, null)));
        Assert.Empty(Rule.Run(TestForms.Consistent().WithAmount(AmountPosition.NextYear, null)));
    }

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));
}
