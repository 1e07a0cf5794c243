using System.Collections.Generic;
using Xunit;

namespace Rkaskpd.Pdf.Tests;

/// <summary>Rows of a rincian table rebuilt from placed words (<see cref="PdfTextBuilder"/>): a wrapped cell of a row
/// whose first column is empty, and a row whose first column is empty at the top of the page the table continues on.</summary>
public class TableRowTests
{
    private const double Size = 9;

    // Columns of the table: kode rekening, uraian, koefisien, jumlah.
    private const double Kode = 30;
    private const double Uraian = 120;
    private const double Koefisien = 260;
    private const double Jumlah = 480;

    [Fact]
    public void A_wrapped_uraian_of_a_row_without_a_kode_joins_its_row()
    {
        List<List<PdfLine>> pages =
        [
            [
                Line(700, (Kode, "5.1.02.01.01.0024"), (Uraian, "Belanja Alat Tulis Kantor"), (Jumlah, "1.860.000,00")),
                Line(684, (Uraian, "[#] Alat Tulis Kantor Kelas Ibu"), (Jumlah, "1.860.000,00")),
                Line(673, (Uraian, "Hamil")),
                Line(657, (Uraian, "Buku Tulis"), (Koefisien, "60 Buah"), (Jumlah, "300.000,00")),
            ],
        ];

        string[] lines = PdfTextBuilder.Build(pages).Text.TrimEnd('\n').Split('\n');

        Assert.Equal(
            ["5.1.02.01.01.0024\tBelanja Alat Tulis Kantor\t1.860.000,00", "\t[#] Alat Tulis Kantor Kelas Ibu Hamil\t1.860.000,00", "\tBuku Tulis\t60 Buah\t300.000,00"],
            lines);
    }

    [Fact]
    public void Lines_set_at_one_height_are_rows_of_their_own_when_an_amount_stands_under_an_amount()
    {
        // A report engine sets every line at the same height: a group line and a detail line under their rekening,
        // each with its jumlah under the jumlah above, are rows; a line of words only under the uraian is its wrap.
        List<List<PdfLine>> pages =
        [
            [
                Line(700, (Kode, "5.1.02.01.01.0052"), (Uraian, "Belanja Makanan dan Minuman"), (Jumlah, "3.299.700,00")),
                Line(689, (Uraian, "Rapat")),
                Line(678, (Uraian, "[#] Makan Minum Kelas Ibu Hamil"), (Jumlah, "3.299.700,00")),
                Line(667, (Uraian, "Kudapan"), (Koefisien, "30 Orang x 10"), (Jumlah, "Rp 3.000.000,-")),
                Line(656, (Koefisien, "Kali")),
                Line(645, (Uraian, "Air Mineral"), (Jumlah, "299.700")),
            ],
        ];

        string[] lines = PdfTextBuilder.Build(pages).Text.TrimEnd('\n').Split('\n');

        Assert.Equal(
            [
                "5.1.02.01.01.0052\tBelanja Makanan dan Minuman Rapat\t3.299.700,00",
                "\t[#] Makan Minum Kelas Ibu Hamil\t3.299.700,00",
                "\tKudapan\t30 Orang x 10 Kali\tRp 3.000.000,-",
                "\tAir Mineral\t299.700",
            ],
            lines);
    }

    [Fact]
    public void Indicator_rows_under_one_merged_kind_cell_are_rows_when_a_target_stands_under_a_target()
    {
        // A spreadsheet's print: rows of empty kind under a merged, centred kind cell, each with its target under the
        // target above (a unit after the number); a target wrapped in its cell ("5 Desa dan" / "7 Kelurahan") still
        // goes on in the line under it (as a koefisien's factors do: "30 Orang x" / "10 Kali", BorderlessPrintTests).
        const double Kind = 30, Tolok = 120, Target = 400;
        List<List<PdfLine>> pages =
        [
            [
                Line(700, (Kind, "Masukan"), (Tolok, "Jumlah Dana"), (Target, "Rp 208.535.000")),
                Line(689, (Tolok, "Luas areal SL-PTT padi sawah"), (Target, "100 Ha")),
                Line(678, (Kind, "Keluaran")),
                Line(667, (Tolok, "Luas areal jagung hibrida"), (Target, "50 Ha")),
                Line(656, (Tolok, "Desa sasaran"), (Target, "5 Desa dan")),
                Line(645, (Target, "7 Kelurahan")),
                Line(634, (Tolok, "Kegiatan sosialisasi"), (Target, "3 Kegiatan")),
            ],
        ];

        string[] lines = PdfTextBuilder.Build(pages).Text.TrimEnd('\n').Split('\n');

        Assert.Equal(
            [
                "Masukan\tJumlah Dana\tRp 208.535.000",
                "\tLuas areal SL-PTT padi sawah\t100 Ha",
                "Keluaran",
                "\tLuas areal jagung hibrida\t50 Ha",
                "\tDesa sasaran\t5 Desa dan 7 Kelurahan",
                "\tKegiatan sosialisasi\t3 Kegiatan",
            ],
            lines);
    }

