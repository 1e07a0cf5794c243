using System;
using System.IO;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>
/// A small RKA-SKPD 2.2.1 form typed in Word as a SIPKD template is (Kabupaten Sukamaju, TA 2021, values of our own,
/// no KAK): the title in a two-column table, the region and year one paragraph with a line break, the header fields and
/// amounts in a label : value table, the indicators and rincian in tables, a revised kegiatan name (deleted and
/// inserted text) and cells split over several runs. Expected values are the ones written into the document.
/// </summary>
public class HandWrittenWordFormTests
{
    private static readonly Lazy<RkaReadResult> Result = new(() => RkaTextReader.Read(Build()));

    [Fact]
    public void The_header_reads_as_typed()
    {
        FormHeader header = Assert.Single(Result.Value.Document.Forms).Header;

        Assert.Equal("PEMERINTAH KABUPATEN SUKAMAJU", header.PemerintahDaerah);
        Assert.Equal(2021, header.TahunAnggaran);
        Assert.Equal(("1.02", "Kesehatan"), (header.Urusan.CodeText, header.Urusan.Name));
        Assert.Equal(("1.02.01", "Dinas Kesehatan"), (header.Organisasi.CodeText, header.Organisasi.Name));
        Assert.Equal(("1.02.1.02.01.16", "Program Upaya Kesehatan Masyarakat"), (header.Program.CodeText, header.Program.Name));
        Assert.Equal(("1.02.1.02.01.16.05", "Penyuluhan Gizi Balita"), (header.Kegiatan.CodeText, header.Kegiatan.Name));
        Assert.Equal("Kecamatan Sukamaju", header.Lokasi);
    }

    [Fact]
    public void The_amounts_indicators_and_kelompok_sasaran_read_as_typed()
    {
        RkaForm form = Assert.Single(Result.Value.Document.Forms);

        Assert.Equal(12_000_000m, form.Amounts.PreviousYear?.Amount?.Amount);
        Assert.Equal(15_600_000m, form.Amounts.CurrentYear?.Amount?.Amount);
        Assert.Equal("lima belas juta enam ratus ribu rupiah", form.Amounts.CurrentYear?.Terbilang);
        Assert.Equal(17_160_000m, form.Amounts.NextYear?.Amount?.Amount);
        Assert.Equal(
            [(IndicatorKind.CapaianProgram, "Menurunnya balita gizi buruk", "5 %"), (IndicatorKind.Masukan, "Dana", "Rp. 15.600.000,00"),
             (IndicatorKind.Keluaran, "Jumlah posyandu yang dibina", "24 posyandu"), (IndicatorKind.Hasil, "Meningkatnya pengetahuan gizi ibu balita", "80 %")],
            form.Indicators.Select(i => (i.Kind, i.TolokUkur, i.Target.Text)));
        Assert.Equal("Ibu balita di Kecamatan Sukamaju", form.KelompokSasaran);
    }

    [Fact]
    public void The_rincian_reads_as_typed()
    {
        RkaForm form = Assert.Single(Result.Value.Document.Forms);

        Assert.Equal(
            [("5.2", "BELANJA LANGSUNG", null, null, null, 15_600_000m), ("5.2.2", "Belanja Barang dan Jasa", null, null, null, 15_600_000m),
             ("5.2.2.11.02", "Belanja Makanan dan Minuman Kegiatan", null, null, null, 7_200_000m), (null, "Snack peserta penyuluhan", 480m, "kotak", 15_000m, 7_200_000m),
             ("5.2.2.06.01", "Belanja Cetak", null, null, null, 8_400_000m), (null, "Leaflet gizi balita", 2_800m, "lembar", 3_000m, 8_400_000m)],
            form.Rincian.Select(r => (r.KodeRekening, r.Uraian, r.Volume, r.Satuan, r.HargaSatuan?.Amount, r.Jumlah?.Amount)));
    }

    [Fact]
    public void It_is_reported_as_read_from_word_and_nothing_is_left_unread_or_inconsistent()
    {
        Diagnostic[] all = [.. Result.Value.Validate()];

        Diagnostic word = Assert.Single(all, d => d.Code == "RKA021");
        Assert.Equal(DiagnosticSeverity.Info, word.Severity);
        Assert.DoesNotContain(all, d => d.Code is "RKA001" or "RKA006" or "RKA017" or "RKA201" or "RKA501" or "RKA504" or "RKA401");
    }

