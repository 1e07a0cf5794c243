using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class MasukanTargetRuleTests
{
    private static readonly MasukanTargetRule Rule = new();

    [Theory]
    [InlineData("Rp. 551.204.390,00")]
    [InlineData("Rp 551.204.390")]
    [InlineData("Rp.551.204.390,-")]
    public void The_year_n_amount_raises_nothing(string target) =>
        Assert.Empty(Rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.Masukan, target)));

    [Fact]
    public void Another_amount_is_reported_with_found_and_expected()
    {
        Diagnostic d = Assert.Single(Rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.Masukan, "Rp. 479.077.000,00")));
        Assert.Equal(("RKA302", DiagnosticSeverity.Error, "indicators[1].target", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Equal("The Masukan target is 479.077.000,00; expected the year-n amount 551.204.390,00.", d.Message);
    }

    [Fact]
    public void A_target_that_is_no_amount_is_reported()
    {
        Diagnostic d = Assert.Single(Rule.Run(TestForms.Consistent().WithIndicator(IndicatorKind.Masukan, "Tersedianya dana")));
        Assert.Equal("The Masukan target 'Tersedianya dana' is not an amount; expected the year-n amount Rp. 551.204.390,00.", d.Message);
    }

    [Fact]
    public void Without_a_year_n_amount_nothing_is_compared()
    {
        RkaForm form = TestForms.Consistent().WithAmount(AmountPosition.CurrentYear, null).WithIndicator(IndicatorKind.Masukan, "Rp. 1,00");
        Assert.Empty(Rule.Run(form));
    }

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));
}
