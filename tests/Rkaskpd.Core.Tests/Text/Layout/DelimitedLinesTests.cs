using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Text;
using Rkaskpd.Text.Layout;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>The CSV stage line by line: fields to tab cells, quotes, padding, line breaks inside fields, unclosed quotes.</summary>
public class DelimitedLinesTests
{
    private static readonly string[] Padded =
    [
        "Indikator;Tolak Ukur Kinerja;Target Kinerja;;",
        "Capaian Program;Persentase desa;80%;;",
        ";;;;",
        "Masukan;Tersedianya dana;Rp. 45.500.000,00;;",
    ];

    [Fact]
    public void Fields_become_tab_cells_and_the_padding_is_dropped()
    {
        CsvLines result = CsvLines.Of(Padded);

        Assert.Equal(
            [(1, "Indikator\tTolak Ukur Kinerja\tTarget Kinerja"), (2, "Capaian Program\tPersentase desa\t80%"), (3, ""), (4, "Masukan\tTersedianya dana\tRp. 45.500.000,00")],
            result.Lines);
        Assert.Equal([(0, TextReaderMessages.ReadAsCsv)], result.Notes);
    }

    [Fact]
    public void Quoted_fields_lose_their_quotes_and_doubled_quotes_become_one()
    {
        Assert.Equal(
            ["Kegiatan\t: 1.02\tPenyuluhan \"Germas\"; di Desa", "\tDasar Hukum\t: UU 36/2009", "x\t\"y\"\tz"],
            CsvLines.Texts([.. Padded, "Kegiatan;: 1.02;\"Penyuluhan \"\"Germas\"\"; di Desa\";;", ";Dasar Hukum;: UU 36/2009;;", "x;\"\"\"y\"\"\";z;;"]).Skip(4));
    }

    [Fact]
    public void A_line_break_inside_a_quoted_field_that_starts_or_ends_its_record_stays_a_line_break_with_each_line_its_own_number()
    {
        CsvLines result = CsvLines.Of([
            "\"RENCANA KERJA DAN ANGGARAN", "SATUAN KERJA PERANGKAT DAERAH\";;FORMULIR RKA - SKPD 2.2.1;;", "a;\"b", "", "c;d\";;", .. Padded]);

        Assert.Equal(
            [(1, "RENCANA KERJA DAN ANGGARAN"), (2, "SATUAN KERJA PERANGKAT DAERAH\t\tFORMULIR RKA - SKPD 2.2.1"), (3, "a\tb"), (4, ""), (5, "c;d")],
            result.Lines.Take(5));
        Assert.Equal(Enumerable.Range(1, 9), result.Lines.Select(l => l.Line));
        Assert.DoesNotContain(result.Notes, n => n.Code == TextReaderMessages.CsvQuoteUnclosed);
    }

    [Fact]
    public void A_quoted_table_cell_with_cells_on_both_sides_is_one_cell_of_one_row_at_its_first_lines_number()
    {
        CsvLines result = CsvLines.Of(
            "sep=;", ";\"Penggantian kusen pintu dan jendela", "", "(kayu kelas II)\";12;unit;1.250.000,00;15.000.000,00;;", "a;\"b", "", "c;d\";e;;");

        Assert.Equal(
            // The lines joined into the row are handed on blank: every source line once, in order.
            [(1, ""), (2, "\tPenggantian kusen pintu dan jendela (kayu kelas II)\t12\tunit\t1.250.000,00\t15.000.000,00"), (3, ""), (4, ""), (5, "a\tb c;d\te"), (6, ""), (7, "")],
            result.Lines);
    }

    [Fact]
    public void An_unclosed_quote_ends_at_its_line_end_and_the_lines_after_it_are_read_as_records()
    {
        string[] lines = [.. Padded, "Lokasi Kegiatan;\": Kecamatan Ambulu;;;", .. Enumerable.Repeat("Hasil;Nilai IKM;86,32;;", DelimitedLines.MaxQuotedLines + 3)];

        CsvLines result = CsvLines.Of(lines);

        Assert.Equal((5, "Lokasi Kegiatan\t: Kecamatan Ambulu;;;"), result.Lines[4]);
        Assert.All(result.Lines.Skip(5), l => Assert.Equal("Hasil\tNilai IKM\t86,32", l.Text));
        Assert.Equal(Enumerable.Range(1, lines.Length), result.Lines.Select(l => l.Line));
        Assert.Contains((5, TextReaderMessages.CsvQuoteUnclosed), result.Notes);
    }

    [Fact]
    public void An_unclosed_quote_at_the_documents_end_is_reported_and_its_lines_kept()
    {
        CsvLines result = CsvLines.Of([.. Padded, "Alur;\": Persiapan;;;", "Manfaat;: Sehat;;;"]);

        Assert.Equal(["Alur\t: Persiapan;;;", "Manfaat\t: Sehat"], result.Lines.Skip(4).Select(l => l.Text));
        Assert.Contains((5, TextReaderMessages.CsvQuoteUnclosed), result.Notes);
    }

    [Fact]
    public void A_stray_quote_inside_a_quoted_field_is_kept()
    {
        Assert.Equal("a\tsebut \"x\" y\tb", CsvLines.Texts([.. Padded, "a;\"sebut \"x\" y\";b;;"])[4]);
    }

    [Theory]
    [InlineData("sep=;", ';')]
    [InlineData("SEP=,", ',')]
    public void Excels_sep_line_names_the_delimiter_and_reads_as_a_blank_line(string first, char delimiter)
    {
        CsvLines result = CsvLines.Of(first, "Program" + delimiter + ": 1.02.1.02.01.16" + delimiter + "PROGRAM UPAYA KESEHATAN");

        Assert.Equal([(1, ""), (2, "Program\t: 1.02.1.02.01.16\tPROGRAM UPAYA KESEHATAN")], result.Lines);
        Assert.Equal([(0, TextReaderMessages.ReadAsCsv)], result.Notes);
    }

    [Fact]
    public void A_tab_in_the_first_lines_passes_every_line_through_unchanged()
    {
        string[] lines = ["a;b;c;;", "x;y;z;;", "Masukan\tTersedianya dana\tRp. 1,00", "p;q;r;;"];

        CsvLines result = CsvLines.Of(lines);

        Assert.Equal(lines, result.Lines.Select(l => l.Text));
        for (int i = 0; i < lines.Length; i++)
        {
            Assert.Same(lines[i], result.Lines[i].Text);
        }

        Assert.Empty(result.Notes);
    }

    /// <summary>Hostile CSV: random soups of quotes, delimiters and line breaks. The stage never throws, hands on every
    /// source line exactly once and in order, and never holds more lines than its limits.</summary>
    [Property(MaxTest = 300)]
    public Property Quote_soups_never_throw_and_keep_every_line_once(int[] picks)
    {
        string[] fragments = ["\"", "\"\"", ";", ",", "a", " ", "\";", ";\"", "Rp. 1,00", "x\"y", ";;;;"];
        int[] chosen = picks ?? [];
        string[] lines = [.. Enumerable.Range(0, 1 + (chosen.Length / 3)).Select(i =>
            string.Concat(chosen.Skip(i * 3).Take(3).Select(p => fragments[(int)((uint)p % (uint)fragments.Length)])))];
        string[] all = [.. Enumerable.Repeat("a;b;c;;", 4), .. lines, .. lines, .. lines];

        CsvLines result = CsvLines.Of(all);

        return result.Lines.Select(l => l.Line).SequenceEqual(Enumerable.Range(1, all.Length))
            .Label("lines: " + string.Join(",", result.Lines.Select(l => l.Line)));
    }
}
