using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Tests.Text.Flattened;
using Rkaskpd.Tests.Text.Layout;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>An indicator kind wrapped over two lines in its narrow column (<c>Capaian</c> / <c>Program</c>, each line
/// with its part of the tolok ukur), as a print without ruling lines, <c>pdftotext -layout</c> or plain
/// <c>pdftotext</c> gives it. The seed and generated forms, written by the text writer, with every two-word kind
/// wrapped (<c>Capaian Program</c>, and SIPD's <c>Capaian Kegiatan</c>), read the same as with the kind on one line: in
/// tab rows, fixed-width columns, flattened rows and one cell per line. Before, the second line read as a second
/// <c>Program</c> (or <c>Kegiatan</c>) field, dropped without a word, and the row as an unrecognised line.</summary>
[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 40)]
public partial class WrappedIndicatorKindTests
{
    public enum Layout
    {
        Tab,
        FixedWidth,
        Flattened,
        OneCellPerLine,
    }

    private static readonly Lazy<string> Canonical = new(() => RkaTextWriter.Write(RkaTextReader.Read(TestData.SeedText).Document));

    [Theory]
    [InlineData(Layout.Tab)]
    [InlineData(Layout.FixedWidth)]
    [InlineData(Layout.Flattened)]
    [InlineData(Layout.OneCellPerLine)]
    public void The_seed_with_every_kind_wrapped_reads_as_with_the_kind_on_one_line(Layout layout)
    {
        string oneLine = Lay(Canonical.Value, layout, wrap: false);
        string wrapped = Lay(Canonical.Value, layout, wrap: true);
        Assert.Equal(11, Regex.Count(wrapped, @"^Capaian\s*$|^Capaian[\t ]", RegexOptions.Multiline));

        RkaReadResult expected = RkaTextReader.Read(oneLine);
        RkaReadResult read = RkaTextReader.Read(wrapped);

        Assert.Equal(11, expected.Document.Forms.Count(f => f.Indicators.Any(i => i.Kind == IndicatorKind.CapaianProgram)));
        Assert.Equal(expected.Document, read.Document);
        Assert.Equal(expected.Validate().Select(d => d.Code), read.Validate().Select(d => d.Code));
    }

    /// <summary>Tab rows and fixed-width columns: generated forms, 2.2.1 and SIPD.</summary>
    [Property]
    public Property Generated_forms_with_every_kind_wrapped_read_the_same(RkaDocument document, bool fixedWidth)
    {
        string canonical = RkaTextWriter.Write(document);
        Layout layout = fixedWidth ? Layout.FixedWidth : Layout.Tab;
        RkaDocument expected = RkaTextReader.Read(Lay(canonical, layout, wrap: false)).Document;
        string wrapped = Lay(canonical, layout, wrap: true);
        RkaDocument read = RkaTextReader.Read(wrapped).Document;
        string difference = FormDifference.First(expected, read, kakLineBreaks: !fixedWidth);
        return (difference.Length == 0).Label(difference + "\n--- text ---\n" + wrapped);
    }

    [Fact]
    public void The_kinds_tail_alone_on_its_line_completes_it_and_leaves_the_next_row_alone()
    {
        string oneLine = Canonical.Value;
        string wrapped = KindRow().Replace(oneLine, row => "Capaian\t" + row.Groups["text"].Value + "\t" + row.Groups["target"].Value + "\n" + row.Groups["tail"].Value);
        Assert.Contains("\t78%\nProgram\nMasukan\t", wrapped, StringComparison.Ordinal);

        RkaReadResult expected = RkaTextReader.Read(oneLine);
        RkaReadResult read = RkaTextReader.Read(wrapped);

        Assert.Equal(expected.Document, read.Document);
        Assert.Equal(expected.Validate().Select(d => d.Code), read.Validate().Select(d => d.Code));
    }

