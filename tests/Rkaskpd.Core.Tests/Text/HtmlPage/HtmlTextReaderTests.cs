using System;
using System.IO;
using Rkaskpd.Text.HtmlPage;
using Xunit;

namespace Rkaskpd.Tests.Text.HtmlPage;

/// <summary>The page's text as a browser copies it: rows, cells, line breaks, blocks, white space, entities, and what
/// a browser does not show.</summary>
public class HtmlTextReaderTests
{
    [Theory]
    [InlineData("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a\tb\nc\n")]
    [InlineData("<table><tr><td>a</td><td></td><td></td></tr></table>", "a\t\t\n")] // empty trailing cells keep their tabs
    [InlineData("<table><tr><td></td><td>a</td></tr></table>", "\ta\n")]
    [InlineData("<table><tr></tr><tr><td></td></tr><tr><td>x</td></tr></table>", "\n\nx\n")] // empty rows are blank lines
    [InlineData("<table><tr><td>a<td>b<tr><td>c</table>", "a\tb\nc\n")] // end tags left out, as HTML allows
    [InlineData("<table><thead><tr><th>K</th><th colspan=2>V</th></thead><tbody><tr><td>1<td>2</tbody></table>", "K\tV\n1\t2\n")]
    [InlineData("<td>a</td><td>b</td>", "a\tb\n")] // cells outside any row start one
    public void Rows_are_lines_and_cells_are_joined_by_tabs(string html, string expected) =>
        Assert.Equal(expected, PageText.Of(html));

    [Theory]
    [InlineData("<table><tr><td>a<br>b</td><td>c</td></tr></table>", "a\nb\tc\n")]
    [InlineData("<table><tr><td><p>a</p><p>b</p></td><td>c</td></tr></table>", "a\nb\tc\n")]
    [InlineData("<table><tr><td>\n  <p>a</p>\n  <p>b</p>\n</td></tr></table>", "a\nb\n")]
    [InlineData("<table><tr><td><div><div>a</div></div><div>b</div></td></tr></table>", "a\nb\n")]
    [InlineData("a<br><br>b", "a\n\nb")]
    [InlineData("<p>a</p><br>b", "a\n\nb")]
    [InlineData("<h1>Judul</h1><p>satu</p>dua<ul><li>x</li><li>y</li></ul>", "Judul\nsatu\ndua\nx\ny")]
    [InlineData("a<span>b</span> <b>c</b>", "ab c")]
    [InlineData("<table><tr><td>a<br></td></tr><tr><td>b</td></tr></table>", "a\nb\n")] // a trailing <br> adds no blank line
    public void Breaks_and_blocks_make_lines(string html, string expected) =>
        Assert.Equal(expected, PageText.Of(html));

    /// <summary>A cell with cells of its row on both sides (an uraian between the kode and the volume) is one line of
    /// its row, as the CSV stage joins a quoted table cell: its line breaks are spaces. A cell that starts or ends its row
    /// keeps them. A line's &amp;nbsp; indent after a line break in a cell after the row's first is dropped.</summary>
    [Theory]
    [InlineData("<table><tr><td></td><td>Transport petugas<br>&nbsp;&nbsp;di 9 kelurahan</td><td>180</td></tr></table>", "\tTransport petugas di 9 kelurahan\t180\n")]
    [InlineData("<table><tr><td>k</td><td><p>a</p><p>b</p></td><td>1</td><td>2</td></tr></table>", "k\ta b\t1\t2\n")]
    [InlineData("<table><tr><td>k</td><td>a<br>b</td></tr><tr><td>c<br>d</td><td>1</td></tr></table>", "k\ta\nb\nc\nd\t1\n")]
    [InlineData("<table><tr><td>k</td><td>a<br>&nbsp;b</td></tr></table>", "k\ta\nb\n")] // (the indent goes while the break waits)
    public void A_line_break_inside_a_middle_cell_is_a_space(string html, string expected) =>
        Assert.Equal(expected, PageText.Of(html));

    [Fact]
    public void A_middle_cell_too_long_to_hold_keeps_its_line_breaks()
    {
        string longLine = new('x', HtmlTextLayout.MaxHeldCharacters + 10);

        Assert.Equal("k\ta\n" + longLine + "\t1\n", PageText.Of("<table><tr><td>k</td><td>a<br>" + longLine + "</td><td>1</td></tr></table>"));
    }

    [Theory]
    [InlineData("<td>\n   Belanja   alat\r\n\ttulis  </td>", "Belanja alat tulis\n")]
    [InlineData("<td>&nbsp;a&nbsp;&nbsp;b&nbsp;</td>", "\u00A0a\u00A0\u00A0b\u00A0\n")]
    [InlineData("<pre>\n  a  b\n\tc</pre>d", "  a  b\n\tc\nd")]
    [InlineData("<td>a&#10;b&#32;&#32;c</td>", "a b c\n")]
    [InlineData("<td>panitia<span style='mso-spacerun:yes'>&nbsp; </span>(2 kali)</td>", "panitia\u00A0(2 kali)\n")] // Word's space run
    [InlineData("<td>a &nbsp;b</td>", "a\u00A0b\n")]
    public void White_space_collapses_as_a_browser_renders_it(string html, string expected) =>
        Assert.Equal(expected, PageText.Of(html));

