using System;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text;
using Rkaskpd.Text.Office;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>Text boxes anchored at offsets (LibreOffice's PDF import saved as .docx) read laid out by position.</summary>
public class WordAnchorsTests
{
    private const string Wp = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /// <summary>A text box as the import writes it (in points, written as EMU), with the VML fallback copy after it.</summary>
    private static string Box(double x, double y, double width, string text) =>
        "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        + $"<wp:anchor xmlns:wp=\"{Wp}\" behindDoc=\"1\" simplePos=\"0\"><wp:simplePos x=\"0\" y=\"0\"/>"
        + $"<wp:positionH relativeFrom=\"column\"><wp:posOffset>{(long)(x * 12700)}</wp:posOffset></wp:positionH>"
        + $"<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>{(long)(y * 12700)}</wp:posOffset></wp:positionV>"
        + $"<wp:extent cx=\"{(long)(width * 12700)}\" cy=\"127000\"/><wp:docPr id=\"1\" name=\"Shape1\"/>"
        + "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"wps\"><wps:wsp xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:txbx><w:txbxContent>"
        + $"<w:p><w:pPr><w:rPr/></w:pPr><w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr><w:t xml:space=\"preserve\">{OfficeFiles.Escape(text)}</w:t></w:r></w:p>"
        + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        + $"<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>{OfficeFiles.Escape(text)}</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>";

    private static OfficeText Read(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return OfficePackage.Read(stream, 1 << 20);
    }

    [Fact]
    public void Boxes_are_lines_in_columns_and_a_step_back_up_starts_a_page()
    {
        // 5 points a character (the widths), margin 50; the fourth box stands 300 points above the third: page 2, with
        // more lines under it (a PDF import's boxes are many: WordAnchors.MinPlacedBoxes).
        var body = new StringBuilder("<w:p><w:r>" + Box(50, 400, 50, "Organisasi") + Box(150, 400, 35, "1.08.01") + Box(50, 412, 35, "Program")
            + Box(50, 100, 45, "Halaman 2"));
        var expected = new StringBuilder("\nOrganisasi          1.08.01\nProgram\n\fHalaman 2\n");
        for (int i = 0; i < WordAnchors.MinPlacedBoxes; i++)
        {
            body.Append(Box(50, 112 + (i * 12), 5 * ("Baris" + i).Length, "Baris" + i));
            expected.Append("Baris").Append(i).Append('\n');
        }

        OfficeText read = Read(OfficeFiles.Docx(body + "</w:r></w:p>"));
        Assert.Equal(expected.ToString(), read.Text);
        Assert.Contains(".docx", Assert.Single(read.Notes).Message, StringComparison.Ordinal);
        Assert.Contains("pdftotext -layout", read.Notes[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_few_boxes_in_a_documents_own_text_stay_where_their_anchors_stand()
    {
        // A Word document's drawn box (the form's number beside the title): no PDF import, so no layout by places.
        string body = "<w:p><w:r><w:t>RENCANA KERJA DAN ANGGARAN</w:t></w:r></w:p><w:p><w:r>" + Box(400, 10, 60, "RKA-SKPD 2.2.1")
            + "</w:r></w:p><w:p><w:r><w:t>Program</w:t></w:r></w:p>";
        OfficeText read = Read(OfficeFiles.Docx(body));
        Assert.Equal("RENCANA KERJA DAN ANGGARAN\nRKA-SKPD 2.2.1\nProgram\n", read.Text);
        Assert.DoesNotContain("pdftotext", Assert.Single(read.Notes).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_anchored_boxes_reads_as_before()
    {
        OfficeText read = Read(OfficeFiles.Docx("<w:p><w:r><w:t>Program</w:t></w:r></w:p>"));
        Assert.Equal("Program\n", read.Text);
        Assert.DoesNotContain("pdftotext", Assert.Single(read.Notes).Message, StringComparison.Ordinal);
    }

    /// <summary>Metamorphic: a <c>pdftotext -layout</c> text turned into anchored boxes (each cell a box at its column
    /// and line, 5 points a character, 12 points a line, pages one after another in one paragraph) reads to the same
    /// document as the text.</summary>
    [Theory]
    [InlineData("writer-2017-rka-skpd-221-two-kegiatan.layout.txt")]
    [InlineData("sipd-2022-dpa-sub-kegiatan-boxed.layout.txt")]
    public void A_layout_text_placed_as_boxes_reads_as_the_text(string fileName)
    {
        string text = File.ReadAllText(UnseenData.PathOf(fileName));
        var body = new StringBuilder("<w:p><w:r>");
        string[] pages = text.Split('\f');
        for (int p = 0; p < pages.Length; p++)
        {
            string[] lines = pages[p].Split('\n');
            for (int l = 0; l < lines.Length; l++)
            {
                foreach (Match cell in Regex.Matches(lines[l].TrimEnd('\r'), @"\S+(?: \S+)*"))
                {
                    body.Append(Box(40 + (cell.Index * 5), 30 + (l * 12), cell.Length * 5, cell.Value));
                }
            }
        }

        byte[] docx = OfficeFiles.Docx(body.Append("</w:r></w:p>").ToString());
        Assert.Equal(RkaJson.Serialize(RkaTextReader.Read(text).Document), RkaJson.Serialize(RkaTextReader.Read(docx).Document));
    }
}
