using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class RincianLineRuleTests
{
    private static readonly RincianLineRule Rule = new();

    private static RkaForm WithLine(RincianLine line) => TestForms.Consistent() with { Rincian = [RincianLine.Rekening("5.2", "BELANJA", Rupiah.Zero), line] };

    [Fact]
    public void Volume_times_price_raises_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Fact]
    public void A_fractional_volume_rounds_half_away_from_zero() =>
        Assert.Empty(Rule.Run(WithLine(RincianLine.Detail("Bahan bakar", 2.5m, "liter", Rupiah.Parse("0,05")))));

    [Fact]
    public void A_wrong_jumlah_is_reported_with_the_computation()
    {
        RincianLine line = RincianLine.Detail("Map", 2m, "buah", Rupiah.Parse("100,00")) with { Jumlah = Rupiah.Parse("300,00") };
        Diagnostic d = Assert.Single(Rule.Run(WithLine(line)));
        Assert.Equal(("RKA501", DiagnosticSeverity.Error, "rincian[1].jumlah", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Equal("'Map': jumlah is 300,00; expected volume × harga satuan = 2 × 100,00 = 200,00.", d.Message);
    }

    [Theory]
    [InlineData("1500", "1.500")]
    [InlineData("2.5", "2,5")]
    [InlineData("18000000.00", "18.000.000")]
    public void The_volume_in_the_message_is_written_as_the_forms_write_it(string volume, string written)
    {
        decimal value = decimal.Parse(volume, System.Globalization.CultureInfo.InvariantCulture);
        RincianLine line = RincianLine.Detail("Kertas", value, "lembar", Rupiah.Parse("100,00")) with { Jumlah = Rupiah.Parse("1,00") };

        Diagnostic d = Assert.Single(Rule.Run(WithLine(line)));

        Assert.Contains("= " + written + " × 100,00 = ", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_overflowing_product_is_reported_not_thrown()
    {
        RincianLine line = RincianLine.Detail("Map", 1m, "buah", Rupiah.MaxValue) with { Volume = 1000m };
        Diagnostic d = Assert.Single(Rule.Run(WithLine(line)));
        Assert.Contains("out of range", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_without_volume_or_price_are_skipped() =>
        Assert.Empty(Rule.Run(WithLine(new RincianLine { Uraian = "Lain-lain", Jumlah = Rupiah.Parse("5,00") })));

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));

    [Fact]
    public void A_one_sen_difference_is_reported()
    {
        RincianLine line = RincianLine.Detail("Map", 3m, "buah", Rupiah.Parse("100,00")) with { Jumlah = Rupiah.Parse("300,01") };
        Diagnostic d = Assert.Single(Rule.Run(WithLine(line)));
        Assert.Equal("'Map': jumlah is 300,01; expected volume × harga satuan = 3 × 100,00 = 300,00.", d.Message);
    }

    [Theory]
    [InlineData(true, true, false)]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    public void A_detail_line_missing_one_of_the_three_numbers_is_skipped(bool volume, bool price, bool jumlah)
    {
        var line = new RincianLine
        {
            Uraian = "Map",
            Volume = volume ? 3m : null,
            HargaSatuan = price ? Rupiah.Parse("100,00") : null,
            Jumlah = jumlah ? Rupiah.Parse("999,00") : null,
        };
        Assert.Empty(Rule.Run(WithLine(line)));
    }

    [Fact]
    public void SIPD_PPN_is_part_of_the_jumlah()
    {
        RincianLine line = RincianLine.Detail("Air Mineral Gelas", 10m, "Dus", Rupiah.Parse("27.000,00")) with { Ppn = 11m, Jumlah = Rupiah.Parse("299.700,00") };
        Assert.Empty(Rule.Run(WithLine(line)));
    }

    [Fact]
    public void A_rekening_line_is_not_checked_as_a_detail_line()
    {
        RincianLine rekening = RincianLine.Rekening("5.2.2", "BELANJA BARANG", Rupiah.Parse("999,00")) with { Volume = 3m, HargaSatuan = Rupiah.Parse("100,00") };
        Assert.Empty(Rule.Run(WithLine(rekening)));
    }

    [Fact]
    public void A_jumlah_without_its_PPN_is_reported()
    {
        RincianLine line = RincianLine.Detail("Air Mineral Gelas", 10m, "Dus", Rupiah.Parse("27.000,00")) with { Ppn = 11m };
        Diagnostic d = Assert.Single(Rule.Run(WithLine(line)));
        Assert.Equal(("RKA501", "rincian[1].jumlah"), (d.Code, d.Path));
    }
}
