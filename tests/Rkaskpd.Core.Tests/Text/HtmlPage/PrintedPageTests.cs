using System.IO;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Html;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.HtmlPage;

/// <summary>The library's own printable page (<see cref="RkaHtmlWriter"/>: header cells <c>label | : | code | name</c>,
/// an inline style sheet, a page per form, the closing block to sign) read back as an HTML page: the same forms, but
/// for the amounts' text, which the page prints as <c>Rp 32.500.000,00</c>, and the headings of KAK sections that had none.</summary>
public class PrintedPageTests
{
    [Fact]
    public void The_seed_printed_by_the_html_writer_reads_back_to_the_seed()
    {
        RkaDocument seed = RkaTextReader.Read(TestData.SeedText).Document;
        using var page = new StringWriter();
        RkaHtmlWriter.Write(seed, page);

        RkaReadResult read = RkaTextReader.Read(page.ToString());

        Assert.Equal(seed.Forms.Count, read.Document.Forms.Count);
        Assert.Contains(read.Diagnostics, d => d.Code == "RKA020");
        Assert.DoesNotContain(read.Diagnostics, d => d.Code is "RKA002" or "RKA006" or "RKA207");
        for (int i = 0; i < seed.Forms.Count; i++)
        {
            RkaForm expected = seed.Forms[i];
            RkaForm actual = read.Document.Forms[i];
            Assert.Equal(expected.Header, actual.Header);
            Assert.Equal(expected.Amounts.Rows.Select(r => (r.Position, r.Amount, r.Terbilang)), actual.Amounts.Rows.Select(r => (r.Position, r.Amount, r.Terbilang)));
            Assert.All(actual.Amounts.Rows, r => Assert.Equal("Rp " + r.Amount, r.AmountText));
            Assert.Equal(expected.Indicators, actual.Indicators);
            Assert.Equal(expected.KelompokSasaran, actual.KelompokSasaran);
            Assert.Equal(Kak(expected), Kak(actual));
        }
    }

    /// <summary>A form's KAK sections: kind and plain text with white space collapsed (the page prints the text's
    /// fragments as lines, and a section read without heading under its name).</summary>
    private static string[] Kak(RkaForm form) =>
        [.. (form.Kak?.Sections ?? []).Select(s => s.Kind + ":" + string.Join(' ', s.Body.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries)))];
}
