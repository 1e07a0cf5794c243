using System;
using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>The reader on <c>rincian anggaran belanja</c> tables in the layouts real forms show.</summary>
public partial class RkaTextReaderTests
{
    private const string RincianHead = """
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
        PEMERINTAH KABUPATEN CONTOH TAHUN ANGGARAN 2021
        Urusan Pemerintahan : 2.07 TENAGA KERJA
        Organisasi : 2.07.01 DINAS TENAGA KERJA
        Program : 2.07.2.07.01.27 PROGRAM PENINGKATAN KESEMPATAN KERJA
        Kegiatan : 2.07.2.07.01.27.02 Pelatihan Kerja
        Lokasi Kegiatan : Kabupaten Contoh
        Jumlah Tahun n - 1 : 1.800.000,00 (SATU JUTA DELAPAN RATUS RIBU RUPIAH)
        Jumlah Tahun n : 2.000.000,00 (DUA JUTA RUPIAH)
        Jumlah Tahun n + 1 : 2.200.000,00 (DUA JUTA DUA RATUS RIBU RUPIAH)
        Indikator & Tolak Ukur Kinerja Belanja Langsung
        Indikator	Tolak Ukur Kinerja	Target Kinerja
        Capaian Program	Persentase pencari kerja terlatih	60%
        Masukan	Tersedianya dana	Rp. 2.000.000,00
        Keluaran	Jumlah peserta	120 orang
        Hasil	Peserta kompeten	80%

        """;

    private const string RincianTail = """

        Latar Belakang : Banyak pencari kerja belum terampil.
        Dasar Hukum : Undang-Undang Nomor 13 Tahun 2003
        Maksud dan Tujuan : Meningkatkan keterampilan.
        Bentuk Kegiatan : Pelatihan
        Konsep Kegiatan : Pelatihan berbasis kompetensi
        Mekanisme : Pelatihan selama 3 bulan, Maret s/d Mei
        Alur : Pendaftaran, pelatihan, uji kompetensi
        Manfaat : Pencari kerja terampil
        """;

    /// <summary>A SIMDA print as PDF text: columns apart by two or more spaces, the code in parts, a two-line title,
    /// a two-row header, the column numbers, a wrapped uraian, volumes 12 x 1, 1.200 and 2,5, a total row and no
    /// Kelompok Sasaran line.</summary>
    private const string SimdaRincian = """
        RINCIAN ANGGARAN BELANJA LANGSUNG
        MENURUT PROGRAM DAN PER KEGIATAN SATUAN KERJA PERANGKAT DAERAH
        Kode Rekening   Uraian                                 Rincian Perhitungan                Jumlah (Rp)
                                                               Volume   Satuan   Harga Satuan
        1               2                                      3        4        5                6 = (3 x 5)
        5               BELANJA DAERAH                                                            2.000.000,00
        5 2             BELANJA LANGSUNG                                                          2.000.000,00
        5 2 2           Belanja Barang dan Jasa                                                   2.000.000,00
        5 2 2 01        Belanja Bahan Pakai Habis Kantor                                          900.000,00
        5 2 2 01 01     Belanja Alat Tulis Kantor                                                 900.000,00
                        Kertas HVS A4 80 gram untuk            10       rim      50.000,00        500.000,00
                        keperluan kantor
                        Fotocopy                               1.200    lembar   250,00           300.000,00
                        Tinta printer                          2,5      botol    40.000,00        100.000,00
        5 2 2 03        Belanja Jasa Kantor                                                       1.100.000,00
        5 2 2 03 01     Belanja Honorarium Narasumber                                             1.100.000,00
                        Honorarium narasumber                  12 x 1   OB       50.000,00        600.000,00
                        Sewa tenda                             1        paket    500.000,00       500.000,00
                        JUMLAH                                                                    2.000.000,00

        Contoh, 12 Desember 2020
        """;

