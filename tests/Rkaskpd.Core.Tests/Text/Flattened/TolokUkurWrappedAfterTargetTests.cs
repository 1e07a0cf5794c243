using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Rkaskpd.Tests.Text.Layout;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Flattened;

/// <summary>A flattened indicator row whose tolok ukur wraps after the row's target (a PDF's text gives a row's first
/// line whole, kind, tolok ukur and target, then the rest of the wrapped cell on the next line): the seed, flattened,
/// with the end of every tolok ukur of two words or more put on the line after its row, reads as with the tolok ukur
/// whole. Before, the line was reported as unrecognised (RKA006) and the tolok ukur cut short.</summary>
public partial class TolokUkurWrappedAfterTargetTests
{
    private static readonly Lazy<string> Flat = new(() => FlattenedLayoutPropertyTests.Flatten(
        RkaTextWriter.Write(RkaTextReader.Read(TestData.SeedText).Document), FlattenedLayoutPropertyTests.Variant.SingleSpaces));

    [Fact]
    public void The_rest_of_a_tolok_ukur_under_its_row_joins_it()
    {
        string wrapped = WrapAfterTarget(Flat.Value, out int rows);
        Assert.True(rows >= 30, rows.ToString(System.Globalization.CultureInfo.InvariantCulture));

        RkaReadResult expected = RkaTextReader.Read(Flat.Value);
        RkaReadResult read = RkaTextReader.Read(wrapped);

        string difference = FormDifference.First(expected.Document, read.Document, kakLineBreaks: true);
        Assert.True(difference.Length == 0, difference);
        Assert.Equal(expected.Validate().Select(d => d.Code), read.Validate().Select(d => d.Code));
    }

    [Fact]
    public void A_line_after_a_blank_line_is_not_the_rows()
    {
        string text = Flat.Value.Replace("Kelompok Sasaran Kegiatan", "Catatan tambahan\nKelompok Sasaran Kegiatan", StringComparison.Ordinal);
        string spaced = Flat.Value.Replace("Kelompok Sasaran Kegiatan", "\nCatatan tambahan\nKelompok Sasaran Kegiatan", StringComparison.Ordinal);

        RkaReadResult joined = RkaTextReader.Read(text);
        RkaReadResult apart = RkaTextReader.Read(spaced);

        Assert.EndsWith(" Catatan tambahan", joined.Document.Forms[0].Indicators[^1].TolokUkur, StringComparison.Ordinal);
        Assert.DoesNotContain("Catatan", apart.Document.Forms[0].Indicators[^1].TolokUkur, StringComparison.Ordinal);
        Assert.Contains(apart.Diagnostics, d => d.Code == "RKA006" && d.Message.Contains("Catatan tambahan", StringComparison.Ordinal));
    }

    /// <summary>Moves the last words of each flattened indicator row's tolok ukur (those after its middle, when none
    /// holds a digit) onto the lines after the row: its last word on a line of its own.</summary>
    private static string WrapAfterTarget(string flat, out int rows)
    {
        var output = new StringBuilder();
        int count = 0;
        foreach (string line in flat.Split('\n'))
        {
            Match row = IndicatorRow().Match(line);
            string[] words = row.Groups["tolok"].Value.Split(' ');
            int half = words.Length / 2;
            if (!row.Success || words.Length < 2 || words[half..].Any(w => w.Any(char.IsAsciiDigit) || w.StartsWith("Rp", StringComparison.Ordinal)))
            {
                output.Append(line).Append('\n');
                continue;
            }

            count++;
            output.Append(row.Groups["kind"].Value).Append(' ').AppendJoin(' ', words[..half]).Append(' ').Append(row.Groups["target"].Value).Append('\n');
            string[] rest = words[half..];
            output.AppendJoin('\n', rest.Length > 1 ? [string.Join(' ', rest[..^1]), rest[^1]] : rest).Append('\n'); // over one or two lines
        }

        rows = count;
        return output.ToString(0, output.Length - 1);
    }

    [GeneratedRegex(@"^(?<kind>Capaian Program|Masukan|Keluaran|Hasil) (?<tolok>.+?) (?<target>Rp\. [\d.,]+|[\d.,]+ ?%|\d[\d.,]* [A-Za-z]+|[\d.,]+)$")]
    private static partial Regex IndicatorRow();
}
