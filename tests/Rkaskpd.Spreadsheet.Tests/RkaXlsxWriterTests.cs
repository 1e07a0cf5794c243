using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Spreadsheet.Tests;

public class RkaXlsxWriterTests
{
    private static readonly Lazy<XlsxWorkbook> SeedWorkbook = new(() => XlsxWorkbook.Write(Seed.Document));

    [Fact]
    public void Seed_gives_one_sheet_per_form_named_by_kegiatan_code()
    {
        XlsxWorkbook workbook = SeedWorkbook.Value;

        Assert.Equal(11, Seed.Document.Forms.Count);
        Assert.Equal(Seed.Document.Forms.Select(f => f.KegiatanCodeText).Append(RkaXlsxWriter.RecapSheetName), workbook.Sheets.Select(s => s.Name));
        Assert.All(workbook.Sheets.SkipLast(1), s => Assert.True(KegiatanCode.TryParse(s.Name, out _), s.Name));
    }

    [Fact]
    public void Seed_workbook_passes_the_open_xml_validator()
    {
        Assert.Empty(SeedWorkbook.Value.ValidationErrors);
    }

    [Fact]
    public void Amounts_are_numbers_in_the_rupiah_format_with_their_terbilang_as_text()
    {
        XlsxWorkbook workbook = SeedWorkbook.Value;
        foreach (RkaForm form in Seed.Document.Forms)
        {
            XlsxSheet sheet = workbook[form.KegiatanCodeText];
            foreach (AmountRow row in form.Amounts.Rows)
            {
                var cells = sheet.RowLabelled(row.Label);
                Assert.Null(cells[1].Text);
                Assert.Equal(row.Amount!.Value.Amount, cells[1].Number);
                Assert.Equal(RkaXlsxWriter.RupiahNumberFormat, cells[1].Format);
                Assert.Equal(row.Terbilang, cells[2].Text);
            }

            AmountRow current = form.Amounts.CurrentYear!;
            Assert.NotEmpty(current.Terbilang);
            Assert.Contains(sheet.Rows, r => r.Count > 1 && r[1].Number == current.Amount!.Value.Amount);
        }
    }

    [Fact]
    public void Header_block_is_frozen_and_holds_codes_names_lokasi_and_year()
    {
        XlsxWorkbook workbook = SeedWorkbook.Value;
        foreach (RkaForm form in Seed.Document.Forms)
        {
            XlsxSheet sheet = workbook[form.KegiatanCodeText];
            Assert.Equal(7, sheet.FrozenRows);
            Assert.Equal("RKA-SKPD 2.2.1", sheet.Cell(0, 0).Text);
            Assert.Equal(form.KegiatanCodeText, sheet.Cell(6, 1).Text);
            Assert.Equal(form.Header.Kegiatan.Name, sheet.Cell(6, 2).Text);
            Assert.Equal(form.Header.Program.Name, sheet.Cell(5, 2).Text);
            Assert.Equal(form.Header.TahunAnggaran, (int?)sheet.RowLabelled("Tahun Anggaran")[1].Number);
            Assert.Equal(form.Header.Lokasi, sheet.RowLabelled("Lokasi Kegiatan")[2].Text);
        }
    }

