using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>
/// The checker's fast path (<see cref="TerbilangChecker.CheckExact"/>: compare with the expected words first) against
/// the full check (<see cref="TerbilangChecker.CheckFully"/>) on right texts, texts with slips and wrong texts.
/// </summary>
public partial class TerbilangCheckerTests
{
    private static readonly TerbilangOptions[] Styles =
    [
        TerbilangOptions.Rupiah,
        TerbilangOptions.Default,
        new TerbilangOptions { Casing = TerbilangCasing.Upper },
        TerbilangOptions.Rupiah with { Casing = TerbilangCasing.Title, Fraction = TerbilangFraction.Koma },
        TerbilangOptions.Rupiah with { Casing = TerbilangCasing.Sentence },
        new TerbilangOptions { Casing = TerbilangCasing.Lower, CurrencyWord = "Rupiah", Fraction = TerbilangFraction.Sen },
    ];

    [Property(Arbitrary = new[] { typeof(TerbilangArbitraries) }, MaxTest = 2000)]
    public Property Fast_path_agrees_with_the_full_check(CheckerCase item)
    {
        TerbilangOptions style = Styles[item.Style];
        decimal amount = item.Amount;
        if (style.Fraction == TerbilangFraction.Sen && decimal.Round(amount, 2) != amount)
        {
            style = style with { Fraction = TerbilangFraction.Koma };
        }

        string written = Mutate(Terbilang.ToWords(amount, style), item.Mutation, item.Position);
        if (item.Parentheses)
        {
            written = "(" + written + ")";
        }

        decimal checkedAmount = Math.Abs(amount) < 1e26m ? amount + item.Delta : amount;
        TerbilangOptions? expectedStyle = item.WithStyle ? TerbilangOptions.Rupiah : null;
        TerbilangCheckResult full = TerbilangChecker.CheckFully(written, checkedAmount, expectedStyle);
        TerbilangCheckResult? exact = TerbilangChecker.CheckExact(written, checkedAmount, expectedStyle);
        TerbilangCheckResult result = TerbilangChecker.Check(written, checkedAmount, expectedStyle);

        bool agrees = (exact is null || Same(exact, full)) && Same(result, full);
        bool rightTextIsFast = item.Mutation != 0 || full.Verdict != TerbilangVerdict.Correct || exact is not null;
        return (agrees && rightTextIsFast)
            .Label($"'{written}' {checkedAmount}: full {Describe(full)}, fast {(exact is null ? "none" : Describe(exact))}");
    }

    [Theory]
    [InlineData("(SATU JUTA RUPIAH)", "1000000.00")]
    [InlineData("seribu dua ratus rupiah lima puluh sen", "1200.5")]
    [InlineData("Satu Koma Lima", "1.50")]
    [InlineData("minus nol koma nol lima", "-0.050")]
    [InlineData("Nol Rupiah", "-0.00")]
    public void Fast_path_reads_the_amount_at_the_scale_of_the_words(string written, string amount)
    {
        decimal value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        TerbilangCheckResult full = TerbilangChecker.CheckFully(written, value, null);
        TerbilangCheckResult? exact = TerbilangChecker.CheckExact(written, value, null);

        Assert.Equal(TerbilangVerdict.Correct, full.Verdict);
        Assert.NotNull(exact);
        Assert.True(Same(exact, full), $"full {Describe(full)}, fast {Describe(exact)}");
    }

    [Fact]
    public void Sen_of_an_amount_near_the_limit_are_left_to_the_full_check()
    {
        // 10^27 − 1 and a half: the words are right, but the reader cannot hold the amount in sen (more than 96 bits).
        decimal amount = decimal.Parse("999999999999999999999999999.5", System.Globalization.CultureInfo.InvariantCulture);
        string written = Terbilang.ToWords(amount, TerbilangOptions.Rupiah);

        Assert.Null(TerbilangChecker.CheckExact(written, amount, TerbilangOptions.Rupiah));
        Assert.True(Same(TerbilangChecker.Check(written, amount, TerbilangOptions.Rupiah), TerbilangChecker.CheckFully(written, amount, TerbilangOptions.Rupiah)));
    }

    [Fact]
    public void Fast_path_answers_for_the_largest_amount_whose_sen_fit_a_decimal()
    {
        // decimal.MaxValue / 100 in rupiah and sen: read in sen, the amount fills the 96-bit mantissa exactly.
        const decimal Amount = 792_281_625_142_643_375_935_439_503.35m;
        string written = Terbilang.ToWords(Amount, TerbilangOptions.Rupiah);

        TerbilangCheckResult? exact = TerbilangChecker.CheckExact(written, Amount, TerbilangOptions.Rupiah);

        Assert.NotNull(exact);
        Assert.Equal(TerbilangVerdict.Correct, exact.Verdict);
        Assert.Equal(Amount, exact.ReadAmount);
    }

    private static bool Same(TerbilangCheckResult a, TerbilangCheckResult b) =>
        a.Equals(b) && a.ReadAmount?.Scale == b.ReadAmount?.Scale
        && (a.ReadAmount is not { } x || b.ReadAmount is not { } y || decimal.IsNegative(x) == decimal.IsNegative(y));

    private static string Describe(TerbilangCheckResult r) =>
        $"{r.Verdict} '{r.ExpectedText}' {r.ReadAmount?.ToString(System.Globalization.CultureInfo.InvariantCulture)} [{string.Join("; ", r.Slips)}]";

    /// <summary>One of the slips and errors seen on forms, at a position among the words.</summary>
    private static string Mutate(string words, int mutation, int position)
    {
        string[] parts = words.Split(' ');
        int index = position % parts.Length;
        string word = parts[index];
        switch (mutation)
        {
            case 1: // a letter doubled (a misspelling)
                parts[index] = word.Insert(position % word.Length, word[position % word.Length].ToString());
                break;
            case 2: // two words glued
                if (index + 1 < parts.Length)
                {
                    parts[index] += parts[index + 1];
                    parts[index + 1] = string.Empty;
                }

                break;
            case 3: // a double space
                parts[index] += " ";
                break;
            case 4: // one letter's casing changed
                parts[index] = char.IsUpper(word[0]) ? char.ToLowerInvariant(word[0]) + word[1..] : char.ToUpperInvariant(word[0]) + word[1..];
                break;
            case 5: // another number word
                parts[index] = Terbilang.ToWords((position % 9) + 1);
                break;
            case 6: // the non-official satu ratus / satu ribu
                return words.Replace("seratus", "satu ratus", StringComparison.OrdinalIgnoreCase)
                    .Replace("seribu", "satu ribu", StringComparison.OrdinalIgnoreCase);
            case 7: // a regional spelling
                return words.Replace("miliar", "milyar", StringComparison.OrdinalIgnoreCase)
                    .Replace("triliun", "trilyun", StringComparison.OrdinalIgnoreCase);
            case 8: // the currency word left out
                return words.Replace(" rupiah", string.Empty, StringComparison.OrdinalIgnoreCase);
            case 9: // a fraction read after koma that the amount does not need
                return words + " koma nol";
            case 10: // punctuation between words
                parts[index] += ",";
                break;
            case 11: // a word dropped
                parts[index] = string.Empty;
                break;
            case 12: // a tab for a space
                parts[index] += "\t";
                break;
        }

        string joined = string.Join(' ', parts);
        return mutation == 3 ? joined : joined.Replace("  ", " ", StringComparison.Ordinal); // no double space from an emptied word
    }
}
