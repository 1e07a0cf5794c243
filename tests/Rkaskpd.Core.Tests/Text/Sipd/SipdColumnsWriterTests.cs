using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Html;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sipd;

/// <summary>The Markdown and HTML writers show SIPD's koefisien, PPN and group lines, and the Markdown writer the
/// signature block.</summary>
public class SipdColumnsWriterTests
{
    private static readonly RkaDocument Document = new() { Forms = [SipdKoefisienForm.Create()] };

    [Fact]
    public void Markdown_writes_the_seven_SIPD_columns()
    {
        string markdown = RkaMarkdownWriter.Write(Document);
        Assert.Contains("| Kode Rekening | Uraian | Koefisien | Satuan | Harga (Rp) | PPN | Jumlah (Rp) |\n|---|---|---|---|---:|---:|---:|\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 5.1.02.01.01.0024 | Belanja Alat Tulis Kantor |  |  |  |  | 3.330.000,00 |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("|  | \\[#\\] Alat Tulis Kantor |  |  |  |  | 3.330.000,00 |\n", markdown, StringComparison.Ordinal);
        Assert.Contains("|  | Kertas HVS A4 | 12 Bulan x 2 Orang | Rim | 125.000,00 | 11% | 3.330.000,00 |\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_keeps_six_columns_without_koefisien_or_PPN()
    {
        string markdown = RkaMarkdownWriter.Write(new RkaDocument { Forms = [SipdTestForm.Create()] });
        Assert.Contains("| Kode Rekening | Uraian | Volume | Satuan | Harga Satuan (Rp) | Jumlah (Rp) |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Koefisien", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_writes_the_signature_under_the_form()
    {
        string markdown = RkaMarkdownWriter.Write(Document);
        int rincian = markdown.IndexOf("### Rincian Belanja", StringComparison.Ordinal);
        int signature = markdown.IndexOf("### Tanda Tangan\n\nSukodono, 2 Januari 2023  \nKepala Puskesmas Sukodono  \ndr. Siti Aminah  \nNIP. 19800101 200501 2 001\n", StringComparison.Ordinal);
        Assert.True(rincian > 0 && signature > rincian, markdown);
    }

    [Fact]
    public void Html_writes_the_seven_SIPD_columns_and_leaves_group_lines_out_of_the_total()
    {
        string html = RkaHtmlWriter.Write(Document);
        Assert.Contains("<th>Kode Rekening</th><th>Uraian</th><th>Koefisien</th><th>Satuan</th><th>Harga</th><th>PPN</th><th>Jumlah</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"group\"><td></td><td>[#] Alat Tulis Kantor</td><td class=\"num\"></td><td></td><td class=\"num\"></td><td class=\"num\"></td><td class=\"num\">3.330.000,00</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td></td><td>Kertas HVS A4</td><td>12 Bulan x 2 Orang</td><td>Rim</td><td class=\"num\">125.000,00</td><td class=\"num\">11%</td><td class=\"num\">3.330.000,00</td></tr>", html, StringComparison.Ordinal);

        // The total is the rekening's 3.330.000,00, not four times it.
        Assert.Contains("<tr class=\"total\"><td></td><td>Jumlah</td><td></td><td></td><td></td><td></td><td class=\"num\">3.330.000,00</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<th colspan=\"7\" class=\"repeat\">Sub Kegiatan ", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_totals_the_detail_lines_without_their_groups_when_the_table_has_no_rekening()
    {
        RkaForm form = SipdKoefisienForm.Create();
        string html = RkaHtmlWriter.Write(new RkaDocument { Forms = [form with { Rincian = [.. form.Rincian.Skip(1)] }] });
        Assert.Contains("<td>Jumlah</td><td></td><td></td><td></td><td></td><td class=\"num\">3.330.000,00</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_keeps_six_columns_without_koefisien_or_PPN()
    {
        string html = RkaHtmlWriter.Write(new RkaDocument { Forms = [SipdTestForm.Create()] });
        Assert.Contains("<th>Kode Rekening</th><th>Uraian</th><th>Volume</th><th>Satuan</th><th>Harga Satuan</th><th>Jumlah</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>Koefisien</th>", html, StringComparison.Ordinal);
    }
}