    private static readonly RincianLine[] SimdaExpected =
    [
        RincianLine.Rekening("5", "BELANJA DAERAH", new Rupiah(2_000_000m)),
        RincianLine.Rekening("5.2", "BELANJA LANGSUNG", new Rupiah(2_000_000m)),
        RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", new Rupiah(2_000_000m)),
        RincianLine.Rekening("5.2.2.01", "Belanja Bahan Pakai Habis Kantor", new Rupiah(900_000m)),
        RincianLine.Rekening("5.2.2.01.01", "Belanja Alat Tulis Kantor", new Rupiah(900_000m)),
        RincianLine.Detail("Kertas HVS A4 80 gram untuk keperluan kantor", 10m, "rim", new Rupiah(50_000m)),
        RincianLine.Detail("Fotocopy", 1200m, "lembar", new Rupiah(250m)),
        RincianLine.Detail("Tinta printer", 2.5m, "botol", new Rupiah(40_000m)),
        RincianLine.Rekening("5.2.2.03", "Belanja Jasa Kantor", new Rupiah(1_100_000m)),
        RincianLine.Rekening("5.2.2.03.01", "Belanja Honorarium Narasumber", new Rupiah(1_100_000m)),
        RincianLine.Detail("Honorarium narasumber", 12m, "OB", new Rupiah(50_000m)),
        RincianLine.Detail("Sewa tenda", 1m, "paket", new Rupiah(500_000m)),
    ];

    public static TheoryData<string> RincianLayouts => new()
    {
        // The writer's tab layout.
        "RINCIAN ANGGARAN BELANJA LANGSUNG\nKode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah\n"
            + "5.2.2.01.01\tBelanja Alat Tulis Kantor\t\t\t\t525.000,00\n\tKertas HVS\t10,5\trim\t50.000,00\t525.000,00\n",

        // SIMDA's code columns in a tab layout, no title.
        "Kode Rekening\t\t\t\t\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah (Rp)\n"
            + "5\t2\t2\t01\t01\tBelanja Alat Tulis Kantor\t\t\t\t525.000,00\n\t\t\t\t\tKertas HVS\t10,5\trim\t50.000,00\t525.000,00\n",

        // A markdown table as RkaMarkdownWriter writes it.
        "### Rincian Belanja\n\n| Kode Rekening | Uraian | Volume | Satuan | Harga Satuan (Rp) | Jumlah (Rp) |\n|---|---|---:|---|---:|---:|\n"
            + "| 5.2.2.01.01 | Belanja Alat Tulis Kantor |  |  |  | 525.000,00 |\n|  | Kertas HVS | 10,5 | rim | 50.000,00 | 525.000,00 |\n",

        // PDF text: the code and uraian in one cell, volume and unit in one cell, Rp amounts.
        "Rincian Anggaran Belanja\n5.2.2.01.01 Belanja Alat Tulis Kantor      Rp 525.000,00\n"
            + "   Kertas HVS     10,5 rim     Rp 50.000,00     Rp 525.000,00\n",

        // No title and no header: the table is known by its first row (a kode rekening and an amount).
        "5 . 2 . 2 . 01 . 01\tBelanja Alat Tulis Kantor\t\t\t\t525.000,00\n\tKertas HVS\t10,5\trim\t50.000,00\t525.000,00\n",
    };

    [Fact]
    public void Reads_a_simda_rincian_table_printed_as_text()
    {
        RkaReadResult result = RkaTextReader.Read(RincianHead + SimdaRincian + RincianTail);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(SimdaExpected, form.Rincian);
        Assert.Equal(4, form.Indicators.Count);
        Assert.Null(form.KelompokSasaran);
        Assert.NotNull(form.Kak);
        Assert.Equal(8, form.Kak!.Sections.Count);
        Assert.DoesNotContain(result.Validate(), d => d.Code is "RKA503" or "RKA504" or "RKA306");
        // The place and date line starts the form's closing block: recognised as such, not an unrecognised line.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA006");
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA003" && d.Line == LineOf(RincianHead + SimdaRincian, "Contoh, 12 Desember")
            && d.Message.Contains("closing block", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Validate(), d => d.Code is RuleIds.RincianLineAmount or RuleIds.RincianTotal);
    }

    /// <summary>A report that prints each heading at its own height (Crystal Reports, SIMDA) gives heading lines of one
    /// heading's words ("Uraian", "Rekening (Rp)") between the lines of two or more.</summary>
    [Theory]
    [InlineData("Kode            Rincian Perhitungan    Jumlah\n                Uraian\nRekening                   Volume   Satuan   Harga Satuan    (Rp)\n")]
    [InlineData("                       Rincian Perhitungan\nKode                                      Jumlah\n                Uraian\nRekening                                  (Rp)\n                       Volume   Satuan   Harga satuan\n")]
    public void A_heading_printed_at_several_heights_is_no_rincian_line(string heading)
    {
        AssertReadsSimdaExpected(
            "Kode Rekening   Uraian                                 Rincian Perhitungan                Jumlah (Rp)\n"
            + "                                                       Volume   Satuan   Harga Satuan\n",
            heading);
    }

