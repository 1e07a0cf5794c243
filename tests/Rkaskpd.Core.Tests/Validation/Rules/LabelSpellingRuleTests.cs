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

    /// <summary>The form with one header label replaced: every labelled field the rule reads, by its model path.</summary>
    private static RkaForm WithLabel(string path, string label)
    {
        RkaForm form = TestForms.Consistent();
        FormHeader h = form.Header;
        return path switch
        {
            "header.urusan" => form with { Header = h with { Urusan = h.Urusan with { Label = label } } },
            "header.organisasi" => form with { Header = h with { Organisasi = h.Organisasi with { Label = label } } },
            "header.program" => form with { Header = h with { Program = h.Program with { Label = label } } },
            "header.kegiatan" => form with { Header = h with { Kegiatan = h.Kegiatan with { Label = label } } },
            "header.bidangUrusan" => form with { Header = h with { BidangUrusan = HeaderField.Missing<Rkaskpd.Codes.BidangUrusanCode>(label) } },
            "header.unitOrganisasi" => form with { Header = h with { UnitOrganisasi = HeaderField.Missing<Rkaskpd.Codes.SkpdCode>(label) } },
            "header.subUnitOrganisasi" => form with { Header = h with { SubUnitOrganisasi = HeaderField.Missing<Rkaskpd.Codes.SkpdCode>(label) } },
            "header.subKegiatan" => form with { Header = h with { SubKegiatan = HeaderField.Missing<Rkaskpd.Codes.SubKegiatanCode>(label) } },
            "header.lokasi" => form with { Header = h with { LokasiLabel = label } },
            "header.sasaranProgram" => form with { Header = h with { SasaranProgramLabel = label } },
            "header.sumberPendanaan" => form with { Header = h with { SumberPendanaanLabel = label } },
            "header.waktuPelaksanaan" => form with { Header = h with { WaktuPelaksanaanLabel = label } },
            "header.keluaranSubKegiatan" => form with { Header = h with { KeluaranSubKegiatanLabel = label } },
            _ => form with { KelompokSasaranLabel = label },
        };
    }

    [Theory]
    [InlineData("header.urusan", "Urusan Pemerintahn", "Urusan Pemerintahan")]
    [InlineData("header.organisasi", "Organisas", "Organisasi")]
    [InlineData("header.program", "Progrm", "Program")]
    [InlineData("header.kegiatan", "Kegiatn", "Kegiatan")]
    [InlineData("header.bidangUrusan", "Bidang Urusn", "Bidang Urusan")]
    [InlineData("header.unitOrganisasi", "Unit Organisas", "Unit Organisasi")]
    [InlineData("header.subUnitOrganisasi", "Sub Unit Organisas", "Sub Unit Organisasi")]
    [InlineData("header.subKegiatan", "Sub Kegiatn", "Sub Kegiatan")]
    [InlineData("header.lokasi", "Lokasi Kegiatn", "Lokasi Kegiatan")]
    [InlineData("header.sasaranProgram", "Sasaran Progam", "Sasaran Program")]
    [InlineData("header.sumberPendanaan", "Sumber Pendanan", "Sumber Pendanaan")]
    [InlineData("header.waktuPelaksanaan", "Waktu Pelaksanan", "Waktu Pelaksanaan")]
    [InlineData("header.keluaranSubKegiatan", "Keluaran Sub Kegiatn", "Keluaran Sub Kegiatan")]
    [InlineData("kelompokSasaran", "Kelompok Sasaran Kegiatn", "Kelompok Sasaran Kegiatan")]
    public void Every_header_label_is_checked_and_reported_at_its_own_field(string path, string misspelled, string canonical)
    {
        Diagnostic d = Assert.Single(Rule.Run(WithLabel(path, misspelled)));

        Assert.Equal(("RKA402", path), (d.Code, d.Path));
        Assert.Equal($"The header label '{misspelled}' is misspelled; it should read '{canonical}'.", d.Message);
        Assert.Empty(Rule.Run(WithLabel(path, canonical)));
    }

    [Fact]
    public void A_five_letter_label_one_edit_from_a_six_letter_one_is_the_shortest_misspelling()
    {
        // Lokasi has six letters, so one edit is allowed: Lokas (five letters) is its misspelling; no label of four
        // letters is within one edit of a label longer than five.
        Assert.Equal("The header label 'Lokas' is misspelled; it should read 'Lokasi'.",
            Assert.Single(Rule.Run(WithLabel("header.lokasi", "Lokas"))).Message);
        Assert.Empty(Rule.Run(WithLabel("header.lokasi", "Loka")));
    }

    [Theory]
    [InlineData("Kegiatn 2")]
    [InlineData("Kegiatn-")]
    [InlineData("Kegiat.n")]
    public void A_label_with_a_digit_or_punctuation_is_text_not_a_misspelling(string label) =>
        Assert.Empty(Rule.Run(WithKegiatanLabel(label)));

    [Fact]
    public void A_misspelled_label_is_named_without_its_colon_and_spaces() =>
        Assert.Equal("The header label 'Kegiatn' is misspelled; it should read 'Kegiatan'.",
            Assert.Single(Rule.Run(WithKegiatanLabel("  Kegiatn : "))).Message);
}
