using System;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>
/// <see cref="TerbilangFormWords.IsExactly"/>, the rules' fast path that takes the amount in sen, against
/// <see cref="TerbilangChecker.IsExactly"/> with <see cref="TerbilangOptions.Rupiah"/>: the same answer for the
/// forms' words of any <see cref="Rupiah"/> amount (both signs, zero, sen, the ends of the range), in any casing, in
/// parentheses or not, changed or checked against another amount.
/// </summary>
public class TerbilangFormWordsTests
{
    private static readonly TerbilangCasing[] Casings =
        [TerbilangCasing.Upper, TerbilangCasing.Lower, TerbilangCasing.Title, TerbilangCasing.Sentence];

    [Property(MaxTest = 3000)]
    public Property Answers_as_the_checker_does(long seed, int kind, int mutation, int delta)
    {
        var random = new Random(unchecked((int)seed));
        long sen = ((kind & int.MaxValue) % 5) switch
        {
            0 => random.NextInt64(0, 100_000_000_000) * 100, // whole rupiah, as on the forms
            1 => random.NextInt64(0, 1_000_000_000_000),
            2 => -random.NextInt64(0, 1_000_000_000_000),
            3 => seed,
            _ => random.Next(5) switch { 0 => long.MinValue, 1 => long.MaxValue, 2 => 0, 3 => long.MinValue + 1, _ => random.Next(-200, 200) },
        };
        var amount = Rupiah.FromSen(sen);
        TerbilangOptions style = TerbilangOptions.Rupiah with { Casing = Casings[random.Next(Casings.Length)] };
        string written = Disturb(Terbilang.ToWords(amount.Amount, style), mutation & int.MaxValue, random);
        Rupiah checkedAmount = (delta & 3) == 0 && sen is > long.MinValue + 1000 and < long.MaxValue - 1000
            ? Rupiah.FromSen(sen + (delta % 1000))
            : amount;

        bool fast = TerbilangFormWords.IsExactly(written, checkedAmount);
        bool checker = TerbilangChecker.IsExactly(written, checkedAmount.Amount, TerbilangOptions.Rupiah);
        return (fast == checker).Label($"'{Escape(written)}' {checkedAmount.Sen} sen: fast {fast}, checker {checker}");
    }

    [Theory]
    [InlineData("(SATU JUTA RUPIAH)", 100_000_000, true)]
    [InlineData("satu juta rupiah", 100_000_000, true)]
    [InlineData("SATU JUTA  RUPIAH", 100_000_000, false)]
    [InlineData("SATU JUTA", 100_000_000, false)]
    [InlineData("SATU JUTA RUPIAH", 100_000_100, false)]
    [InlineData("SERIBU RUPIAH LIMA PULUH SEN", 100_050, true)]
    [InlineData("SERIBU RUPIAH LIMA SEN", 100_005, true)]
    [InlineData("NOL RUPIAH", 0, true)]
    [InlineData("NOL RUPIAH SATU SEN", 1, true)]
    [InlineData("MINUS NOL RUPIAH SATU SEN", -1, true)]
    [InlineData("MINUS SATU RUPIAH", -100, true)]
    [InlineData("SATU RUPIAH", -100, false)]
    [InlineData("MINUS SATU RUPIAH", 100, false)]
    [InlineData("()", 0, false)]
    [InlineData("", 0, false)]
    [InlineData("SATU\u0131 RUPIAH", 100, false)] // a dotless i is no I
    public void Compares_with_the_forms_words(string written, long sen, bool expected)
    {
        Assert.Equal(expected, TerbilangFormWords.IsExactly(written, Rupiah.FromSen(sen)));
        Assert.Equal(expected, TerbilangChecker.IsExactly(written, Rupiah.FromSen(sen).Amount, TerbilangOptions.Rupiah));
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(long.MinValue + 1)]
    public void Compares_the_words_of_the_largest_amounts(long sen)
    {
        // long.MinValue has no positive twin: its words are left to the checker's decimal path.
        var amount = Rupiah.FromSen(sen);
        string words = Terbilang.ToWords(amount.Amount, TerbilangOptions.Rupiah);
        string other = sen < 0 ? words["MINUS ".Length..] : "MINUS " + words;
        Assert.True(TerbilangFormWords.IsExactly(words, amount));
        Assert.False(TerbilangFormWords.IsExactly(other, amount));
        Assert.False(TerbilangFormWords.IsExactly(words[..^1], amount));
    }

    /// <summary>One change or none: parentheses, a character's case or a space flipped, a character put in
    /// (sometimes a non-ASCII one that some casings fold to a letter), a character taken out, or a word
    /// repeated.</summary>
    private static string Disturb(string words, int mutation, Random random)
    {
        var text = new StringBuilder(words);
        int at = random.Next(text.Length);
        switch (mutation % 8)
        {
            case 0:
            case 1:
                break;
            case 2:
                text.Insert(0, '(').Append(')');
                break;
            case 3:
                text[at] = (char)(text[at] ^ 0x20); // a letter's case, or a space into NUL
                break;
            case 4:
                text.Insert(at, random.Next(4) switch { 0 => '\u0131', 1 => '\u017F', 2 => '\u212A', _ => (char)random.Next(0, 0x80) });
                break;
            case 5:
                text.Remove(at, 1);
                break;
            case 6:
                text[at] = random.Next(3) switch { 0 => '\u0131', 1 => '\u017F', _ => '\u212A' }; // dotless i, long s, Kelvin sign
                break;
            default:
                string[] split = words.Split(' ');
                int word = random.Next(split.Length);
                return string.Join(' ', split[..(word + 1)]) + " " + string.Join(' ', split[word..]);
        }

        return text.ToString();
    }

    private static string Escape(string text) => text.Replace("\0", "\\0", StringComparison.Ordinal);
}