    [Fact]
    public void A_kode_one_cell_with_its_uraian_keeps_the_uraians_wrapped_lines()
    {
        // Without rulings a kode that fills its column stands less than a font size before the uraian: one cell. The
        // uraian's wrapped lines start under its first word, the kode's second word.
        const string Kode17 = "5.1.02.01.01.0024";
        double uraian = Kode + Width(Kode17) + (0.3 * Size);
        List<List<PdfLine>> pages =
        [
            [
                Line(700, (Kode, Kode17 + " Belanja Alat/Bahan untuk"), (Jumlah, "1.860.000,00")),
                Line(689, (uraian, "Kegiatan Kantor-Alat")),
                Line(678, (uraian, "Tulis Kantor")),
                Line(662, (Kode, "5.1.02.01.01.0052 Belanja Makanan"), (Jumlah, "3.299.700,00")),
            ],
        ];

        string[] lines = PdfTextBuilder.Build(pages).Text.TrimEnd('\n').Split('\n');

        Assert.Equal(
            [
                "5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor\t1.860.000,00",
                "5.1.02.01.01.0052 Belanja Makanan\t3.299.700,00",
            ],
            lines);
    }

    [Fact]
    public void A_detail_row_indented_under_the_rekening_names_keeps_the_lines_its_uraian_wraps_onto()
    {
        // A boxed print indents the detail lines' uraian: no column of the rows above starts there, so the row is no
        // row with an empty first column; its uraian wraps under its own first word. A line of words alone under a
        // rekening's kode stays a row of its own (the next rekening, or a group heading), and so does a line under a
        // line of no numbers (a signature's jabatan).
        const double Indent = Uraian + 12;
        const double Volume = 330;
        const double Satuan = 370;
        const double Harga = 410;
        List<List<PdfLine>> pages =
        [
            [
                Line(700, (Kode, "5.2.1.01.01"), (Uraian, "Honorarium Panitia Pelaksana Kegiatan"), (Jumlah, "12.000.000,00")),
                Line(684, (Indent, "Honor Pejabat Pelaksana Teknis Kegiatan"), (Volume, "12"), (Satuan, "OB"), (Harga, "600.000,00"), (Jumlah, "7.200.000,00")),
                Line(673, (Indent, "(PPTK)")),
                Line(657, (Indent, "Honor Bendahara Pengeluaran Pembantu"), (Volume, "12"), (Satuan, "OB"), (Harga, "400.000,00"), (Jumlah, "4.800.000,00")),
                Line(641, (Kode, "5.2.1.02"), (Uraian, "Honorarium Non PNS"), (Jumlah, "8.400.000,00")),
                Line(630, (Kode, "Honorarium")),
                Line(560, (Indent, "Kepala Dinas Lingkungan Hidup")),
                Line(549, (Indent, "Kabupaten Teluk Seraya")),
            ],
        ];

        string[] lines = PdfTextBuilder.Build(pages).Text.TrimEnd('\n').Split('\n');

        Assert.Equal(
            [
                "5.2.1.01.01\tHonorarium Panitia Pelaksana Kegiatan\t12.000.000,00",
                "Honor Pejabat Pelaksana Teknis Kegiatan (PPTK)\t12\tOB\t600.000,00\t7.200.000,00",
                "Honor Bendahara Pengeluaran Pembantu\t12\tOB\t400.000,00\t4.800.000,00",
                "5.2.1.02\tHonorarium Non PNS\t8.400.000,00",
                "Honorarium",
                "Kepala Dinas Lingkungan Hidup",
                "Kabupaten Teluk Seraya",
            ],
            lines);
    }

    [Fact]
    public void The_title_atop_every_page_is_kept_and_a_table_header_carried_over_is_dropped()
    {
        List<List<PdfLine>> pages =
        [
            [
                Line(800, (Kode, "RENCANA KERJA DAN ANGGARAN"), (Jumlah, "Formulir")),
                Line(700, (Kode, "Kode Rekening"), (Uraian, "Uraian"), (Jumlah, "Jumlah")),
                Line(684, (Kode, "5.1.02.02"), (Uraian, "Belanja Jasa"), (Jumlah, "36.000.000,00")),
            ],
            [
                Line(800, (Kode, "RENCANA KERJA DAN ANGGARAN"), (Jumlah, "Formulir")),
                Line(700, (Kode, "Kode Rekening"), (Uraian, "Uraian"), (Jumlah, "Jumlah")),
                Line(684, (Kode, "5.1.02.02.01"), (Uraian, "Belanja Jasa Kantor"), (Jumlah, "36.000.000,00")),
            ],
            [
                Line(700, (Kode, "Kode Rekening"), (Uraian, "Uraian"), (Jumlah, "Jumlah")),
                Line(684, (Kode, "5.1.02.02.01.0026"), (Uraian, "Belanja Jasa Tenaga Administrasi"), (Jumlah, "36.000.000,00")),
            ],
        ];

        PdfText text = PdfTextBuilder.Build(pages);

        Assert.Equal(
            [
                "RENCANA KERJA DAN ANGGARAN\tFormulir",
                "Kode Rekening\tUraian\tJumlah",
                "5.1.02.02\tBelanja Jasa\t36.000.000,00",
                "\fRENCANA KERJA DAN ANGGARAN\tFormulir",
                "Kode Rekening\tUraian\tJumlah",
                "5.1.02.02.01\tBelanja Jasa Kantor\t36.000.000,00",
                "\f5.1.02.02.01.0026\tBelanja Jasa Tenaga Administrasi\t36.000.000,00",
            ],
            text.Text.TrimEnd('\n').Split('\n'));
        Assert.Equal([1, 1, 1, 2, 2, 2, 3], text.PageOfLine);
    }

