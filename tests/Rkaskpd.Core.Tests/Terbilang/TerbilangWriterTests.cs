using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>
/// <see cref="TerbilangWriter"/>, which copies whole groups and words from <see cref="TerbilangWordTable"/>, against a
/// plain reference path that joins the vocabulary's words as strings: every casing, fraction style and currency word
/// (none, <c>rupiah</c>, others of any length), over the whole supported range, through <c>ToWords</c>,
/// <c>TryFormat</c> in destinations of every size and <c>EqualsWords</c>.
/// </summary>
public class TerbilangWriterTests
{
    private static readonly string?[] Currencies =
        [null, "rupiah", "dolar", "Ringgit", "YEN", "Dólar", "x", "Rupiahrupiahrupiahrupiahrupiahrupiahrupiahrupiah"];

    [Property(Arbitrary = new[] { typeof(TerbilangArbitraries) }, MaxTest = 3000)]
    public Property The_writer_writes_what_the_reference_path_writes(SupportedAmount amount, int casing, bool sen, int currency, bool round, byte slack)
    {
        decimal value = round ? decimal.Round(amount.Value, 2) : amount.Value;
        var options = new TerbilangOptions
        {
            Casing = (TerbilangCasing)((casing & int.MaxValue) % 4),
            Fraction = sen ? TerbilangFraction.Sen : TerbilangFraction.Koma,
            CurrencyWord = Currencies[(currency & int.MaxValue) % Currencies.Length],
        };
        string? expected = Reference(value, options);
        if (expected is null)
        {
            bool toWordsThrows = Throws(() => Terbilang.ToWords(value, options));
            bool tryFormatThrows = Throws(() => Terbilang.TryFormat(value, new char[2048], out _, options));
            bool equalsThrows = Throws(() => TerbilangWriter.EqualsWords("satu", value, options));
            return (toWordsThrows && tryFormatThrows && equalsThrows).Label($"{value} {options}: must throw");
        }

        string words = Terbilang.ToWords(value, options);
        var destination = new char[expected.Length + slack];
        Array.Fill(destination, '#');
        bool written = Terbilang.TryFormat(value, destination, out int length, options);
        var small = new char[expected.Length - 1];
        Array.Fill(small, '#');
        bool tooSmall = !Terbilang.TryFormat(value, small, out int none, options) && none == 0 && !small.AsSpan().ContainsAnyExcept('#');
        bool equals = TerbilangWriter.EqualsWords(expected.ToUpperInvariant(), value, options)
            && !TerbilangWriter.EqualsWords(expected + " ", value, options)
            && !TerbilangWriter.EqualsWords(expected[..^1] + "#", value, options);
        return (words == expected
                && written && length == expected.Length
                && destination.AsSpan(0, length).SequenceEqual(expected)
                && !destination.AsSpan(length).ContainsAnyExcept('#')
                && tooSmall
                && equals)
            .Label($"{value} {options}: '{words}' / '{new string(destination, 0, length)}' / expected '{expected}'");
    }

    [Theory]
    [InlineData("1", "satu")]
    [InlineData("1000", "seribu")]
    [InlineData("1001000", "satu juta seribu")]
    [InlineData("-0.5", "minus nol koma lima")]
    [InlineData("123456789012345678901234567", "seratus dua puluh tiga septiliun empat ratus lima puluh enam sekstiliun tujuh ratus delapan puluh sembilan kuintiliun dua belas kuadriliun tiga ratus empat puluh lima triliun enam ratus tujuh puluh delapan miliar sembilan ratus satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh")]
    public void The_reference_path_spells_known_amounts(string amount, string expected)
    {
        // The reference path is itself checked against hand-written words before it judges the writer.
        Assert.Equal(expected, Reference(decimal.Parse(amount, CultureInfo.InvariantCulture), TerbilangOptions.Default));
    }

