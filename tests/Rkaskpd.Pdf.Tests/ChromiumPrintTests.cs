using System.IO;
using System.Linq;
using Rkaskpd.Html;
using Rkaskpd.Tests;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Pdf.Tests;

/// <summary>The seed printed the way a user prints it (the project's HTML writer, headless Chromium) reads back to the
/// seed's model, its page numbers dropped and its findings naming their pages.</summary>
public class ChromiumPrintTests
{
    [SkippableFact]
    public void Seed_printed_by_chromium_reads_back_to_the_seed()
    {
        string chromium = Chromium.Require();
        RkaReadResult source = RkaTextReader.Read(TestData.SeedText);
        byte[] pdf = Chromium.Print(chromium, RkaHtmlWriter.Write(source.Document));

        RkaReadResult read = RkaPdfReader.Read(new MemoryStream(pdf));

        Assert.Equal(11, read.Document.Forms.Count);
        ModelComparison.AssertSameAsPrinted(source.Document, read.Document);
        // Every page ends in "Halaman N dari M": none of them reaches the text.
        Assert.DoesNotContain(RkaPdfReader.Extract(pdf).Text.Split('\n'), line => line.StartsWith("Halaman ", System.StringComparison.Ordinal));
        // The real terbilang error of form 3.05.3.05.09.39.007 (RKA201) is found on a page of its own.
        Diagnostic error = Assert.Single(read.Validate(), d => d.Code == RuleIds.TerbilangWrong);
        Assert.Equal("3.05.3.05.09.39.007", error.Kegiatan);
        Assert.NotNull(error.Page);
        Assert.InRange(error.Page!.Value, 11, 19); // 16 pages before each form closed with its signature block, 19 since
        Assert.All(read.Validate().Where(d => d.Line is not null), d => Assert.NotNull(d.Page));
    }

    /// <summary>The seed printed without table borders in a serif typeface: in Liberation Serif 11 pt a KAK text's last
    /// line, <c>2020</c> alone above a page's foot, is the text's and no page number; in DejaVu Serif the heading
    /// <c>Maksud dan Tujuan</c> wraps in its column, and a tolok ukur that fills its column runs into its target
    /// (<c>(RKA 40 exemplar</c>).</summary>
    [SkippableTheory]
    [InlineData("'Liberation Serif', serif !important; font-size: 11pt")]
    [InlineData("'DejaVu Serif', serif")]
    public void Seed_printed_without_borders_in_a_serif_typeface_reads_back_to_the_seed(string font)
    {
        string chromium = Chromium.Require();
        RkaReadResult source = RkaTextReader.Read(TestData.SeedText);
        string style = "<style>* { border: none !important; font-family: " + font + " !important; }</style>";
        byte[] pdf = Chromium.Print(chromium, RkaHtmlWriter.Write(source.Document).Replace("</head>", style + "</head>", System.StringComparison.Ordinal));

        RkaReadResult read = RkaPdfReader.Read(new MemoryStream(pdf));

        ModelComparison.AssertSameAsPrinted(source.Document, read.Document);
    }
}
