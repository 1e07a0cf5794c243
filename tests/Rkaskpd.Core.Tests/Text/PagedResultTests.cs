using System.Linq;
using Rkaskpd.Serialization;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>The hooks a paged source (the PDF package) uses: <see cref="RkaReadResult.WithPages"/> and
/// <see cref="Diagnostic.Page"/>; and a misspelled KAK heading standing in its own cell.</summary>
public class PagedResultTests
{
    [Fact]
    public void WithPages_gives_every_finding_with_a_line_its_page()
    {
        RkaReadResult plain = RkaTextReader.Read(TestData.SeedText);
        int lines = TestData.SeedText.Split('\n').Length;
        int[] pages = [.. Enumerable.Range(1, lines).Select(line => (line / 100) + 1)];

        RkaReadResult paged = plain.WithPages(pages);

        Assert.Equal(plain.Diagnostics.Count, paged.Diagnostics.Count);
        Assert.All(plain.Diagnostics, d => Assert.Null(d.Page));
        Assert.All(paged.Diagnostics.Where(d => d.Line is not null), d => Assert.Equal((d.Line!.Value / 100) + 1, d.Page));
        Diagnostic error = Assert.Single(paged.Validate(), d => d.Code == RuleIds.TerbilangWrong);
        Assert.Equal((error.Line!.Value / 100) + 1, error.Page);
        Assert.Contains($"(page {error.Page}, line {error.Line}): ", error.ToString(), System.StringComparison.Ordinal);
        Assert.Contains($"\"page\":{error.Page}", RkaJson.SerializeDiagnostics([error]), System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"page\"", RkaJson.SerializeDiagnostics(plain.Validate()), System.StringComparison.Ordinal);
        Assert.Null(paged.PageOf(0));
        Assert.Null(paged.PageOf(lines + 1));
        Assert.Null(plain.PageOf(1));
    }

    [Fact]
    public void A_misspelled_kak_heading_in_its_own_cell_is_read_as_the_heading()
    {
        string text = TestData.SeedText.Replace(
            "KERANGKA ACUAN KERJA (KAK)\tLayat Belakang : Berdasarkan Perbup No. 58",
            "Layat Belakang\tBerdasarkan Perbup No. 58",
            System.StringComparison.Ordinal);
        Assert.NotEqual(TestData.SeedText, text);

        RkaReadResult result = RkaTextReader.Read(text);

        Rkaskpd.Forms.KakSection first = result.Document.Forms[0].Kak!.Sections[0];
        Assert.Equal("Layat Belakang", first.Heading);
        Assert.StartsWith("Berdasarkan Perbup No. 58", first.Text, System.StringComparison.Ordinal);
        Assert.Contains(result.Validate(), d => d.Code == "RKA402" && d.Message.Contains("Latar Belakang", System.StringComparison.Ordinal));
    }
}