    private static MemoryStream Build()
    {
        string body =
            Table(Row("RENCANA KERJA DAN ANGGARAN", "Formulir"), Row("SATUAN KERJA PERANGKAT DAERAH", "RKA-SKPD 2.2.1"))
            + "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>PEMERINTAH KABUPATEN SUKAMAJU</w:t><w:br/><w:t>Tahun Anggaran 2021</w:t></w:r></w:p>"
            + Table(
                Row("Urusan Pemerintahan", ":", "1.02", "Kesehatan"),
                Row("Organisasi", ":", "1.02.01", "Dinas Kesehatan"),
                Row("Program", ":", "1.02.1.02.01.16", "Program Upaya Kesehatan Masyarakat"),
                "<w:tr>" + Cell("Kegiatan") + Cell(":") + Cell("1.02.1.02.01.16.05")
                    + "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">Penyuluhan </w:t></w:r><w:del w:id=\"1\" w:author=\"Bappeda\"><w:r><w:delText>Gizi Buruk</w:delText></w:r></w:del>"
                    + "<w:ins w:id=\"2\" w:author=\"Bappeda\"><w:r><w:t>Gizi Balita</w:t></w:r></w:ins></w:p></w:tc></w:tr>",
                Row("Lokasi kegiatan", ":", "Kecamatan Sukamaju"),
                Row("Jumlah Tahun n - 1", ":", "Rp. 12.000.000,00", "(dua belas juta rupiah)"),
                "<w:tr>" + Cell("Jumlah Tahun n") + Cell(":")
                    + "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">Rp. </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>15.600.000,00</w:t></w:r></w:p></w:tc>"
                    + Cell("(lima belas juta enam ratus ribu rupiah)") + "</w:tr>",
                Row("Jumlah Tahun n + 1", ":", "Rp. 17.160.000,00", "(tujuh belas juta seratus enam puluh ribu rupiah)"))
            + Paragraph("")
            + Paragraph("Indikator & Tolok Ukur Kinerja Belanja Langsung")
            + Table(
                Row("Indikator", "Tolok Ukur Kinerja", "Target Kinerja"),
                Row("Capaian Program", "Menurunnya balita gizi buruk", "5 %"),
                Row("Masukan", "Dana", "Rp. 15.600.000,00"),
                Row("Keluaran", "Jumlah posyandu yang dibina", "24 posyandu"),
                Row("Hasil", "Meningkatnya pengetahuan gizi ibu balita", "80 %"))
            + "<w:p><w:r><w:t>Kelompok Sasaran Kegiatan</w:t></w:r><w:r><w:t xml:space=\"preserve\"> : Ibu balita di Kecamatan Sukamaju</w:t></w:r></w:p>"
            + Paragraph("")
            + Paragraph("Rincian Anggaran Belanja Langsung")
            + Paragraph("Menurut Program dan Per Kegiatan Satuan Kerja Perangkat Daerah")
            + Table(
                Row("Kode Rekening", "Uraian", "Rincian Perhitungan", string.Empty, string.Empty, "Jumlah (Rp)"),
                Row(string.Empty, string.Empty, "Volume", "Satuan", "Harga satuan", string.Empty),
                Row("1", "2", "3", "4", "5", "6 = (3 x 5)"),
                Row("5.2", "BELANJA LANGSUNG", string.Empty, string.Empty, string.Empty, "15.600.000,00"),
                Row("5.2.2", "Belanja Barang dan Jasa", string.Empty, string.Empty, string.Empty, "15.600.000,00"),
                Row("5.2.2.11.02", "Belanja Makanan dan Minuman Kegiatan", string.Empty, string.Empty, string.Empty, "7.200.000,00"),
                "<w:tr>" + Cell(string.Empty) + "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">Snack peserta </w:t></w:r><w:r><w:t>penyuluhan</w:t></w:r></w:p></w:tc>"
                    + Cell("480") + Cell("kotak") + Cell("15.000,00") + Cell("7.200.000,00") + "</w:tr>",
                Row("5.2.2.06.01", "Belanja Cetak", string.Empty, string.Empty, string.Empty, "8.400.000,00"),
                Row(string.Empty, "Leaflet gizi balita", "2.800", "lembar", "3.000,00", "8.400.000,00"),
                Row("Jumlah", string.Empty, string.Empty, string.Empty, string.Empty, "15.600.000,00"));
        return new MemoryStream(OfficeFiles.Docx(body));
    }

    private static string Table(params string[] rows) =>
        "<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"single\"/></w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/></w:tblGrid>" + string.Concat(rows) + "</w:tbl>";

    private static string Row(params string[] cells) => "<w:tr>" + string.Concat(cells.Select(Cell)) + "</w:tr>";

    private static string Cell(string text) => "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>" + Paragraph(text) + "</w:tc>";

    private static string Paragraph(string text) => text.Length == 0
        ? "<w:p/>"
        : "<w:p><w:r><w:t xml:space=\"preserve\">" + OfficeFiles.Escape(text) + "</w:t></w:r></w:p>";
}
