using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A KAK heading that wraps inside its column (<c>Maksud dan</c> over <c>Tujuan</c>, each line with the part
/// of the text beside it), as a PDF printed without ruling lines or a narrow first column gives it: the seed's KAK rows,
/// written by the text writer, each two-word heading cell wrapped after its first word or before its last, must read as
/// the same rows with the heading on one line.</summary>
public partial class WrappedKakHeadingTests
{
    private static readonly Lazy<string> Canonical = new(() => RkaTextWriter.Write(RkaTextReader.Read(TestData.SeedText).Document));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_heading_wrapped_in_its_column_reads_as_on_one_line(bool afterFirstWord)
    {
        string oneLine = Relayout(Canonical.Value, wrap: false, afterFirstWord);
        string wrapped = Relayout(Canonical.Value, wrap: true, afterFirstWord);
        Assert.Contains(afterFirstWord ? "\tMaksud\t" : "\tMaksud dan\t", wrapped, StringComparison.Ordinal);
        Assert.Contains("\tLayat\t", wrapped, StringComparison.Ordinal); // the seed's misspelled heading, wrapped too

        RkaReadResult expected = RkaTextReader.Read(oneLine);
        RkaReadResult read = RkaTextReader.Read(wrapped);

        Assert.Equal(88, expected.Document.Forms.Sum(f => f.Kak?.Sections.Count ?? 0));
        Assert.Equal(expected.Document, read.Document);
        Assert.Equal(expected.Validate().Select(d => d.Code), read.Validate().Select(d => d.Code));
    }

    [Fact]
    public void Two_rows_that_make_no_heading_stay_text_of_the_section_above()
    {
        string text = Relayout(Canonical.Value, wrap: false, afterFirstWord: true)
            .Replace("\tBentuk Kegiatan\t", "\tCatatan\tdari kegiatan ini\n\tLain\t", StringComparison.Ordinal);

        RkaForm form = RkaTextReader.Read(text).Document.Forms[0];

        KakSection maksud = form.Kak!.Sections.Single(s => s.Kind == KakSectionKind.MaksudDanTujuan);
        Assert.Contains("\nCatatan\tdari kegiatan ini\nLain\t", maksud.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(form.Kak.Sections, s => s.Kind == KakSectionKind.BentukKegiatan);
    }

    /// <summary>Writes each KAK row with a heading of two words or more as <c>heading ⇥ text</c>, or (when
    /// <paramref name="wrap"/>) over two rows, the heading and the text each split in two.</summary>
    private static string Relayout(string canonical, bool wrap, bool afterFirstWord)
    {
        var result = new StringBuilder();
        foreach (string line in canonical.Split('\n'))
        {
            Match row = KakRow().Match(line);
            string[] heading = row.Groups["heading"].Value.Split(' ');
            string[] words = row.Groups["text"].Value.Split(' ');
            if (!row.Success || heading.Length < 2 || words.Length < 2)
            {
                result.Append(line).Append('\n');
                continue;
            }

            string prefix = row.Groups["prefix"].Value;
            if (!wrap)
            {
                result.Append(prefix).Append('\t').AppendJoin(' ', heading).Append('\t').AppendJoin(' ', words).Append('\n');
                continue;
            }

            int cut = afterFirstWord ? 1 : heading.Length - 1;
            int half = words.Length / 2;
            result.Append(prefix).Append('\t').AppendJoin(' ', heading[..cut]).Append('\t').AppendJoin(' ', words[..half]).Append('\n')
                .Append('\t').AppendJoin(' ', heading[cut..]).Append('\t').AppendJoin(' ', words[half..]).Append('\n');
        }

        return result.ToString(0, result.Length - 1);
    }

    [GeneratedRegex(@"^(?<prefix>(?:KERANGKA ACUAN KERJA \(KAK\))?)\t(?<heading>[A-Za-z][A-Za-z ]+?) : (?<text>\S.*)$")]
    private static partial Regex KakRow();
}
