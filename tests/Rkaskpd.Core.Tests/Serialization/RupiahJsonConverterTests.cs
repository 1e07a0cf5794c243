using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using Rkaskpd.Serialization;
using Xunit;
using static Rkaskpd.Tests.Serialization.ConverterTestHelper;

namespace Rkaskpd.Tests.Serialization;

public class RupiahJsonConverterTests
{
    private static readonly RupiahJsonConverter Converter = new();

    [Theory]
    [InlineData(55120439000L, "551204390.00")]
    [InlineData(0L, "0.00")]
    [InlineData(1L, "0.01")]
    [InlineData(-1L, "-0.01")]
    [InlineData(-150L, "-1.50")]
    [InlineData(long.MaxValue, "92233720368547758.07")]
    [InlineData(long.MinValue, "-92233720368547758.08")]
    public void Writes_a_number_with_two_decimals(long sen, string expected)
    {
        Assert.Equal(expected, Write(Converter, Rupiah.FromSen(sen)));
        Assert.Equal("{\"" + expected + "\":1}", WriteKey(Converter, Rupiah.FromSen(sen)));
    }

    [Theory]
    [InlineData("551204390.00", 55120439000L)]
    [InlineData("551204390", 55120439000L)]
    [InlineData("1.5", 150L)]
    [InlineData("1.500", 150L)]
    [InlineData("-0.01", -1L)]
    [InlineData("1e2", 10000L)]
    [InlineData("\"551204390.00\"", 55120439000L)]
    [InlineData("\"-1.5\"", -150L)]
    [InlineData("92233720368547758.07", long.MaxValue)]
    [InlineData("-92233720368547758.08", long.MinValue)]
    public void Reads_a_number_or_a_numeric_string(string json, long sen) =>
        Assert.Equal(Rupiah.FromSen(sen), Read(Converter, json));

    [Theory]
    [InlineData("1.005")]
    [InlineData("0.001")]
    [InlineData("\"1.005\"")]
    [InlineData("92233720368547758.08")]
    [InlineData("-92233720368547758.09")]
    [InlineData("1e40")]
    [InlineData("\"551.204.390,00\"")]
    [InlineData("\"Rp 5\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[]")]
    public void Rejects_anything_else_with_a_JsonException(string json) =>
        Assert.Throws<JsonException>(() => Read(Converter, json));

    [Fact]
    public void Reads_a_property_name() =>
        Assert.Equal(Rupiah.FromSen(150), ReadKey(Converter, "{\"1.50\":1}"));

    [Property(Arbitrary = new[] { typeof(RupiahArbitraries) })]
    public bool Round_trips_every_amount(Rupiah amount) =>
        Read(Converter, Write(Converter, amount)) == amount
        && ReadKey(Converter, WriteKey(Converter, amount)) == amount
        && Write(Converter, amount) == amount.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
