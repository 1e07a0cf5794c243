using System;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>Golden tables for <see cref="Terbilang.ToWords(decimal)"/>, the options and <see cref="Terbilang.TryFormat"/>.</summary>
public partial class TerbilangTests
{
    private const string N = "sembilan ratus sembilan puluh sembilan";

    public static TheoryData<decimal, string> Golden => new()
    {
        { 0m, "nol" },
        { 1m, "satu" },
        { 2m, "dua" },
        { 3m, "tiga" },
        { 4m, "empat" },
        { 5m, "lima" },
        { 6m, "enam" },
        { 7m, "tujuh" },
        { 8m, "delapan" },
        { 9m, "sembilan" },
        { 10m, "sepuluh" },
        { 11m, "sebelas" },
        { 12m, "dua belas" },
        { 13m, "tiga belas" },
        { 14m, "empat belas" },
        { 15m, "lima belas" },
        { 16m, "enam belas" },
        { 17m, "tujuh belas" },
        { 18m, "delapan belas" },
        { 19m, "sembilan belas" },
        { 20m, "dua puluh" },
        { 21m, "dua puluh satu" },
        { 99m, "sembilan puluh sembilan" },
        { 100m, "seratus" },
        { 101m, "seratus satu" },
        { 110m, "seratus sepuluh" },
        { 111m, "seratus sebelas" },
        { 199m, "seratus sembilan puluh sembilan" },
        { 200m, "dua ratus" },
        { 1_000m, "seribu" },
        { 1_001m, "seribu satu" },
        { 1_100m, "seribu seratus" },
        { 2_000m, "dua ribu" },
        { 10_000m, "sepuluh ribu" },
        { 11_000m, "sebelas ribu" },
        { 21_000m, "dua puluh satu ribu" },
        { 100_000m, "seratus ribu" },
        { 101_000m, "seratus satu ribu" },
        { 1_000_000m, "satu juta" },
        { 1_001_000m, "satu juta seribu" },
        { 1_021_001m, "satu juta dua puluh satu ribu satu" },
        { 120_877_500m, "seratus dua puluh juta delapan ratus tujuh puluh tujuh ribu lima ratus" },
        { 1_000_000_000m, "satu miliar" },
        { 1_000_000_000_000m, "satu triliun" },
        { 1_000_000_000_000_000m, "satu kuadriliun" },
        { 1_000_000_000_000_000_000m, "satu kuintiliun" },
        { 999_999_999_999_999_999m, $"{N} kuadriliun {N} triliun {N} miliar {N} juta {N} ribu {N}" },
        { 1_000_000_000_000_000_000_000m, "satu sekstiliun" },
        { 1_000_000_000_000_000_000_000_000m, "satu septiliun" },
        { 999_999_999_999_999_999_999_999_999m, $"{N} septiliun {N} sekstiliun {N} kuintiliun {N} kuadriliun {N} triliun {N} miliar {N} juta {N} ribu {N}" },
        { 18_446_744_073_709_551_616m, "delapan belas kuintiliun empat ratus empat puluh enam kuadriliun tujuh ratus empat puluh empat triliun tujuh puluh tiga miliar tujuh ratus sembilan juta lima ratus lima puluh satu ribu enam ratus enam belas" },
        { -1m, "minus satu" },
        { -1_000m, "minus seribu" },
        { -21_000m, "minus dua puluh satu ribu" },
        { -0.5m, "minus nol koma lima" },
        { -0.0m, "nol" },
        { 0.25m, "nol koma dua lima" },
        { 0.05m, "nol koma nol lima" },
        { 1.50m, "satu koma lima" },
        { 1.0m, "satu" },
        { 1234.5678m, "seribu dua ratus tiga puluh empat koma lima enam tujuh delapan" },
        { 0.0000000000000000000000000001m, "nol koma " + "nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol satu" },
    };

    public static TheoryData<decimal, string> RupiahGolden => new()
    {
        { 551_204_390m, "LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH" },
        { 1_234.50m, "SERIBU DUA RATUS TIGA PULUH EMPAT RUPIAH LIMA PULUH SEN" },
        { 1_234.5m, "SERIBU DUA RATUS TIGA PULUH EMPAT RUPIAH LIMA PULUH SEN" },
        { 1_234.05m, "SERIBU DUA RATUS TIGA PULUH EMPAT RUPIAH LIMA SEN" },
        { 1_234.11m, "SERIBU DUA RATUS TIGA PULUH EMPAT RUPIAH SEBELAS SEN" },
        { 1_000_000.00m, "SATU JUTA RUPIAH" },
        { 0m, "NOL RUPIAH" },
        { 0.99m, "NOL RUPIAH SEMBILAN PULUH SEMBILAN SEN" },
        { -1_000m, "MINUS SERIBU RUPIAH" },
    };

    [Theory]
    [MemberData(nameof(Golden))]
    public void ToWords_matches_the_golden_table(decimal value, string expected) =>
        Assert.Equal(expected, Terbilang.ToWords(value));

