using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class LabelSpellingRuleTests
{
    private static readonly LabelSpellingRule Rule = new();

    private static RkaForm WithUrusanLabel(string label)
    {
        RkaForm form = TestForms.Consistent();
        return form with { Header = form.Header with { Urusan = form.Header.Urusan with { Label = label } } };
    }

    private static RkaForm WithKegiatanLabel(string label)
    {
        RkaForm form = TestForms.Consistent();
        return form with { Header = form.Header with { Kegiatan = form.Header.Kegiatan with { Label = label } } };
    }

    [Fact]
    public void Canonical_labels_and_headings_raise_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Theory]
    [InlineData("Bidang Urusan")]
    [InlineData("URUSAN PEMERINTAHAN")]
    [InlineData("Urusan")]
    public void Accepted_header_variants_raise_nothing(string label) => Assert.Empty(Rule.Run(WithUrusanLabel(label)));

    [Fact]
    public void Sub_kegiatan_is_an_accepted_label() => Assert.Empty(Rule.Run(WithKegiatanLabel("Sub Kegiatan")));

    [Fact]
    public void A_misspelled_header_label_is_reported_with_its_correction()
    {
        Diagnostic d = Assert.Single(Rule.Run(WithUrusanLabel("Urusan Pemerintahn")));
        Assert.Equal(("RKA402", DiagnosticSeverity.Warning, "header.urusan", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Equal("The header label 'Urusan Pemerintahn' is misspelled; it should read 'Urusan Pemerintahan'.", d.Message);
    }

    [Fact]
    public void A_misspelled_kegiatan_label_is_reported() =>
        Assert.Equal("header.kegiatan", Assert.Single(Rule.Run(WithKegiatanLabel("Kegiatn"))).Path);

    [Fact]
    public void A_misspelled_KAK_heading_is_reported_with_its_correction()
    {
        RkaForm form = TestForms.Consistent().WithKakSection(KakSectionKind.LatarBelakang, "Layat Belakang :", "Berdasarkan Perbup");
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal("kak.latarBelakang", d.Path);
        Assert.Equal("The KAK heading 'Layat Belakang' is misspelled; it should read 'Latar Belakang'.", d.Message);
    }

    [Fact]
    public void An_accepted_heading_variant_raises_nothing() =>
        Assert.Empty(Rule.Run(TestForms.Consistent().WithKakSection(KakSectionKind.DasarHukum, "Landasan Hukum", "Perbup No. 1 Tahun 2016")));

    [Fact]
    public void An_unrelated_label_is_no_misspelling() => Assert.Empty(Rule.Run(WithUrusanLabel("Lokasi Kegiatan Utama")));

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));

    [Fact]
    public void A_label_with_its_colon_is_no_misspelling() => Assert.Empty(Rule.Run(WithUrusanLabel("Urusan Pemerintahan :")));

    [Fact]
    public void A_misspelled_sipd_label_is_reported_at_its_field()
    {
        RkaForm form = TestForms.Consistent();
        form = form with { Header = form.Header with { SubKegiatan = HeaderField.Missing<Rkaskpd.Codes.SubKegiatanCode>("Sub Kegiatn") } };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal("header.subKegiatan", d.Path);
        Assert.Equal("The header label 'Sub Kegiatn' is misspelled; it should read 'Sub Kegiatan'.", d.Message);
    }
}