    [Fact]
    public void A_line_under_Capaian_that_completes_no_kind_stays_a_line_of_its_own()
    {
        string text = Canonical.Value.Replace(
            "Capaian Program\tProsentase Pemenuhan Pelayanan Administrasi dan Operasional Perkantoran\t78%\n",
            "Capaian\tProsentase Pemenuhan Pelayanan Administrasi dan Operasional Perkantoran\t78%\nProgram : 3.05.3.05.09.02 Program Lain\n",
            StringComparison.Ordinal);

        RkaReadResult read = RkaTextReader.Read(text);

        Indicator capaian = read.Document.Forms[0].Indicators[0];
        Assert.Equal(IndicatorKind.CapaianProgram, capaian.Kind);
        Assert.Equal("Capaian", capaian.Label);
        Assert.Equal("Prosentase Pemenuhan Pelayanan Administrasi dan Operasional Perkantoran", capaian.TolokUkur);
        Assert.Contains(read.Diagnostics, d => d.Code == "RKA016" && d.Message.Contains("3.05.3.05.09.02 Program Lain", StringComparison.Ordinal));
    }

    /// <summary>Lays <paramref name="canonical"/> out in <paramref name="layout"/>, each two-word kind of the indicator
    /// table on one line or (when <paramref name="wrap"/>) wrapped after its first word, the tolok ukur split in two
    /// with it.</summary>
    private static string Lay(string canonical, Layout layout, bool wrap)
    {
        switch (layout)
        {
            case Layout.Tab:
                return wrap ? WrapTabRows(canonical) : canonical;
            case Layout.FixedWidth:
                return LayoutTransforms.ToFixedWidth(wrap ? WrapTabRows(canonical) : canonical, int.MaxValue);
            case Layout.Flattened:
                return FlattenedLayoutPropertyTests.Flatten(wrap ? WrapTabRows(canonical) : canonical, FlattenedLayoutPropertyTests.Variant.SingleSpaces);
            default:
                string oneCell = LayoutTransforms.ToOneCellPerLine(canonical, 1, valueOnColonLine: false);
                return wrap ? WrapCellLines(oneCell) : oneCell;
        }
    }

    /// <summary>Wraps each indicator row <c>Capaian Program⇥text⇥target</c> into <c>Capaian⇥first half⇥target</c> and
    /// <c>Program⇥second half</c>.</summary>
    private static string WrapTabRows(string text) => KindRow().Replace(text, row =>
    {
        string[] words = row.Groups["text"].Value.Split(' ');
        int half = (words.Length + 1) / 2;
        string target = row.Groups["target"].Value;
        var wrapped = new StringBuilder()
            .Append(row.Groups["head"].Value).Append('\t').AppendJoin(' ', words[..half]).Append(target.Length > 0 ? "\t" + target : string.Empty)
            .Append('\n').Append(row.Groups["tail"].Value);
        return (half < words.Length ? wrapped.Append('\t').AppendJoin(' ', words[half..]) : wrapped).ToString();
    });

    /// <summary>One cell per line: the kind's line <c>Capaian Program</c> becomes <c>Capaian</c> / <c>Program</c>, and
    /// the tolok ukur's line below it two lines.</summary>
    private static string WrapCellLines(string text)
    {
        string[] lines = text.Split('\n');
        var output = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            Match kind = KindCell().Match(lines[i]);
            if (!kind.Success)
            {
                output.Append(lines[i]).Append('\n');
                continue;
            }

            output.Append(kind.Groups["head"].Value).Append('\n').Append(kind.Groups["tail"].Value).Append('\n');
            int measure = i + 1;
            while (measure < lines.Length && lines[measure].Length == 0)
            {
                output.Append('\n');
                measure++;
            }

            string[] words = lines[measure].Split(' ');
            int half = (words.Length + 1) / 2;
            output.AppendJoin(' ', words[..half]).Append('\n');
            if (half < words.Length)
            {
                output.AppendJoin(' ', words[half..]).Append('\n');
            }

            i = measure;
        }

        return output.ToString(0, output.Length - 1);
    }

    [GeneratedRegex(@"^(?<head>Capaian) (?<tail>Program|Kegiatan)\t(?<text>[^\t:][^\t]*)(\t(?<target>[^\t]*))?$", RegexOptions.Multiline)]
    private static partial Regex KindRow();

    [GeneratedRegex(@"^(?<head>Capaian) (?<tail>Program|Kegiatan)$")]
    private static partial Regex KindCell();
}
