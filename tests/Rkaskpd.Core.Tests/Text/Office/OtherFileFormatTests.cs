using Rkaskpd.Validation;
using System.Text;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>Files the text reader does not read (Rich Text Format it reads: RichTextDocumentTests) are named, with how to save them, instead of being read as text that
/// holds no form.</summary>
public class OtherFileFormatTests
{
    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x3E, 0x00 }, "Office 97-2003")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "RkaPdfReader")]
    public void A_file_of_another_format_is_one_error_that_names_it(byte[] head, string named)
    {
        byte[] bytes = [.. head, .. Encoding.ASCII.GetBytes(" Urusan Pemerintahan : 1.01 Pendidikan\n")];

        RkaReadResult result = RkaTextReader.Read(bytes);

        Assert.Empty(result.Document.Forms);
        Diagnostic only = Assert.Single(result.Diagnostics);
        Assert.Equal("RKA001", only.Code);
        Assert.Equal(DiagnosticSeverity.Error, only.Severity);
        Assert.Contains(named, only.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_mentions_rtf_later_is_read_as_text()
    {
        RkaReadResult result = RkaTextReader.Read(Encoding.UTF8.GetBytes("Catatan {\\rtf} dan %PDF-\n" + TestData.SeedText));

        Assert.NotEmpty(result.Document.Forms);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("Rich Text", System.StringComparison.Ordinal));
    }
}
