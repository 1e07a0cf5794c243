using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Projection;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Validation;

public class RuleSetTests
{
    [Fact]
    public void A_consistent_form_raises_nothing()
    {
        var diagnostics = RuleSet.Default.Validate(new RkaDocument { Forms = [TestForms.Consistent()] });
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void No_rule_throws_on_an_empty_form_or_document()
    {
        RkaForm hollow = new() { Amounts = new FormAmounts { CurrentYear = new AmountRow(), NextYear = new AmountRow { Amount = Rupiah.MaxValue } } };
        var diagnostics = RuleSet.Default.Validate(new RkaDocument { Forms = [new RkaForm(), hollow] });
        Assert.DoesNotContain(diagnostics, d => d.Code == RuleIds.RuleFailed);
        Assert.Empty(RuleSet.Default.Validate(new RkaDocument()));
    }

    [Fact]
    public void Default_set_has_every_contract_rule_once()
    {
        string[] expected =
        [
            "RKA101", "RKA102", "RKA103", "RKA104", "RKA201", "RKA202", "RKA203", "RKA204", "RKA205", "RKA208", "RKA209", "RKA210",
            "RKA301", "RKA302", "RKA303", "RKA304", "RKA307", "RKA401", "RKA402", "RKA403", "RKA501", "RKA502", "RKA504",
            "RKA505",
        ];
        Assert.Equal(expected, RuleSet.Default.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.All(RuleSet.Default.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Summary)));
    }

    [Fact]
    public void A_rule_can_be_turned_off()
    {
        RkaForm form = TestForms.Consistent().WithIndicator(IndicatorKind.Masukan, "Rp. 1,00");
        Assert.Contains(RuleSet.Default.Validate(form), d => d.Code == RuleIds.MasukanTarget);
        Assert.DoesNotContain(RuleSet.Default.Without(RuleIds.MasukanTarget).Validate(form), d => d.Code == RuleIds.MasukanTarget);
        Assert.False(RuleSet.Default.Without(RuleIds.MasukanTarget).Contains(RuleIds.MasukanTarget));
    }

    [Fact]
    public void A_severity_can_be_changed()
    {
        RkaForm form = TestForms.Consistent().WithIndicator(IndicatorKind.Masukan, "Rp. 1,00");
        Diagnostic d = Assert.Single(RuleSet.Default.WithSeverity(RuleIds.MasukanTarget, DiagnosticSeverity.Info).Validate(form));
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("3.05.3.05.09.01.021", d.Kegiatan);
    }

    [Fact]
    public void The_projection_rule_is_chosen_per_set()
    {
        RkaForm form = TestForms.Consistent();
        Assert.Contains(RuleSet.Default.WithProjection(ProjectionRule.Create(0.05m)).Validate(form), d => d.Code == RuleIds.ProjectionDeparture);
        Assert.Empty(RuleSet.Default.WithProjection(ProjectionRule.TenPercent).Validate(form));
    }

    [Fact]
    public void A_callers_rule_runs_and_a_throwing_rule_is_reported_not_thrown()
    {
        RuleSet rules = RuleSet.Empty.With(new LokasiRule()).With(new ThrowingRule());
        var diagnostics = rules.Validate(new RkaDocument { Forms = [TestForms.Consistent() with { Header = TestForms.Consistent().Header with { Lokasi = null } }] });
        Assert.Contains(diagnostics, d => d.Code == "X001" && d.Severity == DiagnosticSeverity.Warning);
        Assert.Contains(diagnostics, d => d.Code == RuleIds.RuleFailed && d.Message.Contains("X002", StringComparison.Ordinal));
    }

    [Fact]
    public void Replacing_a_rule_keeps_one_rule_per_id()
    {
        RuleSet rules = RuleSet.Default.With(new Rkaskpd.Validation.Rules.MeasurableUnitRule(["jenis"]));
        Assert.Equal(RuleSet.Default.Rules.Count, rules.Rules.Count);
        Assert.Contains(rules.Validate(TestForms.Consistent()), d => d.Code == RuleIds.UnmeasurableUnit);
    }

    [Fact]
    public void Diagnostics_format_on_one_line()
    {
        var d = new Diagnostic("RKA201", DiagnosticSeverity.Error, "wrong", "3.05.3.05.09.39.007", "amounts.currentYear.terbilang") { Line = 12 };
        Assert.Equal("RKA201 error 3.05.3.05.09.39.007 amounts.currentYear.terbilang (line 12): wrong", d.ToString());
    }

    private sealed class LokasiRule : IFormRule
    {
        public string Id => "X001";

        public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

        public string Summary => "The form names no location.";

        public void Validate(RkaForm form, RuleContext context)
        {
            if (form.Header.Lokasi is null)
            {
                context.Report(form, "header.lokasi", "No lokasi kegiatan.");
            }
        }
    }

    private sealed class ThrowingRule : IDocumentRule
    {
        public string Id => "X002";

        public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

        public string Summary => "Always fails.";

        public void Validate(RkaDocument document, RuleContext context) => throw new InvalidOperationException("boom");
    }
}
