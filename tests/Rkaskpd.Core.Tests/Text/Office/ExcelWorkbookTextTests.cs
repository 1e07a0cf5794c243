using System.IO;
using Rkaskpd.Text.Office;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>The text an Excel workbook gives (<see cref="ExcelWorkbookText"/> through <see cref="OfficePackage"/>):
/// cells in column order with gaps by reference, skipped rows, shared and inline strings, numbers as their style shows
/// them, sheets in workbook order.</summary>
public class ExcelWorkbookTextTests
{
    private const string Rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    [Fact]
    public void Cells_are_joined_by_tabs_in_column_order_with_gaps_by_reference()
    {
        string sheet = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"inlineStr\"><is><r><t>c</t></r><r><t xml:space=\"preserve\"> d</t></r></is></c></row>"
            + "<row r=\"3\"><c r=\"B3\" t=\"str\"><v>b</v></c><c t=\"b\"><v>1</v></c></row>"
            + "<row r=\"4\"/><row r=\"5\"><c r=\"AA5\" t=\"str\"><v>z</v></c><c r=\"AB5\" t=\"s\"><v>9</v></c></row>";

        // Columns D to Z hold nothing in any row: AA is the fourth cell. (Shared string 9 does not exist: AB is empty.)
        Assert.Equal("a\t\tc d\n\n\tb\t1\n\n\t\t\tz\n", Text(sheet, styles: string.Empty));
    }

    [Fact]
    public void A_column_empty_in_every_row_gives_no_cell()
    {
        // A web application's export: a spacer column A (empty cells, a blank string) and a spacer K between the form's
        // columns, so the form's first column is B.
        string sheet = "<row r=\"1\"><c r=\"A1\"/><c r=\"B1\" t=\"str\"><v>5.1.02</v></c><c r=\"C1\" t=\"str\"><v>Belanja Barang</v></c>"
            + "<c r=\"J1\"><v>250</v></c><c r=\"K1\" t=\"str\"><v> </v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"str\"><v></v></c><c r=\"C2\" t=\"str\"><v>Kertas</v></c><c r=\"L2\" t=\"str\"><v>catatan</v></c></row>";

        Assert.Equal("5.1.02\tBelanja Barang\t250\n\tKertas\t\tcatatan\n", Text(sheet, styles: string.Empty));
    }

    [Fact]
    public void Numbers_are_written_as_their_format_shows_them_in_the_forms_style_others_raw()
    {
        string styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts><numFmt numFmtId=\"170\" formatCode=\"#,##0.000;[Red]-#,##0.000\"/>"
            + "<numFmt numFmtId=\"171\" formatCode=\"0.0%\"/><numFmt numFmtId=\"172\" formatCode=\"[$-421]&quot;Rp &quot;#,##0.00\"/>"
            + "<numFmt numFmtId=\"173\" formatCode=\"[$Rp-421] #,##0;[Red]-[$Rp-421] #,##0\"/><numFmt numFmtId=\"174\" formatCode=\"dd/mm/yyyy\"/>"
            + "<numFmt numFmtId=\"175\" formatCode=\"0.0\\ &quot;m²&quot;\"/></numFmts>"
            + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"3\"/><xf numFmtId=\"4\"/><xf numFmtId=\"170\"/><xf numFmtId=\"171\"/><xf numFmtId=\"44\"/>"
            + "<xf numFmtId=\"9\"/><xf numFmtId=\"172\"/><xf numFmtId=\"173\"/><xf numFmtId=\"174\"/><xf numFmtId=\"175\"/><xf numFmtId=\"11\"/></cellXfs></styleSheet>";
        string sheet = "<row r=\"1\"><c r=\"A1\"><v>551204390</v></c><c r=\"B1\" s=\"1\"><v>551204390</v></c><c r=\"C1\" s=\"2\"><v>551204390</v></c>"
            + "<c r=\"D1\" s=\"3\"><v>1234.5</v></c><c r=\"E1\" s=\"4\"><v>0.78</v></c><c r=\"F1\" s=\"5\"><v>-15000.005</v></c><c r=\"G1\" s=\"2\"><v>1.5E3</v></c><c r=\"H1\" s=\"99\"><v>7</v></c></row>"
            + "<row r=\"2\"><c r=\"A2\" s=\"6\"><v>1</v></c><c r=\"B2\" s=\"7\"><v>70992500</v></c><c r=\"C2\" s=\"8\"><v>1000</v></c><c r=\"D2\" s=\"9\"><v>43831</v></c>"
            + "<c r=\"E2\" s=\"10\"><v>12.25</v></c><c r=\"F2\" s=\"11\"><v>1500</v></c></row>";

        Assert.Equal(
            "551204390\t551.204.390\t551.204.390,00\t1.234,500\t78,0%\t-15.000,01\t1.500,00\t7\n100%\tRp 70.992.500,00\tRp 1.000\t01/01/2020\t12,3 m²\t1500\n",
            Text(sheet, styles));
    }

