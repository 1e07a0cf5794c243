using System.Text;
using Rkaskpd.Text;
using Rkaskpd.Text.Decoding;
using Xunit;

namespace Rkaskpd.Tests.Text.Decoding;

/// <summary>A page that declares Windows-1252 (or Latin-1) and is not UTF-8 is read so without a guess's words.</summary>
public class DeclaredCharsetTests
{
    [Theory]
    [InlineData("<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">", "windows-1252")]
    [InlineData("<meta charset='ISO-8859-1'>", "ISO-8859-1")]
    [InlineData("<META CHARSET = \"cp1252\" >", "cp1252")]
    [InlineData("<meta charset=\"utf-8\">", null)]
    [InlineData("<meta charset=\"windows-1252x\">", null)]
    [InlineData("<meta charset=\"iso-8859-15\">", null)]
    [InlineData("Urusan Pemerintahan : 1.01 charset tidak ada", null)]
    public void Finds_a_declared_windows_1252(string head, string? name)
    {
        string? found = DeclaredCharset.Windows1252Name(head);

        Assert.Equal(name?.ToLowerInvariant(), found);
    }

    [Fact]
    public void A_page_declaring_windows_1252_is_read_so_and_the_note_says_it_was_declared()
    {
        string page = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\"></head><body><table>"
            + "<tr><td>Urusan Pemerintahan</td><td>:</td><td>1.01 Pendidikan \u2013 Dinas</td></tr></table></body></html>";
        byte[] bytes = Encoding.Latin1.GetBytes(page.Replace("\u2013", "\u0096", System.StringComparison.Ordinal));

        RkaReadResult result = RkaTextReader.Read(bytes);

        Assert.Contains(result.Diagnostics, d => d.Code == "RKA013" && d.Message.Contains("declares its encoding as 'windows-1252'", System.StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA013" && d.Message.Contains("save it as UTF-8", System.StringComparison.Ordinal));
    }
}
