using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class IndicatorPresenceRuleTests
{
    private static readonly IndicatorPresenceRule Rule = new();

    [Fact]
    public void Four_kinds_raise_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Fact]
    public void A_missing_kind_is_named()
    {
        RkaForm form = TestForms.Consistent();
        form = form with { Indicators = [.. form.Indicators.Where(i => i.Kind != IndicatorKind.Hasil)] };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal(("RKA301", DiagnosticSeverity.Error, "indicators", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.StartsWith("The indicator table has no 'Hasil' row", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_form_misses_all_four_kinds() => Assert.Equal(4, Rule.Run(new RkaForm()).Count);

    [Fact]
    public void A_missing_kind_of_a_221_form_names_the_four_kinds_of_the_13_2006_form()
    {
        RkaForm form = TestForms.Consistent();
        form = form with { Indicators = [.. form.Indicators.Where(i => i.Kind != IndicatorKind.Keluaran)] };

        Diagnostic d = Assert.Single(Rule.Run(form));

        Assert.Equal("The indicator table has no 'Keluaran' row; every form needs Capaian Program, Masukan, Keluaran and Hasil.", d.Message);
    }

    [Fact]
    public void An_sipd_form_needs_capaian_kegiatan_and_says_so_in_its_own_words()
    {
        // The SIPD rincian belanja has Capaian Kegiatan where the 13/2006 form has Capaian Program.
        RkaForm form = TestForms.WithAlokasiLabels(TestForms.Consistent() with { Template = FormTemplate.SipdRincianBelanja });
        form = form with
        {
            Indicators = [.. form.Indicators.Select(i => i.Kind == IndicatorKind.CapaianProgram ? i with { Kind = IndicatorKind.CapaianKegiatan } : i)],
        };
        Assert.Empty(Rule.Run(form));

        RkaForm without = form with { Indicators = [.. form.Indicators.Where(i => i.Kind != IndicatorKind.CapaianKegiatan)] };
        Diagnostic d = Assert.Single(Rule.Run(without));

        Assert.Equal("The indicator table has no 'Capaian Kegiatan' row; every SIPD-era form needs Capaian Kegiatan, Masukan, Keluaran and Hasil.", d.Message);
        Assert.Equal("indicators", d.Path);
    }

    /// <summary>A region's own 2.2.1 layout with 90/2019 codes (read as the SIPD-era template for its sub kegiatan) prints
    /// the 2.2.1 form's amount rows (<c>Jumlah Tahun</c>) and indicator table: it needs Capaian Program, not Capaian
    /// Kegiatan.</summary>
    [Fact]
    public void A_221_layout_with_sipd_codes_needs_the_221_kinds()
    {
        RkaForm form = TestForms.Consistent() with { Template = FormTemplate.SipdRincianBelanja };
        Assert.StartsWith("Jumlah Tahun", form.Amounts.CurrentYear!.Label, System.StringComparison.Ordinal);

        Assert.Empty(Rule.Run(form));
        Diagnostic d = Assert.Single(Rule.Run(form with { Indicators = [.. form.Indicators.Where(i => i.Kind != IndicatorKind.CapaianProgram)] }));
        Assert.Contains("'Capaian Program'", d.Message, System.StringComparison.Ordinal);
        Assert.Single(Rule.Run(TestForms.WithAlokasiLabels(form)), x => x.Message.Contains("'Capaian Kegiatan'", System.StringComparison.Ordinal));
    }
}
