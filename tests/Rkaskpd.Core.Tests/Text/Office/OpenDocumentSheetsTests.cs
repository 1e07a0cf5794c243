using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Rkaskpd.Text;
using Rkaskpd.Text.Office;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>The text an OpenDocument spreadsheet gives (<see cref="OpenDocumentSheets"/> through
/// <see cref="OfficePackage"/>): what <see cref="ExcelWorkbookText"/> gives for the same sheets saved as <c>.xlsx</c>:
/// cells in column order, repeated cells and rows, merged and hidden cells, numbers as the sheet shows them, sheets in
/// order.</summary>
public class OpenDocumentSheetsTests
{
    [Fact]
    public void Cells_are_joined_by_tabs_in_column_order_repeated_cells_stand_again_and_covered_cells_are_empty()
    {
        string rows = Row("<table:table-cell office:value-type=\"string\"><text:p>a</text:p></table:table-cell><table:table-cell/>"
                + "<table:table-cell table:number-columns-spanned=\"2\"><text:p>c <text:span>d</text:span></text:p></table:table-cell><table:covered-table-cell><text:p>tersembunyi</text:p></table:covered-table-cell>"
                + "<table:table-cell table:number-columns-repeated=\"2\"><text:p>e</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"16000\"/>")
            + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>"
            + Row("<table:table-cell/><table:table-cell><text:p>b</text:p><text:p>baris dua</text:p></table:table-cell><table:table-cell table:number-columns-repeated=\"2\"/><table:table-cell><text:p>x</text:p></table:table-cell>")
            + "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell><text:p>r</text:p></table:table-cell></table:table-row>";

        // Column D (the covered half of C's merge, whose text is hidden) holds nothing in any row: it gives no cell, as in the Excel reader.
        Assert.Equal("a\t\tc d\te\te\n\n\n\tb\nbaris dua\t\tx\nr\nr\n", Text(rows));
    }

    /// <summary>Calc writes a number as its format shows it (<c>text:p</c>), which is what the Excel reader makes of the
    /// same number format; a number cell without that text gives its value, as a General number does.</summary>
    [Fact]
    public void Numbers_read_as_the_sheet_shows_them_and_as_their_value_without_text()
    {
        string rows = Row("<table:table-cell office:value-type=\"currency\" office:currency=\"IDR\" office:value=\"70992500\"><text:p>Rp 70.992.500,00</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"percentage\" office:value=\"1\"><text:p>100%</text:p></table:table-cell>"
            + "<table:table-cell office:value-type=\"date\" office:date-value=\"2015-10-12\"><text:p>12 Oktober 2015</text:p></table:table-cell>"
            + "<table:table-cell table:formula=\"of:=[.A1]*2\" office:value-type=\"float\" office:value=\"1600\"/>"
            + "<table:table-cell office:value-type=\"date\" office:date-value=\"2018-10-14\"/><table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"/>"
            + "<table:table-cell office:value-type=\"float\" office:value=\"42\"><office:annotation><text:p>catatan</text:p></office:annotation></table:table-cell>");

        Assert.Equal("Rp 70.992.500,00\t100%\t12 Oktober 2015\t1600\t2018-10-14\ttrue\t42\n", Text(rows));
    }

    /// <summary>A hidden column gives no cell and a hidden or filtered row is an empty line, as in the Excel
    /// reader.</summary>
    [Fact]
    public void Hidden_columns_give_no_cell_and_hidden_rows_an_empty_line()
    {
        string sheet = "<table:table table:name=\"RKA\"><table:table-column table:visibility=\"collapse\"/><table:table-column table:number-columns-repeated=\"2\"/>"
            + "<table:table-column-group><table:table-column table:number-columns-repeated=\"2\" table:visibility=\"collapse\"/></table:table-column-group><table:table-column/>"
            + Row("<table:table-cell><text:p>KEG1602</text:p></table:table-cell><table:table-cell><text:p>Urusan</text:p></table:table-cell><table:table-cell><text:p>: 1.02</text:p></table:table-cell><table:table-cell><text:p>7</text:p></table:table-cell><table:table-cell/><table:table-cell><text:p>Kesehatan</text:p></table:table-cell>")
            + "<table:table-row table:visibility=\"collapse\"><table:table-cell/><table:table-cell><text:p>tersembunyi</text:p></table:table-cell></table:table-row>"
            + "<table:table-row-group><table:table-row table:visibility=\"filter\"><table:table-cell/><table:table-cell><text:p>tersaring</text:p></table:table-cell></table:table-row></table:table-row-group>"
            + Row("<table:table-cell><text:p>52</text:p></table:table-cell><table:table-cell><text:p>5.2</text:p></table:table-cell><table:table-cell/><table:table-cell/><table:table-cell><text:p>9</text:p></table:table-cell>")
            + "</table:table>";

        Assert.Equal("Urusan\t: 1.02\tKesehatan\n\n\n5.2\n", Read(OpenDocumentFiles.OdsXml(sheet)).Text);
    }

    [Fact]
    public void Sheets_are_read_in_order_one_after_another_and_the_note_names_them()
    {
        string sheets = "<table:table table:name=\"Dua\"><table:table-row table:number-rows-repeated=\"1\"><table:table-cell/></table:table-row>" + Row("<table:table-cell><text:p>dua</text:p></table:table-cell>") + "</table:table>"
            + "<table:table table:name=\"Satu\">" + Row("<table:table-cell><text:p>satu</text:p><office:annotation><text:p>komentar</text:p></office:annotation><draw:frame><draw:text-box><text:p>kotak</text:p></draw:text-box></draw:frame></table:table-cell>") + "</table:table>"
            + "<table:table table:name=\"Kosong\"/><table:named-expressions/>";

        OfficeText read = Read(OpenDocumentFiles.OdsXml(sheets));

        Assert.Equal("\ndua\nsatu\n", read.Text);
        RawNote note = Assert.Single(read.Notes);
        Assert.Equal("RKA025", note.Code);
        Assert.Contains("(Dua, Satu, Kosong)", note.Message, StringComparison.Ordinal);
    }

    /// <summary>Calc repeats the empty rest of a row and of a sheet to its end: that costs nothing. A row or cell repeated
    /// with text stands at most <see cref="OpenDocumentSheets.MaxRepeat"/> times.</summary>
    [Fact]
    public void Repetition_to_the_sheets_end_costs_nothing_and_repeated_text_is_capped()
    {
        string sheet = "<table:table table:name=\"RKA\"><table:table-column table:number-columns-repeated=\"16384\"/>"
            + "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"2147483647\"><table:table-cell table:number-columns-repeated=\"99999999999999999999\"/></table:table-row>"
            + "<table:table-row table:number-rows-repeated=\"1048576\"><table:table-cell table:number-columns-repeated=\"2\"><text:p>x</text:p></table:table-cell></table:table-row>"
            + "</table:table>";
        var clock = Stopwatch.StartNew();

        string? text = Read(OpenDocumentFiles.OdsXml(sheet)).Text;

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), clock.Elapsed.ToString());
        Assert.Equal(string.Empty, text); // the rows of text are past the sheet's last row
        string capped = Read(OpenDocumentFiles.OdsXml("<table:table>" + Row("<table:table-cell table:number-columns-repeated=\"5000\"><text:p>x</text:p></table:table-cell>").Replace("<table:table-row>", "<table:table-row table:number-rows-repeated=\"5000\">", StringComparison.Ordinal) + "</table:table>")).Text!;
        string[] lines = capped.Split('\n')[..^1];
        Assert.Equal(OpenDocumentSheets.MaxRepeat, lines.Length);
        Assert.All(lines, l => Assert.Equal(OpenDocumentSheets.MaxRepeat, l.Split('\t').Length));
    }

    private static string Row(string cells) => "<table:table-row>" + cells + "</table:table-row>";

    private static string? Text(string rows) => Read(OpenDocumentFiles.OdsXml("<table:table table:name=\"RKA\"><table:table-column table:number-columns-repeated=\"8\"/>" + rows + "</table:table>")).Text;

    private static OfficeText Read(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return OfficePackage.Read(stream, 1 << 24);
    }
}
