using System;
using System.Linq;
using System.Text;
using Rkaskpd.Tests.Text.Layout;
using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>The carried totals an older print sets where the rincian breaks over a page (<c>Jumlah dipindahkan</c> at a
/// page's foot, <c>Jumlah pindahan</c> atop the next) and a hosting site's page marker (<c>You are on page 2of 4</c>)
/// are page furniture: the four-page SIMDA DPA of the unseen documents reads as the same text with its page breaks
/// taken out. Before, the first <c>Jumlah dipindahkan</c> ended the table as its total row (a false RKA504) and every
/// rincian line of the later pages was reported as unrecognised.</summary>
public class CarriedTotalTests
{
    private const string Document = "simda-2013-dpa-skpd-221-pindahan.site.txt";

    [Fact]
    public void The_rincian_over_pages_reads_as_the_rincian_on_one_page()
    {
        string paged = Encoding.UTF8.GetString(UnseenData.Bytes(Document));
        string onePage = WithoutPageBreaks(paged);
        Assert.True(onePage.Length < paged.Length - 600, "page breaks taken out");

        RkaReadResult expected = RkaTextReader.Read(onePage);
        RkaReadResult read = RkaTextReader.Read(paged);

        Assert.True(read.Document.Forms[0].Rincian.Count >= 45, read.Document.Forms[0].Rincian.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        string difference = FormDifference.First(expected.Document, read.Document, kakLineBreaks: true);
        Assert.True(difference.Length == 0, difference);
        Assert.DoesNotContain(read.Diagnostics, d => d.Code is "RKA006" or "RKA504");
    }

    [Fact]
    public void A_total_brought_forward_that_differs_from_the_one_carried_is_reported_in_both_languages()
    {
        // The document's seeded defect: 419.403.600,00 carried from page 3, 419.043.600,00 brought forward on page 4.
        RkaReadResult read = RkaTextReader.Read(UnseenData.Bytes(Document));
        Diagnostic english = Assert.Single(read.Diagnostics, d => d.Code == "RKA024");
        Assert.Contains("419.043.600,00", english.Message, StringComparison.Ordinal);
        Assert.Contains("419.403.600,00", english.Message, StringComparison.Ordinal);

        using (UiCulture.Use("id"))
        {
            Diagnostic indonesian = Assert.Single(RkaTextReader.Read(UnseenData.Bytes(Document)).Diagnostics, d => d.Code == "RKA024");
            Assert.Contains("halaman sebelumnya", indonesian.Message, StringComparison.Ordinal);
        }

        string agreeing = Encoding.UTF8.GetString(UnseenData.Bytes(Document)).Replace("Jumlah pindahan 419.043.600,00", "Jumlah pindahan 419.403.600,00", StringComparison.Ordinal);
        Assert.DoesNotContain(RkaTextReader.Read(agreeing).Diagnostics, d => d.Code == "RKA024");
    }

    [Theory]
    [InlineData("Jumlah dipindahkan", false)]
    [InlineData("Jumlah yang dipindahkan", false)]
    [InlineData("JUMLAH DI PINDAHKAN", false)]
    [InlineData("Jumlah dipindahkan ke halaman berikutnya", false)]
    [InlineData("Jumlah pindahan", true)]
    [InlineData("Jumlah Pindahan dari halaman sebelumnya :", true)]
    [InlineData("Sub Jumlah pindahan", true)]
    public void Names_a_carried_total(string uraian, bool broughtForward)
    {
        Assert.True(CarriedTotal.IsCarried(uraian, out bool brought));
        Assert.Equal(broughtForward, brought);
    }

    [Theory]
    [InlineData("Jumlah")]
    [InlineData("Jumlah Total")]
    [InlineData("Jumlah dipindahkannya")]
    [InlineData("Biaya pindahan kantor")]
    [InlineData("Jumlah pindahan barang inventaris")]
    [InlineData("Jumlahpindahan")]
    public void Other_uraian_name_none(string uraian) => Assert.False(CarriedTotal.IsCarried(uraian, out _));

    [Theory]
    [InlineData("You are on page 2of 4", true)]
    [InlineData("You are on page 12 of 44", true)]
    [InlineData("Anda di halaman 1dari 64", true)]
    [InlineData("Anda di halaman 3 dari 3", true)]
    [InlineData("You are on page 2", false)]
    [InlineData("You are on page 2of 4 now", false)]
    [InlineData("Anda di halaman utama", false)]
    [InlineData("Anda di halaman 2 of 4", false)]
    public void Reads_a_hosting_sites_page_marker(string line, bool marker) =>
        Assert.Equal(marker, ClosingBlock.IsSitePageMarker(line));

    /// <summary>Takes out each page's foot, the site's page marker, the repeated rincian title and header, and the
    /// carried totals, from the first page's foot to the last "Jumlah pindahan".</summary>
    private static string WithoutPageBreaks(string paged)
    {
        var output = new StringBuilder();
        bool skipping = false;
        foreach (string line in paged.Split('\n'))
        {
            if (line.StartsWith("Jumlah dipindahkan", StringComparison.Ordinal))
            {
                skipping = true;
                continue;
            }

            if (skipping)
            {
                skipping = !line.StartsWith("Jumlah pindahan", StringComparison.Ordinal);
                continue;
            }

            output.Append(line).Append('\n');
        }

        return output.ToString();
    }
}
