using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A rincian table's heading as an OCR (Tesseract) writes it: a speck between the headings
/// (<c>Kode . Rincian Perhitungan Jumlah</c>), the column numbers' formula with a dash for its sign and its factors run
/// together (<c>6-(3x5)</c>), and, atop a later page, a heading word broken over two lines (<c>Rekenin</c> / <c>g</c>).
/// The heading is no row; a real row under it is never taken for a heading.</summary>
public class OcrRincianHeadingTests
{
    [Theory]
    [InlineData("1 2 3 4 5 6-(3x5)")]
    [InlineData("1 2 3 4 5 6=(3x5)")]
    [InlineData("1 2 3 4 5 6- (3x5)")]
    public void Column_numbers_with_an_ocr_formula_number_the_columns(string line) =>
        Assert.True(RincianHeadings.IsFlatColumnNumbers(line));

    [Theory]
    [InlineData("1\t2\t3\t4\t5\t6-(3x5)", true)]
    [InlineData("1\t2\t3\t4\t5\t6- (3x5)", true)]
    [InlineData("1\t2\t3\t4\t5\t6 = (3 x 5)", true)]
    [InlineData("1\t2\t6-Belanja", false)]
    [InlineData("5.2\t1-(3x5)\t4", false)]
    public void Column_number_cells_with_an_ocr_formula_number_the_columns(string line, bool numbers) =>
        Assert.Equal(numbers, RincianHeadings.IsColumnNumberRow(new LineCells().Split(line)));

    [Theory]
    [InlineData("1 2 3-4")]
    [InlineData("1 2 3 4 5 6-Belanja")]
    [InlineData("1 2 3 4 5 6-(3x500)")]
    [InlineData("5 2 2 01 01-(3x5) Belanja")]
    public void A_dash_without_a_formula_after_it_is_no_column_formula(string line) =>
        Assert.False(RincianHeadings.IsFlatColumnNumbers(line));

    [Theory]
    [InlineData("Kode . Rincian Perhitungan Jumlah")]
    [InlineData("Rekening Uraian Volume | Satuan | Harga Satuan (Rp)")]
    public void A_header_line_with_stray_marks_is_a_header(string line) =>
        Assert.True(RincianHeadings.IsFlatRincianHeader(line, requireKodeRekening: false));

    [Theory]
    [InlineData(". |")]
    [InlineData("Kode . Belanja 5")]
    [InlineData("Kode ... Rincian")]
    public void Marks_alone_or_beside_other_words_make_no_header(string line) =>
        Assert.False(RincianHeadings.IsFlatRincianHeader(line, requireKodeRekening: false));

    [Theory]
    [InlineData("Rekenin Uraian (Rp)", true)]
    [InlineData("g Volume | Satuan | Harga Satuan Pp", true)]
    [InlineData("Kode Vodan Rincian Perhitungan Jumlah", true)]
    [InlineData("Rekening Volume | Sawan | Harga Satuan | (R0", true)]
    [InlineData("SS OTS ja 3 Lema", false)]
    [InlineData("keni\tUraian\tR", false)]
    [InlineData("Belanja Jasa Kantor", false)]
    [InlineData("Harga satuan barang dan jasa", false)]
    [InlineData("Honor Volume Satuan 12 OB", false)]
    public void A_garbled_heading_line_is_mostly_heading_words_and_no_number(string line, bool heading) =>
        Assert.Equal(heading, RincianHeadings.IsGarbledHeading(line));

    [Theory]
    [InlineData("keni\tUraian\tR", true)]
    [InlineData("keni | Uraian | - | R", true)]
    [InlineData("Honor\tUraian", false)]
    [InlineData("ATK\tUraian\t5", false)]
    [InlineData("Uraian", true)]
    public void Inside_the_heading_one_heading_word_among_short_scraps_is_a_heading_line(string line, bool heading) =>
        Assert.Equal(heading, RincianHeadings.IsGarbledHeading(line, inHeading: true));

    [Fact]
    public void An_ocr_heading_on_two_pages_leaves_the_rows_as_printed()
    {
        const string Text = """
            RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
            PEMERINTAH KABUPATEN CONTOH TAHUN ANGGARAN 2018
            Kegiatan : 2.01.2.01.01.19.02 Pengembangan Bibit Unggul
            Rincian Anggaran Belanja Langsung
            Menurut Program dan Per Kegiatan Satuan Kerja Perangkat Daerah

            Kode . Rincian Perhitungan Jumlah
            Rekening Uraian Volume | Satuan | Harga Satuan (Rp)
            1 2 3 4 5 6-(3x5)
            5.2 BELANJA LANGSUNG 1.080.000,00
            5.2.2 Belanja Barang dan Jasa 1.080.000,00
            5.2.2.01.01 Belanja Alat Tulis Kantor 480.000,00
            Kertas HVS A4 70 gram 10 rim 48.000,00 480.000,00

            <FF>Kode . Rincian Perhitungan Jumlah
            Rekenin Uraian (Rp)
            g Volume | Satuan | Harga Satuan Pp
            1 2 3 4 5 6-(3x5)
            5.2.2.11.04 Belanja Makanan dan Minuman Kegiatan 600.000,00
            Makan dan minum rapat 20 kotak 30.000,00 600.000,00
            """;

        // A form feed starts the second page, as Tesseract writes it.
        RkaForm form = Assert.Single(RkaTextReader.Read(Text.Replace("<FF>", "\f", System.StringComparison.Ordinal)).Document.Forms);

        Assert.Equal(
            ["5.2", "5.2.2", "5.2.2.01.01", null, "5.2.2.11.04", null],
            form.Rincian.Select(l => l.KodeRekening));
        Assert.Equal("Kertas HVS A4 70 gram", form.Rincian[3].Uraian);
        Assert.Equal("Makan dan minum rapat", form.Rincian[5].Uraian);
    }
}
