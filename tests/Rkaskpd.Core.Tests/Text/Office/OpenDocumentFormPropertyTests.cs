using System;
using System.IO;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Office;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>
/// Metamorphic properties of the OpenDocument reading: a form written as text and saved as a Writer document (lines as
/// paragraphs, or tab lines as table rows, with multi-line cells) or as a Calc sheet (lines as rows, the rest of each row
/// and of the sheet repeated as Calc writes them) reads to the same model and the same diagnostics as the text, apart
/// from the one note saying how it was read; and so does the same content as a flat XML file.
/// </summary>
[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 30)]
public class OpenDocumentFormPropertyTests
{
    private const string ReadAsOpenDocument = "RKA025";

    private static readonly Lazy<string> Canonical = new(() => RkaTextWriter.Write(RkaTextReader.Read(TestData.SeedText).Document));

    /// <summary>Generated documents as Writer documents.</summary>
    [Property]
    public Property A_generated_document_as_odt_reads_the_same(RkaDocument document, bool tables, bool multiLineCells)
    {
        string text = RkaTextWriter.Write(document);
        string difference = OfficeDifference.First(text, OpenDocumentFiles.Odt(text, tables, multiLineCells), ReadAsOpenDocument);
        return (difference.Length == 0).Label(difference);
    }

    /// <summary>Generated documents as Calc sheets.</summary>
    [Property]
    public Property A_generated_document_as_ods_reads_the_same(RkaDocument document)
    {
        string text = RkaTextWriter.Write(document);
        string difference = OfficeDifference.First(text, OpenDocumentFiles.Ods(text), ReadAsOpenDocument);
        return (difference.Length == 0).Label(difference);
    }

    /// <summary>The seed file itself, and as the writer writes it, as Writer documents in each layout and as Calc
    /// sheets.</summary>
    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(true, true, false)]
    [InlineData(false, false, true)]
    [InlineData(true, true, true)]
    public void The_seed_as_odt_and_ods_reads_the_same(bool tables, bool multiLineCells, bool written)
    {
        string text = written ? Canonical.Value : TestData.SeedText;

        string writer = OfficeDifference.First(text, OpenDocumentFiles.Odt(text, tables, multiLineCells), ReadAsOpenDocument);
        string calc = OfficeDifference.First(text, OpenDocumentFiles.Ods(text), ReadAsOpenDocument);

        Assert.True(writer.Length == 0, writer);
        Assert.True(calc.Length == 0, calc);
    }

    /// <summary>A Writer document and a Calc sheet give the text their Word and Excel twins give.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_seed_reads_as_from_its_word_and_excel_twins(bool tables)
    {
        Assert.Equal(Text(OfficeFiles.Docx(TestData.SeedText, tables, multiLineCells: false)), Text(OpenDocumentFiles.Odt(TestData.SeedText, tables, multiLineCells: false)));
        Assert.Equal(Text(OfficeFiles.Xlsx(TestData.SeedText)), Text(OpenDocumentFiles.Ods(TestData.SeedText)));
    }

    /// <summary>The content of a package as a flat file (<c>.fodt</c>, <c>.fods</c>: the XML alone, after an XML
    /// declaration and a comment) reads the same, with the same note; a stream that cannot seek too.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_seed_as_a_flat_file_reads_as_the_package(bool text)
    {
        string content = OpenDocumentFiles.Content(text ? "<office:text>" + Body(TestData.SeedText) + "</office:text>" : Sheet(TestData.SeedText))
            .Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content", "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- RKA-SKPD 2.2.1 -->\n<office:document", StringComparison.Ordinal)
            .Replace("</office:document-content>", "</office:document>", StringComparison.Ordinal);
        byte[] flat = Encoding.UTF8.GetBytes(content);

        string difference = OfficeDifference.First(TestData.SeedText, flat, ReadAsOpenDocument);
        using var stream = new NonSeekable(flat);
        RkaReadResult viaStream = RkaTextReader.Read(stream);

        Assert.True(difference.Length == 0, difference);
        Assert.Equal(RkaTextReader.Read(TestData.SeedText).Document.Forms.Count, viaStream.Document.Forms.Count);
        Assert.Contains(viaStream.Diagnostics, d => d.Code == ReadAsOpenDocument);
    }

    /// <summary>How a flat file is told from text, HTML and an XML file that is not one.</summary>
    [Theory]
    [InlineData("<?xml version=\"1.0\"?><office:document office:mimetype=\"x\">", true)]
    [InlineData("\uFEFF \r\n<?xml version=\"1.0\"?>\n<!-- a > b -->\n<?pi x?>\t<office:document\n xmlns:office=\"u\">", true)]
    [InlineData("<office:document>", true)]
    [InlineData("<?xml version=\"1.0\"?><office:document-content>", false)]
    [InlineData("<?xml version=\"1.0\"?><!-- unclosed <office:document>", false)]
    [InlineData("<html><body><office:document>", false)]
    [InlineData("Program : <office:document>", false)]
    [InlineData("<office:documents>", false)]
    public void A_flat_file_is_recognised_by_its_root(string start, bool flat)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(start + " Program : 1.01"));

        Assert.Equal(flat, OfficePackage.StartsAsFlatOpenDocument(stream));
        Assert.Equal(0, stream.Position);
    }

    private static string Body(string text) => Inner(OpenDocumentFiles.Odt(text, tables: true, multiLineCells: true), "<office:text>", "</office:text>");

    private static string Sheet(string text) => "<office:spreadsheet>" + Inner(OpenDocumentFiles.Ods(text), "<office:spreadsheet>", "</office:spreadsheet>") + "</office:spreadsheet>";

    private static string Inner(byte[] package, string open, string close)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(package));
        using var reader = new StreamReader(zip.GetEntry("content.xml")!.Open());
        string content = reader.ReadToEnd();
        int start = content.IndexOf(open, StringComparison.Ordinal) + open.Length;
        return content[start..content.LastIndexOf(close, StringComparison.Ordinal)];
    }

    private static string? Text(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return OfficePackage.Read(stream, 1 << 24).Text;
    }

    /// <summary>A stream that can only be read forwards.</summary>
    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
