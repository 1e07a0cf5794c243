using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Layout;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>A word a print hyphenated at a line's end is read as one word: the two lines are one line at the first
/// line's number; a capital or an indented next line, a reduplication and a hyphen after no word are left alone.</summary>
public class HyphenatedWordsTests
{
    [Theory]
    [InlineData("Program : 1.01.1.01.01.21 Program Pening-", "katan Mutu Pendidik", "Program : 1.01.1.01.01.21 Program Peningkatan Mutu Pendidik")]
    [InlineData("| 5.2.2.11.02 | Belanja Makanan dan Minuman Pela-", "tihan | | 12.000.000,00 |", "| 5.2.2.11.02 | Belanja Makanan dan Minuman Pelatihan | | 12.000.000,00 |")]
    [InlineData("Hasil : taman bermain kupu-", "kupu di desa", "Hasil : taman bermain kupu-kupu di desa")]
    public void A_word_broken_over_two_lines_is_joined(string first, string second, string joined)
    {
        var hyphens = new HyphenatedWords();
        Assert.True(HyphenatedWords.EndsInBrokenWord(first));
        hyphens.Hold(first, 4);

        Assert.True(hyphens.TryJoin(second, out string text, out int line));
        Assert.Equal((joined, 4), (text, line));
        Assert.False(hyphens.IsHolding);
    }

    [Theory]
    [InlineData("Belanja Alat/Bahan untuk Kegiatan Kantor-", "Alat Tulis Kantor")]
    [InlineData("Belanja Alat/Bahan untuk Kegiatan Kantor-", "                     alat tulis")]
    public void A_capital_or_an_indented_next_line_is_a_line_of_its_own(string first, string second)
    {
        var hyphens = new HyphenatedWords();
        hyphens.Hold(first, 1);

        Assert.False(hyphens.TryJoin(second, out _, out _));
        Assert.Equal((first, 1), hyphens.Release());
    }

    [Theory]
    [InlineData("Jumlah Tahun n - 1 : Rp -")]
    [InlineData("Urusan : 2.07 -")]
    [InlineData("a-")]
    [InlineData("SE-")]
    public void A_hyphen_after_no_broken_word_holds_nothing(string line) =>
        Assert.False(HyphenatedWords.EndsInBrokenWord(line));

    [Fact]
    public void A_header_name_hyphenated_over_two_lines_reads_as_one_name()
    {
        const string Text = """
            RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
            Formulir RKA - SKPD 2.2.1
            Tahun Anggaran 2013
            Urusan Pemerintahan : 1.01 Pendidikan
            Organisasi : 1.01.01 Dinas Pendidikan
            Program : 1.01.1.01.01.21 Program Pening-
            katan Mutu Pendidik dan Tenaga Kependidikan
            Kegiatan : 1.01.1.01.01.21.05 Pelatihan Kompetensi Guru
            """;

        RkaReadResult result = RkaTextReader.Read(Text);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal("Program Peningkatan Mutu Pendidik dan Tenaga Kependidikan", form.Header.Program.Name);
        Assert.Equal([6, 8], new[] { "header.program", "header.kegiatan" }.Select(p => result.LineOf(form, p)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA017");
    }
}
