using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

/// <summary>The fast paths of <see cref="KakText"/> (input returned as is, no split arrays) against simple references.</summary>
[Properties(Arbitrary = new[] { typeof(KakArbitraries) })]
public class KakTextTests
{
    private static readonly char[] Whitespace = [.. Enumerable.Range(0, 0x3001).Select(c => (char)c).Where(char.IsWhiteSpace)];

    [Property(MaxTest = 300)]
    public Property Squeeze_joins_the_words_with_single_spaces(KakTextSample text)
    {
        string expected = string.Join(' ', text.Value.Split(Whitespace, StringSplitOptions.RemoveEmptyEntries));
        return (KakText.Squeeze(text.Value) == expected).Label(expected);
    }

    [Property(MaxTest = 300)]
    public bool CleanItem_of_a_string_agrees_with_CleanItem_of_its_span(KakTextSample text) =>
        KakText.CleanItem(text.Value) == KakText.CleanItem(text.Value.AsSpan())
        && KakText.IsBlankItem(text.Value) == (KakText.CleanItem(text.Value).Length == 0);

    [Property(MaxTest = 300)]
    public bool SplitOn_agrees_with_string_Split(KakTextSample text, KakTextSample other)
    {
        List<string> parts = [text.Value, other.Value];
        return KakText.SplitOn(parts, ';').SequenceEqual(parts.SelectMany(p => p.Split(';')))
            && KakText.SplitLines(parts).SequenceEqual(parts.SelectMany(p => p.Split('\n')));
    }

    [Theory]
    [InlineData("Kantor Kecamatan Lumajang")]
    [InlineData("a b")]
    public void CleanItem_returns_a_clean_item_itself(string item) => Assert.Same(item, KakText.CleanItem(item));

    [Theory]
    [InlineData("dan", true)]
    [InlineData(" - Serta ;", true)]
    [InlineData("\u2022 atau dan .", true)]
    [InlineData("- : ,", true)]
    [InlineData("\u017Fan", false)] // "ſan" folds to "SAN", no conjunction
    [InlineData("dan 1", false)]
    [InlineData("dan Kantor", false)]
    [InlineData("(dan)", false)]
    public void IsBlankItem_is_true_for_marks_and_conjunctions_alone(string item, bool blank)
    {
        Assert.Equal(blank, KakText.IsBlankItem(item));
        Assert.Equal(blank, KakText.CleanItem(item).Length == 0);
    }

    [Theory]
    [InlineData(" - Kantor  Kecamatan\tLumajang ;", "Kantor Kecamatan Lumajang")]
    [InlineData("dan Kantor", "Kantor")]
    [InlineData("Kantor\u00A0Kecamatan", "Kantor Kecamatan")]
    public void CleanItem_trims_and_squeezes(string item, string expected) => Assert.Equal(expected, KakText.CleanItem(item));

    [Theory]
    [InlineData("tanpa nomor 2. 3.", false, "tanpa nomor 2. 3.")]
    [InlineData("a 1. satu 2. dua", true, "a ")]
    [InlineData("01. satu 02. dua", true, "")]
    public void TrySplitNumbered_needs_a_first_number(string text, bool expected, string expectedIntro)
    {
        Assert.Equal(expected, KakText.TrySplitNumbered(text, allowComma: false, out string intro, out List<string> items));
        Assert.Equal(expected ? 2 : 0, items.Count);
        Assert.Equal(expectedIntro, intro);
    }

    [Property(MaxTest = 500)]
    public bool TrySplitNumbered_agrees_with_a_list_of_markers(KakTextSample text, bool allowComma)
    {
        bool split = KakText.TrySplitNumbered(text.Value, allowComma, out string intro, out List<string> items);
        List<(int Marker, int Body)> starts = Markers(text.Value, allowComma);
        if (starts.Count < 2)
        {
            return !split && intro == text.Value && items.Count == 0;
        }

        var expected = starts.Select((m, k) => text.Value[m.Body..(k + 1 < starts.Count ? starts[k + 1].Marker : text.Value.Length)]);
        return split && intro == text.Value[..starts[0].Marker] && items.SequenceEqual(expected);
    }

    /// <summary>The markers 1, 2, 3, … as the original two-step version collected them.</summary>
    private static List<(int Marker, int Body)> Markers(string s, bool allowComma)
    {
        var starts = new List<(int Marker, int Body)>();
        int expected = 1;
        int i = 0;
        while (i < s.Length)
        {
            if (char.IsAsciiDigit(s[i]) && (i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is ':' or '('))
            {
                int j = i;
                int value = 0;
                while (j < s.Length && char.IsAsciiDigit(s[j]) && value < 1000)
                {
                    value = (value * 10) + (s[j] - '0');
                    j++;
                }

                bool marker = j < s.Length && (s[j] is '.' or ')' || (allowComma && s[j] == ','))
                    && (j + 1 == s.Length || char.IsWhiteSpace(s[j + 1]));
                if (marker && value == expected)
                {
                    starts.Add((i, j + 1));
                    expected++;
                }

                i = j;
                continue;
            }

            i++;
        }

        return starts;
    }
}
