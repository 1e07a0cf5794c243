using System;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>
/// <see cref="Terbilang.TryParse(string?, out decimal)"/> reads ASCII text in one pass (packing each token's letters
/// into a key) and other text word by word through the general lookup: both must agree.
/// </summary>
public partial class TerbilangTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" \t\r\n ")]
    [InlineData("\u00A0")]
    public void Tokenizing_white_space_gives_no_words(string text)
    {
        var words = new TerbilangWord[8];
        Assert.False(TerbilangReader.TryTokenizeTolerant(text, words, out int count));
        Assert.Equal(0, count);
        Assert.False(TerbilangReader.TryParse(ReadOnlySpan<TerbilangWord>.Empty, out decimal value));
        Assert.Equal(0m, value);
    }

    [Property(Arbitrary = new[] { typeof(TerbilangArbitraries) }, MaxTest = 500)]
    public Property ASCII_and_general_tokenizing_agree(CheckerCase item, int seed)
    {
        // Words of an amount, re-cased and re-spaced at random, sometimes with a mutation from the checker cases;
        // a trailing no-break space (white space, not ASCII) sends the same text through the general path.
        var random = new Random(seed);
        string words = Terbilang.ToWords(item.Amount, TerbilangOptions.Rupiah with { Fraction = TerbilangFraction.Koma });
        var text = new StringBuilder();
        foreach (char c in words)
        {
            text.Append(c == ' ' ? (random.Next(4) == 0 ? "\t " : " ") : random.Next(2) == 0 ? char.ToLowerInvariant(c) : c);
        }

        if (item.Mutation % 3 == 1)
        {
            text.Insert(random.Next(text.Length), (char)random.Next(0x21, 0x7F));
        }
        else if (item.Mutation % 3 == 2)
        {
            text.Append(" milyar");
        }

        string ascii = text.ToString();
        bool fast = Terbilang.TryParse(ascii, out decimal fastValue);
        bool general = Terbilang.TryParse(ascii + "\u00A0", out decimal generalValue);
        return (fast == general && fastValue == generalValue && fastValue.Scale == generalValue.Scale)
            .Label($"'{ascii}': {fast} {fastValue} / {general} {generalValue}");
    }

    [Theory]
    [InlineData("ſeratus", false)] // not ASCII: the general lookup, where long s does not fold to s
    [InlineData("seratus", true)]
    [InlineData("seratusseratus", false)]
    [InlineData("kuadriliunx", false)]
    [InlineData("lima1", false)]
    [InlineData("lima ratus ribu", true)]
    public void Tokens_are_looked_up_like_the_general_path(string text, bool expected)
    {
        Assert.Equal(expected, Terbilang.TryParse(text, out _));
    }
}
