using System;
using Rkaskpd.Forms;
using Rkaskpd.Html;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Perubahan;

/// <summary>The Markdown and HTML writers show a perubahan form's before values, difference and penjelasan, and leave
/// murni forms as they were.</summary>
public class PerubahanWriterTests
{
    private static readonly RkaDocument Flat = RkaTextReader.Read(PerubahanForms.Flat).Document;

    [Fact]
    public void Markdown_adds_the_before_and_difference_rows_and_the_rincian_groups()
    {
        string markdown = RkaMarkdownWriter.Write(Flat);
        Assert.Contains("| n (sebelum perubahan) | Jumlah Anggaran Sebelum Perubahan | ", markdown, StringComparison.Ordinal);
        Assert.Contains("| n (bertambah/(berkurang)) | Bertambah/(Berkurang) | ", markdown, StringComparison.Ordinal);
        Assert.Contains("| Jumlah Sebelum (Rp) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Monitoring kerasionalan obat di pustu | 32 | OH | 250.000,00 | 8.000.000,00 | 26 | OH | 250.000,00 | 6.500.000,00 | ", markdown, StringComparison.Ordinal);
        Assert.Contains("| Efisiensi anggaran |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_adds_the_before_and_difference_rows_and_the_rincian_columns()
    {
        string html = RkaHtmlWriter.Write(Flat);
        Assert.Contains("<tr><td>Jumlah Anggaran Sebelum Perubahan</td><td class=\"colon\">:</td><td class=\"amount\">Rp 8.000.000,00</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Bertambah/(Berkurang)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th colspan=\"4\">Sebelum Perubahan</th><th colspan=\"4\">Setelah Perubahan</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">32</td><td>OH</td><td class=\"num\">250.000,00</td><td class=\"num\">8.000.000,00</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Efisiensi anggaran</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_writes_the_indicators_before_and_after()
    {
        string markdown = RkaMarkdownWriter.Write(RkaTextReader.Read(PerubahanForms.Tab).Document);
        Assert.Contains("| Indikator | Tolok Ukur Kinerja Sebelum | Tolok Ukur Kinerja Setelah | Target Kinerja Sebelum | Target Kinerja Setelah |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Keluaran | Jumlah pelayanan administrasi | Jumlah pelayanan administrasi perkantoran | 30 Jenis | 32 Jenis |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_writes_the_indicators_before_and_after()
    {
        string html = RkaHtmlWriter.Write(RkaTextReader.Read(PerubahanForms.Tab).Document);
        Assert.Contains("<th colspan=\"2\">Tolok Ukur Kinerja</th><th colspan=\"2\">Target Kinerja</th></tr>\n"
            + "<tr><th>Sebelum Perubahan</th><th>Setelah Perubahan</th><th>Sebelum Perubahan</th><th>Setelah Perubahan</th></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Keluaran</td><td>Jumlah pelayanan administrasi</td><td>Jumlah pelayanan administrasi perkantoran</td><td>30 Jenis</td><td>32 Jenis</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>Capaian Program</td><td>Persentase pemenuhan administrasi perkantoran</td><td>Persentase pemenuhan administrasi perkantoran</td><td>78%</td><td>80%</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Murni_forms_print_no_perubahan_columns()
    {
        RkaDocument seed = RkaTextReader.Read(TestData.SeedText).Document;
        Assert.DoesNotContain("Sebelum", RkaMarkdownWriter.Write(seed), StringComparison.Ordinal);
        Assert.DoesNotContain("Sebelum Perubahan", RkaHtmlWriter.Write(seed), StringComparison.Ordinal);
        Assert.DoesNotContain("Sebelum", RkaTextWriter.Write(seed), StringComparison.Ordinal);
    }
}
