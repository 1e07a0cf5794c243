using Rkaskpd.Forms;
using Rkaskpd.Html;
using Rkaskpd.Tests.Text.Sipd;
using Rkaskpd.Tests.Validation;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>A DPA's <c>Rencana Penarikan Dana</c> written by the text writer or printed by the HTML writer reads back as it
/// was, on a 13/2006 form and on an SIPD-era one; the Markdown report shows it.</summary>
public class RencanaPenarikanWriterTests
{
    private static readonly RencanaPenarikanDana Monthly = new()
    {
        Title = "Rencana Penarikan Dana per Bulan",
        Periode =
        [
            new("Januari", Rupiah.Zero), new("Februari", new Rupiah(1_500_000m)), new("Juli", new Rupiah(2_750_000.50m)),
            new("Desember", new Rupiah(100m)),
        ],
        Jumlah = new Rupiah(4_250_100.50m),
    };

    private static readonly RencanaPenarikanDana Quarterly = new()
    {
        Title = "Rencana Penarikan Dana per Triwulan",
        Periode = [new("Triwulan I", Rupiah.Zero), new("Triwulan IV", new Rupiah(7_445_000m))],
    };

    private static RkaDocument Dpa(string scheme, RencanaPenarikanDana plan) => new()
    {
        Forms = [(scheme == "sipd" ? SipdTestForm.Create() : TestForms.Consistent()) with { Kind = DocumentKind.Dpa, RencanaPenarikan = plan }],
    };

    [Theory]
    [InlineData("13/2006")]
    [InlineData("sipd")]
    public void The_plan_reads_back_as_written(string scheme)
    {
        foreach (RencanaPenarikanDana plan in (RencanaPenarikanDana[])[Monthly, Quarterly])
        {
            RkaReadResult read = RkaTextReader.Read(RkaTextWriter.Write(Dpa(scheme, plan)));

            Assert.Equal(plan, Assert.Single(read.Document.Forms).RencanaPenarikan);
            Assert.DoesNotContain(read.Diagnostics, d => d.Code is "RKA006" or "RKA016");
        }
    }

    [Theory]
    [InlineData("13/2006")]
    [InlineData("sipd")]
    public void The_HTML_print_shows_the_plan_and_reads_back_as_written(string scheme)
    {
        foreach (RencanaPenarikanDana plan in (RencanaPenarikanDana[])[Monthly, Quarterly])
        {
            string html = RkaHtmlWriter.Write(Dpa(scheme, plan));

            RkaReadResult read = RkaTextReader.Read(System.Text.Encoding.UTF8.GetBytes(html));

            Assert.Equal(plan, Assert.Single(read.Document.Forms).RencanaPenarikan);
            Assert.DoesNotContain(read.Diagnostics, d => d.Code is "RKA006" or "RKA016");
        }
    }

    [Theory]
    [InlineData("13/2006")]
    [InlineData("sipd")]
    public void The_Markdown_report_shows_the_plan_before_the_signature(string scheme)
    {
        RkaDocument document = Dpa(scheme, Monthly);
        document = document with { Forms = [document.Forms[0] with { TandaTangan = new TandaTangan { Nama = "Drs. A", Nip = "1" } }] };

        string markdown = RkaMarkdownWriter.Write(document);

        int title = markdown.IndexOf("### Rencana Penarikan Dana per Bulan\n\n", System.StringComparison.Ordinal);
        int july = markdown.IndexOf("Juli Rp. 2.750.000,50  \n", System.StringComparison.Ordinal);
        int jumlah = markdown.IndexOf("Jumlah Rp. 4.250.100,50\n", System.StringComparison.Ordinal);
        int signature = markdown.IndexOf("### Tanda Tangan", System.StringComparison.Ordinal);
        Assert.True(title > 0 && title < july && july < jumlah && jumlah < signature, markdown);
    }
}
