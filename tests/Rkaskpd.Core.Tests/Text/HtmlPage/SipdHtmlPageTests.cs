using System;
using System.Linq;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.HtmlPage;

/// <summary>A SIPD-era form of another region (Kota Tanjung Harapan, TA 2024, one sub kegiatan) as a SIPD mirror's
/// print page saved from the browser: written by hand, pretty-printed with nested tables, <c>&lt;b&gt;</c> and
/// <c>&lt;br&gt;</c> in cells, entities, a hidden row, a script and a style sheet. The expected values are the ones
/// written into the page.</summary>
public class SipdHtmlPageTests
{
    internal const string Page = """
<!DOCTYPE html>
<html lang="id">
<head>
  <meta charset="utf-8">
  <title>RKA - Rincian Belanja SKPD | SIPD Kota Tanjung Harapan</title>
  <style>
    .cetak td { border: 1px solid #000; padding: 2px 4px; }
    .kanan { text-align: right; }
  </style>
  <script>
    window.onload = function () { if (window.matchMedia && 1 < 2) { window.print(); } };
  </script>
</head>
<body class="cetak">
<!-- templat cetak: rka_rincian_belanja.php -->
<table width="100%">
  <tr>
    <td><b>RENCANA KERJA DAN ANGGARAN<br>SATUAN KERJA PERANGKAT DAERAH</b></td>
    <td class="kanan"><b>Formulir<br>RKA - RINCIAN BELANJA SKPD</b></td>
  </tr>
  <tr><td colspan="2">Pemerintah Kota Tanjung Harapan Tahun Anggaran 2024</td></tr>
</table>
<table width="100%">
  <tr><td width="25%">Urusan Pemerintahan</td><td>: 2 URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR</td></tr>
  <tr><td>Bidang Urusan</td><td>: 2.13 URUSAN PEMERINTAHAN BIDANG PEMBERDAYAAN MASYARAKAT DAN DESA</td></tr>
  <tr><td>Program</td><td>: 2.13.02 PROGRAM PENATAAN DESA</td></tr>
  <tr><td>Sasaran Program</td><td>: Meningkatnya tata kelola pemerintahan kelurahan</td></tr>
  <tr><td>Kegiatan</td><td>: 2.13.02.2.01 Fasilitasi Penataan Wilayah Desa</td></tr>
  <tr><td>Organisasi</td><td>: 2.13.0.00.0.00.01.0000 DINAS PEMBERDAYAAN MASYARAKAT DAN DESA</td></tr>
  <tr><td>Unit</td><td>: 2.13.0.00.0.00.01.0001 BAGIAN TATA PEMERINTAHAN</td></tr>
  <tr><td>Alokasi Tahun 2023</td><td>: Rp. 0,00</td></tr>
  <tr><td>Alokasi Tahun 2024</td><td>: Rp. 18.600.000,00</td></tr>
  <tr><td>Alokasi Tahun 2025</td><td>: Rp. 20.460.000,00</td></tr>
  <tr style="display: none"><td>Alokasi Tahun 2026</td><td>: Rp. 99.999.999,00</td></tr>
</table>
<table width="100%">
  <tr><td colspan="3" align="center"><b>Indikator &amp; Tolok Ukur Kinerja Kegiatan</b></td></tr>
  <tr><th>Indikator</th><th>Tolok Ukur Kinerja</th><th>Target Kinerja</th></tr>
  <tr><td>Capaian Kegiatan</td><td>Persentase kelurahan dengan batas wilayah yang jelas</td><td>100&nbsp;%</td></tr>
  <tr><td>Masukan</td><td>Dana yang dibutuhkan</td><td>Rp. 18.600.000,00</td></tr>
  <tr><td>Keluaran</td><td>Jumlah dokumen penegasan batas kelurahan</td><td>12 Dokumen</td></tr>
  <tr><td>Hasil</td><td>Persentase sengketa batas kelurahan yang terselesaikan</td><td>80 %</td></tr>
</table>
<table width="100%">
  <tr><td colspan="2">Kelompok Sasaran Kegiatan : Aparatur kelurahan se&#8211;Kota Tanjung Harapan</td></tr>
  <tr><td>Sub Kegiatan</td><td>: 2.13.02.2.01.0003 Fasilitasi Penetapan dan Penegasan Batas Wilayah</td></tr>
  <tr><td>Sumber Pendanaan</td><td>: DANA ALOKASI UMUM</td></tr>
  <tr><td>Lokasi</td><td>: Kota Tanjung Harapan, Semua Kecamatan</td></tr>
  <tr><td>Waktu Pelaksanaan</td><td>: Februari s.d. November</td></tr>
  <tr><td>Keluaran Sub Kegiatan</td><td>: Jumlah dokumen penegasan batas kelurahan</td><td>12 Dokumen</td></tr>
</table>
<table class="rincian" width="100%">
  <thead>
    <tr><th>Kode Rekening</th><th>Uraian</th><th>Koefisien</th><th>Satuan</th><th>Harga</th><th>PPN</th><th>Jumlah</th></tr>
  </thead>
  <tbody>
    <tr><td>5.1.02.01.01.0024</td><td>Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor</td><td class="kanan">2.400.000,00</td></tr>
    <tr><td></td><td>[#] Kertas HVS A4</td><td>40 Rim</td><td>Rim</td><td class="kanan">60.000,00</td><td>0,00</td><td class="kanan">2.400.000,00</td></tr>
    <tr><td>5.1.02.01.01.0052</td><td>Belanja Makanan dan Minuman Rapat</td><td class="kanan">16.200.000,00</td></tr>
    <tr><td></td><td>[#] Nasi kotak rapat koordinasi</td><td>30 Orang x 12 Kali</td><td>Orang / Kali</td><td class="kanan">45.000,00</td><td>0,00</td><td class="kanan">16.200.000,00</td></tr>
  </tbody>
</table>
</body>
</html>
""";

