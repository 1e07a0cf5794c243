using System;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class AmountNotationRuleTests
{
    private static readonly AmountNotationRule Rule = new();

    private static RkaForm WithCurrentYearText(string text)
    {
        RkaForm form = TestForms.Consistent();
        return form.WithAmount(AmountPosition.CurrentYear, form.Amounts.CurrentYear! with { AmountText = text });
    }

    [Theory]
    [InlineData("551.204.390,00")]
    [InlineData("551.204.390")]
    [InlineData("Rp. 551.204.390,00")]
    public void The_standard_notation_raises_nothing(string text) => Assert.Empty(Rule.Run(WithCurrentYearText(text)));

    [Fact]
    public void Spaces_between_thousands_are_reported_with_the_standard_text()
    {
        Diagnostic d = Assert.Single(Rule.Run(WithCurrentYearText("551 204 390,00")));
        Assert.Equal(("RKA205", DiagnosticSeverity.Info, "amounts.currentYear.amount", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Equal("The amount '551 204 390,00' is written with spaces; the forms' standard is dots between thousands and a decimal comma: 551.204.390,00.", d.Message);
    }

    [Fact]
    public void English_separators_are_reported()
    {
        Diagnostic d = Assert.Single(Rule.Run(WithCurrentYearText("551,204,390.00")));
        Assert.Contains("English separators", d.Message, StringComparison.Ordinal);
        Assert.Contains(": 551.204.390,00.", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_amount_is_not_this_rules_business() => Assert.Empty(Rule.Run(WithCurrentYearText("lima ratus")));

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));

    [Fact]
    public void A_masukan_target_with_spaces_between_thousands_is_reported()
    {
        RkaForm form = TestForms.Consistent().WithIndicator(IndicatorKind.Masukan, "Rp. 32 500 000,00");
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal(("RKA205", DiagnosticSeverity.Info, "indicators[1].target"), (d.Code, d.Severity, d.Path));
        Assert.Equal("The amount 'Rp. 32 500 000,00' is written with spaces; the forms' standard is dots between thousands and a decimal comma: 32.500.000,00.", d.Message);
    }
}