    /// <summary>A fixed-width text prints the heading repeated atop a new page with its first line alone
    /// ("Rincian Perhitungan" over its columns): it ends the wrapped uraian above it, it does not continue it.</summary>
    [Fact]
    public void A_repeated_headings_first_line_alone_is_no_wrapped_uraian()
    {
        AssertReadsSimdaExpected(
            "                keperluan kantor\n",
            "                keperluan kantor\n\f                                                       Rincian Perhitungan\n"
            + "Kode Rekening   Uraian                                                                    Jumlah (Rp)\n"
            + "                                                       Volume   Satuan   Harga Satuan\n");
    }

    /// <summary>Asserts that the SIMDA print with <paramref name="lines"/> re-laid out as <paramref name="relaid"/>
    /// reads the same rincian.</summary>
    private static void AssertReadsSimdaExpected(string lines, string relaid)
    {
        string simda = SimdaRincian.Replace(lines, relaid, StringComparison.Ordinal);
        Assert.NotEqual(SimdaRincian, simda);

        RkaForm form = Assert.Single(RkaTextReader.Read(RincianHead + simda + RincianTail).Document.Forms);

        Assert.Equal(SimdaExpected, form.Rincian);
    }

    [Fact]
    public void Line_of_a_rincian_path_is_the_line_of_its_row()
    {
        string text = RincianHead + SimdaRincian + RincianTail;
        RkaReadResult result = RkaTextReader.Read(text);
        RkaForm form = result.Document.Forms[0];

        Assert.Equal(LineOf(text, "Belanja Bahan Pakai Habis Kantor"), result.LineOf(form, "rincian[3].jumlah"));
        Assert.Equal(LineOf(text, "Tinta printer"), result.LineOf(form, "rincian[7]"));
        Assert.Equal(LineOf(text, "BELANJA DAERAH"), result.LineOf(form, "rincian"));
        Assert.Equal(LineOf(text, "Kertas HVS"), result.LineOf(form, "rincian[5].volume"));
    }

