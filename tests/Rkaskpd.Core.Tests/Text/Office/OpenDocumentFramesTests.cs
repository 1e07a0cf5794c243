using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text;
using Rkaskpd.Text.Office;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>Text frames anchored to pages (LibreOffice's PDF import saved as .odt) read laid out by position.</summary>
public class OpenDocumentFramesTests
{
    private static string Frame(int page, double x, double y, double width, string paragraphs) =>
        $"<draw:frame text:anchor-type=\"page\" text:anchor-page-number=\"{page}\" svg:width=\"{width}pt\" svg:height=\"10pt\" svg:x=\"{x}pt\" svg:y=\"{y}pt\"><draw:text-box>{paragraphs}</draw:text-box></draw:frame>";

    private static OfficeText Read(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return OfficePackage.Read(stream, 1 << 20);
    }

    [Fact]
    public void Frames_anchored_to_pages_are_lines_in_columns_with_a_form_feed_between_pages()
    {
        // In no reading order, as the import writes them; 5 points a character (the widths), margin 50.
        string body = Frame(2, 50, 40, 45, "<text:p>Halaman 2</text:p>")
            + Frame(1, 150, 112, 75, "<text:p>1.08.1.08.01.15</text:p>")
            + Frame(1, 50, 100, 50, "<text:p><text:span>Organisasi</text:span></text:p>")
            + Frame(1, 150, 100, 35, "<text:p>1.08.01</text:p>")
            + Frame(1, 50, 112, 35, "<text:p>Program</text:p>");
        OfficeText read = Read(OpenDocumentFiles.OdtXml(body));
        Assert.Equal("Organisasi          1.08.01\nProgram             1.08.1.08.01.15\n\fHalaman 2\n", read.Text);
        Assert.Contains(".odt", Assert.Single(read.Notes).Message, StringComparison.Ordinal);
        Assert.Contains("pdftotext -layout", read.Notes[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_frames_text_together_is_bounded_by_the_documents_limit()
    {
        // Each frame's spaces (text:s) fit the limit alone; two hundred of them together do not: the frames are read up
        // to the limit and the document is reported cut there.
        string body = string.Concat(Enumerable.Range(0, 200).Select(i =>
            Frame(1, 50, 10 + (i * 12), 50, "<text:p>a<text:s text:c=\"1000\"/>b</text:p>")));
        using var stream = new MemoryStream(OpenDocumentFiles.OdtXml(body));
        OfficeText read = OfficePackage.Read(stream, 20_000);

        Assert.InRange(read.Text!.Length, 1, 60_000); // the frames within the limit kept, as the body's text is
        Assert.Contains(read.Notes, n => n.Code == "RKA011");
    }

    [Fact]
    public void A_frame_anchored_to_a_paragraph_stays_left_out_as_before()
    {
        string body = "<text:p>a<draw:frame text:anchor-type=\"paragraph\" svg:x=\"1in\" svg:y=\"1in\"><draw:text-box><text:p>box</text:p></draw:text-box></draw:frame></text:p><text:p>b</text:p>";
        OfficeText read = Read(OpenDocumentFiles.OdtXml(body));
        Assert.Equal("a\nb\n", read.Text);
        Assert.DoesNotContain("pdftotext", read.Notes[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7.1319in", 513.4968)]
    [InlineData("2.54cm", 72)]
    [InlineData("10pt", 10)]
    [InlineData("96px", 72)]
    public void Lengths_are_read_in_points(string value, double points) =>
        Assert.Equal(points, OpenDocumentFrames.Points(value)!.Value, 3);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("1em")]
    [InlineData("xxin")]
    public void Other_lengths_are_none(string? value) => Assert.Null(OpenDocumentFrames.Points(value));

    /// <summary>Metamorphic: a <c>pdftotext -layout</c> text turned into page-anchored frames (each cell a frame at its
    /// column and line, 5 points a character, 12 points a line) reads to the same document as the text.</summary>
    [Theory]
    [InlineData("writer-2017-rka-skpd-221-two-kegiatan.layout.txt")]
    [InlineData("sipd-2022-dpa-sub-kegiatan-boxed.layout.txt")]
    public void A_layout_text_placed_as_frames_reads_as_the_text(string fileName)
    {
        string text = File.ReadAllText(UnseenData.PathOf(fileName));
        var body = new StringBuilder();
        string[] pages = text.Split('\f');
        for (int p = 0; p < pages.Length; p++)
        {
            string[] lines = pages[p].Split('\n');
            for (int l = 0; l < lines.Length; l++)
            {
                foreach (Match cell in Regex.Matches(lines[l].TrimEnd('\r'), @"\S+(?: \S+)*"))
                {
                    body.Append(Frame(p + 1, 40 + (cell.Index * 5), 30 + (l * 12), cell.Length * 5, "<text:p>" + OfficeFiles.Escape(cell.Value) + "</text:p>"));
                }
            }
        }

        byte[] odt = OpenDocumentFiles.OdtXml(body.ToString());
        Assert.Equal(RkaJson.Serialize(RkaTextReader.Read(text).Document), RkaJson.Serialize(RkaTextReader.Read(odt).Document));
    }
}