    [Theory]
    [MemberData(nameof(Golden))]
    public void TryParse_reads_the_golden_table_back(decimal value, string words)
    {
        Assert.True(Terbilang.TryParse(words, out decimal read));
        Assert.Equal(value, read);
    }

    [Theory]
    [MemberData(nameof(RupiahGolden))]
    public void Rupiah_preset_writes_the_forms_style(decimal value, string expected)
    {
        Assert.Equal(expected, Terbilang.ToWords(value, TerbilangOptions.Rupiah));
        Assert.True(Terbilang.TryParse(expected, out decimal read));
        Assert.Equal(value, read);
    }

    [Theory]
    [InlineData(TerbilangCasing.Lower, "seribu dua ratus rupiah")]
    [InlineData(TerbilangCasing.Upper, "SERIBU DUA RATUS RUPIAH")]
    [InlineData(TerbilangCasing.Title, "Seribu Dua Ratus Rupiah")]
    [InlineData(TerbilangCasing.Sentence, "Seribu dua ratus rupiah")]
    public void Casing_applies_to_every_word_and_the_currency(TerbilangCasing casing, string expected) =>
        Assert.Equal(expected, Terbilang.ToWords(1200m, new TerbilangOptions { Casing = casing, CurrencyWord = "Rupiah" }));

    [Fact]
    public void Koma_style_puts_the_currency_word_last() =>
        Assert.Equal("satu koma lima rupiah", Terbilang.ToWords(1.5m, new TerbilangOptions { CurrencyWord = "rupiah" }));

    [Fact]
    public void Sen_style_rejects_more_than_two_decimals()
    {
        // The message names the amount and says what to do with it.
        var error = Assert.Throws<ArgumentException>("value", () => Terbilang.ToWords(1.234m, TerbilangOptions.Rupiah));
        Assert.Contains("1.234 has more than two decimals", error.Message, StringComparison.Ordinal);
        Assert.Contains("decimal.Round", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sen_style_accepts_trailing_zeros_beyond_two_decimals() =>
        Assert.Equal("SATU RUPIAH DUA PULUH SEN", Terbilang.ToWords(1.2000m, TerbilangOptions.Rupiah));

    [Fact]
    public void Sen_style_needs_a_currency_word()
    {
        var error = Assert.Throws<ArgumentException>(
            "options", () => Terbilang.ToWords(1m, new TerbilangOptions { Fraction = TerbilangFraction.Sen }));
        Assert.Contains("needs a currency word", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ru piah")]
    [InlineData("rupiah.")]
    public void Currency_word_must_be_one_word_of_letters(string word) =>
        Assert.Throws<ArgumentException>(() => new TerbilangOptions { CurrencyWord = word });

    [Fact]
    public void Undefined_enum_values_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TerbilangOptions { Casing = (TerbilangCasing)9 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new TerbilangOptions { Fraction = (TerbilangFraction)9 });
    }

    [Fact]
    public void Options_have_value_equality() =>
        Assert.Equal(
            TerbilangOptions.Rupiah,
            new TerbilangOptions { Casing = TerbilangCasing.Upper, CurrencyWord = "rupiah", Fraction = TerbilangFraction.Sen });

    public static TheoryData<decimal> TooLarge => new()
    {
        1_000_000_000_000_000_000_000_000_000m,
        -1_000_000_000_000_000_000_000_000_000m,
        decimal.MaxValue,
        decimal.MinValue,
    };

    [Theory]
    [MemberData(nameof(TooLarge))]
    public void Beyond_septiliun_is_out_of_range(decimal value)
    {
        var exception = Assert.Throws<ArgumentOutOfRangeException>(nameof(value), () => Terbilang.ToWords(value));
        Assert.Contains("septiliun", exception.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(nameof(value), () => Terbilang.TryFormat(value, new char[2048], out _));
    }

    [Fact]
    public void ToWords_rejects_null_options() =>
        Assert.Throws<ArgumentNullException>("options", () => Terbilang.ToWords(1m, null!));

    [Fact]
    public void TryFormat_reports_a_too_small_destination()
    {
        string expected = Terbilang.ToWords(120_877_500m);
        Span<char> exact = new char[expected.Length];
        Assert.True(Terbilang.TryFormat(120_877_500m, exact, out int written));
        Assert.Equal(expected, new string(exact[..written]));

        Span<char> small = new char[expected.Length - 1];
        Assert.False(Terbilang.TryFormat(120_877_500m, small, out written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void TryFormat_does_not_allocate()
    {
        Span<char> buffer = stackalloc char[1024];
        decimal[] values = [0m, 1_001_000m, 120_877_500.50m, -999_999_999_999_999_999_999_999_999m];
        foreach (decimal value in values)
        {
            Terbilang.TryFormat(value, buffer, out _, TerbilangOptions.Default);
            Terbilang.TryFormat(decimal.Round(value, 2), buffer, out _, TerbilangOptions.Rupiah);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            foreach (decimal value in values)
            {
                Terbilang.TryFormat(value, buffer, out _, TerbilangOptions.Default);
                Terbilang.TryFormat(decimal.Round(value, 2), buffer, out _, TerbilangOptions.Rupiah);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
