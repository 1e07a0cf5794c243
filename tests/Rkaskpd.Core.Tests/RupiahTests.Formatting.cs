using System;
using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Tests;

public partial class RupiahTests
{
    public static TheoryData<long, string?, string> Formats => new()
    {
        { 55120439000L, null, "551.204.390,00" },
        { 55120439000L, "", "551.204.390,00" },
        { 55120439000L, "G", "551.204.390,00" },
        { 55120439000L, "g", "551.204.390,00" },
        { -55120439000L, "G", "-551.204.390,00" },
        { 55120439000L, "C", "Rp 551.204.390,00" },
        { -100050L, "C", "-Rp 1.000,50" },
        { 55120439000L, "F", "Rp. 551.204.390,00" },
        { -100050L, "F", "-Rp. 1.000,50" },
        { 55120439000L, "W", "551.204.390" },
        { -100050L, "W", "-1.000,50" },
        { 7L, "W", "0,07" },
        { 0L, "W", "0" },
        { 55120439000L, "R", "551204390.00" },
        { -100050L, "R", "-1000.50" },
        { 55120439000L, "E", "551,204,390.00" },
        { -100050L, "e", "-1,000.50" },
        { 0L, "G", "0,00" },
        { 5L, "G", "0,05" },
        { -5L, "G", "-0,05" },
        { 99999L, "G", "999,99" },
        { 100000L, "G", "1.000,00" },
        { long.MaxValue, "G", "92.233.720.368.547.758,07" },
        { long.MinValue, "F", "-Rp. 92.233.720.368.547.758,08" },
        { long.MinValue, "R", "-92233720368547758.08" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Formats_as_the_forms_write(long sen, string? format, string expected)
    {
        Rupiah value = Rupiah.FromSen(sen);
        Assert.Equal(expected, value.ToString(format));
        Assert.Equal(expected, ((IFormattable)value).ToString(format, CultureInfo.GetCultureInfo("en-US")));

        Span<char> chars = stackalloc char[expected.Length];
        Assert.True(value.TryFormat(chars, out int written, format));
        Assert.Equal(expected, chars[..written].ToString());
        Assert.False(value.TryFormat(chars[..^1], out written, format));
        Assert.Equal(0, written);

        Span<byte> bytes = stackalloc byte[expected.Length];
        Assert.True(value.TryFormat(bytes, out int bytesWritten, format));
        Assert.Equal(Encoding.UTF8.GetBytes(expected), bytes[..bytesWritten].ToArray());
        Assert.False(value.TryFormat(bytes[..^1], out bytesWritten, format));
    }

    [Fact]
    public void ToString_without_format_is_the_forms_style() =>
        Assert.Equal("551.204.390,00", Rupiah.FromSen(55120439000).ToString());

    [Fact]
    public void Interpolation_uses_the_span_formatter() =>
        Assert.Equal("Masukan: Rp. 73.246.000,00", $"Masukan: {Rupiah.FromSen(7324600000):F}");

    [Theory]
    [InlineData("N0")]
    [InlineData("N2")]
    [InlineData("X")]
    [InlineData("GG")]
    [InlineData("0.00")]
    public void Unknown_formats_throw(string format)
    {
        Assert.Throws<FormatException>(() => Rupiah.Zero.ToString(format));
        Assert.Throws<FormatException>(() => Rupiah.Zero.TryFormat(new char[40], out _, format));
        Assert.Throws<FormatException>(() => Rupiah.Zero.TryFormat(new byte[40], out _, format));
    }

    [Property]
    public Property Formatting_and_parsing_ignore_the_current_culture(Rupiah value)
    {
        string[] formats = ["G", "C", "F", "W", "R", "E"];
        string[] expected = Array.ConvertAll(formats, f => value.ToString(f));
        CultureInfo original = CultureInfo.CurrentCulture;
        bool ok = true;
        try
        {
            foreach (string name in new[] { "tr-TR", "ar-SA", "id-ID", "en-US", "" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                for (int i = 0; i < formats.Length; i++)
                {
                    string text = value.ToString(formats[i]);
                    ok &= text == expected[i] && $"{value}" == expected[0]
                        && Rupiah.Parse(text, RupiahStyles.Any) == value;
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        return ok.Label($"{value.Sen} sen");
    }

    [Property]
    public Property Forms_style_matches_decimal_with_indonesian_separators(Rupiah value)
    {
        var indonesian = new NumberFormatInfo { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NegativeSign = "-" };
        return (value.ToString() == value.Amount.ToString("N2", indonesian)).Label($"{value.Sen} sen");
    }
}
