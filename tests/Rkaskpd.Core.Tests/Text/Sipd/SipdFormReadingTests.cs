using System;
using System.Linq;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Sipd;

/// <summary>Hand-written SIPD-era forms (the shape of DESIGN 1.1) read into the model: 90/2019 codes, SIPD header
/// fields, Alokasi amounts, Capaian Kegiatan; the rules fit the template.</summary>
public class SipdFormReadingTests
{
    /// <summary>DESIGN 1.1 as printed: cells aligned with runs of spaces.</summary>
    internal const string Aligned = """
RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH          RKA - RINCIAN BELANJA SKPD
Pemerintah Kab. Contoh Tahun Anggaran 2023
Urusan Pemerintahan      : 1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR
Bidang Urusan            : 1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN
Program                  : 1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT
Sasaran Program          : Meningkatnya derajat kesehatan masyarakat
Capaian Program          : Indikator                                   Target
                           Persentase fasilitas kesehatan terakreditasi 85 %
Kegiatan                 : 1.02.02.2.02 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah
Organisasi               : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN
Unit                     : 1.02.0.00.0.00.01.0001 PUSKESMAS CONTOH
Alokasi Tahun 2022       : Rp. 0,00
Alokasi Tahun 2023       : Rp. 4.500.000,00
Alokasi Tahun 2024       : Rp. 4.950.000,00
Indikator & Tolok Ukur Kinerja Kegiatan
Indikator          Tolok Ukur Kinerja                                 Target Kinerja
Capaian Kegiatan   Persentase ibu hamil mendapatkan pelayanan sesuai standar   100 %
Masukan            Dana yang dibutuhkan                               Rp. 4.500.000,00
Keluaran           Jumlah dokumen hasil pengelolaan pelayanan kesehatan ibu hamil   12 Dokumen
Hasil              Cakupan pelayanan kesehatan ibu hamil              100 %
Kelompok Sasaran Kegiatan : Ibu hamil
Sub Kegiatan             : 1.02.02.2.02.0001 Pengelolaan Pelayanan Kesehatan Ibu Hamil
Sumber Pendanaan         : DAK Non Fisik - BOK Puskesmas
Lokasi                   : Kab. Contoh, Kec. Contoh
Waktu Pelaksanaan        : Januari s.d. Desember
Keluaran Sub Kegiatan    : Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar   450 Orang
Kode Rekening      Uraian                                   Koefisien   Satuan   Harga      PPN   Jumlah
5.1.02.01.01.0024  Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor                      4.500.000,00
                   [#] Alat tulis kantor pelayanan          30 Paket    Paket    150.000,00 0,00  4.500.000,00
""";

    /// <summary>The same form copied from a web page: cells separated by tabs.</summary>
    internal const string Tabbed = """
RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH	RKA - RINCIAN BELANJA SKPD
Pemerintah Kab. Contoh Tahun Anggaran 2023
Urusan Pemerintahan	: 1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR
Bidang Urusan	: 1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN
Program	: 1.02.02 PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT
Sasaran Program	: Meningkatnya derajat kesehatan masyarakat
Capaian Program	: Indikator	Target
	Persentase fasilitas kesehatan terakreditasi 85 %
Kegiatan	: 1.02.02.2.02 Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah
Organisasi	: 1.02.0.00.0.00.01.0000 DINAS KESEHATAN
Unit	: 1.02.0.00.0.00.01.0001 PUSKESMAS CONTOH
Alokasi Tahun 2022	: Rp. 0,00
Alokasi Tahun 2023	: Rp. 4.500.000,00
Alokasi Tahun 2024	: Rp. 4.950.000,00
Indikator & Tolok Ukur Kinerja Kegiatan
Indikator	Tolok Ukur Kinerja	Target Kinerja
Capaian Kegiatan	Persentase ibu hamil mendapatkan pelayanan sesuai standar	100 %
Masukan	Dana yang dibutuhkan	Rp. 4.500.000,00
Keluaran	Jumlah dokumen hasil pengelolaan pelayanan kesehatan ibu hamil	12 Dokumen
Hasil	Cakupan pelayanan kesehatan ibu hamil	100 %
Kelompok Sasaran Kegiatan : Ibu hamil
Sub Kegiatan	: 1.02.02.2.02.0001 Pengelolaan Pelayanan Kesehatan Ibu Hamil
Sumber Pendanaan	: DAK Non Fisik - BOK Puskesmas
Lokasi	: Kab. Contoh, Kec. Contoh
Waktu Pelaksanaan	: Januari s.d. Desember
Keluaran Sub Kegiatan	: Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar	450 Orang
Kode Rekening	Uraian	Koefisien	Satuan	Harga	PPN	Jumlah
5.1.02.01.01.0024	Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor	4.500.000,00
	[#] Alat tulis kantor pelayanan	30 Paket	Paket	150.000,00 0,00	4.500.000,00
""";

