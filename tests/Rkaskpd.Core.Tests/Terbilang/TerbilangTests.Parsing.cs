using System;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>Accept and reject tables for <see cref="Terbilang.TryParse(string?, out decimal)"/>.</summary>
public partial class TerbilangTests
{
    public static TheoryData<string, decimal> Accepted => new()
    {
        { "SERATUS DUA PULUH JUTA DELAPAN RATUS TUJUH PULUH TUJUH RIBU LIMA RATUS RUPIAH", 120_877_500m },
        { "  lima \t  juta\n ", 5_000_000m },
        { "Seribu Dua Ratus", 1_200m },
        { "satu milyar", 1_000_000_000m },
        { "dua milyard tiga juta", 2_003_000_000m },
        { "dua trilyun", 2_000_000_000_000m },
        { "tiga miliard", 3_000_000_000m },
        { "empat kuadrilyun", 4_000_000_000_000_000m },
        { "lima kuintilyun", 5_000_000_000_000_000_000m },
        { "seribu rupiah lima puluh sen", 1_000.50m },
        { "nol rupiah lima sen", 0.05m },
        { "minus lima", -5m },
        { "minus nol koma lima", -0.5m },
        { "nol koma dua lima", 0.25m },
        { "satu koma lima nol", 1.50m },
        { "satu koma lima rupiah", 1.5m },
        { "dua puluh satu ribu", 21_000m },
        { "seratus satu ribu", 101_000m },
        { "satu juta seribu", 1_001_000m },
        { "sepuluh ribu sebelas", 10_011m },
    };

    public static TheoryData<string?> Rejected => new()
    {
        null,
        "",
        "   ",
        "lima ratus ratus",
        "dua seribu",
        "satu ratus",
        "satu ribu",
        "satu juta satu ribu",
        "satu puluh",
        "satu belas",
        "juta juta",
        "juta",
        "ratus",
        "seribu juta",
        "dua juta tiga juta",
        "lima ribu satu juta",
        "seratus seribu",
        "dua puluh seribu",
        "nol nol",
        "nol lima",
        "lima nol",
        "minus",
        "minus nol",
        "koma lima",
        "satu koma",
        "satu koma sepuluh",
        "rupiah",
        "satu rupiah rupiah",
        "seribu rupiah seratus sen",
        "seribu rupiah lima puluh",
        "seribu rupiah nol sen",
        "satu koma lima rupiah lima puluh sen",
        "seribu sen",
        "satu biliun",
        "sepuluh satu",
        "dua puluh sepuluh",
        "sebelas satu",
        "lima lima",
        "dua puluh ribu satu ribu",
        "se ratus",
        "saturibu",
        "lima juta rupiah.",
        "(lima juta rupiah)",
        "satu bebek",
        "seribu seribu",
        "dua ribu seribu",
        "dua\u0001ribu", // a control character is no white space
        "dua\0ribu",
        "@dua ribu", // '@' and '`' fold to the code before 'a': packed, they would add nothing to the key of "dua"
        "dua `ribu",
        "sembilan ratus sembilan puluh sembilan septiliun koma sembilan sembilan", // more digits than a decimal holds
        "koma",
        "nol koma " + "nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol nol satu",
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void TryParse_accepts_well_formed_text(string text, decimal expected)
    {
        Assert.True(Terbilang.TryParse(text, out decimal value));
        Assert.Equal(expected, value);
        Assert.True(Terbilang.TryParse(text.AsSpan(), out value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void TryParse_rejects_ill_formed_text(string? text)
    {
        Assert.False(Terbilang.TryParse(text, out decimal value));
        Assert.Equal(0m, value);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\u00A0")] // a text with characters outside ASCII takes the general tokenizer
    public void TryParse_rejects_more_words_than_any_number_has(string space)
    {
        string text = string.Join(space, System.Linq.Enumerable.Repeat("satu", 500));
        Assert.False(Terbilang.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_reads_the_largest_amount_with_sen_a_decimal_holds_and_nothing_above_it()
    {
        // decimal.MaxValue / 100: the 96-bit mantissa is full once the two fraction digits are added.
        const decimal Largest = 792_281_625_142_643_375_935_439_503.35m;
        string words = Terbilang.ToWords(Largest);
        Assert.EndsWith("koma tiga lima", words, StringComparison.Ordinal);

        Assert.True(Terbilang.TryParse(words, out decimal value));
        Assert.Equal(Largest, value);
        Assert.False(Terbilang.TryParse(words[..^4] + "enam", out _)); // .36 overflows the mantissa
    }
}
