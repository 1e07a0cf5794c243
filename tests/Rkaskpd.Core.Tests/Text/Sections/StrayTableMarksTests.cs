using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>The OCR of a printed table leaves the strokes of its rules in the text: bars between some cells and not
/// others, underscores. A row with such stray marks is read as the flattened row a person sees; a rule of underscores
/// is a rule; a Markdown table row and a bar inside a word are left as they were.</summary>
public class StrayTableMarksTests
{
    [Theory]
    [InlineData("Capaian Program | Persentase guru SD 75 % |", "Capaian Program Persentase guru SD 75 %")]
    [InlineData("5.2.1 Belanja Pegawai | | 6.300.000,00 |", "5.2.1 Belanja Pegawai 6.300.000,00")]
    [InlineData("| 5.2.2.01 Belanja Bahan Pakai Habis Kantor _ 3.500.000,00", "5.2.2.01 Belanja Bahan Pakai Habis Kantor 3.500.000,00")]
    [InlineData("| 5.2 | BELANJA LANGSUNG | _ | 24.300.000,00 |", "5.2\tBELANJA LANGSUNG\t\t24.300.000,00")]
    public void Stray_bars_and_underscore_marks_are_taken_out(string row, string read) =>
        Assert.Equal(read, MarkdownRow.Clean(row));

    [Theory]
    [InlineData("Uraian a|b dan c")]
    [InlineData("Masukan\tJumlah | Dana\tRp. 1,00")]
    [InlineData("Nama_berkas dan __init__ tetap")]
    public void A_bar_inside_a_word_or_a_tab_row_is_kept(string row) =>
        Assert.Same(row, MarkdownRow.Clean(row));

    [Theory]
    [InlineData("Kertas HVS A4\t8 Rim\tRim\t58.500,00\t0\t468.000,00 |", "Kertas HVS A4\t8 Rim\tRim\t58.500,00\t0\t468.000,00")]
    [InlineData("Kue Kotak\t25 Orang\tOrang\t15.000,00\t0\t1.500.000,00\t_", "Kue Kotak\t25 Orang\tOrang\t15.000,00\t0\t1.500.000,00")]
    public void A_tab_row_s_stray_mark_at_its_end_is_taken_out(string row, string read) =>
        Assert.Equal(read, MarkdownRow.Clean(row));

    [Theory]
    [InlineData("Map Plastik 50 Buah Buah 4.500,00 0 225.000,00 | Ballpoint 2 Kotak Kotak 45.000,00 0 90.000,00", 47)]
    [InlineData("Modul 100 eks 25.000,00 2.500.000,00 | Belanja Makanan 12.000.000,00 |", 37)]
    [InlineData("5.2.2.06.01 | Belanja Cetak | 2.500.000,00", -1)] // a code is no amount
    [InlineData("Nomor 1234.567 | Rapat 5 OH 1.000,00", -1)]
    [InlineData("Capaian Program | Persentase guru SD 75 % |", -1)]
    [InlineData("Honor 12 OB 300.000,00 3.600.000,00 | keterangan 5", -1)]
    [InlineData("Map Plastik 50 Buah 225.000,00 | Ballpoint", -1)] // the rest ends with no amount
    [InlineData("| 5.2 | BELANJA | 1.000,00 | Jumlah | 1.000,00 |", -1)] // a Markdown table row
    public void Two_rows_merged_on_a_line_break_at_the_rule_between_them(string line, int bar) =>
        Assert.Equal(bar, MarkdownRow.MergedRowBreak(line));

    [Fact]
    public void An_ocr_sipd_rincian_reads_each_printed_row()
    {
        const string Text = """
            RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
            DPA-RINCIAN BELANJA SKPD
            Tahun Anggaran 2022
            Sub Kegiatan : 3.27.02.2.01.01 Pengawasan Penyediaan, Peredaran, dan Penggunaan Pupuk
            Kode Rekening Uraian Koefisien Satuan Harga PPN Jumlah
            5.1.02.01.01.0024 Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor 783.000,00
            [ # ] Alat Tulis Kantor 783.000,00
            [ - ] Pengawasan Pupuk dan Pestisida 783.000,00
            Kertas HVS A4 80 gram  8 Rim  Rim  58.5OO,OO  0  468.000,00 |
            Map Snelhecter Plastik 50 Buah Buah 4.500,00 0 225.000,00 | Ballpoint 2 Kotak Kotak 45.000,00 0 9O.000,00
            5.1.02.02.01.0003 Honorarium Narasumber atau Pembahas, l8.000.000,00
            Moderator, Pembawa Acara, dan Panitia
            [ # ] Honorarium Tim Pengawas 18.000.000,00
            Nasi Kotak  25 Orang x 4 Kali  Orang / Kali  35.000,00  0  3.500.000,00
            Kue Kotak  25 Orang x 4 Kali  Orang / Kali  l5.000,00  O  1.500.000,00 _
            """;

        RkaReadResult result = RkaTextReader.Read(Text);
        RkaForm form = Assert.Single(result.Document.Forms);

        Assert.Equal(
            [
                "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "[ # ] Alat Tulis Kantor", "[ - ] Pengawasan Pupuk dan Pestisida",
                "Kertas HVS A4 80 gram", "Map Snelhecter Plastik", "Ballpoint",
                "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", "[ # ] Honorarium Tim Pengawas",
                "Nasi Kotak", "Kue Kotak",
            ],
            form.Rincian.Select(r => r.Uraian));
        Assert.Equal([468_000m, 225_000m, 90_000m], form.Rincian.Skip(3).Take(3).Select(r => r.Jumlah?.Amount ?? -1m));
        RincianLine kue = form.Rincian[^1];
        Assert.Equal((100m, 0m, 15_000m, 1_500_000m), (kue.Volume, kue.Ppn, kue.HargaSatuan?.Amount, kue.Jumlah?.Amount));
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA023");
    }

    [Theory]
    [InlineData("________________________________")]
    [InlineData("|_____|_____|")]
    public void A_rule_of_underscores_is_a_table_rule(string row) =>
        Assert.True(MarkdownRow.IsTableRule(row));

    [Fact]
    public void An_ocr_indicator_table_with_stray_bars_and_an_underscore_rule_reads_its_targets()
    {
        const string Text = """
            RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
            Formulir RKA - SKPD 2.2.1
            Tahun Anggaran 2013
            Urusan Pemerintahan : 1.01 Pendidikan
            Organisasi : 1.01.01 Dinas Pendidikan
            Program : 1.01.1.01.01.21 Program Peningkatan Mutu Pendidik
            Kegiatan : 1.01.1.01.01.21.05 Pelatihan Kompetensi Guru
            Indikator & Tolok Ukur Kinerja Belanja Langsung
            Capaian Program | Persentase guru SD yang bersertifikat pendidik 75 % |
            Keluaran | Jumlah guru SD yang mengikuti pelatihan | 100 orang |
            Kelompok Sasaran Kegiatan : Guru Sekolah Dasar
            ______________________________________________
            """;

        RkaForm form = Assert.Single(RkaTextReader.Read(Text).Document.Forms);

        Assert.Equal(
            [("Persentase guru SD yang bersertifikat pendidik", "75 %"), ("Jumlah guru SD yang mengikuti pelatihan", "100 orang")],
            form.Indicators.Select(i => (i.TolokUkur, i.Target.Text)));
        Assert.Equal("Guru Sekolah Dasar", form.KelompokSasaran);
    }
}
