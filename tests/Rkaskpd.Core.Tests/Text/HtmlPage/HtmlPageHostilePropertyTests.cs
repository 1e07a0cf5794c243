using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.HtmlPage;

/// <summary>
/// Hostile pages: random tag soup (unclosed comments, tags and quotes, entities cut short, scripts without their end,
/// hidden elements, deep nesting) never makes the HTML stage throw, its text is never longer than twice the source,
/// and reading it in blocks of any size gives the same text.
/// </summary>
public class HtmlPageHostilePropertyTests
{
    private static readonly string[] Pieces =
    [
        "<", ">", "/", "</", "<!--", "-->", "--", "<!", "<?", "<![if x]>", "<table>", "</table>", "<tr>", "</tr>",
        "<td>", "</td>", "<th colspan=2>", "<tbody>", "<br>", "<br/>", "<p>", "</p>", "<div style=\"display:none\">",
        "</div>", "<div>", "<pre>", "</pre>", "<script>", "</script>", "</script", "<style>", "<title>", "<template>",
        "&", "&#", "&#x", ";", "&nbsp;", "&amp;", "&#8211;", "&#0;", "&#99999999;", "\"", "'", "=", " ", "\n", "\r",
        "\t", "x", "Jumlah Tahun 2020 : 1.000,00", "Kegiatan : 1.02.01.2.01", "<span hidden>", "</span>",
        "<tr style='display:none'>", "<td class=\"", "<html xmlns:o=\"o\">", "\u00A0", "\uFEFF",
    ];

    private static Gen<string> Soup =>
        from count in Gen.Choose(0, 120)
        from pieces in Gen.Elements(Pieces).ListOf(count)
        select string.Concat(pieces);

    [Property(MaxTest = 300)]
    public Property Tag_soup_never_throws_is_bounded_and_reads_the_same_in_any_blocks() =>
        Prop.ForAll(Soup.ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (soup, chunk) =>
        {
            string whole = PageText.Of(soup);
            string chunked = PageText.Of(soup, chunk);
            return (whole == chunked && whole.Length <= (2 * soup.Length) + 1).Label(
                "whole: " + Escape(whole) + "\nchunked: " + Escape(chunked));
        });

    [Property(MaxTest = 150)]
    public Property A_soup_page_reads_without_throwing() =>
        Prop.ForAll(Soup.ToArbitrary(), soup =>
        {
            RkaReadResult result = RkaTextReader.Read("<!DOCTYPE html>" + soup);
            return result.Diagnostics.Count(d => d.Code == "RKA020") == 1;
        });

    [Fact]
    public void Deep_nesting_costs_no_stack_and_keeps_the_text()
    {
        string tables = string.Concat(Enumerable.Repeat("<table><tr><td>", 100_000)) + "isi";
        string hidden = string.Concat(Enumerable.Repeat("<div style=display:none>", 100_000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "isi";

        Assert.Equal("isi\n", PageText.Of(tables).TrimStart('\n'));
        Assert.Equal("isi", PageText.Of(hidden));
    }

    [Fact]
    public void Giant_attributes_unclosed_comments_and_one_line_pages_are_read_in_bounded_memory()
    {
        string attribute = "<table><tr><td title=\"" + new string('x', 3_000_000) + "\">a</td></tr></table>";
        string comment = "<table><tr><td>a</td></tr></table><!-- " + new string('-', 3_000_000);
        string oneLine = "<html><body>" + string.Concat(Enumerable.Repeat("<span>kata </span>", 200_000)) + "</body></html>";

        Assert.Equal("a\n", PageText.Of(attribute));
        Assert.Equal("a\n", PageText.Of(comment));
        RkaReadResult result = RkaTextReader.Read(oneLine);
        Assert.Equal(["RKA001", "RKA020"], result.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_line_limit_applies_to_the_pages_text()
    {
        string page = SipdHtmlPageTests.Page.Replace("</body>", "<p>" + new string('x', RkaTextReader.MaxLineLength + 10) + "</p></body>", StringComparison.Ordinal);

        RkaReadResult result = RkaTextReader.Read(page);

        Assert.Single(result.Document.Forms);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA005");
    }

    [Fact]
    public void A_page_whose_source_passes_three_times_the_document_limit_is_cut_there_and_says_so()
    {
        string page = "<!DOCTYPE html><html><body><!-- " + new string('x', 5_000) + " --><table><tr><td>Kegiatan : 1.02.01</td></tr></table>";
        using var reader = new System.IO.StringReader(page);

        RkaReadResult result = RkaTextReader.Read(reader, maxDocumentLength: 100, maxForms: 10, notes: null);

        Diagnostic limit = Assert.Single(result.Diagnostics, d => d.Code == "RKA011");
        Assert.Equal(DiagnosticSeverity.Error, limit.Severity);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA020");
    }

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