    [Fact]
    public void A_row_without_a_kode_at_the_top_of_the_next_page_keeps_its_empty_first_column()
    {
        List<List<PdfLine>> pages =
        [
            [
                Line(700, (Kode, "5.1.02.01.01.0052"), (Uraian, "Belanja Makanan dan Minuman Rapat"), (Jumlah, "3.299.700,00")),
            ],
            [
                Line(700, (Uraian, "[#] Makan Minum Kelas Ibu Hamil"), (Jumlah, "3.299.700,00")),
                Line(684, (Uraian, "Kudapan"), (Koefisien, "30 Orang x 10 Kali"), (Jumlah, "3.000.000,00")),
                Line(668, (Kode, "5.1.02.02"), (Uraian, "Belanja Jasa"), (Jumlah, "36.000.000,00")),
            ],
        ];

        string[] lines = PdfTextBuilder.Build(pages).Text.TrimEnd('\n').Split('\n');

        Assert.Equal("\f\t[#] Makan Minum Kelas Ibu Hamil\t3.299.700,00", lines[1]); // a new page starts with a form feed
        Assert.Equal("\tKudapan\t30 Orang x 10 Kali\t3.000.000,00", lines[2]);
    }

    [Fact]
    public void A_year_that_wraps_onto_the_last_line_of_a_page_is_no_page_number()
    {
        // A KAK cell's last word wraps onto the page's last line but one, above the page number: it stays in its cell.
        List<List<PdfLine>> pages =
        [
            [
                Line(700, (Kode, "Mekanisme"), (Uraian, "Pelaksanaan : Bulan Pebruari s/d Mei")),
                Line(689, (Uraian, "2020")),
                Line(60, (Koefisien, "2")),
            ],
        ];

        string[] lines = PdfTextBuilder.Build(pages).Text.TrimEnd('\n').Split('\n');

        Assert.Equal(["Mekanisme\tPelaksanaan : Bulan Pebruari s/d Mei 2020"], lines);
    }

    [Fact]
    public void A_cell_filled_to_its_columns_edge_is_split_where_the_next_column_starts()
    {
        // Without padding or rulings a tolok ukur that fills its column runs into its target with a space's gap: the
        // target starts where the row above's target does, and the tolok ukur's wrapped line joins the tolok ukur.
        double target = Uraian + Width("Jumlah dokumen (RKA") + (0.3 * Size);
        List<List<PdfLine>> pages =
        [
            [
                Line(700, (Kode, "Masukan"), (Uraian, "Tersediannya Dana"), (target, "Rp. 8.376.000,00")),
                Line(684, (Kode, "Keluaran"), (Uraian, "Jumlah dokumen (RKA 40 exemplar")),
                Line(673, (Uraian, "SKPD)")),
            ],
        ];

        string[] lines = PdfTextBuilder.Build(pages).Text.TrimEnd('\n').Split('\n');

        Assert.Equal(["Masukan\tTersediannya Dana\tRp. 8.376.000,00", "Keluaran\tJumlah dokumen (RKA SKPD)\t40 exemplar"], lines);
    }

    /// <summary>The width of a cell's words as <see cref="Line"/> sets them.</summary>
    private static double Width(string text)
    {
        string[] words = text.Split(' ');
        double width = 0.3 * Size * (words.Length - 1);
        foreach (string word in words)
        {
            width += 0.5 * Size * word.Length;
        }

        return width;
    }

    /// <summary>A line of cells, each cell's words set at a third of the font size apart, starting where given.</summary>
    internal static PdfLine Line(double baseline, params (double Left, string Text)[] cells)
    {
        var words = new List<PlacedWord>();
        foreach ((double left, string text) in cells)
        {
            double x = left;
            foreach (string word in text.Split(' '))
            {
                double right = x + (0.5 * Size * word.Length);
                words.Add(new PlacedWord(word, x, right, baseline, Size));
                x = right + (0.3 * Size);
            }
        }

        return new PdfLine(words, Size, RulingLines.None);
    }
}
