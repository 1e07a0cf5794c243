using System;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>What the checker's findings and the options refuse, and how they say it.</summary>
public class TerbilangSlipTests
{
    [Fact]
    public void A_slip_refuses_null_text_and_a_negative_index_by_name()
    {
        Assert.Equal("found", Assert.Throws<ArgumentNullException>(() => new TerbilangSlip(TerbilangSlipKind.Misspelling, null!, "JUTA", 0)).ParamName);
        Assert.Equal("correction", Assert.Throws<ArgumentNullException>(() => new TerbilangSlip(TerbilangSlipKind.Misspelling, "JTA", null!, 0)).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => new TerbilangSlip(TerbilangSlipKind.Misspelling, "JTA", "JUTA", -1)).ParamName);
    }

    [Fact]
    public void A_slip_prints_its_kind_place_and_correction() =>
        Assert.Equal("Misspelling at 5: \"JTA\" → \"JUTA\"", new TerbilangSlip(TerbilangSlipKind.Misspelling, "JTA", "JUTA", 5).ToString());

    [Theory]
    [InlineData("LIMA JUTA", "RUPIAH", 9)]
    [InlineData("lima juta ", "rupiah", 9)]
    [InlineData("Lima Juta", "Rupiah", 9)]
    public void A_missing_currency_word_is_named_in_the_text_s_casing_where_it_belongs(string written, string correction, int index)
    {
        TerbilangCheckResult result = TerbilangChecker.Check(written, 5_000_000m, TerbilangOptions.Rupiah);
        Assert.Equal(TerbilangVerdict.CorrectWithSlips, result.Verdict);
        TerbilangSlip slip = Assert.Single(result.Slips);
        Assert.Equal((TerbilangSlipKind.MissingCurrencyWord, string.Empty, correction, index), (slip.Kind, slip.Found, slip.Correction, slip.Index));
    }

    [Theory]
    [InlineData(100_000_000, "JUTA")]
    [InlineData(102, "DUA")]
    public void A_misspelling_near_two_words_takes_the_one_that_gives_the_amount(long amount, string correction)
    {
        // DUTA is one edit from JUTA and from DUA, and SERATUS JUTA and SERATUS DUA are both numbers.
        TerbilangCheckResult result = TerbilangChecker.Check("SERATUS DUTA RUPIAH", amount, TerbilangOptions.Rupiah);
        Assert.Equal(TerbilangVerdict.CorrectWithSlips, result.Verdict);
        Assert.Equal(amount, result.ReadAmount);
        TerbilangSlip slip = Assert.Single(result.Slips);
        Assert.Equal((TerbilangSlipKind.Misspelling, "DUTA", correction), (slip.Kind, slip.Found, slip.Correction));
    }

    [Fact]
    public void The_options_say_why_they_refuse_a_value()
    {
        Assert.Contains("cannot be empty", Assert.Throws<ArgumentException>(() => TerbilangOptions.Default with { CurrencyWord = "" }).Message, StringComparison.Ordinal);
        Assert.Contains("'dua kata' is not", Assert.Throws<ArgumentException>(() => TerbilangOptions.Default with { CurrencyWord = "dua kata" }).Message, StringComparison.Ordinal);
        Assert.Contains("Unknown terbilang casing", Assert.Throws<ArgumentOutOfRangeException>(() => TerbilangOptions.Default with { Casing = (TerbilangCasing)99 }).Message, StringComparison.Ordinal);
        Assert.Contains("Unknown terbilang fraction style", Assert.Throws<ArgumentOutOfRangeException>(() => TerbilangOptions.Default with { Fraction = (TerbilangFraction)99 }).Message, StringComparison.Ordinal);
    }
}
