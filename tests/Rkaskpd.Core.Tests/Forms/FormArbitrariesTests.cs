using System;
using System.Globalization;
using System.Linq;
using FsCheck.Fluent;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

/// <summary>The form generators reach the ranges and shapes they promise.</summary>
public sealed class FormArbitrariesTests
{
    [Fact]
    public void Amounts_reach_15_digits_with_and_without_sen()
    {
        Rupiah[] sample = FormArbitraries.RupiahGen.Sample(2000, 100).ToArray();
        int[] lengths = sample.Select(r => (r.Sen / 100).ToString(CultureInfo.InvariantCulture).Length).Distinct().Order().ToArray();

        Assert.Equal(Enumerable.Range(1, FormArbitraries.MaxRupiahDigits), lengths);
        Assert.True(sample.Max(r => r.Sen) >= 100_000_000_000_000_00L, "no 15-digit amount");
        Assert.InRange(sample.Count(r => r.Sen % 100 != 0), 700, 1300);
        Assert.Contains(sample, r => r.Sen == 0);
        Assert.DoesNotContain(sample, r => r.Sen < 0);
    }

    [Fact]
    public void Signed_amounts_have_both_signs_and_15_digits()
    {
        Rupiah[] sample = FormArbitraries.SignedRupiahGen.Sample(2000, 100).ToArray();

        Assert.InRange(sample.Count(r => r.Sen < 0), 300, 700);
        Assert.True(sample.Min(r => r.Sen) <= -100_000_000_000_000_00L, "no 15-digit negative amount");
        Assert.True(sample.Max(r => r.Sen) >= 100_000_000_000_000_00L, "no 15-digit positive amount");
    }

    [Fact]
    public void Codes_reach_the_whole_range_and_both_kegiatan_widths()
    {
        FormCodes[] sample = FormArbitraries.CodesGen.Sample(3000, 100).ToArray();

        Assert.True(sample.Max(c => c.Organisasi.Number) >= 95);
        Assert.True(sample.Max(c => c.Program.Number) >= 95);
        Assert.True(sample.Where(c => c.Kegiatan.Width == 3).Max(c => c.Kegiatan.Number) >= 950);
        Assert.True(sample.Where(c => c.Kegiatan.Width == 2).Max(c => c.Kegiatan.Number) >= 95);
        Assert.DoesNotContain(sample, c => c.Kegiatan.Width == 2 && c.Kegiatan.Number > 99);
        Assert.Contains(sample, c => c.Kegiatan.Number == 1);
    }

    [Fact]
    public void Rincian_trees_come_in_every_irregular_shape_and_still_add_up()
    {
        var pairs = (from total in FormArbitraries.RupiahGen
                     from lines in FormArbitraries.RincianGen(total)
                     select (total, lines)).Sample(600, 100).ToArray();

        Assert.Contains(pairs, p => !p.lines.Any(l => l.KodeRekening == "5.2.2"));
        Assert.Contains(pairs, p => p.lines.Any(l => l.IsRekening && l.Level == 4) && p.lines.Any(l => l.KodeRekening == "5.2.2"));
        Assert.Contains(pairs, p => p.lines.Any(l => !l.IsRekening && l.Jumlah is null));
        Assert.Contains(pairs, p => BesideLines(p.lines) > 0);
        Assert.Contains(pairs, p => BesideLines(p.lines) == 0 && p.lines.Count(l => l.IsRekening) == 3 && p.lines.All(l => l.Jumlah is not null));
        Assert.All(pairs, p => Assert.Equal(p.total, RincianTotal.Sum(p.lines)));
    }

    [Fact]
    public void Names_come_in_odd_casing_and_forms_in_odd_spacing()
    {
        RkaDocument[] sample = FormArbitraries.ConsistentDocumentGen.Sample(300, 100).ToArray();
        string[] names = [.. sample.SelectMany(d => d.Forms).SelectMany(f => new[] { f.Header.Urusan.Name, f.Header.Organisasi.Name, f.Header.Program.Name, f.Header.Kegiatan.Name })];

        Assert.DoesNotContain(names, n => n.Contains("  ", StringComparison.Ordinal));
        Assert.Contains(FormArbitraries.ConsistentFormGen.Sample(300, 100), f => f.Header.Program.Name.Contains("  ", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Any(char.IsLetter) && !n.Any(char.IsUpper));
        Assert.Contains(names, n => n.Any(char.IsLower) && n.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0])));
        Assert.Contains(names, n => n.StartsWith("PROGRAM ", StringComparison.Ordinal) is false && n.Any(char.IsLetter) && !n.Any(char.IsLower));
    }

    [Fact]
    public void Terbilang_comes_from_the_oracle()
    {
        FormAmounts[] sample = FormArbitraries.AmountsGen(2020).Sample(300, 100).ToArray();

        Assert.All(sample.SelectMany(a => a.Rows), row => Assert.Equal(TerbilangOracle.RupiahWords(row.Amount!.Value.Sen), row.Terbilang));
    }

    /// <summary>The detail lines that stand before the first sub-rekening (5.2.2.NN).</summary>
    private static int BesideLines(RincianLine[] lines) => lines.TakeWhile(l => !(l.IsRekening && l.Level == 4)).Count(l => !l.IsRekening);
}
