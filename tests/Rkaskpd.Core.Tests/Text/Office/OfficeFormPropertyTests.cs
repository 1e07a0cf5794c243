using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>
/// Metamorphic properties of the Office stage: a form written as text and saved as a Word document (lines as
/// paragraphs, or tab lines as table rows, with multi-line cells) or as an Excel workbook (lines as rows, amounts as
/// numbers styled with thousands separators, split over two sheets) reads to the same model and the same diagnostics
/// (codes, forms, paths, lines, messages) as the text, apart from the one note saying how it was read.
/// </summary>
[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 30)]
public class OfficeFormPropertyTests
{
    private const string ReadAsWord = "RKA021";
    private const string ReadAsExcel = "RKA022";

    private static readonly Lazy<string> Canonical = new(() => RkaTextWriter.Write(RkaTextReader.Read(TestData.SeedText).Document));

    /// <summary>Generated documents as Word files.</summary>
    [Property]
    public Property A_generated_document_as_docx_reads_the_same(RkaDocument document, bool tables, bool multiLineCells)
    {
        string text = RkaTextWriter.Write(document);
        string difference = OfficeDifference.First(text, OfficeFiles.Docx(text, tables, multiLineCells), ReadAsWord);
        return (difference.Length == 0).Label(difference);
    }

    /// <summary>Generated documents as Excel workbooks.</summary>
    [Property]
    public Property A_generated_document_as_xlsx_reads_the_same(RkaDocument document, byte split)
    {
        string text = RkaTextWriter.Write(document);
        int lines = text.Split('\n').Length;
        string difference = OfficeDifference.First(text, OfficeFiles.Xlsx(text, split % (lines + 1)), ReadAsExcel);
        return (difference.Length == 0).Label(difference);
    }

    /// <summary>The seed file itself, and the seed as the writer writes it, as Word files in each layout.</summary>
    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(true, true, false)]
    [InlineData(false, false, true)]
    [InlineData(true, true, true)]
    public void The_seed_as_docx_reads_the_same(bool tables, bool multiLineCells, bool written)
    {
        string text = written ? Canonical.Value : TestData.SeedText;
        string difference = OfficeDifference.First(text, OfficeFiles.Docx(text, tables, multiLineCells), ReadAsWord);
        Assert.True(difference.Length == 0, difference);
    }

    /// <summary>The unseen Word form saved as text (a cover page, a recap form and a 2.2.1 form, tab cells), typed back
    /// into Word as tables and as paragraphs, reads as its text does.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_unseen_word_form_as_docx_reads_the_same(bool tables)
    {
        string text = System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "unseen", "sipkd-2014-rka-skpd-221-word.txt"));
        string difference = OfficeDifference.First(text, OfficeFiles.Docx(text, tables, multiLineCells: false), ReadAsWord);
        Assert.True(difference.Length == 0, difference);
        Assert.Single(RkaTextReader.Read(OfficeFiles.Docx(text, tables, multiLineCells: false)).Document.Forms);
    }

    /// <summary>Amounts stored as plain numbers in the General style (<c>4500000</c>), as the unseen Word form's rincian
    /// and recap cells would be in a sheet, read as the same amounts and rincian values, and validation finds nothing
    /// more.</summary>
    [Fact]
    public void Plain_numbers_in_a_sheet_read_as_the_same_amounts()
    {
        string source = System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Data", "unseen", "sipkd-2014-rka-skpd-221-word.txt"));
        RkaReadResult text = RkaTextReader.Read(source);
        byte[] file = OfficeFiles.Xlsx(source, rawNumbers: true);
        RkaReadResult sheet = RkaTextReader.Read(file);
        using var stream = new System.IO.MemoryStream(file);
        string? read = Rkaskpd.Text.Office.OfficePackage.Read(stream, 1 << 24).Text;
        Assert.True(read!.Contains("\t6\tOB\t750000\t4500000\n", StringComparison.Ordinal), read.Split("\n").FirstOrDefault(l => l.Contains("tutor", StringComparison.Ordinal)));

        Assert.Equal(
            text.Document.Forms.SelectMany(f => f.Amounts.Rows.Select(r => r.Amount)),
            sheet.Document.Forms.SelectMany(f => f.Amounts.Rows.Select(r => r.Amount)));
        Assert.Equal(13, sheet.Document.Forms.Sum(f => f.Rincian.Count));
        Assert.Equal(
            text.Document.Forms.SelectMany(f => f.Rincian.Select(r => (r.Uraian, r.Volume, r.HargaSatuan, r.Jumlah))),
            sheet.Document.Forms.SelectMany(f => f.Rincian.Select(r => (r.Uraian, r.Volume, r.HargaSatuan, r.Jumlah))));
        Assert.Empty(sheet.Validate().Select(d => d.Code + " " + d.Path).Where(d => !d.StartsWith("RKA022", StringComparison.Ordinal))
            .Except(text.Validate().Select(d => d.Code + " " + d.Path)));
    }

    /// <summary>The seed file itself, and as the writer writes it, as Excel workbooks (one sheet, or two).</summary>
    [Theory]
    [InlineData(false, -1)]
    [InlineData(false, 200)]
    [InlineData(true, -1)]
    [InlineData(true, 150)]
    public void The_seed_as_xlsx_reads_the_same(bool written, int splitAt)
    {
        string text = written ? Canonical.Value : TestData.SeedText;
        string difference = OfficeDifference.First(text, OfficeFiles.Xlsx(text, splitAt), ReadAsExcel);
        Assert.True(difference.Length == 0, difference);
    }
}
