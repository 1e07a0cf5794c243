using System;
using System.Linq;
using Rkaskpd.Serialization;
using Rkaskpd.Text;
using Rkaskpd.Text.Office;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>The hook through which a reader of Excel 97-2003 workbooks hands the core their cells
/// (<see cref="RkaWorkbookCells"/>): the cells read as the same rows of text do, numbers as their format shows them,
/// hidden columns and rows left out, and the notes and argument checks.</summary>
public class RkaWorkbookCellsTests
{
    [Fact]
    public void The_seed_given_as_cells_reads_as_its_text_with_the_xls_note()
    {
        string text = TestData.SeedText;
        var cells = new RkaWorkbookCells();
        cells.AddSheet("RKA 2.2.1");
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue; // a skipped row is an empty line
            }

            cells.AddRow(i + 1);
            string[] values = lines[i].Split('\t');
            for (int c = 0; c < values.Length; c++)
            {
                cells.AddText(c + 1, values[c]);
            }
        }

        RkaReadResult result = cells.Read();
        RkaReadResult expected = RkaTextReader.Read(text);

        Assert.Equal(RkaJson.Serialize(expected.Document), RkaJson.Serialize(result.Document));
        Assert.Equal(expected.Validate().Select(d => d.ToString()), result.Validate().Where(d => d.Code != "RKA022").Select(d => d.ToString()));
        Diagnostic note = Assert.Single(result.Diagnostics, d => d.Code == "RKA022");
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
        Assert.Contains("RKA 2.2.1", note.Message, StringComparison.Ordinal);
        Assert.Contains("(.xls)", note.Message, StringComparison.Ordinal);
        Assert.Same(result, cells.Read());
    }

    [Fact]
    public void Hidden_columns_and_rows_and_numbers_read_as_the_sheet_shows_them()
    {
        var cells = new RkaWorkbookCells();
        cells.AddSheet("Sheet1");
        cells.HideColumn(1);
        cells.AddRow(1);
        cells.AddText(1, "12345"); // an export's internal ID
        cells.AddText(2, "Jumlah Tahun n");
        cells.AddText(3, ":");
        cells.AddNumber(4, 551204390, 164, "[$-421]\"Rp \"#,##0.00");
        cells.AddRow(2, hidden: true);
        cells.AddText(2, "Kegiatan");
        cells.AddText(3, ": 9.99 hidden");

        RkaReadResult result = cells.Read();

        Assert.Empty(result.Document.Forms);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA001"); // a row without a form's title holds no form
    }

    [Theory]
    [InlineData(551204390.0, 4, null, "551.204.390,00")]
    [InlineData(551204390.0, 0, null, "551204390")]
    [InlineData(0.78, 9, null, "78%")]
    [InlineData(70992500.0, 164, "\"Rp \"#,##0.00", "Rp 70.992.500,00")]
    [InlineData(42289.0, 165, "dd mmmm yyyy", "12 Oktober 2015")]
    [InlineData(42289.0, 14, "d/m/yyyy", "12/10/2015")]
    [InlineData(0.5, 20, "h:mm", "0.5")]
    public void A_number_is_written_as_the_xlsx_reader_writes_it(double value, int formatId, string? code, string shown)
    {
        var styles = new ExcelNumberStyles();
        if (code is not null && formatId >= 164)
        {
            styles.Define(formatId, code);
        }

        Assert.Equal(shown, styles.FormatNumber(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture), formatId));
    }

    [Fact]
    public void An_unreadable_workbook_is_RKA001_saying_why()
    {
        foreach (RkaWorkbookProblem problem in Enum.GetValues<RkaWorkbookProblem>())
        {
            RkaReadResult result = RkaWorkbookCells.Unreadable(problem);

            Assert.Empty(result.Document.Forms);
            Diagnostic error = Assert.Single(result.Diagnostics);
            Assert.Equal(("RKA001", DiagnosticSeverity.Error), (error.Code, error.Severity));
            Assert.Contains(".xls", error.Message, StringComparison.Ordinal);
        }

        Assert.NotEqual(
            RkaWorkbookCells.Unreadable(RkaWorkbookProblem.Damaged).Diagnostics[0].Message,
            RkaWorkbookCells.Unreadable(RkaWorkbookProblem.Encrypted).Diagnostics[0].Message);
    }

    [Fact]
    public void Misuse_throws()
    {
        var cells = new RkaWorkbookCells();
        Assert.Throws<InvalidOperationException>(() => cells.AddRow(1));
        Assert.Throws<InvalidOperationException>(() => cells.HideColumn(1));
        Assert.Throws<ArgumentNullException>(() => cells.AddSheet(null!));
        cells.AddSheet("a");
        Assert.Throws<InvalidOperationException>(() => cells.AddText(1, "x"));
        cells.AddRow(2);
        Assert.Throws<ArgumentOutOfRangeException>(() => cells.AddRow(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => cells.AddText(0, "x"));
        Assert.Throws<ArgumentOutOfRangeException>(() => cells.AddText(16_385, "x"));
        Assert.Throws<ArgumentNullException>(() => cells.AddText(1, null!));
        cells.AddText(2, "x");
        Assert.Throws<ArgumentOutOfRangeException>(() => cells.AddNumber(2, 1, 0));
        cells.AddSheet("b");
        cells.AddRow(1); // a new sheet's rows start again
        cells.Read();
        Assert.Throws<InvalidOperationException>(() => cells.AddSheet("c"));
        Assert.Throws<InvalidOperationException>(() => cells.AddRow(1)); // read: not a range error
        Assert.Throws<InvalidOperationException>(() => cells.HideColumn(0));
        Assert.Throws<InvalidOperationException>(() => cells.AddNumber(0, 1, 7, "\"Rp\"#,##0.00"));
    }

    [Fact]
    public void A_locale_currency_format_is_read_from_its_code()
    {
        // Format 7 of an Indonesian workbook: "Rp"#,##0.00; the .xlsx reader defines it from the styles part too.
        var cells = new RkaWorkbookCells();
        cells.AddSheet("RKA");
        cells.AddRow(1);
        cells.AddText(1, "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH");
        cells.AddRow(2);
        cells.AddText(1, "Kegiatan");
        cells.AddText(2, ":");
        cells.AddText(3, "1.02.1.02.01.19.03 Penanggulangan Gizi");
        cells.AddRow(3);
        cells.AddText(1, "Jumlah Tahun n");
        cells.AddText(2, ":");
        cells.AddNumber(3, 70992500, 7, "\"Rp\"#,##0.00");

        Assert.False(cells.IsFull);
        Rkaskpd.Forms.RkaForm form = Assert.Single(cells.Read().Document.Forms);

        Assert.Equal("Rp70.992.500,00", form.Amounts.CurrentYear!.AmountText);
    }
}
