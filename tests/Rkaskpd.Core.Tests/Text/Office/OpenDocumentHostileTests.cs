using System;
using System.IO;
using System.Linq;
using System.Text;
using Rkaskpd.Text;
using Rkaskpd.Text.Office;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>OpenDocument files that are damaged, not text or spreadsheets, or hostile: reading never throws, memory
/// stays within the reader's limit, and a diagnostic says what happened.</summary>
public class OpenDocumentHostileTests
{
    private const string Form = "Program\t:\t1.01.1.01.01.15\tProgram Pendidikan Non Formal\n";

    [Fact]
    public void A_truncated_odt_is_reported_as_a_damaged_package()
    {
        byte[] file = OpenDocumentFiles.Odt(TestData.SeedText, tables: true, multiLineCells: false);

        RkaReadResult result = RkaTextReader.Read(file.AsSpan(0, file.Length / 2));

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(("RKA001", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Empty(result.Document.Forms);
    }

    [Theory]
    [InlineData("Program : 1.01, not XML at all")]
    [InlineData("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">\n<office:body><office:text><text:p>x</office:text>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE office:document-content [<!ENTITY a \"aaaaaaaaaa\">]><office:document-content/>")]
    public void A_content_xml_that_is_not_well_formed_names_the_part(string content)
    {
        byte[] file = OpenDocumentFiles.Package(OpenDocumentFiles.TextType, content);

        Diagnostic error = Assert.Single(RkaTextReader.Read(file).Diagnostics);

        Assert.Equal(("RKA001", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Contains("content.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_presentation_is_no_text_nor_spreadsheet_and_says_so()
    {
        byte[] file = OpenDocumentFiles.Package("application/vnd.oasis.opendocument.presentation",
            OpenDocumentFiles.Content("<office:presentation><draw:page><draw:frame><draw:text-box><text:p>Program : 1.01</text:p></draw:text-box></draw:frame></draw:page></office:presentation>"));

        Diagnostic error = Assert.Single(RkaTextReader.Read(file).Diagnostics);

        Assert.Equal("RKA001", error.Code);
        Assert.Contains("content.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("OpenDocument", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spaces_and_repeated_cells_never_pass_the_limit()
    {
        // Each element asks for 1024 spaces or 256 copies of a long cell: far more text than the XML's bytes.
        string spaces = "<text:p>" + string.Concat(Enumerable.Repeat("<text:s text:c=\"1024\"/>", 20_000)) + "</text:p>";
        string cells = "<table:table><table:table-row>" + string.Concat(Enumerable.Repeat("<table:table-cell table:number-columns-repeated=\"256\"><text:p>" + new string('x', 1000) + "</text:p></table:table-cell>", 200)) + "</table:table-row></table:table>";
        foreach (string body in new[] { spaces, cells })
        {
            using var stream = new MemoryStream(OpenDocumentFiles.OdtXml(body));

            OfficeText read = OfficePackage.Read(stream, 1 << 20);

            Assert.True(read.Text!.Length <= (1 << 20) + 1, read.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)); // and a line's end
            Assert.Contains(read.Notes, n => n.Code == "RKA011" && n.Message.Contains("content.xml", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_content_xml_that_inflates_past_the_limit_is_read_up_to_it_and_reported()
    {
        var body = new StringBuilder("<text:p>Program<text:tab/>:<text:tab/>1.01.1.01.01.15 Program Pendidikan</text:p>");
        body.Insert(0, "<text:p>x</text:p>", 4 << 20 >> 4);

        RkaReadResult result = RkaTextReader.Read(OpenDocumentFiles.OdtXml(body.ToString()), maxDocumentLength: 64 << 10, maxForms: 10);

        Assert.Contains(result.Diagnostics, d => d.Code == "RKA011" && d.Message.Contains("content.xml", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA025");
    }

    [Fact]
    public void Damaged_bytes_anywhere_in_a_package_never_throw()
    {
        byte[][] packages =
        [
            OpenDocumentFiles.Odt(TestData.SeedText, tables: true, multiLineCells: true),
            OpenDocumentFiles.Ods(TestData.SeedText),
        ];
        var random = new Random(20261205);
        foreach (byte[] original in packages)
        {
            for (int i = 0; i < 300; i++)
            {
                byte[] file = (byte[])original.Clone();
                for (int n = random.Next(1, 8); n > 0; n--)
                {
                    file[random.Next(4, file.Length)] = (byte)random.Next(256);
                }

                RkaReadResult result = RkaTextReader.Read(file.AsSpan(0, random.Next(2) == 0 ? file.Length : random.Next(4, file.Length)));
                Assert.NotEmpty(result.Diagnostics);
            }
        }
    }

    [Fact]
    public void A_flat_file_that_is_not_well_formed_is_reported_not_read_as_text()
    {
        byte[] flat = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<!-- saved by hand -->\n<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">\n<office:body><office:text>" + Form + "</office:document>");

        Diagnostic error = Assert.Single(RkaTextReader.Read(flat).Diagnostics);

        Assert.Equal(("RKA001", DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.Contains(".fodt", error.Message, StringComparison.Ordinal);
        Assert.Contains("(line 5, position 3)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(RkaTextReader.Read(flat).Diagnostics, d => d.Code == "RKA006");
    }
}