    [Fact]
    public void Indicators_kelompok_sasaran_and_kak_sections_are_written_as_plain_text()
    {
        XlsxWorkbook workbook = SeedWorkbook.Value;
        foreach (RkaForm form in Seed.Document.Forms)
        {
            XlsxSheet sheet = workbook[form.KegiatanCodeText];
            foreach (Indicator indicator in form.Indicators)
            {
                Assert.Contains(sheet.Rows, r => r.Count > 1 && r[0].Text == indicator.Label && r[1].Text == NullIfEmpty(indicator.TolokUkur));
            }

            foreach (KakSection section in form.Kak?.Sections ?? [])
            {
                var cells = sheet.RowLabelled(KakHeadings.GetCanonicalHeading(section.Kind));
                Assert.Equal(NullIfEmpty(section.Body), cells.Count > 2 ? cells[2].Text : null);
            }

            Assert.DoesNotContain(sheet.Texts, t => t.Contains("<p>", StringComparison.OrdinalIgnoreCase) || t.Contains("<li>", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Contains(Seed.Document.Forms, f => f.Kak is { Sections.Count: > 0 });
        Assert.Contains(Seed.Document.Forms, f => !string.IsNullOrWhiteSpace(f.KelompokSasaran));
    }

    [Fact]
    public void Column_widths_follow_the_content_and_are_capped()
    {
        XlsxSheet sheet = SeedWorkbook.Value.Sheets[0];

        Assert.All(sheet.ColumnWidths, w => Assert.InRange(w, 8, 70));
        Assert.True(sheet.ColumnWidths[0] >= "Kelompok Sasaran Kegiatan".Length, "column A fits its longest label");
        Assert.Equal(70, sheet.ColumnWidths[2]);
    }

    [Fact]
    public void Rincian_lines_are_written_with_numbers_as_numbers()
    {
        RkaForm form = Seed.Document.Forms[0] with
        {
            Rincian =
            [
                RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", new Rupiah(1_500_000m)),
                RincianLine.Detail("Kertas HVS", 12.5m, "rim", new Rupiah(120_000m)),
            ],
        };

        XlsxSheet sheet = XlsxWorkbook.Write(new RkaDocument { Forms = [form] }).Sheets[0];

        var rekening = sheet.RowLabelled("5.2.2");
        Assert.Equal("Belanja Barang dan Jasa", rekening[1].Text);
        Assert.Equal(1_500_000m, rekening[5].Number);
        Assert.Equal(RkaXlsxWriter.RupiahNumberFormat, rekening[5].Format);
        var detail = sheet.Rows.Single(r => r.Count > 1 && r[1].Text == "Kertas HVS");
        Assert.Equal(12.5m, detail[2].Number);
        Assert.Equal("rim", detail[3].Text);
        Assert.Equal(120_000m, detail[4].Number);
        Assert.Equal(1_500_000m, detail[5].Number);
    }

    [Fact]
    public void Rekening_subtotals_and_the_table_total_are_SUM_formulas_with_their_values_cached()
    {
        RkaForm form = Seed.Document.Forms[0] with
        {
            Rincian =
            [
                RincianLine.Rekening("5.2", "BELANJA LANGSUNG", new Rupiah(1_740_000m)),
                RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", new Rupiah(1_740_000m)),
                RincianLine.Rekening("5.2.2.01.01", "Belanja alat tulis kantor", new Rupiah(1_500_000m)),
                RincianLine.Detail("Kertas HVS", 12.5m, "rim", new Rupiah(120_000m)),
                RincianLine.Rekening("5.2.2.01.0002", "Belanja dokumentasi", new Rupiah(240_000m)),
                RincianLine.Detail("Cetak foto", 20m, "lembar", new Rupiah(12_000m)),
            ],
        };

        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument { Forms = [form] });
        XlsxSheet sheet = workbook.Sheets[0];

        Assert.Empty(workbook.ValidationErrors);
        int top = sheet.Rows.FindIndex(r => r.Count > 0 && r[0].Text == "5.2") + 1; // 1-based row of "5.2"
        string F(int offset) => "F" + (top + offset).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"SUM({F(1)})", sheet.RowLabelled("5.2")[5].Formula);
        Assert.Equal($"SUM({F(2)},{F(4)})", sheet.RowLabelled("5.2.2")[5].Formula);
        Assert.Equal($"SUM({F(3)})", sheet.RowLabelled("5.2.2.01.01")[5].Formula);
        Assert.Equal(1_740_000m, sheet.RowLabelled("5.2.2")[5].Number);
        var total = sheet.Rows.Single(r => r.Count > 5 && r[1].Text == "Jumlah");
        Assert.Equal($"SUM({F(0)})", total[5].Formula);
        Assert.Equal(1_740_000m, total[5].Number);
        Assert.Null(sheet.Rows.Single(r => r.Count > 1 && r[1].Text == "Kertas HVS")[5].Formula);
    }

    [Fact]
    public void A_subtotal_that_does_not_add_up_keeps_the_documents_figure()
    {
        RkaForm form = Seed.Document.Forms[0] with
        {
            Rincian =
            [
                RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", new Rupiah(2_000_000m)),
                RincianLine.Detail("Kertas HVS", 12.5m, "rim", new Rupiah(120_000m)),
            ],
        };

        XlsxSheet sheet = XlsxWorkbook.Write(new RkaDocument { Forms = [form] }).Sheets[0];

        Assert.Null(sheet.RowLabelled("5.2.2")[5].Formula);
        Assert.Equal(2_000_000m, sheet.RowLabelled("5.2.2")[5].Number);
    }

    [Fact]
    public void Targets_are_numbers_where_the_text_is_a_number()
    {
        XlsxSheet sheet = SeedWorkbook.Value.Sheets[0]; // 78%, Rp. 551.204.390,00, 30 Jenis, 86,32

        var capaian = sheet.RowLabelled("Capaian Program");
        Assert.Equal(0.78m, capaian[2].Number);
        Assert.Equal("0%", capaian[2].Format);
        var keluaran = sheet.RowLabelled("Keluaran");
        Assert.Equal(30m, keluaran[2].Number);
        Assert.Equal("Jenis", keluaran[3].Text);
        Assert.Equal(86.32m, sheet.RowLabelled("Hasil")[2].Number);
        Assert.Equal(551_204_390m, sheet.RowLabelled("Masukan")[2].Number);
    }

    [Fact]
    public void Empty_document_gives_a_valid_workbook_with_one_sheet()
    {
        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument());

        Assert.Equal([RkaXlsxWriter.FallbackSheetName], workbook.Sheets.Select(s => s.Name));
        Assert.Empty(workbook.ValidationErrors);
    }

