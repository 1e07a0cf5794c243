using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class PercentageRangeRuleTests
{
    private static readonly PercentageRangeRule Rule = new();

    [Theory]
    [InlineData("0%")]
    [InlineData("100 %")]
    [InlineData("99,5 persen")]
    public void Percentages_within_0_to_100_raise_nothing(string target) =>
        Assert.Empty(Rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.CapaianProgram, target)));

    [Theory]
    [InlineData("780%", "780")]
    [InlineData("100,5 %", "100.5")]
    [InlineData("-5%", "-5")]
    public void Percentages_outside_are_reported(string target, string percent)
    {
        Diagnostic d = Assert.Single(Rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.CapaianProgram, target)));
        Assert.Equal(("RKA303", DiagnosticSeverity.Error, "indicators[0].target", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Equal($"The target '{target}' is {percent} %; a percentage lies between 0 and 100 %.", d.Message);
    }

    [Fact]
    public void A_quantity_over_100_is_no_percentage() =>
        Assert.Empty(Rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.Keluaran, "150 orang")));

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));
}
