using System;
using System.Collections.Generic;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>
/// <see cref="TerbilangWordMatcher"/>, the checker's tolerant word recognition: a glued token split into the fewest
/// canonical words (two at least), and the canonical words nearest to a misspelt token, one edit away for tokens of up
/// to four letters and two for longer ones.
/// </summary>
public class TerbilangWordMatcherTests
{
    [Theory]
    [InlineData("duaratus", "Dua Ratus")]
    [InlineData("DuaRatusRibu", "Dua Ratus Ribu")]
    [InlineData("seratusribu", "Seratus Ribu")]
    [InlineData("sembilanbelas", "Sembilan Belas")]
    [InlineData("limarupiah", "Lima Rupiah")]
    [InlineData("SEPULUHJUTASEN", "Sepuluh Juta Sen")]
    public void Segment_splits_a_glued_token_into_words(string token, string expected) =>
        Assert.Equal(expected, Words(TerbilangWordMatcher.Segment(token)));

    [Theory]
    [InlineData("")]
    [InlineData("sebelas")] // one word is no glued token
    [InlineData("RATUS")]
    [InlineData("duax")]
    [InlineData("xdua")]
    [InlineData("duaratu")]
    public void Segment_finds_no_split_where_the_token_is_not_two_words_or_more(string token) =>
        Assert.Null(TerbilangWordMatcher.Segment(token));

    [Theory]
    [InlineData("ratus", "Ratus")] // satu and seratus are two edits away, found before it: only the nearest stays
    [InlineData("RATUS", "Ratus")]
    [InlineData("ratxx", "Ratus")] // five letters: two edits
    [InlineData("rtaus", "Ratus")] // a swap is one edit
    [InlineData("dau", "Dua")] // three letters: one edit
    [InlineData("duo", "Dua")]
    [InlineData("kuadriliunxx", "Kuadriliun")] // the longest word and two letters more
    [InlineData("tiha", "Tiga")]
    [InlineData("lma", "Lima")]
    public void Nearest_finds_the_words_within_the_edit_limit(string token, string expected) =>
        Assert.Equal(expected, Words(TerbilangWordMatcher.Nearest(token)));

    [Theory]
    [InlineData("dxxa")] // four letters: dua is two edits away, beyond the limit of one
    [InlineData("dx")]
    [InlineData("sebu")]
    [InlineData("juu")]
    [InlineData("kuadriliunxxx")] // longer than every word by more than two
    [InlineData("")]
    public void Nearest_finds_nothing_beyond_the_edit_limit(string token) =>
        Assert.Empty(TerbilangWordMatcher.Nearest(token));

    [Theory]
    [InlineData("ratu", "Satu Ratus")]
    [InlineData("sepulas", "Sepuluh Sebelas")]
    [InlineData("sektiliun", "Sekstiliun Septiliun")]
    public void Nearest_gives_every_word_on_a_tie(string token, string expected) =>
        Assert.Equal(expected, Words(TerbilangWordMatcher.Nearest(token)));

    [Fact]
    public void Nearest_answers_a_huge_token_without_copying_it() =>
        Assert.Empty(TerbilangWordMatcher.Nearest(new string('a', 4_000_000))); // a stack copy would overflow

    private static string Words(List<TerbilangWord>? words) => words is null ? "(null)" : string.Join(' ', words);
}
