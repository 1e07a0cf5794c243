using System;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class TerbilangSpellingRuleTests
{
    private static readonly TerbilangSpellingRule Rule = new();

    private static RkaForm WithPreviousYear(string amount, string terbilang) => TestForms.Consistent().WithAmount(
        AmountPosition.PreviousYear,
        AmountRow.Create(AmountPosition.PreviousYear, 2020, Rupiah.Parse(amount)) with { Terbilang = terbilang });

    [Fact]
    public void Correct_terbilang_raise_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Theory]
    [InlineData(AmountPosition.PreviousYear, 2019, "amounts.previousYear.terbilang")]
    [InlineData(AmountPosition.CurrentYear, 2020, "amounts.currentYear.terbilang")]
    [InlineData(AmountPosition.NextYear, 2021, "amounts.nextYear.terbilang")]
    public void A_slip_in_each_year_s_row_is_reported_at_that_row(AmountPosition position, int year, string path)
    {
        RkaForm form = TestForms.Consistent().WithAmount(position,
            AmountRow.Create(position, year, Rupiah.Parse("9.000,00")) with { Terbilang = "SERMBILAN RIBU RUPIAH" });
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal(("RKA202", path), (d.Code, d.Path));
        Assert.Contains("'SERMBILAN' → 'SEMBILAN'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seeds_SERMBILAN_is_named_with_its_correction()
    {
        RkaForm form = WithPreviousYear("149.575.200,00", "SERATUS EMPAT PULUH SERMBILAN JUTA LIMA RATUS TUJUH PULUH LIMA RIBU DUA RATUS RUPIAH");
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal(("RKA202", DiagnosticSeverity.Warning, "amounts.previousYear.terbilang", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Contains("'SERMBILAN' → 'SEMBILAN'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'SERATUS EMPAT PULUH SEMBILAN JUTA LIMA RATUS TUJUH PULUH LIMA RIBU DUA RATUS RUPIAH'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seeds_glued_SATURIBU_is_named_with_its_correction()
    {
        RkaForm form = WithPreviousYear("9.731.700,00", "SEMBILAN JUTA TUJUH RATUS TIGA PULUH SATURIBU TUJUH RATUS RUPIAH");
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Contains("'SATURIBU' → 'SATU RIBU'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_slip_is_named()
    {
        RkaForm form = WithPreviousYear("9.731.700,00", "SERMBILAN JUTA TUJUH RATUS TIGA PULUH SATURIBU TUJUH RATUS RUPIAH");
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Contains("'SERMBILAN' → 'SEMBILAN'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'SATURIBU' → 'SATU RIBU'", d.Message, StringComparison.Ordinal);
        Assert.Contains("'SERMBILAN' → 'SEMBILAN', 'SATURIBU' → 'SATU RIBU'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_RUPIAH_is_named_as_missing()
    {
        Diagnostic d = Assert.Single(Rule.Run(WithPreviousYear("1.000,00", "SERIBU")));
        Assert.Equal("The terbilang of 1.000,00 has spelling slips: missing 'RUPIAH'; the correct text is 'SERIBU RUPIAH'.", d.Message);
    }

    [Fact]
    public void Lower_case_is_no_slip() =>
        Assert.Empty(Rule.Run(WithPreviousYear("1.000,00", "seribu rupiah")));

    [Fact]
    public void A_wrong_amount_is_left_to_RKA201()
    {
        Assert.Empty(Rule.Run(WithPreviousYear("79.605.750,00", "TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA RATUS")));
    }

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));

    [Fact]
    public void A_row_without_an_amount_is_skipped_whatever_its_terbilang()
    {
        RkaForm form = TestForms.Consistent().WithAmount(AmountPosition.PreviousYear,
            new AmountRow { Position = AmountPosition.PreviousYear, Label = "TA 2020", Terbilang = "SERMBILAN RIBU RUPIAH" });
        Assert.Empty(Rule.Run(form));
    }
}