    [Fact]
    public void Reads_the_header_of_the_page()
    {
        RkaReadResult result = RkaTextReader.Read(Page);
        RkaForm form = Assert.Single(result.Document.Forms);
        FormHeader h = form.Header;

        Assert.Equal((DocumentKind.Rka, FormTemplate.SipdRincianBelanja), (form.Kind, form.Template));
        Assert.Equal(2024, h.TahunAnggaran);
        Assert.Contains("Tanjung Harapan", h.PemerintahDaerah, StringComparison.Ordinal);
        SipdCodes codes = h.Sipd;
        Assert.Equal(SipdUrusanCode.Parse("2"), codes.Urusan);
        Assert.Equal(BidangUrusanCode.Parse("2.13"), codes.BidangUrusan);
        Assert.Equal(SipdProgramCode.Parse("2.13.02"), codes.Program);
        Assert.Equal(SipdKegiatanCode.Parse("2.13.02.2.01"), codes.Kegiatan);
        Assert.Equal(SubKegiatanCode.Parse("2.13.02.2.01.0003"), codes.SubKegiatan);
        Assert.Equal(SkpdCode.Parse("2.13.0.00.0.00.01.0000"), codes.Organisasi);
        Assert.Equal(SkpdCode.Parse("2.13.0.00.0.00.01.0001"), codes.UnitOrganisasi);
        Assert.Equal("PROGRAM PENATAAN DESA", h.Program!.Name);
        Assert.Equal("BAGIAN TATA PEMERINTAHAN", h.UnitOrganisasi!.Name);
        Assert.Equal("Fasilitasi Penetapan dan Penegasan Batas Wilayah", h.SubKegiatan!.Name);
        Assert.Equal("Meningkatnya tata kelola pemerintahan kelurahan", h.SasaranProgram);
        Assert.Equal("DANA ALOKASI UMUM", h.SumberPendanaan!.Text);
        Assert.Equal("Kota Tanjung Harapan, Semua Kecamatan", h.Lokasi);
        Assert.Equal("Februari s.d. November", h.WaktuPelaksanaan);
        Assert.Equal("Aparatur kelurahan se\u2013Kota Tanjung Harapan", form.KelompokSasaran);
    }

