using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Tests;

public partial class RupiahTests
{
    private const RupiahNotation DotStyle = RupiahNotation.DotGroupSeparator;
    private const RupiahNotation RpDot = RupiahNotation.CurrencySymbolWithDot;

    public static TheoryData<string, RupiahStyles, long, RupiahNotation> Accepted => new()
    {
        { "551.204.390,00", RupiahStyles.Default, 55120439000L, DotStyle },
        { "Rp. 551.204.390,00", RupiahStyles.Default, 55120439000L, RpDot | DotStyle },
        { "Rp.551.204.390,00", RupiahStyles.Default, 55120439000L, RpDot | DotStyle },
        { "Rp 1.796.000,00", RupiahStyles.Default, 179600000L, RupiahNotation.CurrencySymbol | DotStyle },
        { "RP. 1.796.000,00", RupiahStyles.None, 179600000L, RpDot | DotStyle },
        { "Rp1.000", RupiahStyles.Default, 100000L, RupiahNotation.CurrencySymbol | DotStyle | RupiahNotation.NoSen },
        { "Rp. 73.246.000,-", RupiahStyles.Default, 7324600000L, RpDot | DotStyle | RupiahNotation.DashForSen },
        { "32 500 000,00", RupiahStyles.Default, 3250000000L, RupiahNotation.SpaceGroupSeparator },
        { "32\u00A0500\u00A0000,00", RupiahStyles.Default, 3250000000L, RupiahNotation.SpaceGroupSeparator },
        { "1.000.000", RupiahStyles.Default, 100000000L, DotStyle | RupiahNotation.NoSen },
        { "5.300.000,00", RupiahStyles.None, 530000000L, DotStyle },
        { "  \t5.300.000,00 \r\n", RupiahStyles.Default, 530000000L, DotStyle },
        { "-1.000,00", RupiahStyles.Default, -100000L, DotStyle | RupiahNotation.MinusSign },
        { "-Rp. 1.000,50", RupiahStyles.Default, -100050L, RpDot | DotStyle | RupiahNotation.MinusSign },
        { "Rp -1.000,50", RupiahStyles.Default, -100050L, RupiahNotation.CurrencySymbol | DotStyle | RupiahNotation.MinusSign },
        { "1000", RupiahStyles.Default, 100000L, RupiahNotation.NoSen },
        { "1000,5", RupiahStyles.Default, 100050L, RupiahNotation.None },
        { "0,07", RupiahStyles.Default, 7L, RupiahNotation.None },
        { "-0", RupiahStyles.Default, 0L, RupiahNotation.NoSen | RupiahNotation.MinusSign },
        { "92.233.720.368.547.758,07", RupiahStyles.Default, long.MaxValue, DotStyle },
        { "-92233720368547758,08", RupiahStyles.Default, long.MinValue, RupiahNotation.MinusSign },
        { "561,000,000.00", RupiahStyles.AllowEnglishSeparators, 56100000000L, RupiahNotation.EnglishSeparators },
        { "Rp 561,000,000", RupiahStyles.Any, 56100000000L, RupiahNotation.CurrencySymbol | RupiahNotation.EnglishSeparators | RupiahNotation.NoSen },
        { "12,345", RupiahStyles.Any, 1234500L, RupiahNotation.EnglishSeparators | RupiahNotation.NoSen },
        { "551204390.00", RupiahStyles.Any, 55120439000L, RupiahNotation.EnglishSeparators },
        { "1.5", RupiahStyles.Any, 150L, RupiahNotation.EnglishSeparators },
        { "1.000", RupiahStyles.Any, 100000L, DotStyle | RupiahNotation.NoSen },
        { "1.000,25", RupiahStyles.Any, 100025L, DotStyle },
        { "32 500 000.00", RupiahStyles.Any, 3250000000L, RupiahNotation.SpaceGroupSeparator | RupiahNotation.EnglishSeparators },
    };

