using System;
using System.Linq;
using System.Text.RegularExpressions;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Html;
using Rkaskpd.Recap;
using Rkaskpd.Tests.Recap;
using Xunit;

namespace Rkaskpd.Tests.Html;

public sealed partial class RkaHtmlWriterTests
{
    private static readonly Lazy<string> SeedHtml = new(() => RkaHtmlWriter.Write(SeedDocument.Document));

    private static int Count(string text, string part) => Regex.Count(text, Regex.Escape(part));

    [Fact]
    public void Seed_renders_one_page_section_per_form_with_its_header_and_amounts()
    {
        string html = SeedHtml.Value;

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Equal(11, Count(html, "<section class=\"page\""));
        Assert.Equal(11, Count(html, "RKA - SKPD 2.2.1"));
        Assert.Contains("3.05.3.05.09.01.021", html, StringComparison.Ordinal);
        Assert.Contains("Rp 551.204.390,00", html, StringComparison.Ordinal);
        Assert.Contains("(LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH)", html, StringComparison.Ordinal);
        Assert.Contains("Tahun Anggaran 2020", html, StringComparison.Ordinal);
        Assert.Equal(Count(html, "<table"), Count(html, "</table>"));
        Assert.Equal(Count(html, "<tr"), Count(html, "</tr>"));
        Assert.Equal(Count(html, "<td"), Count(html, "</td>"));
    }

