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
        string source = text.Value + other.Value;
        List<Range> parts = [new Range(0, text.Value.Length), new Range(text.Value.Length, source.Length)];
        IEnumerable<string> expected = text.Value.Split(';').Concat(other.Value.Split(';'));
        return KakText.SplitOn(source, parts, ';').Select(r => source[r]).SequenceEqual(expected)
            && KakText.SplitLines(source).Select(r => source[r]).SequenceEqual(source.Split('\n'));
    }

    [Property(MaxTest = 300)]
    public bool CleanItemSlice_agrees_with_CleanItem(KakTextSample text) =>
        KakText.CleanItemSlice(text.Value).SequenceEqual(KakText.CleanItem(text.Value.AsSpan()));

    /// <summary>The splitters take ranges of a larger text: a range splits into the pieces the text alone splits into.</summary>
    [Property(MaxTest = 300)]
    public bool A_range_splits_as_its_text_alone(KakTextSample before, KakTextSample text, KakTextSample after)
    {
        string source = before.Value + text.Value + after.Value;
        List<Range> part = [new Range(before.Value.Length, before.Value.Length + text.Value.Length)];
        string alone = text.Value;
        return Same(KakText.SplitListItems(source, part), KakText.SplitListItems(alone, [Range.All]))
            && Same(KakText.SplitArrows(source, part), KakText.SplitArrows(alone, [Range.All]))
            && Same(KakText.SplitDashes(source, part), KakText.SplitDashes(alone, [Range.All]))
            && KakText.Clean(source, part).SequenceEqual(KakText.Clean(alone, [Range.All]))
            && KakText.CleanList(source, KakText.SplitDashes(source, part)).SequenceEqual(KakText.CleanList(alone, KakText.SplitDashes(alone, [Range.All])));

        bool Same(List<Range> inSource, List<Range> inAlone) =>
            inSource.Select(r => source[r]).SequenceEqual(inAlone.Select(r => alone[r]));
    }

    [Theory]
    [InlineData("- a - b", 2)]
    [InlineData("- a - dan", 0)]
    [InlineData("a", 0)]
    public void CleanList_keeps_two_items_or_more(string text, int count) =>
        Assert.Equal(count, KakText.CleanList(text, KakText.SplitDashes(text, [Range.All])).Count);

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
        var items = new List<Range>();
        Assert.Equal(expected, KakText.TrySplitNumbered(text, Range.All, allowComma: false, items, out Range intro));
        Assert.Equal(expected ? 2 : 0, items.Count);
        Assert.Equal(expectedIntro, text[intro]);
    }

    [Theory]
    [InlineData("- x ; a 1. satu 2) dua", 6, "a ", " satu | dua")]
    [InlineData("1. nol 1. satu 2. dua", 7, "", " satu | dua")]
    public void TrySplitNumbered_gives_ranges_of_the_whole_text(string source, int from, string intro, string items)
    {
        var found = new List<Range>();
        Assert.True(KakText.TrySplitNumbered(source, from.., allowComma: false, found, out Range introRange));
        Assert.Equal(intro, source[introRange]);
        Assert.Equal(items, string.Join('|', found.Select(r => source[r])));
    }

    [Property(MaxTest = 500)]
    public bool TrySplitNumbered_agrees_with_a_list_of_markers(KakTextSample prefix, KakTextSample text, bool allowComma)
    {
        // The text is looked at as a range of a longer one, so that every range must be offset right.
        string source = prefix.Value + text.Value;
        var found = new List<Range>();
        bool split = KakText.TrySplitNumbered(source, prefix.Value.Length.., allowComma, found, out Range introRange);
        string intro = source[introRange];
        IEnumerable<string> items = found.Select(r => source[r]);
        List<(int Marker, int Body)> starts = Markers(text.Value, allowComma);
        if (starts.Count < 2)
        {
            return !split && intro == text.Value && !items.Any();
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
