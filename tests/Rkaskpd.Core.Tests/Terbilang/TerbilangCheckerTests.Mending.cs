using System.Linq;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>The full check's mending, where mutation testing found it unpinned: several misspellings each one edit
/// from two words (the combination search), the casing the expected words are given, and the limit on mended
/// words.</summary>
public partial class TerbilangCheckerTests
{
    [Fact]
    public void Two_ambiguous_misspellings_take_the_combination_that_spells_the_amount()
    {
        // Each DUTA is DUA or JUTA. Only DUA RATUS JUTA spells 200,000,000; DUA RATUS DUA (202) is the first number
        // the combinations make, and the search must go past it.
        TerbilangCheckResult result = TerbilangChecker.Check("DUTA RATUS DUTA", 200_000_000m, null);

        Assert.Equal(TerbilangVerdict.CorrectWithSlips, result.Verdict);
        Assert.Equal(200_000_000m, result.ReadAmount);
        Assert.Equal(["DUA", "JUTA"], result.Slips.Select(s => s.Correction));
    }

    [Fact]
    public void Ambiguous_misspellings_that_spell_no_combination_of_the_amount_take_the_first_that_is_a_number()
    {
        // SERATUS DUA DUA is no number; SERATUS JUTA DUA (100,000,002) and SERATUS DUA JUTA (102,000,000) are, and
        // the first of them is kept.
        TerbilangCheckResult result = TerbilangChecker.Check("SERATUS DUTA DUTA", 7m, null);

        Assert.Equal(TerbilangVerdict.Wrong, result.Verdict);
        Assert.Equal(100_000_002m, result.ReadAmount);
        Assert.Equal(["JUTA", "DUA"], result.Slips.Select(s => s.Correction));
    }

    [Theory]
    [InlineData("seratus RIBU rupiah", "SERATUS RIBU SATU RUPIAH")] // mixed: the forms' upper case
    [InlineData("Seratus ribu Rupiah", "SERATUS RIBU SATU RUPIAH")] // not every word capital, not only the first
    [InlineData("SeRaTus ribu rupiah", "SERATUS RIBU SATU RUPIAH")] // capitals inside the first word
    [InlineData("Seratus Ribu Rupiah", "Seratus Ribu Satu Rupiah")]
    [InlineData("Seratus ribu rupiah", "Seratus ribu satu rupiah")]
    [InlineData("seratus ribu rupiah", "seratus ribu satu rupiah")]
    public void The_expected_words_take_the_casing_of_the_text(string written, string expected)
    {
        TerbilangCheckResult result = TerbilangChecker.Check(written, 100_001m, null);

        Assert.Equal(TerbilangVerdict.Wrong, result.Verdict);
        Assert.Equal(expected, result.ExpectedText);
    }

    [Fact]
    public void Misspellings_are_mended_in_texts_of_at_most_256_words_and_not_beyond()
    {
        string Words(int count) => string.Join(' ', Enumerable.Repeat("SATU", count - 1).Append("DUTA"));

        TerbilangCheckResult mended = TerbilangChecker.Check(Words(256), 1m, null);
        TerbilangCheckResult beyond = TerbilangChecker.Check(Words(257), 1m, null);

        Assert.Contains(mended.Slips, s => s.Kind == TerbilangSlipKind.Misspelling && s.Found == "DUTA");
        Assert.Equal(TerbilangVerdict.Unreadable, beyond.Verdict);
        Assert.DoesNotContain(beyond.Slips, s => s.Kind == TerbilangSlipKind.Misspelling);
    }
}