    [Fact]
    public void Pages_are_self_contained_print_pages_with_tables_no_wider_than_the_page()
    {
        string html = SeedHtml.Value;

        Assert.Matches(new Regex(@"@page \{\s+size: A4 portrait;", RegexOptions.None, TimeSpan.FromSeconds(1)), html);
        Assert.Contains("break-after: page", html, StringComparison.Ordinal);
        Assert.Contains("page-break-after: always", html, StringComparison.Ordinal);
        Assert.Contains("table { width: 100%; table-layout: fixed;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, Count(html, "<style>"));
        // Every table has its own width unset (the style sheet's 100 % applies) and no inline width in absolute units.
        Assert.DoesNotMatch(new Regex("<table[^>]*width", RegexOptions.None, TimeSpan.FromSeconds(1)), html);
        Assert.DoesNotMatch(new Regex("width:\\s*\\d+(px|mm|cm|in|pt)", RegexOptions.None, TimeSpan.FromSeconds(1)),
            html[html.IndexOf("</style>", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Kak_html_fragments_are_converted_to_text_not_passed_through()
    {
        RkaForm form = Form("Nama") with
        {
            Kak = Kak.Create([new KakRawSection("Latar Belakang", "<p>Satu</p><ul style=\"x\"><li>Dua &amp; tiga</li><li onclick=\"alert(1)\">Empat</li></ul>")]),
        };

        string html = RkaHtmlWriter.Write(new RkaDocument { Forms = [form] });

        string body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];
        Assert.Contains("Satu<br>Dua &amp; tiga<br>Empat", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", body, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("A & B's", "A &amp; B&#39;s")]
    public void Document_text_is_encoded(string name, string encoded)
    {
        RkaForm form = Form(name) with
        {
            KelompokSasaran = name,
            Indicators = [Indicator.Create(IndicatorKind.Keluaran, name, name)],
            Header = Form(name).Header with { PemerintahDaerah = name, Lokasi = name },
            Rincian = [RincianLine.Rekening("5.2.2", name, new Rupiah(1m))],
        };

        string html = RkaHtmlWriter.Write(new RkaDocument { Forms = [form] });
        string recap = RkaHtmlWriter.WriteRecap(Rekapitulasi.Compute(new RkaDocument { Forms = [form] }));

        Assert.DoesNotContain(name, html, StringComparison.Ordinal);
        Assert.DoesNotContain(name, recap, StringComparison.Ordinal);
        Assert.True(Count(html, encoded) >= 7, html);
        Assert.True(Count(recap, encoded) >= 2, recap);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Control_characters_are_dropped()
    {
        string html = RkaHtmlWriter.Write(new RkaDocument { Forms = [Form("a\u0001b\u0000c")] });

        Assert.Contains("abc", html, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0001', html);
        Assert.DoesNotContain('\u0000', html);
    }

    [Fact]
    public void Rincian_lines_are_rendered_when_present()
    {
        RkaForm form = Form("K") with
        {
            Rincian =
            [
                RincianLine.Rekening("5.2.2.01.01", "Belanja Alat Tulis Kantor", new Rupiah(1_500_000m)),
                RincianLine.Detail("Kertas HVS", 12.5m, "rim", new Rupiah(120_000m)),
            ],
        };

        string html = RkaHtmlWriter.Write(new RkaDocument { Forms = [form] });

        Assert.Contains("<th>Kode Rekening</th>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"rekening\"><td>5.2.2.01.01</td>", html, StringComparison.Ordinal);
        Assert.Contains(">12,5<", html, StringComparison.Ordinal);
        Assert.Contains(">120.000,00<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>Kode Rekening</th>", SeedHtml.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Rincian_table_closes_with_its_total_and_names_its_kegiatan_on_every_page()
    {
        RkaForm form = Form("K") with
        {
            Rincian =
            [
                RincianLine.Rekening("5.2.2.01", "Belanja Bahan Pakai Habis", new Rupiah(1_740_000m)),
                RincianLine.Rekening("5.2.2.01.01", "Belanja Alat Tulis Kantor", new Rupiah(1_500_000m)),
                RincianLine.Detail("Kertas HVS", 12.5m, "rim", new Rupiah(120_000m)),
                RincianLine.Rekening("5.2.2.01.02", "Belanja Dokumentasi", new Rupiah(240_000m)),
                RincianLine.Detail("Cetak foto", 20m, "lembar", new Rupiah(12_000m)),
                RincianLine.Rekening("5.2.2.02", "Belanja Bahan Material", new Rupiah(60_000m)),
                RincianLine.Detail("Lem", 6m, "buah", new Rupiah(10_000m)),
            ],
        };

        string html = RkaHtmlWriter.Write(new RkaDocument { Forms = [form] });

        // The two top-level rekening (5.2.2.01 and 5.2.2.02): 1.740.000 + 60.000.
        Assert.Contains("<tr class=\"total\"><td></td><td>Jumlah</td><td></td><td></td><td></td><td class=\"num\">1.800.000,00</td></tr>", html, StringComparison.Ordinal);
        Assert.Matches(new Regex("<thead><tr><th colspan=\"6\" class=\"repeat\">Kegiatan [^<]*K</th></tr>", RegexOptions.None, TimeSpan.FromSeconds(1)), html);
        Assert.Contains("counter(page)", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_document_and_form_still_give_a_page()
    {
        Assert.Contains("tidak memuat formulir", RkaHtmlWriter.Write(new RkaDocument()), StringComparison.Ordinal);
        string html = RkaHtmlWriter.Write(new RkaDocument { Forms = [new RkaForm()] });
        Assert.Contains("Urusan Pemerintahan", html, StringComparison.Ordinal);
        Assert.Contains("Jumlah Tahun n - 1", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Recap_page_is_landscape_with_program_rows_and_the_total()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);

        string html = RkaHtmlWriter.WriteRecap(recap);

        Assert.Matches(new Regex(@"@page \{\s+size: A4 landscape;", RegexOptions.None, TimeSpan.FromSeconds(1)), html);
        Assert.Contains("RKA - SKPD 2.2<", html, StringComparison.Ordinal);
        Assert.Equal(recap.Programs.Count, Count(html, "<tr class=\"program\">"));
        Assert.Contains("<td class=\"num\">1.170.027.840,00</td>", html, StringComparison.Ordinal);
        Assert.Equal(recap.Programs.Count + 11 + 1, Count(html, "<tr") - 3); // two title rows and the header row
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Writing_does_not_depend_on_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("ar-SA");
            Assert.Equal(SeedHtml.Value, RkaHtmlWriter.Write(SeedDocument.Document));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    private static RkaForm Form(string name)
    {
        var code = KegiatanCode.Parse("3.05.3.05.09.01.021");
        return new RkaForm
        {
            Header = new FormHeader
            {
                PemerintahDaerah = "PEMERINTAH KABUPATEN CONTOH",
                TahunAnggaran = 2021,
                Urusan = HeaderField.Of(code.Urusan, "PEMERINTAHAN UMUM"),
                Organisasi = HeaderField.Of(code.Organisasi, "KECAMATAN CONTOH"),
                Program = HeaderField.Of(code.Program, name),
                Kegiatan = HeaderField.Of(code, name),
                Lokasi = "Kecamatan Contoh",
            },
            Amounts = FormAmounts.Create(2021, new Rupiah(100m), new Rupiah(200m), new Rupiah(220m)),
        };
    }
}