    [Theory]
    [InlineData("Kecamatan &amp; Desa &#8211; 2020 &ndash; &#x201C;x&#x201D; &lt;p&gt;", "Kecamatan & Desa \u2013 2020 \u2013 \u201Cx\u201D <p>")]
    [InlineData("a & b &unknown; &#xZZ; &amp &", "a & b &unknown; &#xZZ; &amp &")]
    [InlineData("a < b > c <1 <", "a < b > c <1 <")]
    [InlineData("&#128512;&eacute;", "\U0001F600\u00E9")]
    public void Entities_are_decoded_and_stray_markup_characters_are_text(string html, string expected) =>
        Assert.Equal(expected, PageText.Of(html));

    [Theory]
    [InlineData("<head><title>Judul</title><meta charset=utf-8><style>td{x:'<td>'}</style><script>a='</td><td>';</script></head><body>isi</body>", "isi")]
    [InlineData("a<!-- <td>b</td> -- > -->c<!---->d<!-->e", "acde")]
    [InlineData("a<!DOCTYPE html><?xml version=\"1.0\"?><![if !supportLists]>b<![endif]>c", "abc")]
    [InlineData("a<template><td>x</td></template><noscript>y</noscript><textarea>z</textarea>b", "ab")]
    [InlineData("a<script>x</scripty></SCRIPT >b", "ab")]
    [InlineData("a<div style=\"color:red; DISPLAY : None\">x<div>y</div>z</div>b", "ab")]
    [InlineData("a<span hidden>x</span>b<input type=hidden value=q>c", "abc")]
    [InlineData("<table><tr style='display:none'><td>x</td><tr><td>a</td></tr></table>", "a\n")]
    [InlineData("<table><tr><td>a</td></tr><tr style=\"display:none\"><td>x</td></tr><tr><td>b</td></tr></table>", "a\nb\n")]
    [InlineData("<p style=\"display:none\">x</p>y", "x\ny")] // a <p> whose end tag may be missing is not skipped
    public void What_a_browser_does_not_show_is_left_out(string html, string expected) =>
        Assert.Equal(expected, PageText.Of(html));

    [Theory]
    [InlineData("<td title=\"a > b\" data-x='<tr>'>v</td>", "v\n")]
    [InlineData("<td class=x/>v</td>", "v\n")]
    [InlineData("<td\nclass\n=\ny>v</td >", "v\n")]
    [InlineData("<o:p></o:p>a<st1:place w:st=\"on\">b</st1:place>", "ab")]
    public void Attributes_and_odd_tags_are_passed_over(string html, string expected) =>
        Assert.Equal(expected, PageText.Of(html));

    [Fact]
    public void Nested_tables_keep_their_own_rows()
    {
        string html = "<table><tr><td>A</td><td><table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table></td><td>B</td></tr><tr><td>C</td></tr></table>";

        Assert.Equal("A\t\nx\ty\nz\n\tB\nC\n", PageText.Of(html));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Block_boundaries_inside_tags_entities_and_comments_change_nothing(int chunk)
    {
        string html = "<!DOCTYPE html><html><head><title>t</title><script>x='<\\/script>'</script></head><body>"
            + "<table class=\"rka\"><tr><td style='display:none'>h</td><td>Kegiatan&nbsp;&#58; 1&amp;2</td><td>&#x2013;<br/>b</td></tr>"
            + "<!-- c --><tr><td><p>p1</p><p>p2</p></td></tr></table><pre>\n q\n</pre></body></html>";

        Assert.Equal(PageText.Of(html), PageText.Of(html, chunk));
        Assert.Equal("h\tKegiatan\u00A0: 1&2\t\u2013\nb\np1\np2\n q\n", PageText.Of(html));
    }

    [Fact]
    public void A_tag_or_comment_cut_off_by_the_end_is_dropped_and_a_lone_angle_bracket_is_text()
    {
        Assert.Equal("a", PageText.Of("a<td class=\"x"));
        Assert.Equal("a", PageText.Of("a<!-- never closed <td>b</td>"));
        Assert.Equal("a", PageText.Of("a<script>b"));
        Assert.Equal("a<", PageText.Of("a<"));
        Assert.Equal("a&amp", PageText.Of("a&amp"));
    }

    [Fact]
    public void The_source_limit_stops_reading_and_says_so()
    {
        string html = "<table><tr><td>a</td></tr><tr><td>" + new string('b', 20_000) + "</td></tr></table>";
        using var source = new StringReader(html);
        char[] first = new char[8192];
        int length = source.Read(first, 0, first.Length);
        using var page = new HtmlTextReader(source, first, length, maxSourceLength: 10_000);

        string text = page.ReadToEnd();

        Assert.True(page.SourceTruncated);
        Assert.StartsWith("a\n", text, StringComparison.Ordinal);
        Assert.True(text.Length < 10_000);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html>", true)]
    [InlineData("\uFEFF \r\n\t<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">", true)]
    [InlineData("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">", true)]
    [InlineData("<HEAD><title>", true)]
    [InlineData("<body>", true)]
    [InlineData("<table border=1>", true)]
    [InlineData("<meta charset=utf-8>", true)]
    [InlineData("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html PUBLIC>", true)]
    [InlineData("<!-- saved from url=(0044)http://sipd.example/ -->\r\n<html>", true)]
    [InlineData("<html", true)]
    [InlineData("<tablet>", false)]
    [InlineData("<p>Latar Belakang</p>", false)]
    [InlineData("<!-- never closed", false)]
    [InlineData("RENCANA KERJA <html>", false)]
    [InlineData("", false)]
    [InlineData("   ", false)]
    [InlineData("\n\n**RENCANA KERJA DAN ANGGARAN", false)]
    public void A_page_is_told_by_how_it_starts(string start, bool expected) =>
        Assert.Equal(expected, HtmlStart.Is(start));
}
