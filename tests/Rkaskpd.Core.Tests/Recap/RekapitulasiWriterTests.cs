using System;
using System.Linq;
using System.Text.Json;
using Rkaskpd.Recap;
using Xunit;

namespace Rkaskpd.Tests.Recap;

public sealed class RekapitulasiWriterTests
{
    private static readonly RekapitulasiBelanja Seed = Rekapitulasi.Compute(SeedDocument.Document);

    [Fact]
    public void Json_has_programs_with_string_codes_and_number_amounts_and_a_total()
    {
        using JsonDocument json = JsonDocument.Parse(RekapitulasiWriter.Write(Seed, RekapitulasiFormat.Json));
        JsonElement root = json.RootElement;

        JsonElement program = root.GetProperty("programs")[0];
        Assert.Equal("3.05.3.05.09.01", program.GetProperty("code").GetString());
        Assert.Equal(551204390m, program.GetProperty("currentYear").GetDecimal());
        Assert.Equal(JsonValueKind.Number, program.GetProperty("previousYear").ValueKind);
        Assert.Equal(JsonValueKind.Number, program.GetProperty("nextYear").ValueKind);
        JsonElement kegiatan = program.GetProperty("kegiatan")[0];
        Assert.Equal("3.05.3.05.09.01.021", kegiatan.GetProperty("code").GetString());
        Assert.Equal(606324829m, kegiatan.GetProperty("nextYear").GetDecimal());
        Assert.Equal(1170027840m, root.GetProperty("total").GetProperty("currentYear").GetDecimal());
        Assert.Equal(3, root.GetProperty("total").EnumerateObject().Count());
    }

    [Fact]
    public void Text_lists_every_row_aligned_with_the_total()
    {
        string text = RekapitulasiWriter.Write(Seed, RekapitulasiFormat.Text);
        string[] lines = text.Split('\n');

        Assert.Contains("Tahun 2020 (n)", text, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("  3.05.3.05.09.39.007", StringComparison.Ordinal));
        string total = Assert.Single(lines, l => l.TrimEnd().EndsWith("JUMLAH", StringComparison.Ordinal));
        Assert.Contains("1.170.027.840,00", total, StringComparison.Ordinal);
        string header = Assert.Single(lines, l => l.StartsWith("Kode", StringComparison.Ordinal));
        Assert.Equal(header.IndexOf("Uraian", StringComparison.Ordinal), total.IndexOf("JUMLAH", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_is_a_table_with_one_row_per_program_and_kegiatan_plus_total()
    {
        string markdown = RekapitulasiWriter.Write(Seed, RekapitulasiFormat.Markdown);
        string[] rows = markdown.Split('\n').Where(l => l.StartsWith('|')).ToArray();

        Assert.Equal(2 + Seed.Programs.Count + 11 + 1, rows.Length);
        Assert.Contains("| **3.05.3.05.09.01** |", markdown, StringComparison.Ordinal);
        Assert.Contains("**1.170.027.840,00**", rows[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_escapes_names()
    {
        RekapitulasiBelanja recap = Seed with { Programs = [Seed.Programs[0] with { Name = "A | B <script>" }] };

        string markdown = RekapitulasiWriter.Write(recap, RekapitulasiFormat.Markdown);

        Assert.Contains(@"A \| B \<script\>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Issues_are_written_after_the_table()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(RekapitulasiTests.Document(
            RekapitulasiTests.Form("3.05.3.05.09.01.001", 1m), RekapitulasiTests.Form("3.05.3.05.09.01.001", 2m)));

        Assert.Contains("DuplicateKegiatan", RekapitulasiWriter.Write(recap, RekapitulasiFormat.Text), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RekapitulasiWriter.Write(Seed, (RekapitulasiFormat)9));
    }
}
