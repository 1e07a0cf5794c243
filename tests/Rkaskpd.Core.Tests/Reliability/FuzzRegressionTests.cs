using System;
using System.Linq;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Reliability;

/// <summary>Inputs found by fuzzing (tests/Rkaskpd.Core.Fuzz) or by the hostile-input properties, kept as regressions.</summary>
public class FuzzRegressionTests
{
    [Fact]
    public void A_target_with_letters_before_a_decimal_point_is_text_not_an_overflow()
    {
        // AFL++ (target "target"): the integral part before a one-dot decimal point was not checked for digits, so
        // letters and spaces fed negative "digits" into the accumulator until decimal overflowed.
        const string found = "\u0010RENCANA KEA 'AN ANGGARAN Dea555F55.5555";
        IndicatorTarget target = IndicatorTarget.Parse(found);
        Assert.IsType<TextTarget>(target);
        Assert.Equal(found, target.Text);
    }

    [Theory]
    [InlineData("x1.25")]
    [InlineData("1 2.50")]
    [InlineData("--3.5")]
    public void Letters_or_spaces_in_the_integral_part_are_not_a_score(string text) =>
        Assert.IsNotType<ScoreTarget>(IndicatorTarget.Parse(text));

    [Theory]
    [InlineData("86.32", 86.32)]
    [InlineData("86,32", 86.32)]
    [InlineData("1.000", 1000)]
    public void Numbers_still_read_as_scores(string text, double expected) =>
        Assert.Equal((decimal)expected, Assert.IsType<ScoreTarget>(IndicatorTarget.Parse(text)).Value);

    [Fact]
    public void Checking_a_long_run_of_non_standard_forms_mends_every_pair()
    {
        // Found while timing the parsers on hostile text: mending "satu ratus" removed list items one by one,
        // quadratic in the number of words (a megabyte-long line took minutes). Now one pass; the result is the same.
        string written = string.Concat(Enumerable.Repeat("satu ratus ", 2_000));
        TerbilangCheckResult result = TerbilangChecker.Check(written, 100m);
        Assert.Equal(TerbilangVerdict.Wrong, result.Verdict);
        Assert.Equal(2_000, result.Slips.Count(s => s.Kind == TerbilangSlipKind.NonStandardForm));

        TerbilangCheckResult mended = TerbilangChecker.Check("satu ribu satu ratus", 1_100m);
        Assert.Equal(TerbilangVerdict.CorrectWithSlips, mended.Verdict);
        Assert.Equal(2, mended.Slips.Count(s => s.Kind == TerbilangSlipKind.NonStandardForm));
        Assert.Equal(TerbilangVerdict.CorrectWithSlips, TerbilangChecker.Check("satu ratus satu", 101m).Verdict);
    }

    [Fact]
    public void A_megabyte_of_junk_words_is_unreadable()
    {
        string written = string.Concat(Enumerable.Repeat("xqzw ", 200_000));
        Assert.Equal(TerbilangVerdict.Unreadable, TerbilangChecker.Check(written, 1m).Verdict);
    }

    [Fact]
    public void A_short_misspelled_terbilang_is_still_mended()
    {
        TerbilangCheckResult result = TerbilangChecker.Check("seratus duapuluh ribu rupiah", 120_000m);
        Assert.NotEqual(TerbilangVerdict.Unreadable, result.Verdict);
        Assert.NotEqual(TerbilangVerdict.Wrong, result.Verdict);
        Assert.Equal(120_000m, result.ReadAmount);
    }

    [Fact]
    public void Parsing_never_sees_a_null_target()
    {
        Assert.IsType<TextTarget>(IndicatorTarget.Parse(null));
        Assert.Throws<ArgumentNullException>(() => LegalReference.ParseList(null!));
    }
}