    public static TheoryData<string, RupiahStyles, RupiahParseError, int> Rejected => new()
    {
        { "", RupiahStyles.Default, RupiahParseError.Empty, 0 },
        { "   ", RupiahStyles.Default, RupiahParseError.Empty, 3 },
        { "Rp.", RupiahStyles.Default, RupiahParseError.MissingDigits, 3 },
        { "-", RupiahStyles.Default, RupiahParseError.MissingDigits, 1 },
        { ",50", RupiahStyles.Default, RupiahParseError.MissingDigits, 0 },
        { "abc", RupiahStyles.Default, RupiahParseError.UnexpectedCharacter, 0 },
        { "12a", RupiahStyles.Default, RupiahParseError.UnexpectedCharacter, 2 },
        { "1.000,00 Rp", RupiahStyles.Default, RupiahParseError.UnexpectedCharacter, 9 },
        { "--1", RupiahStyles.Default, RupiahParseError.UnexpectedCharacter, 1 },
        { "1.000,00-", RupiahStyles.Default, RupiahParseError.UnexpectedCharacter, 8 },
        { "1.2.3", RupiahStyles.Default, RupiahParseError.InvalidGroupSize, 2 },
        { "1.2.3", RupiahStyles.Any, RupiahParseError.InvalidGroupSize, 2 },
        { "1.00.000", RupiahStyles.Default, RupiahParseError.InvalidGroupSize, 2 },
        { "1.0000", RupiahStyles.Default, RupiahParseError.InvalidGroupSize, 2 },
        { "1000.000", RupiahStyles.Default, RupiahParseError.InvalidGroupSize, 4 },
        { "1.000.", RupiahStyles.Default, RupiahParseError.InvalidGroupSize, 6 },
        { "12,345", RupiahStyles.Default, RupiahParseError.TooManySenDigits, 5 },
        { "1.000,001", RupiahStyles.Any, RupiahParseError.TooManySenDigits, 8 },
        { "1,000.000", RupiahStyles.Any, RupiahParseError.TooManySenDigits, 8 },
        { "1.000,", RupiahStyles.Default, RupiahParseError.MissingSenDigits, 6 },
        { "1.000 000", RupiahStyles.Default, RupiahParseError.MixedGroupSeparators, 5 },
        { "1 000.000", RupiahStyles.Any, RupiahParseError.MixedGroupSeparators, 5 },
        { "32 500 000,00", RupiahStyles.None, RupiahParseError.GroupSeparatorNotAllowed, 2 },
        { "561,000,000.00", RupiahStyles.Default, RupiahParseError.EnglishSeparatorsNotAllowed, 3 },
        { "Rp 561,000,000", RupiahStyles.Default, RupiahParseError.EnglishSeparatorsNotAllowed, 6 },
        { "551204390.00", RupiahStyles.Default, RupiahParseError.EnglishSeparatorsNotAllowed, 9 },
        { "92.233.720.368.547.758,08", RupiahStyles.Default, RupiahParseError.OutOfRange, 0 },
        { "-92.233.720.368.547.758,09", RupiahStyles.Default, RupiahParseError.OutOfRange, 1 },
        { "999.999.999.999.999.999.999", RupiahStyles.Default, RupiahParseError.OutOfRange, 0 },
        { "100000000000000000000000000000", RupiahStyles.Default, RupiahParseError.OutOfRange, 0 },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Parses_every_spelling_seen_in_forms(string text, RupiahStyles styles, long sen, RupiahNotation notation)
    {
        RupiahParseResult result = Rupiah.ParseDetailed(text, styles);
        Assert.True(result.Success, result.ErrorMessage);
        Assert.Equal(sen, result.Value.Sen);
        Assert.Equal(notation, result.Notation);
        Assert.Equal(RupiahParseError.None, result.Error);
        Assert.Equal(-1, result.ErrorIndex);
        Assert.Null(result.ErrorMessage);
        Assert.Equal(sen, Rupiah.Parse(text, styles).Sen);
        Assert.True(Rupiah.TryParse(text, styles, out Rupiah parsed));
        Assert.Equal(sen, parsed.Sen);
        Assert.True(Rupiah.TryParse(text.AsSpan(), styles, out parsed));
        Assert.Equal(sen, parsed.Sen);
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Rejects_ambiguous_and_malformed_text(string text, RupiahStyles styles, RupiahParseError error, int index)
    {
        RupiahParseResult result = Rupiah.ParseDetailed(text, styles);
        Assert.False(result.Success);
        Assert.Equal(error, result.Error);
        Assert.Equal(index, result.ErrorIndex);
        Assert.Contains($"index {index}", result.ErrorMessage, StringComparison.Ordinal);
        Assert.False(result.TryGetValue(out Rupiah value));
        Assert.Equal(Rupiah.Zero, value);
        Assert.False(Rupiah.TryParse(text, styles, out _));
        Assert.False(Rupiah.TryParse(text.AsSpan(), styles, out _));
        FormatException thrown = Assert.Throws<FormatException>(() => Rupiah.Parse(text, styles));
        Assert.Equal(result.ErrorMessage, thrown.Message);
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Fact]
    public void Leading_zeros_are_digits()
    {
        Assert.Equal(100000L, Rupiah.Parse("0001000").Sen);
        Assert.Equal(Rupiah.FromSen(5), Rupiah.Parse("000000000000000000000000000000,05"));
    }

    [Fact]
    public void Null_text_is_rejected_without_surprise()
    {
        Assert.Throws<ArgumentNullException>(() => Rupiah.Parse(null!));
        Assert.Throws<ArgumentNullException>(() => Rupiah.Parse(null!, RupiahStyles.Any));
        Assert.False(Rupiah.TryParse((string?)null, out _));
        Assert.False(Rupiah.TryParse((string?)null, RupiahStyles.Any, out _));
    }

    [Fact]
    public void Undefined_styles_are_a_programming_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Rupiah.ParseDetailed("1", (RupiahStyles)8));

    [Fact]
    public void Generic_parsing_ignores_the_provider()
    {
        Assert.Equal(Rupiah.FromSen(7324600000), ParseVia<Rupiah>("Rp. 73.246.000,-"));
        Assert.Equal(Rupiah.FromSen(7324600000), ParseSpanVia<Rupiah>("Rp. 73.246.000,-"));
        Assert.True(TryParseVia("1.000", out Rupiah parsed));
        Assert.Equal(Rupiah.FromSen(100000), parsed);
    }

    private static T ParseVia<T>(string text) where T : IParsable<T> => T.Parse(text, CultureInfo.GetCultureInfo("en-US"));

    private static T ParseSpanVia<T>(string text) where T : ISpanParsable<T> => T.Parse(text.AsSpan(), CultureInfo.InvariantCulture);

    private static bool TryParseVia<T>(string text, out T result) where T : ISpanParsable<T> =>
        T.TryParse(text.AsSpan(), CultureInfo.GetCultureInfo("en-US"), out result!);

    [Fact]
    public void Result_equality_and_default()
    {
        Assert.Equal(Rupiah.ParseDetailed("0"), Rupiah.ParseDetailed("0"));
        Assert.NotEqual(Rupiah.ParseDetailed("0"), Rupiah.ParseDetailed("0,00"));
        Assert.True(Rupiah.ParseDetailed("x") == Rupiah.ParseDetailed("x"));
        Assert.True(Rupiah.ParseDetailed("x") != Rupiah.ParseDetailed("y"));
        Assert.True(default(RupiahParseResult).Success);
        Assert.Equal(Rupiah.Zero, default(RupiahParseResult).Value);
        Assert.Equal("73.246.000,00 (CurrencySymbolWithDot, DotGroupSeparator, DashForSen)", Rupiah.ParseDetailed("Rp. 73.246.000,-").ToString());
    }

    [Property]
    public Property Round_trips_through_every_format(Rupiah value)
    {
        bool ok = Rupiah.Parse(value.ToString()) == value
            && Rupiah.Parse(value.ToString("C")) == value
            && Rupiah.Parse(value.ToString("F")) == value
            && Rupiah.Parse(value.ToString("W")) == value
            && Rupiah.Parse(value.ToString("R"), RupiahStyles.AllowEnglishSeparators) == value
            && Rupiah.Parse(value.ToString("E"), RupiahStyles.AllowEnglishSeparators) == value
            && Rupiah.Parse(value.ToString("G"), RupiahStyles.Any) == value
            && Rupiah.Parse(value.ToString().Replace('.', ' ')) == value;
        return ok.Label($"{value.Sen} sen: {value}");
    }

    [Property]
    public Property Parsing_never_throws_and_agrees_with_TryParse(string? text, byte stylesSeed)
    {
        var styles = (RupiahStyles)(stylesSeed % 4);
        RupiahParseResult result = Rupiah.ParseDetailed(text, styles);
        bool agrees = Rupiah.TryParse(text.AsSpan(), styles, out Rupiah value) == result.Success
            && (!result.Success || (value == result.Value && result.ErrorMessage is null))
            && (result.Success || (result.ErrorMessage is not null && result.ErrorIndex >= 0 && result.ErrorIndex <= (text?.Length ?? 0)));
        return agrees.Label($"\"{text}\" ({styles}): {result}");
    }

    [Property]
    public Property Accepts_what_decimal_accepts_in_indonesian_style(Rupiah value, bool symbol)
    {
        var indonesian = new NumberFormatInfo { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };
        string text = (symbol ? "Rp. " : string.Empty) + value.Amount.ToString("N2", indonesian);
        RupiahParseResult result = Rupiah.ParseDetailed(text);
        return (result.Success && result.Value == value
                && result.Notation.HasFlag(RupiahNotation.DotGroupSeparator) == (Math.Abs((decimal)value.Sen) >= 100000m))
            .Label(text);
    }

    [Fact]
    public void Parses_every_amount_in_the_seed_document_and_reports_its_notation()
    {
        string seed = File.ReadAllText(TestData.SeedPath);
        string[] masukan = Regex.Matches(seed, @"Tersedian?nya [Dd]ana\t(?<amount>[^\t\r\n]+)")
            .Select(m => m.Groups["amount"].Value).ToArray();
        string[] jumlah = Regex.Matches(seed, @"Jumlah Tahun \d{4}\s*:\s*(?<amount>[^(\r\n]+)\(")
            .Select(m => m.Groups["amount"].Value).ToArray();
        Assert.NotEmpty(masukan);
        Assert.NotEmpty(jumlah);
        foreach (string text in masukan)
        {
            RupiahParseResult result = Rupiah.ParseDetailed(text);
            Assert.True(result.Success, $"{text}: {result.ErrorMessage}");
            Assert.True(result.Notation.HasFlag(RupiahNotation.CurrencySymbolWithDot), text);
            Assert.True(result.Value.Sen % 100 == 0, text);
        }

        foreach (string text in jumlah)
        {
            RupiahParseResult result = Rupiah.ParseDetailed(text);
            Assert.True(result.Success, $"{text}: {result.ErrorMessage}");
            bool spaced = text.Trim().Contains(' ', StringComparison.Ordinal);
            Assert.Equal(spaced, result.Notation.HasFlag(RupiahNotation.SpaceGroupSeparator));
        }
    }
}
