using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A PDF converted to Markdown (docling, marker) marks a line break inside a table cell with <c>&lt;br&gt;</c>
/// and repeats a merged cell's text in every column it spans. A cell's line breaks are read as a wrapped cell's (a
/// space, none after a hyphen that broke a word); a repeated text cell, or an amount repeated after a label's colon, is
/// one cell; numbers that repeat elsewhere (a harga satuan equal to its jumlah) stay.</summary>
public class MarkdownCellTests
{
    [Theory]
    [InlineData("| Keluaran | Jumlah balita<br>yang dilayani | 170 Orang |", "Keluaran\tJumlah balita yang dilayani\t170 Orang")]
    [InlineData("| | Nasi Kotak | 50 Orang x<br/>6 Kali | Orang / Kali |", "\tNasi Kotak\t50 Orang x 6 Kali\tOrang / Kali")]
    [InlineData("| 5.1.02.01.01.0024 | Belanja Alat/Bahan untuk Kegiatan Kantor-<BR />Alat Tulis Kantor |", "5.1.02.01.01.0024\tBelanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor")]
    [InlineData("| Merek <brand> | x |", "Merek <brand>\tx")]
    public void A_line_break_tag_in_a_cell_is_the_cell_wrapping(string row, string read) =>
        Assert.Equal(read, MarkdownRow.Clean(row));

    /// <summary>Pandoc's Markdown of a Word document: an indented paragraph as a block quote (<c>&gt; </c>, a lone
    /// <c>&gt;</c> between its lines), punctuation escaped with a backslash, underlined text as a span. A mark before a
    /// number is a relational target, and a backslash before a letter (a path) is no escape.</summary>
    [Theory]
    [InlineData("> Sungai Talang, 16 Oktober 2015", "Sungai Talang, 16 Oktober 2015")]
    [InlineData(">", "")]
    [InlineData("  >  ", "")]
    [InlineData("> 80 %", "> 80 %")]
    [InlineData(">80", ">80")]
    [InlineData("                    \\- Honor Ketua Panitia    1  orang", "                    - Honor Ketua Panitia    1  orang")]
    [InlineData("Rp. 1.000\\,00 \\(satu\\) \\\\ \\*", "Rp. 1.000,00 (satu) \\ *")]
    [InlineData("Simpan di C:\\Data\\rka", "Simpan di C:\\Data\\rka")]
    [InlineData("> **[Drs. H. AZWAR EFENDI, M.Pd]{.underline}**", "Drs. H. AZWAR EFENDI, M.Pd")]
    [InlineData("[Lihat]{.mark} dan [b]{.underline} [c] {.x} [d]{.e", "Lihat dan b [c] {.x} [d]{.e")]
    public void A_block_quote_an_escape_or_a_span_of_pandoc_s_Markdown_reads_as_its_text(string row, string read)
    {
        Assert.Equal(read, MarkdownRow.Clean(row));
        Assert.Equal(read, MarkdownRow.Clean(row.AsMemory()).ToString());
    }

    [Theory]
    [InlineData("| Program | : | 1.02.02 - PROGRAM X | 1.02.02 - PROGRAM X |", "Program\t:\t1.02.02 - PROGRAM X")]
    [InlineData("| Alokasi Tahun 2021 | : | Rp. 126.870.000,00 | Rp. 126.870.000,00 |", "Alokasi Tahun 2021\t:\tRp. 126.870.000,00")]
    [InlineData("| Kode | Rincian Perhitungan | Rincian Perhitungan | Rincian Perhitungan | Jumlah |", "Kode\tRincian Perhitungan\tJumlah")]
    [InlineData("| | ATK kegiatan | 1 | paket | 2.300.000,00 | 2.300.000,00 |", "\tATK kegiatan\t1\tpaket\t2.300.000,00\t2.300.000,00")]
    [InlineData("| | | | 5 |", "\t\t\t5")]
    public void A_merged_cell_repeated_by_the_converter_is_one_cell(string row, string read) =>
        Assert.Equal(read, MarkdownRow.Clean(row));

    [Fact]
    public void A_converted_header_table_with_repeated_cells_reads_codes_names_and_amounts()
    {
        const string Text = """
            | RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH | Formulir RKA - SKPD 2.2.1 |
            |---|---|
            | PEMERINTAH KABUPATEN MAJU JAYA TAHUN ANGGARAN 2015 | PEMERINTAH KABUPATEN MAJU JAYA TAHUN ANGGARAN 2015 |

            | Urusan Pemerintahan | : | 1.02 Kesehatan | 1.02 Kesehatan |
            |---|---|---|---|
            | Organisasi | : | 1.02.01 Dinas Kesehatan | 1.02.01 Dinas Kesehatan |
            | Program | : | 1.02.1.02.01.15 Program Upaya Kesehatan<br>Masyarakat | 1.02.1.02.01.15 Program Upaya Kesehatan<br>Masyarakat |
            | Kegiatan | : | 1.02.1.02.01.15.07 Penyuluhan Gizi | 1.02.1.02.01.15.07 Penyuluhan Gizi |
            | Jumlah Tahun 2015 | : | Rp. 12.500.000,00 | Rp. 12.500.000,00 |
            """;

        RkaForm form = Assert.Single(RkaTextReader.Read(Text).Document.Forms);

        Assert.Equal("Kesehatan", form.Header.Urusan!.Name);
        Assert.Equal("Program Upaya Kesehatan Masyarakat", form.Header.Program!.Name);
        Assert.Equal("1.02.1.02.01.15.07", form.Header.Kegiatan!.Code.ToString());
        Assert.Equal("Penyuluhan Gizi", form.Header.Kegiatan.Name);
        Assert.Equal(12_500_000m, form.Amounts.CurrentYear!.Amount!.Value.Amount);
        Assert.True(string.IsNullOrEmpty(form.Amounts.CurrentYear.Terbilang));
    }
}
