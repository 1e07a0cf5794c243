using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>
/// <see cref="TerbilangVocabulary"/>'s lookups (<see cref="TerbilangVocabulary.Lookup(ReadOnlySpan{char}, out bool)"/>):
/// every canonical word and regional spelling in any casing, nothing else; a token with a character outside ASCII is no
/// word, as in a case-insensitive ordinal comparison.
/// </summary>
public class TerbilangVocabularyTests
{
    public static TheoryData<string, int, bool> Words()
    {
        var data = new TheoryData<string, int, bool>();
        for (int i = 0; i < TerbilangVocabulary.Canonical.Length; i++)
        {
            data.Add(TerbilangVocabulary.Canonical[i], i, false);
        }

        foreach ((string spelling, TerbilangWord word) in TerbilangVocabulary.Regional)
        {
            data.Add(spelling, (int)word, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Words))]
    public void Every_word_is_found_in_every_casing(string spelling, int value, bool regional)
    {
        var word = (TerbilangWord)value;
        string title = char.ToUpperInvariant(spelling[0]) + spelling[1..];
        string alternating = string.Concat(spelling.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c));
        foreach (string token in new[] { spelling, spelling.ToUpperInvariant(), title, alternating })
        {
            TerbilangWord found = TerbilangVocabulary.Lookup(token, out bool isRegional);
            Assert.Equal((word, regional), (found, isRegional));
            Assert.Equal(word, TerbilangVocabulary.Lookup(token));
            Assert.Equal(regional ? TerbilangWord.Unknown : word, TerbilangVocabulary.LookupCanonical(token));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("@dua")] // '@' folds to the letter before 'a': packed, it would add nothing to the key of "dua"
    [InlineData("du@")]
    [InlineData("dua1")]
    [InlineData("du a")]
    [InlineData("[dua]")]
    [InlineData("kuadriliunx")] // longer than every word
    [InlineData("kuadriliunkuadriliun")]
    [InlineData("duaa")]
    [InlineData("ribuan")]
    [InlineData("\u017Fatu")] // long s: its upper case is S, but ordinal comparison ignoring case keeps them apart
    [InlineData("tr\u0131liun")] // dotless i: likewise
    [InlineData("m\u0131lyar")]
    [InlineData("dua\u00A0")]
    [InlineData("\u0080dua")]
    [InlineData("d\u00FCa")]
    [InlineData("\u0101")] // ā: its low byte is 'a'
    [InlineData("\u0164\u0169\u0161")] // Ťũš: one bit each from 'T', 'i', 'a'
    public void Other_tokens_are_no_word(string token)
    {
        TerbilangWord found = TerbilangVocabulary.Lookup(token, out bool regional);
        Assert.Equal((TerbilangWord.Unknown, false), (found, regional));
        Assert.Equal(TerbilangWord.Unknown, TerbilangVocabulary.Lookup(token));
        Assert.Equal(TerbilangWord.Unknown, TerbilangVocabulary.LookupCanonical(token));
    }

    [Fact]
    public void Every_short_token_of_letters_and_every_word_with_a_letter_changed_is_found_only_when_it_is_a_word()
    {
        // Every token of one to three letters, and the words with one letter changed, against the word lists.
        var tokens = new List<string>();
        for (char a = 'a'; a <= 'z'; a++)
        {
            tokens.Add(a.ToString());
            for (char b = 'a'; b <= 'z'; b++)
            {
                tokens.Add(string.Concat(a, b));
                for (char c = 'a'; c <= 'z'; c++)
                {
                    tokens.Add(string.Concat(a, b, c));
                }
            }
        }

        foreach (string word in TerbilangVocabulary.Canonical.Concat(TerbilangVocabulary.Regional.Keys))
        {
            for (int i = 0; i < word.Length; i++)
            {
                for (char c = 'a'; c <= 'z'; c++)
                {
                    tokens.Add(string.Concat(word.AsSpan(0, i), c.ToString(), word.AsSpan(i + 1)));
                }
            }
        }

        foreach (string token in tokens)
        {
            TerbilangWord expected = TerbilangVocabulary.Regional.TryGetValue(token, out TerbilangWord regional)
                ? regional
                : Array.IndexOf(TerbilangVocabulary.Canonical, token) is int index and >= 0 ? (TerbilangWord)index : TerbilangWord.Unknown;
            TerbilangWord found = TerbilangVocabulary.Lookup(token.ToUpper(CultureInfo.InvariantCulture));
            Assert.True(expected == found, $"'{token}': {found}, expected {expected}");
        }
    }

    [Fact]
    public void The_tables_hold_every_groups_and_scales_words_in_both_casings()
    {
        // Index 0 of the group and scale tables stands for no words at all.
        Assert.Equal((string.Empty, string.Empty), (TerbilangVocabulary.GroupLower[0], TerbilangVocabulary.GroupUpper[0]));
        Assert.Equal((string.Empty, string.Empty), (TerbilangVocabulary.ScaleLower[0], TerbilangVocabulary.ScaleUpper[0]));
        for (int group = 1; group < 1000; group++)
        {
            Assert.Equal(TerbilangVocabulary.ComposeGroup(group), TerbilangVocabulary.GroupLower[group]);
            Assert.Equal(TerbilangVocabulary.ComposeGroup(group).ToUpperInvariant(), TerbilangVocabulary.GroupUpper[group]);
        }

        Assert.Equal("seratus dua puluh satu", TerbilangVocabulary.GroupLower[121]);
        Assert.Equal("SEMBILAN RATUS SEBELAS", TerbilangVocabulary.GroupUpper[911]);
        for (int scale = 1; scale <= TerbilangVocabulary.MaxScale; scale++)
        {
            string word = TerbilangVocabulary.Canonical[(int)TerbilangWord.Ribu + scale - 1];
            Assert.Equal((word, word.ToUpperInvariant()), (TerbilangVocabulary.ScaleLower[scale], TerbilangVocabulary.ScaleUpper[scale]));
        }
    }
}