    /// <summary>The tabbed form with the header's Capaian Program table as one line, each column's words together
    /// (a PDF print whose row was taken for the heading's wrapped line, or a copy that joined the columns).</summary>
    internal static readonly string Merged = Tabbed.Replace(
        "Capaian Program\t: Indikator\tTarget\n\tPersentase fasilitas kesehatan terakreditasi 85 %",
        "Capaian Program : Indikator Persentase fasilitas kesehatan terakreditasi Target 85 %",
        StringComparison.Ordinal);

    public static TheoryData<string> Layouts => new() { Aligned, Tabbed, Merged };

    [Fact]
    public void The_merged_layout_has_the_capaian_table_on_one_line() =>
        Assert.Contains("\nCapaian Program : Indikator Persentase fasilitas kesehatan terakreditasi Target 85 %\nKegiatan", Merged, StringComparison.Ordinal);

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Reads_the_header_codes_typed_under_90_2019(string text)
    {
        RkaForm form = Assert.Single(RkaTextReader.Read(text).Document.Forms);
        FormHeader h = form.Header;

        Assert.Equal((DocumentKind.Rka, FormTemplate.SipdRincianBelanja), (form.Kind, form.Template));
        Assert.Equal(2023, h.TahunAnggaran);
        SipdCodes codes = h.Sipd;
        Assert.Equal(SipdUrusanCode.Parse("1"), codes.Urusan);
        Assert.Equal(BidangUrusanCode.Parse("1.02"), codes.BidangUrusan);
        Assert.Equal(SipdProgramCode.Parse("1.02.02"), codes.Program);
        Assert.Equal(SipdKegiatanCode.Parse("1.02.02.2.02"), codes.Kegiatan);
        Assert.Equal(SubKegiatanCode.Parse("1.02.02.2.02.0001"), codes.SubKegiatan);
        Assert.Equal(SkpdCode.Parse("1.02.0.00.0.00.01.0000"), codes.Organisasi);
        Assert.Equal(SkpdCode.Parse("1.02.0.00.0.00.01.0001"), codes.UnitOrganisasi);
        Assert.Equal("URUSAN PEMERINTAHAN BIDANG KESEHATAN", h.BidangUrusan!.Name);
        Assert.Equal("PUSKESMAS CONTOH", h.UnitOrganisasi!.Name);
        Assert.Equal("Pengelolaan Pelayanan Kesehatan Ibu Hamil", h.SubKegiatan!.Name);
        Assert.Equal("1.02.02.2.02.0001", form.KegiatanCodeText);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Reads_the_SIPD_header_fields(string text)
    {
        FormHeader h = Assert.Single(RkaTextReader.Read(text).Document.Forms).Header;

        Assert.Equal("Meningkatnya derajat kesehatan masyarakat", h.SasaranProgram);
        Assert.Equal("DAK Non Fisik - BOK Puskesmas", h.SumberPendanaan!.Text);
        Assert.Equal(new SumberPendanaanPart("DAK Non Fisik - BOK Puskesmas", null), Assert.Single(h.SumberPendanaan.Parts));
        Assert.Equal("Januari s.d. Desember", h.WaktuPelaksanaan);
        Assert.StartsWith("Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", h.KeluaranSubKegiatan, StringComparison.Ordinal);
        Assert.EndsWith("450 Orang", h.KeluaranSubKegiatan, StringComparison.Ordinal);
        Assert.Equal("Kab. Contoh, Kec. Contoh", h.Lokasi);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Places_the_alokasi_rows_by_year(string text)
    {
        FormAmounts amounts = Assert.Single(RkaTextReader.Read(text).Document.Forms).Amounts;

        Assert.Equal(("Alokasi Tahun 2022", 0m), (amounts.PreviousYear!.Label, amounts.PreviousYear.Amount!.Value.Amount));
        Assert.Equal(("Alokasi Tahun 2023", 4_500_000m), (amounts.CurrentYear!.Label, amounts.CurrentYear.Amount!.Value.Amount));
        Assert.Equal(("Alokasi Tahun 2024", 4_950_000m), (amounts.NextYear!.Label, amounts.NextYear.Amount!.Value.Amount));
        Assert.Equal(string.Empty, amounts.CurrentYear.Terbilang);
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Reads_capaian_kegiatan_and_the_other_indicators(string text)
    {
        RkaForm form = Assert.Single(RkaTextReader.Read(text).Document.Forms);
        Indicator[] table = [.. form.Indicators.Where(i => i.Kind != IndicatorKind.CapaianProgram)];

        Assert.Equal(
            [IndicatorKind.CapaianKegiatan, IndicatorKind.Masukan, IndicatorKind.Keluaran, IndicatorKind.Hasil],
            table.Select(i => i.Kind));
        Assert.Equal("Persentase ibu hamil mendapatkan pelayanan sesuai standar", table[0].TolokUkur);
        Assert.Equal("100 %", table[0].Target.Text);
        Assert.Equal("12 Dokumen", table[2].Target.Text);
    }

    /// <summary>The header's Capaian Program table with two rows: one cell per line (plain <c>pdftotext</c>, a
    /// hosting site's text), flattened, and aligned.</summary>
    public static TheoryData<string, string, string> TwoCapaianRows => new()
    {
        {
            Tabbed.Replace(
            "Capaian Program\t: Indikator\tTarget\n\tPersentase fasilitas kesehatan terakreditasi 85 %",
            "Capaian Program\n:\nIndikator\nTarget\nPersentase fasilitas kesehatan terakreditasi\n85 %\nAngka Kematian Balita (AKABA) per 1.000 kelahiran hidup\n9 Per 1.000 KH",
            StringComparison.Ordinal),
            "Angka Kematian Balita (AKABA) per 1.000 kelahiran hidup",
            "9 Per 1.000 KH"
        },
        {
            Tabbed.Replace(
            "Capaian Program\t: Indikator\tTarget\n\tPersentase fasilitas kesehatan terakreditasi 85 %",
            "Capaian Program : Indikator Target\nPersentase fasilitas kesehatan terakreditasi 85 %\nCakupan imunisasi dasar lengkap 95 %",
            StringComparison.Ordinal),
            "Cakupan imunisasi dasar lengkap",
            "95 %"
        },
    };

    [Theory]
    [MemberData(nameof(TwoCapaianRows))]
    public void Reads_every_row_of_the_capaian_program_table(string text, string secondMeasure, string secondTarget)
    {
        Assert.Contains(secondMeasure, text, StringComparison.Ordinal);
        RkaReadResult result = RkaTextReader.Read(text);
        Indicator[] capaian = Assert.Single(result.Document.Forms).Indicators.Where(i => i.Kind == IndicatorKind.CapaianProgram).ToArray();

        Assert.Equal(2, capaian.Length);
        Assert.Equal("Persentase fasilitas kesehatan terakreditasi", capaian[0].TolokUkur);
        Assert.Equal("85 %", capaian[0].Target.Text);
        Assert.Equal(secondMeasure, capaian[1].TolokUkur);
        Assert.Equal(secondTarget, capaian[1].Target.Text);
        Assert.Equal(4, result.Document.Forms[0].Indicators.Count(i => i.Kind != IndicatorKind.CapaianProgram));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA006" or "RKA017");
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Reads_the_capaian_program_table_of_the_header(string text)
    {
        RkaReadResult result = RkaTextReader.Read(text);
        Indicator capaian = Assert.Single(Assert.Single(result.Document.Forms).Indicators, i => i.Kind == IndicatorKind.CapaianProgram);

        Assert.Equal("Persentase fasilitas kesehatan terakreditasi", capaian.TolokUkur);
        Assert.Equal("85 %", capaian.Target.Text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA305");
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Validates_without_false_code_KAK_or_terbilang_errors(string text)
    {
        RkaReadResult result = RkaTextReader.Read(text);
        Diagnostic[] all = [.. result.Validate()];

        Assert.DoesNotContain(all, d => d.Code is "RKA101" or "RKA102" or "RKA401" or "RKA201" or "RKA002" or "RKA016" or "RKA301" or "RKA302");
    }

    [Fact]
    public void A_sub_kegiatan_under_another_kegiatan_is_reported()
    {
        string text = Tabbed.Replace("1.02.02.2.02.0001", "1.02.02.2.03.0001", StringComparison.Ordinal);

        Diagnostic d = Assert.Single(RkaTextReader.Read(text).Validate(), d => d.Code == "RKA102");
        Assert.Equal("header.subKegiatan", d.Path);
        Assert.Contains("1.02.02.2.03", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_program_under_another_bidang_is_reported()
    {
        string text = Tabbed.Replace("1.02.02 PROGRAM", "1.03.02 PROGRAM", StringComparison.Ordinal);

        Assert.Contains(RkaTextReader.Read(text).Validate(), d => d.Code == "RKA102" && d.Path is "header.program" or "header.kegiatan");
    }

    [Fact]
    public void An_unreadable_sipd_code_is_RKA101_with_the_90_2019_shape()
    {
        string text = Tabbed.Replace("1.02.02.2.02.0001", "1.02.02.2.02.X", StringComparison.Ordinal);

        Diagnostic d = Assert.Single(RkaTextReader.Read(text).Validate(), d => d.Code == "RKA101");
        Assert.Equal("header.subKegiatan", d.Path);
        Assert.Contains("90/2019", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DPA - RINCIAN BELANJA SKPD", DocumentKind.Dpa)]
    [InlineData("DPPA - RINCIAN BELANJA SKPD", DocumentKind.DpaPerubahan)]
    [InlineData("RKPA - RINCIAN BELANJA SKPD", DocumentKind.RkaPerubahan)]
    [InlineData("RKA - RINCIAN BELANJA SKPD", DocumentKind.Rka)]
    public void Reads_the_document_kind_from_the_title(string title, DocumentKind kind)
    {
        string text = Tabbed.Replace("RKA - RINCIAN BELANJA SKPD", title, StringComparison.Ordinal);

        RkaForm form = Assert.Single(RkaTextReader.Read(text).Document.Forms);

        Assert.Equal((kind, FormTemplate.SipdRincianBelanja), (form.Kind, form.Template));
    }

    [Fact]
    public void Reads_a_DPA_with_older_jumlah_labels()
    {
        string text = Tabbed
            .Replace("RENCANA KERJA DAN ANGGARAN", "DOKUMEN PELAKSANAAN ANGGARAN", StringComparison.Ordinal)
            .Replace("RKA - RINCIAN", "DPA - RINCIAN", StringComparison.Ordinal)
            .Replace("Alokasi Tahun ", "Jumlah ", StringComparison.Ordinal);

        RkaReadResult result = RkaTextReader.Read(text);
        RkaForm form = Assert.Single(result.Document.Forms);

        Assert.Equal(DocumentKind.Dpa, form.Kind);
        Assert.Equal(FormTemplate.SipdRincianBelanja, form.Template);
        Assert.Equal(("Jumlah 2023", 4_500_000m), (form.Amounts.CurrentYear!.Label, form.Amounts.CurrentYear.Amount!.Value.Amount));
        Assert.Equal(4_950_000m, form.Amounts.NextYear!.Amount!.Value.Amount);
        Assert.DoesNotContain(result.Validate(), d => d.Code is "RKA101" or "RKA201" or "RKA401");
    }

    [Fact]
    public void Sumber_pendanaan_parts_with_amounts_are_read_and_checked_against_the_pagu()
    {
        string fits = Tabbed.Replace("DAK Non Fisik - BOK Puskesmas", "DAU Rp. 3.000.000,00; PAD Rp. 1.500.000,00", StringComparison.Ordinal);
        string differs = Tabbed.Replace("DAK Non Fisik - BOK Puskesmas", "DAU Rp. 3.000.000,00; PAD Rp. 1.000.000,00", StringComparison.Ordinal);

        RkaReadResult read = RkaTextReader.Read(fits);
        SumberPendanaan sumber = Assert.Single(read.Document.Forms).Header.SumberPendanaan!;
        Assert.Equal(
            [new SumberPendanaanPart("DAU", new Rupiah(3_000_000m)), new SumberPendanaanPart("PAD", new Rupiah(1_500_000m))],
            sumber.Parts);
        Assert.DoesNotContain(read.Validate(), d => d.Code == "RKA208");
        Diagnostic d = Assert.Single(RkaTextReader.Read(differs).Validate(), d => d.Code == "RKA208");
        Assert.Equal("header.sumberPendanaan", d.Path);
        Assert.Contains("4.000.000,00", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_shows_the_SIPD_header_fields()
    {
        string markdown = RkaMarkdownWriter.Write(RkaTextReader.Read(Tabbed).Document);

        Assert.Contains("| Bidang Urusan | 1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Sub Kegiatan | 1.02.02.2.02.0001 Pengelolaan Pelayanan Kesehatan Ibu Hamil |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Sumber Pendanaan | DAK Non Fisik - BOK Puskesmas |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Waktu Pelaksanaan | Januari s.d. Desember |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_back_from_its_own_text_and_json()
    {
        RkaDocument document = RkaTextReader.Read(Tabbed).Document;

        Assert.Equal(document, RkaTextReader.Read(RkaTextWriter.Write(document)).Document);
        Assert.Equal(document, Rkaskpd.Serialization.RkaJson.Deserialize(Rkaskpd.Serialization.RkaJson.Serialize(document)));
    }
}