    /// <summary>A date cell (a serial number with a date format, as a signature's date is kept) reads as the sheet shows
    /// it, with Indonesian month names; a time or a serial no sheet can hold stays raw.</summary>
    [Theory]
    [InlineData("[$-421]dd\\ mmmm\\ yyyy;@", "42289", "12 Oktober 2015")]
    [InlineData("d mmmm yyyy", "42289", "12 Oktober 2015")]
    [InlineData("d-mmm-yy", "42289", "12-Okt-15")]
    [InlineData("&quot;Tanggal &quot;dd/mm/yyyy", "42289.75", "Tanggal 12/10/2015")]
    [InlineData("m/d/yy", "59", "2/28/00")]
    [InlineData("m/d/yy", "61", "3/1/00")]
    [InlineData("dd/mm/yyyy h:mm", "42289.5", "42289.5")]
    [InlineData("dd/mm/yyyy", "0", "0")]
    [InlineData("dd/mm/yyyy", "3000000", "3000000")]
    [InlineData("yyyy", "42289", "2015")]
    public void Dates_are_written_as_their_format_shows_them_with_Indonesian_months(string format, string value, string expected)
    {
        string styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts><numFmt numFmtId=\"180\" formatCode=\"" + format + "\"/></numFmts>"
            + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"180\"/><xf numFmtId=\"15\"/></cellXfs></styleSheet>";

        Assert.Equal(expected + "\t12-Okt-15\n", Text("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>" + value + "</v></c><c r=\"B1\" s=\"2\"><v>42289</v></c></row>", styles));
    }

    /// <summary>A hidden column (where an export keeps its internal IDs) and a hidden row are not what the sheet shows:
    /// the column gives no cell, the row an empty line.</summary>
    [Fact]
    public void Hidden_columns_give_no_cell_and_hidden_rows_an_empty_line()
    {
        string columns = "<cols><col min=\"1\" max=\"1\" width=\"0\" hidden=\"1\"/><col min=\"2\" max=\"3\" width=\"12\"/><col min=\"5\" max=\"6\" hidden=\"true\"/></cols>";
        string sheet = "<row r=\"1\"><c r=\"A1\" t=\"str\"><v>KEG1602</v></c><c r=\"B1\" t=\"str\"><v>Urusan Pemerintahan</v></c><c r=\"C1\" t=\"str\"><v>: 1.02</v></c><c r=\"E1\"><v>7</v></c><c r=\"G1\" t=\"str\"><v>Kesehatan</v></c></row>"
            + "<row r=\"2\" hidden=\"1\"><c r=\"B2\" t=\"str\"><v>baris tersembunyi</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"str\"><v>52</v></c><c r=\"B3\" t=\"str\"><v>5.2</v></c><c r=\"F3\"><v>9</v></c></row>";

        Assert.Equal("Urusan Pemerintahan\t: 1.02\tKesehatan\n\n5.2\n", Text(sheet, styles: string.Empty, columns));
    }

    [Fact]
    public void Sheets_are_read_in_workbook_order_one_after_another()
    {
        byte[] file = OfficeFiles.Zip(
            ("xl/workbook.xml", "<workbook xmlns=\"" + OfficeFiles.S + "\" xmlns:r=\"" + Rels + "\"><sheets><sheet name=\"Dua\" r:id=\"rId2\"/><sheet name=\"Satu\" r:id=\"rId1\"/><sheet name=\"Hilang\" r:id=\"rId9\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml", Sheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>satu</t></is></c></row>")),
            ("xl/worksheets/sheet2.xml", Sheet("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>dua</t></is></c></row>")));

        OfficeText read = Read(file);

        Assert.Equal("\ndua\nsatu\n", read.Text);
        Assert.Contains("Dua, Satu", Assert.Single(read.Notes).Message, System.StringComparison.Ordinal);
    }

    private static string Sheet(string rows, string columns = "") => "<worksheet xmlns=\"" + OfficeFiles.S + "\">" + columns + "<sheetData>" + rows + "</sheetData></worksheet>";

    private static string? Text(string rows, string styles, string columns = "")
    {
        var parts = new System.Collections.Generic.List<(string, string)>
        {
            ("xl/workbook.xml", "<workbook xmlns=\"" + OfficeFiles.S + "\" xmlns:r=\"" + Rels + "\"><sheets><sheet name=\"RKA\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/sharedStrings.xml", "<sst xmlns=\"" + OfficeFiles.S + "\"><si><t>a</t><rPh><t>x</t></rPh></si><si/></sst>"),
            ("xl/worksheets/sheet1.xml", Sheet(rows, columns)),
        };
        if (styles.Length > 0)
        {
            parts.Add(("xl/styles.xml", styles));
        }

        return Read(OfficeFiles.Zip([.. parts])).Text;
    }

    private static OfficeText Read(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return OfficePackage.Read(stream, 1 << 20);
    }
}