    [Theory]
    [MemberData(nameof(RincianLayouts))]
    public void Reads_rincian_tables_in_several_layouts(string table)
    {
        string text = RincianHead.Replace("2.000.000,00", "525.000,00", StringComparison.Ordinal) + table + RincianTail;

        RkaReadResult result = RkaTextReader.Read(text);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(
            [
                RincianLine.Rekening("5.2.2.01.01", "Belanja Alat Tulis Kantor", new Rupiah(525_000m)),
                RincianLine.Detail("Kertas HVS", 10.5m, "rim", new Rupiah(50_000m)),
            ],
            form.Rincian);
        Assert.Equal(4, form.Indicators.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA006" or "RKA503" or "RKA306");
    }

    [Fact]
    public void Wrong_subtotals_and_wrong_line_amounts_are_found_on_their_lines()
    {
        const string Table = """
            ### Rincian Belanja

            | Kode Rekening | Uraian | Volume | Satuan | Harga Satuan (Rp) | Jumlah (Rp) |
            |---|---|---:|---|---:|---:|
            | 5.2.2.01.01 | Belanja Alat Tulis Kantor |  |  |  | 600.000,00 |
            |  | Kertas HVS | 10,5 | rim | 50.000,00 | 525.000,00 |
            |  | Map | 10 | buah | 5.000,00 | 60.000,00 |
            |  | **Jumlah** |  |  |  | 600.000,00 |
            """;
        string text = RincianHead + Table + RincianTail;

        RkaReadResult result = RkaTextReader.Read(text);
        IReadOnlyList<Diagnostic> found = result.Validate();

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(3, form.Rincian.Count);
        Diagnostic line = Assert.Single(found, d => d.Code == RuleIds.RincianLineAmount);
        Assert.Equal("rincian[2].jumlah", line.Path);
        Assert.Equal(LineOf(text, "|  | Map |"), line.Line);
        Diagnostic subtotal = Assert.Single(found, d => d.Code == RuleIds.RincianTotal && d.Path == "rincian[0].jumlah");
        Assert.Equal(LineOf(text, "| 5.2.2.01.01 |"), subtotal.Line);
        Assert.Contains(found, d => d.Code == RuleIds.RincianTotal && d.Path == "rincian");
        Assert.DoesNotContain(found, d => d.Code == "RKA504");
    }

    [Theory]
    [InlineData("3,200", "757,687.50", "2,424,600,000.00", 3200)]
    [InlineData("1,550.25", "2,000.00", "3,100,500.00", 1550.25)]
    [InlineData("3,200", "757.687,50", "2.424.600,00", 3.2)]
    [InlineData("3,25", "2,000.00", "6,500.00", 3.25)]
    [InlineData("1.200", "250.00", "300,000.00", 1200)]
    public void A_volume_in_a_row_written_in_english_is_read_in_english(string volume, string harga, string jumlah, double expected)
    {
        string table = "RINCIAN ANGGARAN BELANJA LANGSUNG\nKode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah\n"
            + "\t- Pembangunan jalan lapen\t" + volume + "\tm'\t" + harga + "\t" + jumlah + "\n";

        RkaForm form = Assert.Single(RkaTextReader.Read(RincianHead + table + RincianTail).Document.Forms);

        Assert.Equal((decimal)expected, Assert.Single(form.Rincian).Volume);
    }

    [Fact]
    public void An_unreadable_cell_keeps_the_line_and_is_reported_with_its_line()
    {
        const string Table = "RINCIAN ANGGARAN BELANJA LANGSUNG\n"
            + "5.2.2.01.01\tBelanja Alat Tulis Kantor\t\t\t\t2.000.000,00\n"
            + "\tKertas HVS\tsepuluh\trim\t50.000,00\t500.000,00\n"
            + "\tMap\t10\tbuah\t5.000,0X\t1.500.000,00\n";
        string text = RincianHead + Table + RincianTail;

        RkaReadResult result = RkaTextReader.Read(text);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(3, form.Rincian.Count);
        Assert.Null(form.Rincian[1].Volume);
        Assert.Equal(new Rupiah(500_000m), form.Rincian[1].Jumlah);
        Assert.Null(form.Rincian[2].HargaSatuan);
        Assert.Equal(10m, form.Rincian[2].Volume);
        Diagnostic[] cells = [.. result.Diagnostics.Where(d => d.Code == "RKA503")];
        Assert.Equal(2, cells.Length);
        Assert.Equal(LineOf(text, "\tKertas HVS"), cells[0].Line);
        Assert.Equal("rincian[1].volume", cells[0].Path);
        Assert.Contains("sepuluh", cells[0].Message, StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, cells[0].Severity);
        Assert.Equal(LineOf(text, "\tMap"), cells[1].Line);
        Assert.Equal("rincian[2].hargaSatuan", cells[1].Path);
    }

    [Fact]
    public void A_total_row_that_disagrees_with_the_lines_is_reported()
    {
        string table = SimdaRincian.Replace("JUMLAH                                                                    2.000.000,00",
            "JUMLAH                                                                    2.100.000,00", StringComparison.Ordinal);
        string text = RincianHead + table + RincianTail;

        RkaReadResult result = RkaTextReader.Read(text);

        // RKA504 is a rule over the model's total row: the reader keeps the row, Validate reports it.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA504");
        Diagnostic total = Assert.Single(result.Validate(), d => d.Code == RuleIds.RincianTotalRow);
        Assert.Equal(LineOf(text, "JUMLAH "), total.Line);
        Assert.Equal("rincian.total", total.Path);
        Assert.Equal(DiagnosticSeverity.Warning, total.Severity);
        Assert.Equal(new Rupiah(2_100_000m), result.Document.Forms[0].RincianTotal?.Jumlah);
        Assert.Equal(SimdaExpected, result.Document.Forms[0].Rincian);
    }

    [Fact]
    public void A_form_with_rincian_reads_back_to_itself()
    {
        RkaForm form = WriterTestForms.Small(withRincian: true) with { KelompokSasaran = null };
        var document = new RkaDocument { Forms = [form, WriterTestForms.Small(withRincian: true)] };

        RkaDocument read = RkaTextReader.Read(RkaTextWriter.Write(document)).Document;

        RkaTextWriterRoundTripTests.AssertFormEqual(document.Forms[0], read.Forms[0], 0);
        Assert.Equal(document, read);
    }

    /// <summary>Returns the 1-based line of the only line containing <paramref name="part"/>.</summary>
    private static int LineOf(string text, string part)
    {
        string[] lines = text.Split('\n');
        int[] found = [.. Enumerable.Range(0, lines.Length).Where(i => lines[i].Contains(part, StringComparison.Ordinal))];
        Assert.True(found.Length == 1, "'" + part + "' is on " + found.Length + " lines");
        return found[0] + 1;
    }
}
