using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class SumberPendanaanTotalRuleTests
{
    private static readonly SumberPendanaanTotalRule Rule = new();

    // TestForms.Consistent() has year n 551.204.390,00.
    private static RkaForm With(string sumber) =>
        TestForms.Consistent() with { Header = TestForms.Consistent().Header with { SumberPendanaan = new SumberPendanaan(sumber) } };

    [Fact]
    public void Parts_adding_up_to_the_pagu_raise_nothing() =>
        Assert.Empty(Rule.Run(With("DAU Rp. 500.000.000,00; PAD Rp. 51.204.390,00")));

    [Fact]
    public void Parts_that_do_not_add_up_are_reported_with_both_sums()
    {
        Diagnostic d = Assert.Single(Rule.Run(With("DAU Rp. 500.000.000,00; PAD Rp. 50.000.000,00")));
        Assert.Equal(("RKA208", DiagnosticSeverity.Error, "header.sumberPendanaan"), (d.Code, d.Severity, d.Path));
        Assert.Equal("The sumber pendanaan parts add up to 550.000.000,00; expected the year-n amount (pagu) 551.204.390,00.", d.Message);
    }

    [Theory]
    [InlineData("DAK Non Fisik - BOK Puskesmas")]
    [InlineData("DAU Rp. 1,00; PAD")]
    public void Sources_without_amounts_are_not_checked(string sumber) => Assert.Empty(Rule.Run(With(sumber)));

    [Fact]
    public void Parts_beyond_the_largest_amount_are_reported_not_thrown()
    {
        Diagnostic d = Assert.Single(Rule.Run(With("DAU Rp. 92.233.720.368.547.758,07; PAD Rp. 1,00")));
        Assert.Equal(("RKA208", "header.sumberPendanaan"), (d.Code, d.Path));
        Assert.Equal("The sumber pendanaan amounts add up to more than an amount can hold.", d.Message);
    }

    [Fact]
    public void A_form_without_sumber_pendanaan_or_year_n_is_not_checked()
    {
        Assert.Empty(Rule.Run(TestForms.Consistent()));
        Assert.Empty(Rule.Run(With("DAU Rp. 1,00").WithAmount(AmountPosition.CurrentYear, null)));
    }
}
