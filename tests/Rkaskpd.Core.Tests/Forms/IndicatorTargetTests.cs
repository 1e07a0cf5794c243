using System;
using FsCheck;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

public class IndicatorTargetTests
{
    [Theory]
    [InlineData("78%", 78)]
    [InlineData("75 %", 75)]
    [InlineData("86%", 86)]
    [InlineData("80 persen", 80)]
    [InlineData("12,5%", 12.5)]
    [InlineData("120%", 120)]
    public void Percentages_are_read(string text, decimal expected)
    {
        var target = Assert.IsType<PercentageTarget>(IndicatorTarget.Parse(text));
        Assert.Equal(expected, target.Percent);
        Assert.Equal(text, target.Text);
    }

    [Theory]
    [InlineData("Rp. 551.204.390,00", 55120439000)]
    [InlineData("Rp. 73.246.000,-", 7324600000)]
    [InlineData("Rp 1.796.000,00", 179600000)]
    [InlineData("Rp 561,000,000", 56100000000)]
    [InlineData("Rp. 32 500 000,00", 3250000000)]
    public void Money_is_read(string text, long sen)
    {
        var target = Assert.IsType<MoneyTarget>(IndicatorTarget.Parse(text));
        Assert.Equal(Rupiah.FromSen(sen), target.Amount);
    }

    [Theory]
    [InlineData("30 Jenis", 30, "Jenis")]
    [InlineData("32 eksemplar", 32, "eksemplar")]
    [InlineData("40 exemplar", 40, "exemplar")]
    [InlineData("10 Jenis laporan", 10, "Jenis laporan")]
    [InlineData("5 Desa", 5, "Desa")]
    [InlineData("1.250 Orang", 1250, "Orang")]
    [InlineData("2,5 Km", 2.5, "Km")]
    public void Quantities_are_read(string text, decimal quantity, string unit)
    {
        var target = Assert.IsType<QuantityTarget>(IndicatorTarget.Parse(text));
        Assert.Equal(quantity, target.Quantity);
        Assert.Equal(unit, target.Unit);
    }

    [Theory]
    [InlineData("86,32", 86.32)]
    [InlineData("86.32", 86.32)]
    [InlineData("3", 3)]
    public void Bare_numbers_are_scores(string text, decimal value)
    {
        var target = Assert.IsType<ScoreTarget>(IndicatorTarget.Parse(text));
        Assert.Equal(value, target.Value);
    }

    [Fact]
    public void Compound_targets_keep_their_parts()
    {
        var target = Assert.IsType<CompoundTarget>(IndicatorTarget.Parse("5 Desa dan 7 Kelurahan"));
        Assert.Collection(
            target.Parts,
            p => Assert.Equal((5m, "Desa"), (p.Quantity, p.Unit)),
            p => Assert.Equal((7m, "Kelurahan"), (p.Quantity, p.Unit)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Meningkat")]
    [InlineData("Rp. banyak")]
    [InlineData("%")]
    [InlineData("5 Desa dan sebagian")]
    public void Text_without_a_reading_is_kept_as_text(string text)
    {
        var target = Assert.IsType<TextTarget>(IndicatorTarget.Parse(text));
        Assert.Equal(text, target.Text);
    }

    [Fact]
    public void Equal_texts_give_equal_targets() =>
        Assert.Equal(IndicatorTarget.Parse("5 Desa dan 7 Kelurahan"), IndicatorTarget.Parse("5 Desa dan 7 Kelurahan"));

    [Property(MaxTest = 500)]
    public void Parse_never_throws_and_keeps_the_text(string? text)
    {
        IndicatorTarget target = IndicatorTarget.Parse(text);
        Assert.Equal(text ?? string.Empty, target.Text);
    }
}
