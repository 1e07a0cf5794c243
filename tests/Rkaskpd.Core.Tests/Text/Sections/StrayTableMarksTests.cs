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
