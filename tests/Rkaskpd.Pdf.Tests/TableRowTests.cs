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

        Assert.Equal("\t[#] Makan Minum Kelas Ibu Hamil\t3.299.700,00", lines[1]);
        Assert.Equal("\tKudapan\t30 Orang x 10 Kali\t3.000.000,00", lines[2]);
    }

    /// <summary>A line of cells, each cell's words set at a third of the font size apart, starting where given.</summary>
    private static PdfLine Line(double baseline, params (double Left, string Text)[] cells)
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
