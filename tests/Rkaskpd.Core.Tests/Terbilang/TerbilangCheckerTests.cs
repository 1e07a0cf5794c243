using System;
using System.Linq;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>Tests of <see cref="TerbilangChecker"/>: the seed's 33 amounts, each slip kind, wrong amounts.</summary>
public partial class TerbilangCheckerTests
{
    /// <summary>
    /// The 33 <c>Jumlah Tahun</c> amounts of the Lumajang 2020 seed with their terbilang as written, the verdict and,
    /// for the faulty ones, the correct words.
    /// </summary>
    public static TheoryData<decimal, string, TerbilangVerdict, string?> Seed => new()
    {
        { 479_077_000m, "(EMPAT RATUS TUJUH PULUH SEMBILAN JUTA TUJUH PULUH TUJUH RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 551_204_390m, "(LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH)", TerbilangVerdict.Correct, null },
        { 606_324_829m, "(ENAM RATUS ENAM JUTA TIGA RATUS DUA PULUH EMPAT RIBU DELAPAN RATUS DUA PULUH SEMBILAN RUPIAH)", TerbilangVerdict.Correct, null },
        { 200_590_000m, "(DUA RATUS JUTA LIMA RATUS SEMBILAN PULUH RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 149_575_200m, "(SERATUS EMPAT PULUH SERMBILAN JUTA LIMA RATUS TUJUH PULUH LIMA RIBU DUA RATUS RUPIAH)", TerbilangVerdict.CorrectWithSlips, "SERATUS EMPAT PULUH SEMBILAN JUTA LIMA RATUS TUJUH PULUH LIMA RIBU DUA RATUS RUPIAH" },
        { 164_532_720m, "(SERATUS ENAM PULUH EMPAT JUTA LIMA RATUS TIGA PULUH DUA RIBU TUJUH RATUS DUA PULUH RUPIAH)", TerbilangVerdict.Correct, null },
        { 97_140_000m, "(SEMBILAN PULUH TUJUH JUTA SERATUS EMPAT PULUH RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 73_246_000m, "(TUJUH PULUH TIGA JUTA DUA RATUS EMPAT PULUH ENAM RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 80_570_600m, "(DELAPAN PULUH JUTA LIMA RATUS TUJUH PULUH RIBU ENAM RATUS RUPIAH)", TerbilangVerdict.Correct, null },
        { 1_000_000m, "(SATU JUTA RUPIAH)", TerbilangVerdict.Correct, null },
        { 5_300_000m, "(LIMA JUTA TIGA RATUS RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 5_830_000m, "(LIMA JUTA DELAPAN RATUS TIGA PULUH RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 3_000_000m, "(TIGA JUTA RUPIAH)", TerbilangVerdict.Correct, null },
        { 1_796_000m, "(SATU JUTA TUJUH RATUS SEMBILAN PULUH ENAM RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 1_975_600m, "(SATU JUTA SEMBILAN RATUS TUJUH PULUH LIMA RIBU ENAM RATUS RUPIAH)", TerbilangVerdict.Correct, null },
        { 8_816_000m, "(DELAPAN JUTA DELAPAN RATUS ENAM BELAS RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 8_376_000m, "(DELAPAN JUTA TIGA RATUS TUJUH PULUH ENAM RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 9_213_600m, "(SEMBILAN JUTA DUA RATUS TIGA BELAS RIBU ENAM RATUS RUPIAH)", TerbilangVerdict.Correct, null },
        { 154_050_000m, "(SERATUS LIMA PULUH EMPAT JUTA LIMA PULUH RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 148_900_000m, "(SERATUS EMPAT PULUH DELAPAN JUTA SEMBILAN RATUS RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 163_790_000m, "(SERATUS ENAM PULUH TIGA JUTA TUJUH RATUS SEMBILAN PULUH RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 32_500_000m, "(TIGA PULUH DUA JUTA LIMA RATUS RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 22_300_000m, "(DUA PULUH DUA JUTA TIGA RATUS RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 24_530_000m, "(DUA PULUH EMPAT JUTA LIMA RATUS TIGA PULUH RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 94_325_000m, "(SEMBILAN PULUH EMPAT JUTA TIGA RATUS DUA PULUH LIMA RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 120_877_500m, "(SERATUS DUA PULUH JUTA DELAPAN RATUS TUJUH PULUH TUJUH RIBU LIMA RATUS RUPIAH)", TerbilangVerdict.Correct, null },
        { 132_965_250m, "(SERATUS TIGA PULUH DUA JUTA SEMBILAN RATUS ENAM PULUH LIMA RIBU DUA RATUS LIMA PULUH RUPIAH)", TerbilangVerdict.Correct, null },
        { 11_682_000m, "(SEBELAS JUTA ENAM RATUS DELAPAN PULUH DUA RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 8_847_000m, "(DELAPAN JUTA DELAPAN RATUS EMPAT PULUH TUJUH RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 9_731_700m, "(SEMBILAN JUTA TUJUH RATUS TIGA PULUH SATURIBU TUJUH RATUS RUPIAH)", TerbilangVerdict.CorrectWithSlips, "SEMBILAN JUTA TUJUH RATUS TIGA PULUH SATU RIBU TUJUH RATUS RUPIAH" },
        { 48_636_000m, "(EMPAT PULUH DELAPAN JUTA ENAM RATUS TIGA PULUH ENAM RIBU RUPIAH)", TerbilangVerdict.Correct, null },
        { 79_605_750m, "(TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA RATUS)", TerbilangVerdict.Wrong, "TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA PULUH RUPIAH" },
        { 87_566_325m, "(DELAPAN PULUH TUJUH JUTA LIMA RATUS ENAM PULUH ENAM RIBU TIGA RATUS DUA PULUH LIMA RUPIAH)", TerbilangVerdict.Correct, null },
    };

    [Fact]
    public void Seed_table_has_the_33_amounts() => Assert.Equal(33, Seed.Count);

    [Theory]
    [MemberData(nameof(Seed))]
    public void Seed_terbilang_gets_its_verdict(decimal amount, string written, TerbilangVerdict verdict, string? correct)
    {
        string expected = correct ?? written.Trim('(', ')');
        Assert.Equal(expected, Terbilang.ToWords(amount, TerbilangOptions.Rupiah));

        TerbilangCheckResult result = TerbilangChecker.Check(written, amount, TerbilangOptions.Rupiah);
        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(expected, result.ExpectedText);
        if (verdict == TerbilangVerdict.Correct)
        {
            Assert.Empty(result.Slips);
            Assert.Equal(amount, result.ReadAmount);
            Assert.Equal(result, TerbilangChecker.Check(written, amount));
        }
    }

    [Fact]
    public void Sermbilan_is_a_misspelling_of_sembilan()
    {
        const string Written = "(SERATUS EMPAT PULUH SERMBILAN JUTA LIMA RATUS TUJUH PULUH LIMA RIBU DUA RATUS RUPIAH)";
        TerbilangCheckResult result = TerbilangChecker.Check(Written, 149_575_200m);
        TerbilangSlip slip = Assert.Single(result.Slips);
        Assert.Equal(new TerbilangSlip(TerbilangSlipKind.Misspelling, "SERMBILAN", "SEMBILAN", Written.IndexOf("SERMBILAN", StringComparison.Ordinal)), slip);
        Assert.Equal(149_575_200m, result.ReadAmount);
    }

    [Fact]
    public void Saturibu_is_glued_words()
    {
        const string Written = "(SEMBILAN JUTA TUJUH RATUS TIGA PULUH SATURIBU TUJUH RATUS RUPIAH)";
        TerbilangCheckResult result = TerbilangChecker.Check(Written, 9_731_700m);
        TerbilangSlip slip = Assert.Single(result.Slips);
        Assert.Equal(new TerbilangSlip(TerbilangSlipKind.GluedWords, "SATURIBU", "SATU RIBU", Written.IndexOf("SATURIBU", StringComparison.Ordinal)), slip);
        Assert.Equal(9_731_700m, result.ReadAmount);
    }

    [Fact]
    public void Lima_ratus_for_lima_puluh_rupiah_is_wrong_not_a_slip()
    {
        const string Written = "(TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA RATUS)";
        TerbilangCheckResult inferred = TerbilangChecker.Check(Written, 79_605_750m);
        Assert.Equal(TerbilangVerdict.Wrong, inferred.Verdict);
        Assert.Null(inferred.ReadAmount);
        Assert.Empty(inferred.Slips);
        Assert.Equal("TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA PULUH", inferred.ExpectedText);

        TerbilangCheckResult forms = TerbilangChecker.Check(Written, 79_605_750m, TerbilangOptions.Rupiah);
        Assert.Equal(TerbilangVerdict.Wrong, forms.Verdict);
        Assert.Null(forms.ReadAmount);
        Assert.Equal(TerbilangSlipKind.MissingCurrencyWord, Assert.Single(forms.Slips).Kind);
    }

    public static TheoryData<string, decimal, TerbilangSlipKind, string, string> Slips => new()
    {
        { "SERIBBU RUPIAH", 1_000m, TerbilangSlipKind.Misspelling, "SERIBBU", "SERIBU" },
        { "DUA RIBBU RUPIAH", 2_000m, TerbilangSlipKind.Misspelling, "RIBBU", "RIBU" },
        { "DELAPN JUTA RUPIAH", 8_000_000m, TerbilangSlipKind.Misspelling, "DELAPN", "DELAPAN" },
        { "DELAPNA JUTA RUPIAH", 8_000_000m, TerbilangSlipKind.Misspelling, "DELAPNA", "DELAPAN" },
        { "DUABELAS RIBU RUPIAH", 12_000m, TerbilangSlipKind.GluedWords, "DUABELAS", "DUA BELAS" },
        { "DUA PULUH SATURIBU", 21_000m, TerbilangSlipKind.GluedWords, "SATURIBU", "SATU RIBU" },
        { "SRATUS RUPIAH", 100m, TerbilangSlipKind.Misspelling, "SRATUS", "SERATUS" },
        { "LIMA SRATUS RUPIAH", 500m, TerbilangSlipKind.Misspelling, "SRATUS", "RATUS" },
        { "SE RATUS RUPIAH", 100m, TerbilangSlipKind.SplitWord, "SE RATUS", "SERATUS" },
        { "SEM BILAN RUPIAH", 9m, TerbilangSlipKind.SplitWord, "SEM BILAN", "SEMBILAN" },
        { "SATU RATUS RUPIAH", 100m, TerbilangSlipKind.NonStandardForm, "SATU RATUS", "SERATUS" },
        { "SATU RIBU RUPIAH", 1_000m, TerbilangSlipKind.NonStandardForm, "SATU RIBU", "SERIBU" },
        { "SATU JUTA SATU RIBU RUPIAH", 1_001_000m, TerbilangSlipKind.NonStandardForm, "SATU RIBU", "SERIBU" },
        { "SATU PULUH RUPIAH", 10m, TerbilangSlipKind.NonStandardForm, "SATU PULUH", "SEPULUH" },
        { "SATU BELAS RUPIAH", 11m, TerbilangSlipKind.NonStandardForm, "SATU BELAS", "SEBELAS" },
        { "SATU MILYAR RUPIAH", 1_000_000_000m, TerbilangSlipKind.RegionalSpelling, "MILYAR", "MILIAR" },
        { "dua trilyun rupiah", 2_000_000_000_000m, TerbilangSlipKind.RegionalSpelling, "trilyun", "triliun" },
        { "TIGA MILYARD RUPIAH", 3_000_000_000m, TerbilangSlipKind.RegionalSpelling, "MILYARD", "MILIAR" },
        { "Tiga Miliard Rupiah", 3_000_000_000m, TerbilangSlipKind.RegionalSpelling, "Miliard", "Miliar" },
        { "empat kuadrilyun rupiah", 4_000_000_000_000_000m, TerbilangSlipKind.RegionalSpelling, "kuadrilyun", "kuadriliun" },
        { "LIMA KUINTILYUN RUPIAH", 5_000_000_000_000_000_000m, TerbilangSlipKind.RegionalSpelling, "KUINTILYUN", "KUINTILIUN" },
        { "LIMA  JUTA RUPIAH", 5_000_000m, TerbilangSlipKind.Spacing, "  ", " " },
        { "Lima Juta Rupyah", 5_000_000m, TerbilangSlipKind.Misspelling, "Rupyah", "Rupiah" },
    };

    [Theory]
    [MemberData(nameof(Slips))]
    public void A_slip_is_named_with_its_correction(string written, decimal amount, TerbilangSlipKind kind, string found, string correction)
    {
        TerbilangCheckResult result = TerbilangChecker.Check(written, amount);
        Assert.Equal(TerbilangVerdict.CorrectWithSlips, result.Verdict);
        Assert.Equal(amount, result.ReadAmount);
        TerbilangSlip slip = Assert.Single(result.Slips);
        Assert.Equal(kind, slip.Kind);
        Assert.Equal(found, slip.Found);
        Assert.Equal(correction, slip.Correction);
        Assert.Equal(written.IndexOf(found, StringComparison.Ordinal), slip.Index);
    }

    [Fact]
    public void Saturibu_alone_is_glued_and_non_standard()
    {
        TerbilangCheckResult result = TerbilangChecker.Check("SATURIBU RUPIAH", 1_000m);
        Assert.Equal(TerbilangVerdict.CorrectWithSlips, result.Verdict);
        Assert.Equal(
            [TerbilangSlipKind.GluedWords, TerbilangSlipKind.NonStandardForm],
            result.Slips.Select(static s => s.Kind).ToArray());
        Assert.Equal("SERIBU", result.Slips[1].Correction);
    }

    [Fact]
    public void A_wrong_amount_spelled_correctly_is_wrong_with_what_it_reads()
    {
        TerbilangCheckResult result = TerbilangChecker.Check("(DUA JUTA RUPIAH)", 3_000_000m);
        Assert.Equal(TerbilangVerdict.Wrong, result.Verdict);
        Assert.Equal(2_000_000m, result.ReadAmount);
        Assert.Equal("TIGA JUTA RUPIAH", result.ExpectedText);
        Assert.Empty(result.Slips);
    }

    [Fact]
    public void A_valid_word_is_never_mended_into_another()
    {
        TerbilangCheckResult result = TerbilangChecker.Check("ENAM JUTA RUPIAH", 4_000_000m);
        Assert.Equal(TerbilangVerdict.Wrong, result.Verdict);
        Assert.Equal(6_000_000m, result.ReadAmount);
        Assert.Empty(result.Slips);
    }

    [Fact]
    public void Dua_puluh_satu_ribu_is_not_a_slip()
    {
        TerbilangCheckResult result = TerbilangChecker.Check("DUA PULUH SATU RIBU RUPIAH", 21_000m);
        Assert.Equal(TerbilangVerdict.Correct, result.Verdict);
        Assert.Empty(result.Slips);
    }

    [Theory]
    [InlineData("", "LIMA JUTA RUPIAH")] // nothing written: the forms' words are expected
    [InlineData(null, "LIMA JUTA RUPIAH")]
    [InlineData("(-)", "LIMA JUTA RUPIAH")]
    [InlineData("LIMA JUTA BEBEK", "LIMA JUTA")]
    [InlineData("Rp 5.000.000", "Lima juta")] // the casing of "Rp", the one word
    public void Text_without_number_words_is_unreadable(string? written, string expected)
    {
        TerbilangCheckResult result = TerbilangChecker.Check(written, 5_000_000m);
        Assert.Equal(TerbilangVerdict.Unreadable, result.Verdict);
        Assert.Null(result.ReadAmount);
        Assert.False(result.SpellsAmount);
        Assert.Equal(expected, result.ExpectedText);
    }

    [Theory]
    [InlineData("")]
    [InlineData("(-)")]
    [InlineData("-,-")]
    public void Text_without_letters_is_unreadable_in_the_forms_style_too(string written)
    {
        // No word to put the missing RUPIAH after: no slip, just unreadable.
        TerbilangCheckResult result = TerbilangChecker.Check(written, 5_000_000m, TerbilangOptions.Rupiah);
        Assert.Equal(TerbilangVerdict.Unreadable, result.Verdict);
        Assert.Empty(result.Slips);
        Assert.Equal("LIMA JUTA RUPIAH", result.ExpectedText);
    }

    [Fact]
    public void Slips_come_in_the_order_of_the_text()
    {
        // The misspelling is found word by word, the non-standard form before it only afterwards.
        TerbilangCheckResult result = TerbilangChecker.Check("SATU RATUS DUA PULUH RUPAH", 120m);
        Assert.Equal(TerbilangVerdict.CorrectWithSlips, result.Verdict);
        Assert.Equal(
            [(TerbilangSlipKind.NonStandardForm, 0), (TerbilangSlipKind.Misspelling, 21)],
            result.Slips.Select(static slip => (slip.Kind, slip.Index)));
    }

    [Theory]
    [InlineData("SERIBU-DUA RATUS RUPIAH")]
    [InlineData("SERIBU, DUA RATUS RUPIAH")]
    [InlineData("SERIBU DUA RATUS (RUPIAH)")]
    public void Punctuation_between_words_is_no_spacing_slip(string written) =>
        Assert.DoesNotContain(TerbilangChecker.Check(written, 1200m).Slips, static slip => slip.Kind == TerbilangSlipKind.Spacing);

    [Theory]
    [InlineData("seribu rupiah", "seribu dua ratus rupiah")]
    [InlineData("Seribu Rupiah", "Seribu Dua Ratus Rupiah")]
    [InlineData("Seribu rupiah", "Seribu dua ratus rupiah")]
    [InlineData("SERIBU", "SERIBU DUA RATUS")]
    [InlineData("seribu koma nol rupiah", "seribu dua ratus rupiah")]
    public void Expected_text_follows_the_written_style(string written, string expected) =>
        Assert.Equal(expected, TerbilangChecker.Check(written, 1_200m).ExpectedText);

    [Fact]
    public void Sen_amounts_are_checked()
    {
        TerbilangCheckResult result = TerbilangChecker.Check("SERIBU DUA RATUS TIGA PULUH EMPAT RUPIAH LIMA PULUH SEN", 1_234.5m);
        Assert.Equal(TerbilangVerdict.Correct, result.Verdict);
        Assert.Equal("SERIBU DUA RATUS TIGA PULUH EMPAT RUPIAH LIMA PULUH SEN", result.ExpectedText);
    }

    [Fact]
    public void Results_have_value_equality()
    {
        TerbilangCheckResult a = TerbilangChecker.Check("SATURIBU", 1_000m);
        TerbilangCheckResult b = TerbilangChecker.Check("SATURIBU", 1_000m);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, TerbilangChecker.Check("SERIBU", 1_000m));
        Assert.Equal(a.Slips.ToArray(), b.Slips.ToArray());
    }
}