    [Theory]
    [InlineData(TerbilangCasing.Lower, "dua ratus dolar")]
    [InlineData(TerbilangCasing.Upper, "DUA RATUS DOLAR")]
    [InlineData(TerbilangCasing.Title, "Dua Ratus Dolar")]
    [InlineData(TerbilangCasing.Sentence, "Dua ratus dolar")]
    public void A_currency_word_of_the_callers_own_is_cased_like_the_number(TerbilangCasing casing, string expected)
    {
        var options = new TerbilangOptions { Casing = casing, CurrencyWord = "DoLar" };
        Assert.Equal(expected, Terbilang.ToWords(200m, options));
        Assert.True(TerbilangWriter.EqualsWords(expected, 200m, options));
    }

    [Fact]
    public void Words_longer_than_the_stack_buffer_are_compared_too()
    {
        // EqualsWords writes into a stack buffer of 1,024 characters: a longer currency word takes one from the heap.
        string currency = new('a', 2000);
        var options = new TerbilangOptions { CurrencyWord = currency };
        string words = Terbilang.ToWords(5m, options);
        Assert.Equal("lima " + currency, words);
        Assert.True(TerbilangWriter.EqualsWords(words, 5m, options));
        Assert.False(TerbilangWriter.EqualsWords(words[..^1] + "b", 5m, options));
    }

    /// <summary>
    /// The words the plain way: the vocabulary's words for each part joined by spaces, then cased; null when the
    /// options cannot write the amount (sen without a currency word, or more than two decimals).
    /// </summary>
    private static string? Reference(decimal value, TerbilangOptions options)
    {
        decimal magnitude = Math.Abs(value);
        decimal integer = decimal.Truncate(magnitude);
        string fraction = (magnitude - integer).ToString(CultureInfo.InvariantCulture).TrimStart('0').TrimStart('.').TrimEnd('0');
        if (options.Fraction == TerbilangFraction.Sen && (options.CurrencyWord is null || fraction.Length > 2))
        {
            return null;
        }

        var words = new List<string>();
        if (value < 0 && (integer != 0 || fraction.Length > 0))
        {
            words.Add("minus");
        }

        words.Add(IntegerWords(new BigInteger(integer)));
        if (options.Fraction == TerbilangFraction.Koma && fraction.Length > 0)
        {
            words.Add("koma");
            words.AddRange(fraction.Select(static digit => TerbilangVocabulary.Canonical[digit - '0']));
        }

        if (options.CurrencyWord is { } currency)
        {
            words.Add(string.Concat(currency.Select(char.ToLowerInvariant)));
        }

        if (options.Fraction == TerbilangFraction.Sen && fraction.Length > 0)
        {
            words.Add(TerbilangVocabulary.ComposeGroup(int.Parse(fraction.PadRight(2, '0'), CultureInfo.InvariantCulture)));
            words.Add("sen");
        }

        string text = string.Join(' ', words);
        return options.Casing switch
        {
            TerbilangCasing.Upper => string.Concat(text.Select(char.ToUpperInvariant)),
            TerbilangCasing.Title => string.Join(' ', text.Split(' ').Select(static word => char.ToUpperInvariant(word[0]) + word[1..])),
            TerbilangCasing.Sentence => char.ToUpperInvariant(text[0]) + text[1..],
            _ => text,
        };
    }

    private static string IntegerWords(BigInteger integer)
    {
        if (integer.IsZero)
        {
            return "nol";
        }

        var groups = new List<int>();
        for (BigInteger rest = integer; !rest.IsZero; rest /= 1000)
        {
            groups.Add((int)(rest % 1000));
        }

        var words = new List<string>();
        for (int scale = groups.Count - 1; scale >= 0; scale--)
        {
            if (groups[scale] == 0)
            {
                continue;
            }

            if (scale == 1 && groups[scale] == 1)
            {
                words.Add("seribu");
                continue;
            }

            words.Add(TerbilangVocabulary.ComposeGroup(groups[scale]));
            if (scale > 0)
            {
                words.Add(TerbilangVocabulary.ScaleLower[scale]);
            }
        }

        return string.Join(' ', words);
    }

    private static bool Throws(Action action)
    {
        try
        {
            action();
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
