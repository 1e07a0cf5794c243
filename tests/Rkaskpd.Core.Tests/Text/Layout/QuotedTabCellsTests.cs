using System;
using System.Linq;
using Rkaskpd.Text;
using Rkaskpd.Text.Layout;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>Tab-separated text saved from a spreadsheet (Excel's "Unicode Text"): a cell with a line break inside is
/// quoted over several lines; the quotes come off and each line keeps its number.</summary>
public class QuotedTabCellsTests
{
    [Fact]
    public void A_quoted_cell_over_two_lines_loses_its_quotes_and_keeps_its_lines()
    {
        CsvLines result = CsvLines.Of(
            "Jumlah Tahun n\t\t:\tRp\t2,475,600,000.00\t\"(Dua miliar empat ratus tujuh puluh lima juta",
            "enam ratus ribu rupiah)\"\t",
            "Jumlah Tahun n+1\t:\t\"A \"\"quoted\"\"",
            "word\"");

        Assert.Equal(
            [
                (1, "Jumlah Tahun n\t\t:\tRp\t2,475,600,000.00\t(Dua miliar empat ratus tujuh puluh lima juta"),
                (2, "enam ratus ribu rupiah)\t"),
                (3, "Jumlah Tahun n+1\t:\tA \"quoted\""),
                (4, "word"),
            ],
            result.Lines);
        Assert.Empty(result.Notes);
    }

    [Theory]
    [InlineData("Kegiatan\t:\t\"Kawasan Tertib\" Penegakan Perda", "lanjutan\"")]
    [InlineData("Kegiatan\t:\t\"Kawasan Tertib\"", "lanjutan\"")]
    [InlineData("\"Kawasan Tertib", "lanjutan\"")]
    public void A_quote_that_opens_no_multi_line_cell_is_left_alone(string first, string second)
    {
        Assert.Equal([first, second, "x\ty"], CsvLines.Texts(first, second, "x\ty"));
    }

    [Fact]
    public void A_quote_closed_by_nothing_leaves_every_line_as_it_was()
    {
        string[] lines = ["Lokasi\t:\t\"Kecamatan Ambulu", .. Enumerable.Repeat("Hasil\tNilai IKM\t86,32", QuotedTabCells.MaxLines + 3)];

        CsvLines result = CsvLines.Of(lines);

        Assert.Equal(lines, result.Lines.Select(l => l.Text));
        Assert.Equal(Enumerable.Range(1, lines.Length), result.Lines.Select(l => l.Line));
    }

    [Fact]
    public void The_seed_with_a_terbilang_cell_quoted_over_two_lines_reads_to_the_same_model()
    {
        const string Row = "Jumlah Tahun 2019\t: 149.575.200,00\t(SERATUS EMPAT PULUH SERMBILAN JUTA LIMA RATUS TUJUH PULUH LIMA RIBU DUA RATUS RUPIAH)";
        const string Quoted = "Jumlah Tahun 2019\t: 149.575.200,00\t\"(SERATUS EMPAT PULUH SERMBILAN JUTA\nLIMA RATUS TUJUH PULUH LIMA RIBU DUA RATUS RUPIAH)\"";
        string seed = TestData.SeedText;
        Assert.Contains(Row, seed, StringComparison.Ordinal);

        RkaReadResult quoted = RkaTextReader.Read(seed.Replace(Row, Quoted, StringComparison.Ordinal));

        Assert.Equal(RkaTextReader.Read(seed).Document, quoted.Document);
        Assert.DoesNotContain(quoted.Diagnostics, d => d.Code is "RKA006" or "RKA017");
    }
}
