using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.HtmlPage;

/// <summary>A PDF converter's page (<c>pdftohtml -s -i -noframes</c>): every text run placed with
/// <c>position:absolute</c>, every page a <c>position:relative</c> container, read laid out by position.</summary>
public class PositionedPageTests
{
    private const string Head = "<!DOCTYPE html><html><head><style type=\"text/css\">\n<!--\n.xflip{transform:scaleX(-1);}\n-->\n</style></head><body>\n";

    private static string Page(int number, string fontClass, int size, string runs) =>
        $"<style type=\"text/css\">\n<!--\n\tp {{margin: 0; padding: 0;}}\t.{fontClass}{{font-size:{size}px;font-family:Arial;color:#000000;}}\n-->\n</style>\n"
        + $"<div id=\"page{number}-div\" style=\"position:relative;width:892px;height:1262px;\">\n{runs}</div>\n";

    private static string Run(int top, int left, string cls, string text) =>
        $"<p style=\"position:absolute;top:{top}px;left:{left}px;white-space:nowrap\" class=\"{cls}\">{text}</p>\n";

    [Fact]
    public void Runs_are_laid_out_by_position_with_a_form_feed_between_pages()
    {
        // 10-pixel font: a character is 4 pixels; the page's left margin (40) is column 0.
        string html = Head
            + Page(1, "ft10", 10, Run(116, 40, "ft10", "Program") + Run(100, 120, "ft10", "1.08.01") + Run(100, 40, "ft10", "<b>Organisasi</b>") + Run(116, 120, "ft10", "1.08.1.08.01.15"))
            + Page(2, "ft20", 10, Run(60, 40, "ft20", "Halaman&#160;2"))
            + "</body></html>";
        Assert.Equal("Organisasi          1.08.01\nProgram             1.08.1.08.01.15\n\fHalaman 2\n", PageText.Of(html));
    }

    [Fact]
    public void A_class_rule_after_a_dot_in_another_rules_body_gives_its_font_size()
    {
        // 20-pixel font: a character is 8 pixels, so x 120 is column 10 (with the default 16 pixels it would be 12).
        string html = Head + "<style type=\"text/css\">p {margin:.5em;} .ft10{font-size:20px;}</style>"
            + "<div id=\"page1-div\" style=\"position:relative;width:892px;height:1262px;\">"
            + Run(100, 40, "ft10", "Ab") + Run(100, 120, "ft10", "Cd") + "</div></body></html>";
        Assert.Equal("Ab        Cd\n", PageText.Of(html));
    }

    [Fact]
    public void Text_placed_over_a_run_s_padding_stands_between_the_run_s_texts()
    {
        // groff's indicator row through pdftohtml: the kind and the target one run padded with &#160;, the tolok ukur
        // (wrapped by a <br>) placed over the padding. A word's &#160; is still one space.
        string padding = string.Concat(System.Linq.Enumerable.Repeat("&#160; ", 30));
        Assert.Matches("^Ab {4,}Cd", PageText.Of(Head + Page(1, "ft10", 10, Run(100, 40, "ft10", "Ab &#160; &#160; Cd")) + "</body></html>")); // five spaces a browser shows
        string html = Head + Page(1, "ft10", 10, Run(100, 40, "ft10", "Hasil " + padding + "100&#160;%")
            + Run(100, 100, "ft10", "Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan<br/>kecamatan")) + "</body></html>";

        string[] lines = PageText.Of(html).Split('\n');

        Assert.Matches("^Hasil {2,}Meningkatnya partisipasi masyarakat dalam perencanaan pembangunan {2,}100 %$", lines[0]);
        Assert.Equal("kecamatan", lines[1].Trim());
    }

    [Fact]
    public void A_br_in_a_run_is_a_line_below_it()
    {
        string html = Head + Page(1, "ft10", 10, Run(100, 40, "ft10", "Jumlah Tahun n<br/>Rupiah)") + Run(100, 200, "ft10", "Rp 1,00")) + "</body></html>";
        Assert.Equal("Jumlah Tahun n                          Rp 1,00\nRupiah)\n", PageText.Of(html));
    }

    [Theory]
    [InlineData("<div style=\"position:absolute;margin-left:10pt\">a</div><p>b</p>", "a\nb")] // no top and left: flow text
    [InlineData("<div style=\"position:relative\"><p>a</p><p>b</p></div>", "a\nb")] // a relative container alone changes nothing
    [InlineData("<table><tr><td style=\"position:absolute;top:1px;left:2px\">a</td><td>b</td></tr></table>", "a\tb\n")] // a cell is no run
    [InlineData("<div style=\"position:absolute;top:1px;left:2px\">menu</div><p>a</p><p>b</p>", "menu\na\nb")] // placed outside any page container
    [InlineData("<div style=\"position:relative\"><div style=\"position:absolute;top:1px;left:2px;display:none\">x</div><p>a</p></div>", "a")] // hidden
    public void A_page_without_placed_runs_reads_as_before(string html, string expected) =>
        Assert.Equal(expected, PageText.Of(html));

    [Fact]
    public void A_page_read_by_position_says_so()
    {
        string html = Head + Page(1, "ft10", 10, Run(100, 40, "ft10", "Program")) + "</body></html>";
        RkaReadResult result = RkaTextReader.Read(html);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA020" && d.Message.Contains("pdftohtml", StringComparison.Ordinal));
        Assert.DoesNotContain(RkaTextReader.Read("<html><body><p>Program</p></body></html>").Diagnostics, d => d.Message.Contains("pdftohtml", StringComparison.Ordinal));
    }

    /// <summary>Metamorphic: a <c>pdftotext -layout</c> text turned into a converter's page (each cell a run at its
    /// column and line, each page a container) reads to the same document as the text itself.</summary>
    [Theory]
    [InlineData("writer-2017-rka-skpd-221-two-kegiatan.layout.txt")]
    [InlineData("sipd-2022-dpa-sub-kegiatan-boxed.layout.txt")]
    public void A_layout_text_placed_as_runs_reads_as_the_text(string fileName)
    {
        string text = File.ReadAllText(UnseenData.PathOf(fileName));
        string html = AsConverterPage(text);
        Assert.Equal(RkaJson.Serialize(RkaTextReader.Read(text).Document), RkaJson.Serialize(RkaTextReader.Read(html).Document));
    }

    /// <summary>Writes a fixed-width text as <c>pdftohtml</c> would place it: a 10-pixel font, a character 4 pixels
    /// wide, a line 16 pixels high, cells (runs of two or more spaces apart) as runs.</summary>
    private static string AsConverterPage(string text)
    {
        var html = new StringBuilder(Head);
        string[] pages = text.Split('\f');
        for (int p = 0; p < pages.Length; p++)
        {
            var runs = new StringBuilder();
            string[] lines = pages[p].Split('\n');
            for (int l = 0; l < lines.Length; l++)
            {
                string line = lines[l].TrimEnd('\r');
                int column = 0;
                foreach (string cell in System.Text.RegularExpressions.Regex.Split(line, "(?<=\\S)(?=  +\\S)"))
                {
                    int start = cell.Length - cell.TrimStart().Length;
                    if (cell.Trim().Length > 0)
                    {
                        // Every page's text starts at the same margin, as a PDF's does.
                        runs.Append(Run(50 + (l * 16), 40 + ((column + start) * 4), "ft10", WebUtility.HtmlEncode(cell.Trim())));
                    }

                    column += cell.Length;
                }
            }

            html.Append(Page(p + 1, "ft10", 10, runs.ToString()));
        }

        return html.Append("</body></html>").ToString();
    }
}
