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
            Assert.Equal(expected.Rincian, actual.Rincian);
            Assert.Equal(Kak(expected), Kak(actual));
        }
    }

    /// <summary>A page's table row is one row: a row of an uraian alone right under a rekening (a group heading with
    /// no amounts) is a rincian line of its own, not the wrapped end of the rekening's name, as it would be in a
    /// PDF's text.</summary>
    [Fact]
    public void A_group_heading_row_of_a_page_is_a_line_of_its_own()
    {
        RkaForm form = RkaTextReader.Read(TestData.SeedText).Document.Forms[0] with
        {
            Rincian =
            [
                RincianLine.Rekening("5.2.1.01.01", "Honorarium Panitia Pelaksana Kegiatan", new Rupiah(1_200_000m)),
                new RincianLine { Uraian = "Honor Pengelola Kegiatan" },
                RincianLine.Detail("Honor PPTK", 12m, "OB", new Rupiah(100_000m)),
            ],
        };
        using var page = new StringWriter();
        RkaHtmlWriter.Write(new RkaDocument { Forms = [form] }, page);

        RkaForm read = Assert.Single(RkaTextReader.Read(page.ToString()).Document.Forms);

        Assert.Equal(form.Rincian, read.Rincian);
    }

    /// <summary>A form's KAK sections: kind and plain text with white space collapsed (the page prints the text's
    /// fragments as lines, and a section read without heading under its name).</summary>
    private static string[] Kak(RkaForm form) =>
        [.. (form.Kak?.Sections ?? []).Select(s => s.Kind + ":" + string.Join(' ', s.Body.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries)))];
}
