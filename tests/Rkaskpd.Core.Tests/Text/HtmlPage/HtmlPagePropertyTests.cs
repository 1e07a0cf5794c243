using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Tests.Text.Layout;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.HtmlPage;

/// <summary>
/// Metamorphic properties of the HTML stage: a document saved as an HTML page (<see cref="HtmlPageTransform"/>:
/// pretty-printed or minified, <c>&lt;br&gt;</c> or paragraphs inside multi-line cells, entities, <c>colspan</c>,
/// <c>thead</c>/<c>tbody</c>, Word's markup) reads to the same model as the tab text it was written from, with the
/// same diagnostics (codes, forms, paths, lines and messages, after validation) apart from the one <c>RKA020</c> note
/// that says it was read as an HTML page.
/// </summary>
[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 40)]
public class HtmlPagePropertyTests
{
    private const string ReadAsHtml = "RKA020";

    private static readonly Lazy<string> Canonical = new(() => RkaTextWriter.Write(RkaTextReader.Read(TestData.SeedText).Document));

    /// <summary>Generated documents written by <see cref="RkaTextWriter"/>, saved as a page in any style.</summary>
    [Property]
    public Property A_generated_document_saved_as_a_page_reads_the_same(RkaDocument document, byte style, bool multiLineCells)
    {
        string text = RkaTextWriter.Write(document);
        string html = HtmlPageTransform.ToHtml(text, (HtmlPageStyle)(style % 4), multiLineCells);
        string difference = Difference(text, html);
        return (difference.Length == 0).Label(difference + "\n--- html ---\n" + html);
    }

    /// <summary>The seed file itself, and the seed as the writer writes it, saved as a page in every style.</summary>
    [Theory]
    [InlineData(HtmlPageStyle.Pretty, false, false)]
    [InlineData(HtmlPageStyle.Pretty, true, false)]
    [InlineData(HtmlPageStyle.Minified, false, false)]
    [InlineData(HtmlPageStyle.Minified, true, false)]
    [InlineData(HtmlPageStyle.Paragraphs, true, false)]
    [InlineData(HtmlPageStyle.Word, false, false)]
    [InlineData(HtmlPageStyle.Word, true, false)]
    [InlineData(HtmlPageStyle.Pretty, true, true)]
    [InlineData(HtmlPageStyle.Minified, true, true)]
    [InlineData(HtmlPageStyle.Paragraphs, true, true)]
    [InlineData(HtmlPageStyle.Word, true, true)]
    public void The_seed_saved_as_a_page_reads_the_same(HtmlPageStyle style, bool multiLineCells, bool written)
    {
        string text = written ? Canonical.Value : TestData.SeedText;
        string html = HtmlPageTransform.ToHtml(text, style, multiLineCells);

        Assert.NotEqual(text, html);
        string difference = Difference(text, html);
        Assert.True(difference.Length == 0, difference);
    }

    /// <summary>The page's text is the seed's text itself, line for line (the kept spaces read as U+00A0).</summary>
    [Theory]
    [InlineData(HtmlPageStyle.Pretty)]
    [InlineData(HtmlPageStyle.Minified)]
    [InlineData(HtmlPageStyle.Paragraphs)]
    [InlineData(HtmlPageStyle.Word)]
    public void The_seed_pages_text_is_the_seed(HtmlPageStyle style)
    {
        string seed = TestData.SeedText.Replace("\r\n", "\n", StringComparison.Ordinal);
        string html = HtmlPageTransform.ToHtml(seed, style, multiLineCells: true);

        string text = PageText.Of(html).Replace('\u00A0', ' ');

        Assert.Equal(seed.TrimEnd('\n'), text.TrimEnd('\n'));
    }

    [Fact]
    public void The_minified_seed_is_one_line_with_entities_and_multi_line_cells()
    {
        string html = HtmlPageTransform.ToHtml(TestData.SeedText, HtmlPageStyle.Minified, multiLineCells: true);

        Assert.DoesNotContain('\n', html);
        Assert.Contains("&#x41;N<br/>S&#x41;TU&#x41;N KERJ&#x41; PER&#x41;NGK&#x41;T D&#x41;ER&#x41;H**</td>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;p&gt;Maksud &#58; Untuk", html, StringComparison.Ordinal);
        Assert.Contains(" colspan=\"", html, StringComparison.Ordinal);
        Assert.Contains("&nbsp;Organisasi &#58; 3&#46;05&#46;09", html, StringComparison.Ordinal); // the seed's leading space
    }

    [Fact]
    public void The_seed_as_bytes_and_as_a_stream_reads_the_same_as_the_string()
    {
        string html = HtmlPageTransform.ToHtml(TestData.SeedText, HtmlPageStyle.Word, multiLineCells: true);
        byte[] bytes = [.. System.Text.Encoding.UTF8.Preamble, .. System.Text.Encoding.UTF8.GetBytes(html)];

        RkaReadResult fromString = RkaTextReader.Read(html);
        RkaReadResult fromBytes = RkaTextReader.Read(bytes);
        using var stream = new System.IO.MemoryStream(bytes);
        RkaReadResult fromStream = RkaTextReader.Read(stream);
        using var reader = new System.IO.StringReader(html);
        RkaReadResult fromReader = RkaTextReader.Read(reader);

        Assert.Equal(11, fromString.Document.Forms.Count);
        Assert.Equal("", FormDifference.First(fromString.Document, fromBytes.Document, kakLineBreaks: true));
        Assert.Equal("", FormDifference.First(fromString.Document, fromStream.Document, kakLineBreaks: true));
        Assert.Equal("", FormDifference.First(fromString.Document, fromReader.Document, kakLineBreaks: true));
        Assert.Equal(fromString.Diagnostics.Select(d => d.ToString()), fromBytes.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(fromString.Diagnostics.Select(d => d.ToString()), fromReader.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>Returns the first difference between reading the tab text and reading its page, or an empty string.</summary>
    private static string Difference(string text, string html)
    {
        RkaReadResult expected = RkaTextReader.Read(text);
        RkaReadResult actual = RkaTextReader.Read(html);
        string model = FormDifference.First(expected.Document, actual.Document, kakLineBreaks: true);
        if (model.Length > 0)
        {
            return model;
        }

        Diagnostic[] notes = [.. actual.Diagnostics.Where(d => d.Code == ReadAsHtml)];
        if (notes.Length != 1 || notes[0].Severity != DiagnosticSeverity.Info || notes[0].Line is not null)
        {
            return "expected one RKA020 info note about the document, found " + string.Join(" | ", notes);
        }

        return FormDifference.FirstFinding(expected, actual, ReadAsHtml);
    }
}
