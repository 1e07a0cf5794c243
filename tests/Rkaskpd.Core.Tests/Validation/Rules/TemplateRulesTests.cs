using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

/// <summary>Rules that depend on the form's template (issue 12 item 4, issue 11 item 6).</summary>
public class TemplateRulesTests
{
    private static RkaForm WithoutTerbilang(FormTemplate template)
    {
        RkaForm form = TestForms.Consistent();
        AmountRow row = form.Amounts.CurrentYear! with { Terbilang = string.Empty };
        return form.WithAmount(AmountPosition.CurrentYear, row) with { Template = template };
    }

    [Fact]
    public void A_missing_terbilang_is_an_error_on_the_221_form() =>
        Assert.Single(new TerbilangAmountRule().Run(WithoutTerbilang(FormTemplate.Rka221)));

    [Fact]
    public void A_missing_terbilang_is_no_error_on_an_SIPD_print() =>
        Assert.Empty(new TerbilangAmountRule().Run(WithoutTerbilang(FormTemplate.SipdRincianBelanja)));

    [Fact]
    public void A_wrong_terbilang_is_still_an_error_on_an_SIPD_print()
    {
        RkaForm form = TestForms.Consistent();
        AmountRow row = form.Amounts.CurrentYear! with { Terbilang = "SATU RUPIAH" };
        Assert.Single(new TerbilangAmountRule().Run(form.WithAmount(AmountPosition.CurrentYear, row) with { Template = FormTemplate.SipdRincianBelanja }));
    }

    [Fact]
    public void An_SIPD_print_needs_capaian_kegiatan_not_capaian_program()
    {
        RkaForm sipd = (TestForms.Consistent() with { Template = FormTemplate.SipdRincianBelanja }).WithAlokasiLabels();
        Diagnostic d = Assert.Single(new IndicatorPresenceRule().Run(sipd));
        Assert.Contains("'Capaian Kegiatan'", d.Message, System.StringComparison.Ordinal);

        RkaForm withKegiatan = sipd with
        {
            Indicators = [.. sipd.Indicators.Where(i => i.Kind != IndicatorKind.CapaianProgram), Indicator.Create(IndicatorKind.CapaianKegiatan, "Persentase", "100 %")],
        };
        Assert.Empty(new IndicatorPresenceRule().Run(withKegiatan));
    }

    [Fact]
    public void A_KAK_template_is_decided_by_the_form_s_own_KAK()
    {
        Assert.True(FormTemplates.HasKak(TestForms.Consistent()));
        Assert.False(FormTemplates.HasKak(TestForms.Consistent() with { Kak = null }));
    }

    [Fact]
    public void The_221_form_keeps_its_13_2006_code_rules()
    {
        // On the 2.2.1 form a 90/2019 code is still RKA101: 13/2006 parsing is not weakened.
        RkaForm form = TestForms.Consistent() with
        {
            Header = TestForms.Consistent().Header with { Program = new HeaderField<Rkaskpd.Codes.ProgramCode>("Program", "1.02.02", null, "PROGRAM") },
        };
        Assert.Single(new CodeParseRule().Run(form));
        // On an SIPD print the same code parses (no false RKA101), while the 13/2006 kegiatan there does not.
        var sipd = new CodeParseRule().Run(form with { Template = FormTemplate.SipdRincianBelanja });
        Assert.DoesNotContain(sipd, d => d.Path == "header.program");
        Assert.Contains(sipd, d => d.Path == "header.kegiatan");
    }
}
