using Rkaskpd.Utility;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
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
        { "&ldquo;Kantor&rdquo; 12 m&sup2; &eacute;&euro; &frac12;", "\u201CKantor\u201D 12 m\u00B2 \u00E9\u20AC \u00BD" },
        { "&#8220;a&#x201C; &#X201d;", "\u201Ca\u201C \u201D" },
        { "&Ccedil;&alpha;&Omega;&trade;&copy;&deg;", "\u00C7\u03B1\u03A9\u2122\u00A9\u00B0" },
        { "R&D; &ldquo &LDQUO; &sup2x; &1abc;", "R&D; &ldquo &LDQUO; &sup2x; &1abc;" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ToPlainText_strips_tags_decodes_entities_and_collapses_whitespace(string html, string expected) =>
        Assert.Equal(expected, HtmlFragments.ToPlainText(html));

    [Theory]
    [InlineData("ldquo", '\u201C')]
    [InlineData("rdquo", '\u201D')]
    [InlineData("lsquo", '\u2018')]
    [InlineData("sup2", '\u00B2')]
    [InlineData("sup3", '\u00B3')]
    [InlineData("times", '\u00D7')]
    [InlineData("divide", '\u00F7')]
    [InlineData("plusmn", '\u00B1')]
    [InlineData("middot", '\u00B7')]
    [InlineData("thetasym", '\u03D1')]
    public void ToPlainText_decodes_named_entities_beyond_the_common_few(string name, char expected) =>
        Assert.Equal($"a{expected}b", HtmlFragments.ToPlainText($"a&{name};b"));

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

    private static readonly string[] Pieces =
    [
        "a", "Kata", " ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u2028", "<", ">", "&", ";", "<p>", "</p>", "<br/>", "<b>",
        "<li", "<!-- x -->", "&nbsp;", "&amp;", "&ldquo;", "&sup2;", "&rsquo;", "&hyphen;", "&Eacute;", "&#8220;", "&#x201C;", "ldquo", "&#65;", "&#x1F600;", "&#xA0;", "&#0;", "&bogus;", "&#x110000;", "1.", "-",
        ": ", "\u2192", "é",
    ];

    [Property(MaxTest = 500)]
    public Property ToPlainText_agrees_with_the_two_pass_reference_on_html_like_text(int[] pieces)
    {
        string html = string.Concat(pieces.Select(p => Pieces[(p & int.MaxValue) % Pieces.Length]));
        return (HtmlFragments.ToPlainText(html) == HtmlFragmentsReference.ToPlainText(html)).Label(html);
    }

    [Property(MaxTest = 300)]
    public Property ToPlainText_agrees_with_the_two_pass_reference_on_any_text(string? text) =>
        (HtmlFragments.ToPlainText(text) == HtmlFragmentsReference.ToPlainText(text)).ToProperty();

    [Theory]
    [InlineData("Kantor dapat melaksanakan kegiatan\ndengan baik")]
    [InlineData("x")]
    public void ToPlainText_returns_text_that_needs_no_change_itself(string text) =>
        Assert.Same(text, HtmlFragments.ToPlainText(text));

    [Theory]
    [InlineData(" lead", "lead")]
    [InlineData("trail\n", "trail")]
    [InlineData("a  b", "a b")]
    [InlineData("a \nb", "a\nb")]
    [InlineData("a\n\nb", "a\nb")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\r\nb", "a\nb")]
    [InlineData("a < b & c", "a < b & c")]
    public void ToPlainText_changes_text_outside_the_fast_path(string text, string expected) =>
        Assert.Equal(expected, HtmlFragments.ToPlainText(text));

    [Fact]
    public void Whitespace_lists_every_whitespace_character()
    {
        string actual = string.Concat(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace));
        Assert.Equal(HtmlFragments.Whitespace, actual);
    }
}