    [Fact]
    public void Reads_the_amounts_indicators_and_rincian_of_the_page_and_not_its_hidden_row()
    {
        RkaReadResult result = RkaTextReader.Read(Page);
        RkaForm form = Assert.Single(result.Document.Forms);

        Assert.Equal(0m, form.Amounts.PreviousYear!.Amount!.Value.Amount);
        Assert.Equal(18_600_000m, form.Amounts.CurrentYear!.Amount!.Value.Amount);
        Assert.Equal(20_460_000m, form.Amounts.NextYear!.Amount!.Value.Amount);
        Assert.DoesNotContain("99.999.999", string.Join("|", form.Amounts.Rows.Select(r => r.AmountText)), StringComparison.Ordinal);
        Indicator[] table = [.. form.Indicators.Where(i => i.Kind != IndicatorKind.CapaianProgram)];
        Assert.Equal([IndicatorKind.CapaianKegiatan, IndicatorKind.Masukan, IndicatorKind.Keluaran, IndicatorKind.Hasil], table.Select(i => i.Kind));
        Assert.Equal("Persentase kelurahan dengan batas wilayah yang jelas", table[0].TolokUkur);
        Assert.Equal(["100 %", "Rp. 18.600.000,00", "12 Dokumen", "80 %"], table.Select(i => i.Target.Text));

        RincianLine[] details = [.. form.Rincian.Where(l => l.Volume is not null)];
        Assert.Equal(2, details.Length);
        Assert.Equal((40m, "Rim", 60_000m, 2_400_000m), (details[0].Volume!.Value, details[0].Satuan, details[0].HargaSatuan!.Value.Amount, details[0].Jumlah!.Value.Amount));
        Assert.Equal(16_200_000m, details[1].Jumlah!.Value.Amount);
        Assert.Equal(45_000m, details[1].HargaSatuan!.Value.Amount);
        Assert.Contains(form.Rincian, l => l.KodeRekening == "5.1.02.01.01.0052" && l.Jumlah == new Rupiah(16_200_000m));
    }

    [Fact]
    public void Says_once_that_it_read_an_html_page_and_places_nothing_unread()
    {
        RkaReadResult result = RkaTextReader.Read(Page);

        Diagnostic note = Assert.Single(result.Diagnostics, d => d.Code == "RKA020");
        Assert.Equal((DiagnosticSeverity.Info, null), (note.Severity, note.Line));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA001" or "RKA006" or "RKA207");
    }

    [Fact]
    public void A_finding_names_the_line_of_the_pages_text_not_of_its_source()
    {
        string page = Page.Replace("<td>: Rp. 18.600.000,00</td>", "<td>: Rp. 18.600.000,00 (SEMBILAN BELAS JUTA RUPIAH)</td>", StringComparison.Ordinal);

        RkaReadResult result = RkaTextReader.Read(page);

        // The page's text: the title row (its two cells of two lines each make three lines: the second line of the
        // first cell and the first of the second share one), the region's row, then a line per header row, so
        // "Alokasi Tahun 2024" is the 13th line of the text; in the source it is the 32nd.
        int source = Array.FindIndex(page.Split('\n'), l => l.Contains("Alokasi Tahun 2024", StringComparison.Ordinal)) + 1;
        Assert.Equal(32, source);
        Assert.Equal(13, result.LineOf(Assert.Single(result.Document.Forms), "amounts.currentYear.amount"));
        Assert.Contains(result.Validate(), d => d.Code == "RKA201" && d.Line == 13);
    }
}
