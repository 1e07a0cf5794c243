using System;
using System.Linq;
using Rkaskpd.Text;
using Rkaskpd.Tests.Text.Sipd;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>SIPD's rincian table flattened with its rows set apart by blank lines, as a document-hosting site gives a
/// PDF's text: a wrapped uraian or koefisien comes on the line right under its row (the row's first line whole, then
/// the cells' wrapped lines). Such a table reads as with each row on one line; a line of words after a blank line is no
/// row's rest.</summary>
public class SipdRowsWrappedAfterTests
{
    private const string Rows = """
Kode Rekening Uraian Koefisien Satuan Harga PPN Jumlah

5.1.02.01.01.0052 Belanja Makanan dan Minuman Rapat 36.000.000,00

[ # ] Makan Minum Kegiatan Posyandu 36.000.000,00

Paket Makanan Tambahan Penyuluhan Balita 120 Orang x 12 Bulan Orang / Bulan 15.000,00 0 21.600.000,00

Transport Petugas ke Posyandu 4 Orang x 12 Bulan x 3 Kali OK 100.000,00 0 14.400.000,00
""";

    private const string Wrapped = """
Kode Rekening Uraian Koefisien Satuan Harga PPN Jumlah

5.1.02.01.01.0052 Belanja Makanan dan Minuman Rapat 36.000.000,00

[ # ] Makan Minum Kegiatan Posyandu 36.000.000,00

Paket Makanan Tambahan 120 Orang x 12 Bulan Orang / Bulan 15.000,00 0 21.600.000,00
Penyuluhan Balita

Transport Petugas ke Posyandu 4 Orang x 12 Bulan x 3 OK 100.000,00 0 14.400.000,00
Kali
""";

    private static readonly string Header = SipdFormReadingTests.Tabbed[..SipdFormReadingTests.Tabbed.IndexOf("Kode Rekening", StringComparison.Ordinal)];

    [Fact]
    public void Wrapped_uraian_and_koefisien_under_their_rows_read_as_on_one_line()
    {
        RkaReadResult expected = RkaTextReader.Read(Header + "\n" + Rows);
        RkaReadResult read = RkaTextReader.Read(Header + "\n" + Wrapped);

        Assert.Equal(4, expected.Document.Forms[0].Rincian.Count);
        Assert.Equal("4 Orang x 12 Bulan x 3 Kali", expected.Document.Forms[0].Rincian[3].Koefisien);
        Assert.Equal(expected.Document.Forms[0].Rincian, read.Document.Forms[0].Rincian);
        Assert.Equal(expected.Validate().Select(d => d.Code), read.Validate().Select(d => d.Code));
    }

    [Fact]
    public void A_line_of_words_after_a_blank_line_is_a_row_of_its_own()
    {
        RkaReadResult read = RkaTextReader.Read(Header + "\n" + Wrapped.Replace("\nPenyuluhan Balita\n", "\n\nPenyuluhan Balita\n", StringComparison.Ordinal));

        Assert.Equal(5, read.Document.Forms[0].Rincian.Count);
        Assert.Equal("Paket Makanan Tambahan", read.Document.Forms[0].Rincian[2].Uraian);
        Assert.Equal("Penyuluhan Balita", read.Document.Forms[0].Rincian[3].Uraian);
    }

    [Theory]
    [InlineData("5.1.02.01.01.0052 Belanja Makanan dan Minuman Rapat 36.000.000,00", "5.1.02.01.01.0052 Belanja Makanan dan 36.000.000,00\nMinuman Rapat")]
    [InlineData("[ # ] Makan Minum Kegiatan Posyandu 36.000.000,00", "[ # ] Makan Minum Kegiatan 36.000.000,00\nPosyandu")]
    [InlineData("Transport Petugas ke Posyandu 4 Orang x 12 Bulan x 3 Kali OK", "Transport Petugas ke 4 Orang x 12 Bulan x 3 OK")]
    public void A_wrapped_name_or_an_uraian_and_a_koefisien_wrapped_onto_one_line_read_as_on_one_line(string row, string wrapped)
    {
        // A rekening's or a group's name wrapped under its row; an uraian's and a koefisien's ends on one line
        // ("Posyandu Kali": the koefisien's unit is its last word).
        string text = wrapped.EndsWith(" OK", StringComparison.Ordinal)
            ? Rows.Replace(row + " 100.000,00 0 14.400.000,00", wrapped + " 100.000,00 0 14.400.000,00\nPosyandu Kali", StringComparison.Ordinal)
            : Rows.Replace(row, wrapped, StringComparison.Ordinal);
        Assert.NotEqual(Rows, text);

        RkaReadResult expected = RkaTextReader.Read(Header + "\n" + Rows);
        RkaReadResult read = RkaTextReader.Read(Header + "\n" + text);

        Assert.Equal(expected.Document.Forms[0].Rincian, read.Document.Forms[0].Rincian);
        Assert.Equal(expected.Validate().Select(d => d.Code), read.Validate().Select(d => d.Code));
    }

    /// <summary>Rows not set apart by blank lines (pdftotext -layout of a browser's print): a group's name wrapped under
    /// its row, with numbers of its own, and a detail row's uraian wrapped under it after a koefisien that has its unit
    /// (<c>1.250 M2</c>, the unit's power no number wanting a unit) read as on one line.</summary>
    [Fact]
    public void Rows_not_set_apart_read_their_wrapped_names_and_uraian_as_on_one_line()
    {
        const string OneLine = """
Kode Rekening Uraian Koefisien Satuan Harga PPN Jumlah
5.1.02.01.01.0052 Belanja Pemeliharaan Jalan 256.687.500,00
[ - ] Ruas Jl. Pangeran Antasari (Sta 0+000 - 3+200) 256.687.500,00
Pengecatan Marka Jalan Thermoplastic 1.250 M2 M2 185.000,00 11% 256.687.500,00
""";
        const string Wrapped = """
Kode Rekening Uraian Koefisien Satuan Harga PPN Jumlah
5.1.02.01.01.0052 Belanja Pemeliharaan Jalan 256.687.500,00
[ - ] Ruas Jl. Pangeran Antasari 256.687.500,00
(Sta 0+000 - 3+200)
Pengecatan Marka Jalan 1.250 M2 M2 185.000,00 11% 256.687.500,00
Thermoplastic
""";
        RkaReadResult expected = RkaTextReader.Read(Header + "\n" + OneLine);
        RkaReadResult read = RkaTextReader.Read(Header + "\n" + Wrapped);

        Assert.Equal(3, expected.Document.Forms[0].Rincian.Count);
        Assert.Equal("1.250 M2", expected.Document.Forms[0].Rincian[2].Koefisien);
        Assert.Equal(expected.Document.Forms[0].Rincian, read.Document.Forms[0].Rincian);
        Assert.Equal(expected.Validate().Select(d => d.Code), read.Validate().Select(d => d.Code));
    }
}
