using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>The writer follows the requested casing in every word, the currency word and the sen included; long texts
/// are written whole. Expected texts come from <see cref="TerbilangOracle"/>, cased here.</summary>
public partial class TerbilangTests
{
    private static string Cased(string upper, TerbilangCasing casing)
    {
        string lower = upper.ToLowerInvariant();
        return casing switch
        {
            TerbilangCasing.Upper => upper,
            TerbilangCasing.Lower => lower,
            TerbilangCasing.Sentence => char.ToUpperInvariant(lower[0]) + lower[1..],
            _ => string.Join(' ', lower.Split(' ').Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
        };
    }

    private static TerbilangOptions RupiahIn(TerbilangCasing casing, string currency = "rupiah") =>
        TerbilangOptions.Rupiah with { Casing = casing, CurrencyWord = currency };

    [Theory]
    [InlineData(TerbilangCasing.Lower, "1234.50")]
    [InlineData(TerbilangCasing.Title, "1234.50")]
    [InlineData(TerbilangCasing.Sentence, "1234.50")]
    [InlineData(TerbilangCasing.Upper, "1234.50")]
    [InlineData(TerbilangCasing.Lower, "0.99")]
    [InlineData(TerbilangCasing.Title, "0.01")]
    [InlineData(TerbilangCasing.Sentence, "1000000.11")]
    public void Sen_follow_the_requested_casing(TerbilangCasing casing, string amount)
    {
        decimal value = decimal.Parse(amount, CultureInfo.InvariantCulture);
        string expected = Cased(TerbilangOracle.RupiahWords(new BigInteger(value * 100)), casing);

        Assert.EndsWith(casing == TerbilangCasing.Upper ? " SEN" : casing == TerbilangCasing.Title ? " Sen" : " sen", expected, StringComparison.Ordinal);
        Assert.Equal(expected, Terbilang.ToWords(value, RupiahIn(casing)));
        Span<char> buffer = stackalloc char[expected.Length];
        Assert.True(Terbilang.TryFormat(value, buffer, out int written, RupiahIn(casing)));
        Assert.Equal(expected, buffer[..written].ToString());
    }

    [Theory]
    [InlineData(TerbilangCasing.Upper, "rupiah")]
    [InlineData(TerbilangCasing.Lower, "rupiah")]
    [InlineData(TerbilangCasing.Title, "rupiah")]
    [InlineData(TerbilangCasing.Sentence, "rupiah")]
    [InlineData(TerbilangCasing.Upper, "dolar")]
    [InlineData(TerbilangCasing.Lower, "dolar")]
    public void A_text_over_256_characters_with_a_currency_word_is_written_whole(TerbilangCasing casing, string currency)
    {
        decimal value = 777_777_777_777_777_777_777_777_777.77m;
        string expected = Cased(TerbilangOracle.RupiahWords(BigInteger.Parse("77777777777777777777777777777", CultureInfo.InvariantCulture)), casing)
            .Replace(Cased("RUPIAH", casing), Cased(currency.ToUpperInvariant(), casing), StringComparison.Ordinal);

        Assert.True(expected.Length > 256, expected.Length.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(expected, Terbilang.ToWords(value, RupiahIn(casing, currency)));
        char[] exact = new char[expected.Length];
        Assert.True(Terbilang.TryFormat(value, exact, out int written, RupiahIn(casing, currency)));
        Assert.Equal(expected, new string(exact, 0, written));
        Assert.False(Terbilang.TryFormat(value, new char[expected.Length - 1], out _, RupiahIn(casing, currency)));
    }

    [Theory]
    [InlineData(TerbilangCasing.Upper, 127)]
    [InlineData(TerbilangCasing.Lower, 128)]
    [InlineData(TerbilangCasing.Title, 129)]
    [InlineData(TerbilangCasing.Sentence, 1000)]
    public void A_currency_word_of_any_length_is_written_whole_after_the_longest_number(TerbilangCasing casing, int currencyLength)
    {
        // The writer works in a stack buffer sized for the longest number's words and a currency word of up to 128
        // letters; a longer currency word takes a buffer from the heap. Either way the words come out whole.
        string currency = string.Concat(Enumerable.Repeat("dolarx", (currencyLength / 6) + 1))[..currencyLength];
        decimal value = 777_777_777_777_777_777_777_777_777.77m;
        string expected = Cased(
            TerbilangOracle.RupiahWords(BigInteger.Parse("77777777777777777777777777777", CultureInfo.InvariantCulture))
                .Replace("RUPIAH", currency.ToUpperInvariant(), StringComparison.Ordinal),
            casing);

        Assert.Equal(expected, Terbilang.ToWords(value, RupiahIn(casing, currency)));
        char[] roomy = new char[expected.Length + 64];
        Array.Fill(roomy, '#');
        Assert.True(Terbilang.TryFormat(value, roomy, out int written, RupiahIn(casing, currency)));
        Assert.Equal(expected, new string(roomy, 0, written));
        Assert.All(roomy[written..], c => Assert.Equal('#', c));
        Assert.True(TerbilangWriter.EqualsWords(expected.ToUpperInvariant(), value, RupiahIn(casing, currency)));
        Assert.False(TerbilangWriter.EqualsWords(expected.AsSpan(0, expected.Length - 1), value, RupiahIn(casing, currency)));
    }
}
