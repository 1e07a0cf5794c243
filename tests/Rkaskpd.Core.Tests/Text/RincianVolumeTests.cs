using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

public class RincianVolumeTests
{
    [Theory]
    [InlineData("12", "12")]
    [InlineData("1.200", "1200")]
    [InlineData("2,5", "2.5")]
    [InlineData("1.200,50", "1200.50")]
    [InlineData("2.5", "2.5")]
    [InlineData("12 x 1", "12")]
    [InlineData("2 x 12", "24")]
    [InlineData("12x2", "24")]
    [InlineData("3 \u00D7 4", "12")]
    [InlineData("12 bulan x 2 orang", "24")]
    [InlineData("10 rim", "10")]
    [InlineData("360 M3", "360")]
    [InlineData("125,5 m\u00B2", "125.5")]
    [InlineData("2 Unit x 40 m2", "80")]
    public void Reads_volumes_as_written(string text, string expected)
    {
        Assert.True(RincianVolume.TryParse(text, out decimal value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sepuluh")]
    [InlineData("x 2")]
    [InlineData("2 x")]
    [InlineData("1 200")]
    [InlineData("1.20.0")]
    [InlineData("1,2,3")]
    [InlineData("rim 2")]
    [InlineData("3 m23")]
    [InlineData("2 + 3")]
    public void Rejects_what_is_no_volume(string text)
    {
        Assert.False(RincianVolume.TryParse(text, out _));
    }

    [Property]
    public Property The_writers_decimal_comma_reads_back() =>
        // Volumes from 0,01 to 9 999 999 999,99: 1–12 digits of hundredths.
        Prop.ForAll(WideNumbers.Digits(1, 12).ToArbitrary(), hundredths =>
        {
            decimal volume = hundredths / 100m;
            string written = volume.ToString(CultureInfo.InvariantCulture).Replace('.', ',');
            return (RincianVolume.TryParse(written, out decimal read) && read == volume
                && read.ToString(CultureInfo.InvariantCulture) == volume.ToString(CultureInfo.InvariantCulture)).Label(written);
        });
}