    [Fact]
    public void Odd_codes_and_text_give_a_valid_workbook_with_unique_legal_sheet_names()
    {
        string longCode = new('9', 40);
        string[] codes = ["<&>", longCode, longCode, "<&>", "", "a/b:c?d*e[f]g\\h", "'quoted'", "History", "history", "x\u0001y"];
        RkaForm[] forms = [.. codes.Select(code => new RkaForm
        {
            Header = new FormHeader
            {
                Kegiatan = new HeaderField<KegiatanCode>("Kegiatan", code, null, "Nama <b>&amp;</b> \u0002 \"kutip\" " + code),
                Lokasi = "<script>&</script>\r\nbaris dua",
                TahunAnggaran = 2020,
            },
            Amounts = FormAmounts.Create(2020, new Rupiah(1m), new Rupiah(0.01m), Rupiah.MaxValue),
            KelompokSasaran = "<p>Masyarakat &amp; aparatur</p>",
            Kak = Kak.Create([new KakRawSection("Judul <aneh> &", "teks \uD800 tunggal"), new KakRawSection("Latar Belakang", new string('x', 40_000))]),
        })];

        XlsxWorkbook workbook = XlsxWorkbook.Write(new RkaDocument { Forms = forms });

        Assert.Empty(workbook.ValidationErrors);
        Assert.Equal(codes.Length + 1, workbook.Sheets.Count); // the forms and the recap
        Assert.Equal(codes.Length + 1, workbook.Sheets.Select(s => s.Name.ToUpperInvariant()).Distinct().Count());
        Assert.All(workbook.Sheets, s =>
        {
            Assert.InRange(s.Name.Length, 1, 31);
            Assert.True(s.Name.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) < 0, s.Name);
            Assert.False(s.Name.StartsWith('\'') || s.Name.EndsWith('\''), s.Name);
            Assert.NotEqual("HISTORY", s.Name.ToUpperInvariant());
        });
        Assert.Equal("<&>", workbook.Sheets[0].Name);
        Assert.Equal(new string('9', 31), workbook.Sheets[1].Name);
        Assert.Equal(new string('9', 27) + " (2)", workbook.Sheets[2].Name);
        Assert.Equal("<&> (2)", workbook.Sheets[3].Name);
        Assert.Equal(RkaXlsxWriter.FallbackSheetName, workbook.Sheets[4].Name);
        Assert.Equal("Nama <b>&amp;</b>  \"kutip\" <&>", workbook.Sheets[0].Cell(6, 2).Text);
        Assert.Equal("Masyarakat & aparatur", workbook.Sheets[0].RowLabelled("Kelompok Sasaran Kegiatan")[2].Text);
        decimal max = workbook.Sheets[0].RowLabelled("Jumlah Tahun 2021")[1].Number!.Value;
        Assert.InRange(max, Rupiah.MaxValue.Amount - 100m, Rupiah.MaxValue.Amount + 100m); // a double near 2^63 sen
        Assert.Equal(32_767, workbook.Sheets[0].RowLabelled("Latar Belakang")[2].Text!.Length);
    }

    [Fact]
    public void Output_does_not_depend_on_the_current_culture()
    {
        CultureInfo original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            string invariant = SheetXml(Seed.Document);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            string german = SheetXml(Seed.Document);
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            string arabic = SheetXml(Seed.Document);

            Assert.Equal(invariant, german);
            Assert.Equal(invariant, arabic);
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }
    }

    [Fact]
    public async Task WriteAsync_writes_the_same_workbook_and_leaves_the_stream_open()
    {
        using var stream = new MemoryStream();
        await RkaXlsxWriter.WriteAsync(Seed.Document, stream, CancellationToken.None);

        Assert.True(stream.CanWrite);
        XlsxWorkbook workbook = XlsxWorkbook.Read(stream.ToArray());
        Assert.Equal(SeedWorkbook.Value.Sheets.Select(s => s.Name), workbook.Sheets.Select(s => s.Name));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => RkaXlsxWriter.Write(null!, new MemoryStream()));
        Assert.Throws<ArgumentNullException>(() => RkaXlsxWriter.Write(new RkaDocument(), null!));
        Assert.Throws<ArgumentException>(() => RkaXlsxWriter.Write(new RkaDocument(), new MemoryStream([], writable: false)));
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static string SheetXml(RkaDocument document)
    {
        using var stream = new MemoryStream();
        RkaXlsxWriter.Write(document, stream);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var builder = new StringBuilder();
        foreach (ZipArchiveEntry entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(entry.Open());
            // docProps/core.xml holds the creation time: the one part allowed to differ between runs.
            string xml = Regex.Replace(reader.ReadToEnd(), @"<dcterms:(created|modified)[^>]*>[^<]*<", "<dcterms:$1><");
            builder.Append(entry.FullName).Append('\n').Append(xml).Append('\n');
        }

        return builder.ToString();
    }
}
