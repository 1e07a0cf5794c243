using System;
using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>A perubahan rincian table printed in fixed-width columns (<c>pdftotext -layout</c> of an SIPD DPPA),
/// written by hand for these tests: wider columns than the unseen DPPA, the difference named on the first header line
/// only, a new line with an empty Sebelum group, a decrease in parentheses, a koefisien wrapped on both sides, a PPN of
/// 11 % before (dropped after) and on the new line, and numbers only one space apart (<c>0 1.500.000,00</c>,
/// <c>120.000,00 11%</c>, <c>1.200.000,00 25 Rim</c>). Each value must land in the column its header names.</summary>
public class PerubahanTableTests
{
    private static readonly string[] Table =
    [
        "Kode Rekening       Uraian                                            Sebelum Perubahan                                      Setelah Perubahan                        Bertambah/(Berkurang)",
        "                                                        Koefisien     Satuan  Harga        PPN  Jumlah         Koefisien     Satuan  Harga        PPN  Jumlah",
        "5.1.02.01.01.0024   Belanja Alat/Bahan untuk Kegiatan                                             2.532.000,00                                           3.570.000,00    1.038.000,00",
        "                    Kantor-Alat Tulis Kantor",
        "                    [#] Alat Tulis Kantor                                                         2.532.000,00                                           3.570.000,00    1.038.000,00",
        "                    Kertas HVS A4 70 gram               20 Rim        Rim        60.000,00    0   1.200.000,00 25 Rim        Rim        60.000,00     0 1.500.000,00       300.000,00",
        "                    Tinta Printer                       2 Kotak x 5   Botol     120.000,00 11%    1.332.000,00 2 Kotak x 4   Botol     120.000,00    0     960.000,00    (372.000,00)",
        "                                                        Botol                                                  Botol",
        "                    Map Plastik Bening                                                                         100 Buah      Buah       10.000,00  11%   1.110.000,00    1.110.000,00",
        "                                                                              Jumlah Total        2.532.000,00                       Jumlah Total        3.570.000,00    1.038.000,00",
    ];

    private static readonly string[] FormTop =
    [
        "                 DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN                                  NOMOR DPPA",
        "                     SATUAN KERJA PERANGKAT DAERAH                        DPPA/A.1/1.01.0.00.0.00.01.0000/007/2024",
        "               PEMERINTAH KOTA CONTOH TAHUN ANGGARAN 2024                               Formulir",
        "                                                                               DPPA-SKPD RINCIAN BELANJA",
        "",
        "Urusan Pemerintahan      : 1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
        "Bidang Urusan            : 1.01 - URUSAN PEMERINTAHAN BIDANG PENDIDIKAN",
        "Program                  : 1.01.01 - PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
        "Kegiatan                 : 1.01.01.2.06 - Administrasi Umum Perangkat Daerah",
        "Sub Kegiatan             : 1.01.01.2.06.0004 - Penyediaan Bahan Logistik Kantor",
        "Organisasi               : 1.01.0.00.0.00.01.0000 - DINAS PENDIDIKAN",
        "Unit                     : 1.01.0.00.0.00.01.0000 - DINAS PENDIDIKAN",
        "",
        "                          RINCIAN PERUBAHAN ANGGARAN BELANJA KEGIATAN SATUAN KERJA PERANGKAT DAERAH",
    ];

    private static string Row(params string[] cells) => string.Join('\t', cells);

