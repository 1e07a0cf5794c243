using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

public class HtmlFragmentsTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "<p>Maksud : a</p> <p>Tujuan : b</p>", "Maksud : a\nTujuan : b" },
        { "<ul style=\"list-style-type: none\"> - Intruksi Presiden - PP Nomor 8</ul>", "- Intruksi Presiden - PP Nomor 8" },
        { "<ol style=\"list-style-type: none\"><li>satu</li><li>dua</li></ol>", "satu\ndua" },
        { "a<br>b<br/>c", "a\nb\nc" },
        { "Barang &amp; Jasa&nbsp;&nbsp;kantor", "Barang & Jasa kantor" },
        { "&#65;&#x42; &lt;p&gt;", "AB <p>" },
        { "a < b and c > d", "a < b and c > d" },
        { "<b>tebal</b>  dan\t\tbiasa", "tebal dan biasa" },
        { "<p>Prosedur :</p> <p>Pemberian</p>", "Prosedur :\nPemberian" },
        { "unclosed <p", "unclosed <p" },
        { "&unknown; &amp", "&unknown; &amp" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToPlainText_strips_tags_decodes_entities_and_collapses_whitespace(string html, string expected) =>
        Assert.Equal(expected, HtmlFragments.ToPlainText(html));

    [Theory]
    [InlineData("<p>x</p>", true)]
    [InlineData("a &amp; b", true)]
    [InlineData("a < b", false)]
    [InlineData("plain - text", false)]
    public void ContainsMarkup_detects_tags_and_entities(string text, bool expected) =>
        Assert.Equal(expected, HtmlFragments.ContainsMarkup(text));

    [Fact]
    public void ToPlainText_is_linear_on_many_unclosed_angle_brackets()
    {
        string text = new string('<', 1) + string.Concat(System.Linq.Enumerable.Repeat("<a", 100_000));
        Assert.Equal(text, HtmlFragments.ToPlainText(text));
    }
}
