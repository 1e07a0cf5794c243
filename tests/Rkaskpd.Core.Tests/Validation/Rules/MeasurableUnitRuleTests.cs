using System;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class MeasurableUnitRuleTests
{
    private static readonly MeasurableUnitRule Rule = new();

    [Theory]
    [InlineData("30 Jenis")]
    [InlineData("12 dokumen")]
    [InlineData("2 dokumen dan 3 kegiatan")]
    [InlineData("1 Paketan")]
    public void Measurable_units_raise_nothing(string target) =>
        Assert.Empty(Rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.Keluaran, target)));

    [Theory]
    [InlineData("1 paket")]
    [InlineData("1 Paket Kegiatan")]
    [InlineData("12 LS")]
    [InlineData("1 lump  sum")]
    [InlineData("1 PM")]
    [InlineData("2 up")]
    [InlineData("1 Lumpsum")]
    [InlineData("4 ls kegiatan")]
    public void Unmeasurable_units_are_reported(string target)
    {
        Diagnostic d = Assert.Single(Rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.Keluaran, target)));
        Assert.Equal(("RKA304", DiagnosticSeverity.Warning, "indicators[2].target", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.StartsWith($"The target '{target}' is counted in '", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_unmeasurable_part_of_a_compound_target_is_reported()
    {
        var diagnostics = Rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.Keluaran, "2 dokumen dan 1 paket"));
        Diagnostic d = Assert.Single(diagnostics);
        Assert.Contains("counted in 'paket'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_default_unit_is_reported()
    {
        foreach (string unit in MeasurableUnitRule.DefaultUnits)
        {
            Diagnostic d = Assert.Single(Rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.Keluaran, "3 " + unit)));
            Assert.Contains($"counted in '{unit}'", d.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_list_of_units_can_be_replaced()
    {
        var rule = new MeasurableUnitRule(["kegiatan"]);
        Assert.Empty(rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.Keluaran, "1 paket")));
        Assert.Single(rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.Keluaran, "3 Kegiatan")));
    }

    [Fact]
    public void A_null_list_of_units_is_refused() =>
        Assert.Equal("unmeasurableUnits", Assert.Throws<ArgumentNullException>(() => new MeasurableUnitRule(null!)).ParamName);

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));
}