    [Fact]
    public void Places_each_value_in_the_column_its_header_names()
    {
        List<string> rows = LayoutRows.Texts(Table);

        Assert.Equal(
            [
                Row("", "", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah"),
                Row("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "", "", "", "", "2.532.000,00", "", "", "", "", "3.570.000,00", "1.038.000,00"),
                Row("", "[#] Alat Tulis Kantor", "", "", "", "", "2.532.000,00", "", "", "", "", "3.570.000,00", "1.038.000,00"),
                Row("", "Kertas HVS A4 70 gram", "20 Rim", "Rim", "60.000,00", "0", "1.200.000,00", "25 Rim", "Rim", "60.000,00", "0", "1.500.000,00", "300.000,00"),
                Row("", "Tinta Printer", "2 Kotak x 5 Botol", "Botol", "120.000,00", "11%", "1.332.000,00", "2 Kotak x 4 Botol", "Botol", "120.000,00", "0", "960.000,00", "(372.000,00)"),
                Row("", "Map Plastik Bening", "", "", "", "", "", "100 Buah", "Buah", "10.000,00", "11%", "1.110.000,00", "1.110.000,00"),
                Row("", "Jumlah Total", "", "", "", "", "2.532.000,00", "", "", "", "", "3.570.000,00", "1.038.000,00"),
            ],
            rows.GetRange(1, rows.Count - 1));
    }

    [Fact]
    public void A_volume_and_its_satuan_one_space_apart_go_to_their_two_columns()
    {
        // A 13/2006 DPPA's Volume | Satuan | Harga Satuan | Jumlah groups; the print set "12 OB" one space apart.
        List<string> rows = LayoutRows.Texts(
            "Kode Rekening   Uraian                                 Sebelum Perubahan                              Setelah Perubahan                           Bertambah/(Berkurang)",
            "                                 Volume   Satuan    Harga Satuan     Jumlah       Volume   Satuan    Harga Satuan     Jumlah",
            "                Honorarium PPTK  12 OB              250.000,00       3.000.000,00 12 OB              250.000,00       3.000.000,00                0,00");

        Assert.Equal(Row(string.Empty, "Honorarium PPTK", "12", "OB", "250.000,00", "3.000.000,00", "12", "OB", "250.000,00", "3.000.000,00", "0,00"), rows[^1]);
    }

    [Fact]
    public void The_table_ends_at_a_blank_line()
    {
        List<string> rows = LayoutRows.Texts([.. Table, "", "Keterangan     Pengadaan tambahan untuk semester dua"]);

        Assert.Equal("Keterangan\tPengadaan tambahan untuk semester dua", rows[^1]);
    }

    [Fact]
    public void The_table_ends_at_a_tab_line_right_after_its_header()
    {
        List<string> rows = LayoutRows.Texts([.. Table[..2], "Catatan\tlihat lampiran", "Keterangan     Pengadaan tambahan"]);

        Assert.Equal(["Catatan\tlihat lampiran", "Keterangan\tPengadaan tambahan"], rows[2..]);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Reads_both_groups_the_difference_and_the_new_line(bool titled)
    {
        // Without its title the table opens at its first header line, which alone names the difference.
        string[] top = titled ? FormTop : FormTop[..^1];
        RkaReadResult result = RkaTextReader.Read(string.Join('\n', [.. top, .. Table, ""]));
        RkaForm form = Assert.Single(result.Document.Forms);

        Assert.Equal(DocumentKind.DpaPerubahan, form.Kind);
        Assert.Equal(5, form.Rincian.Count);
        RincianLine rekening = form.Rincian[0];
        Assert.Equal(("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", new Rupiah(3_570_000m)),
            (rekening.KodeRekening, rekening.Uraian, rekening.Jumlah));
        Assert.Equal((new Rupiah(2_532_000m), new Rupiah(1_038_000m)), (rekening.Perubahan?.JumlahSebelum, rekening.Perubahan?.Selisih));
        Assert.True(form.Rincian[1].IsGroup);

        RincianLine kertas = form.Rincian[2];
        Assert.Equal(("Kertas HVS A4 70 gram", "25 Rim", 25m, "Rim", new Rupiah(60_000m), 0m, new Rupiah(1_500_000m)),
            (kertas.Uraian, kertas.Koefisien, kertas.Volume, kertas.Satuan, kertas.HargaSatuan, kertas.Ppn, kertas.Jumlah));
        Assert.Equal(("20 Rim", 20m, "Rim", new Rupiah(60_000m), 0m, new Rupiah(1_200_000m), new Rupiah(300_000m)),
            (kertas.Perubahan?.KoefisienSebelum, kertas.Perubahan?.VolumeSebelum, kertas.Perubahan?.SatuanSebelum,
                kertas.Perubahan?.HargaSatuanSebelum, kertas.Perubahan?.PpnSebelum, kertas.Perubahan?.JumlahSebelum, kertas.Perubahan?.Selisih));

        RincianLine tinta = form.Rincian[3];
        Assert.Equal(("2 Kotak x 4 Botol", 8m, 0m, new Rupiah(960_000m)), (tinta.Koefisien, tinta.Volume, tinta.Ppn, tinta.Jumlah));
        Assert.Equal(("2 Kotak x 5 Botol", 10m, 11m, new Rupiah(1_332_000m), new Rupiah(-372_000m)),
            (tinta.Perubahan?.KoefisienSebelum, tinta.Perubahan?.VolumeSebelum, tinta.Perubahan?.PpnSebelum,
                tinta.Perubahan?.JumlahSebelum, tinta.Perubahan?.Selisih));

        RincianLine map = form.Rincian[4];
        Assert.Equal(("Map Plastik Bening", 100m, "Buah", new Rupiah(10_000m), 11m, new Rupiah(1_110_000m)),
            (map.Uraian, map.Volume, map.Satuan, map.HargaSatuan, map.Ppn, map.Jumlah));
        Assert.Equal(((decimal?)null, (decimal?)null, (Rupiah?)null, new Rupiah(1_110_000m)),
            (map.Perubahan?.VolumeSebelum, map.Perubahan?.PpnSebelum, map.Perubahan?.JumlahSebelum, map.Perubahan?.Selisih));

        Assert.Equal((new Rupiah(3_570_000m), "2.532.000,00", new Rupiah(2_532_000m)),
            (form.RincianTotal?.Jumlah, form.RincianTotal?.JumlahSebelumText, form.RincianTotal?.JumlahSebelum));
        Assert.DoesNotContain(result.Validate(), d => d.Code is "RKA006" or "RKA501" or "RKA503" or "RKA504" or "RKA505");
    }

    /// <summary>The same table as a PDF's rows give it (<c>RkaPdfReader</c>) or a copy that drops empty cells: each
    /// row's cells packed left, the kode cell kept empty before an uraian, the second header line without the kode and
    /// uraian cells. The header's columns, the rekening and total rows' three amounts and the new line's after group
    /// must land where the fixed-width print puts them.</summary>
    /// <remarks>The second case adds a removed line (its before group and a negative difference only).</remarks>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reads_the_same_with_the_empty_cells_dropped(bool removedLine)
    {
        string[] table = removedLine
            ? [.. Table[..^1], "                    Amplop Coklat                       10 Pak        Pak        25.000,00    0     250.000,00                                                           (250.000,00)", Table[^1]]
            : Table;
        RkaReadResult fixedWidth = RkaTextReader.Read(string.Join('\n', [.. FormTop, .. table, ""]));
        Assert.Equal(removedLine ? 6 : 5, fixedWidth.Document.Forms[0].Rincian.Count);
        List<string> packed = LayoutRows.Texts(table).ConvertAll(static row =>
        {
            string[] cells = row.Split('\t');
            string joined = string.Join('\t', Array.FindAll(cells, static c => c.Length > 0));
            return cells.Length > 1 && cells[0].Length == 0 && cells[1].Length > 0 ? "\t" + joined : joined;
        });
        Assert.Contains("\tMap Plastik Bening\t100 Buah\tBuah\t10.000,00\t11%\t1.110.000,00\t1.110.000,00", packed);

        RkaReadResult result = RkaTextReader.Read(string.Join('\n', [.. FormTop, .. packed, ""]));

        Assert.Equal(fixedWidth.Document, result.Document);
        Assert.Equal(fixedWidth.Validate().Select(d => d.Code), result.Validate().Select(d => d.Code));
    }

    [Fact]
    public void The_text_writer_keeps_both_groups_koefisien_and_PPN()
    {
        RkaDocument read = RkaTextReader.Read(string.Join('\n', [.. FormTop, .. Table, ""])).Document;

        string written = RkaTextWriter.Write(read);

        Assert.Contains("\tTinta Printer\t2 Kotak x 5 Botol\tBotol\t120.000,00\t11%\t1.332.000,00\t2 Kotak x 4 Botol\tBotol\t120.000,00\t0\t960.000,00\t-372.000,00\t",
            written, StringComparison.Ordinal);
        Assert.Equal(read, RkaTextReader.Read(written).Document);
    }

    [Fact]
    public void Html_and_markdown_print_both_groups_koefisien_and_PPN()
    {
        RkaDocument read = RkaTextReader.Read(string.Join('\n', [.. FormTop, .. Table, ""])).Document;

        string html = Rkaskpd.Html.RkaHtmlWriter.Write(read);
        string markdown = RkaMarkdownWriter.Write(read);

        Assert.Contains("<th colspan=\"5\">Sebelum Perubahan</th><th colspan=\"5\">Setelah Perubahan</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Tinta Printer</td><td class=\"num\">2 Kotak x 5 Botol</td><td>Botol</td><td class=\"num\">120.000,00</td>"
            + "<td class=\"num\">11%</td><td class=\"num\">1.332.000,00</td><td class=\"num\">2 Kotak x 4 Botol</td><td>Botol</td>"
            + "<td class=\"num\">120.000,00</td><td class=\"num\">0%</td><td class=\"num\">960.000,00</td>", html, StringComparison.Ordinal);
        Assert.Contains("| Koefisien Sebelum | Satuan Sebelum | Harga Sebelum (Rp) | PPN Sebelum | Jumlah Sebelum (Rp) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Tinta Printer | 2 Kotak x 5 Botol | Botol | 120.000,00 | 11% | 1.332.000,00 | 2 Kotak x 4 Botol | Botol | 120.000,00 | 0% | 960.000,00 | -372.000,00 |",
            markdown, StringComparison.Ordinal);
    }
}
