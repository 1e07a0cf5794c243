using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>The flattened rincian table's column-number row, with or without the jumlah column's formula.</summary>
public class RincianHeadingsTests
{
    [Theory]
    [InlineData("1 2 3 4 5 6")]
    [InlineData("1 2 3 4 5 6 = 3 x 5")]
    [InlineData("1 2 3 4 5 6 = (3 x 5)")]
    [InlineData("1 2 3 4 5 6=3 x 5")]
    [InlineData("1 2 3 4 5 6= 3 × 5")]
    public void Numbers_the_columns(string line) => Assert.True(RincianHeadings.IsFlatColumnNumbers(line));

    [Theory]
    [InlineData("1 2")]
    [InlineData("= 3 x 5")]
    [InlineData("1 2 3 = Belanja")]
    [InlineData("5 2 2 01 01 Belanja alat tulis kantor")]
    [InlineData("1 2 3 4 5 6 = 3 x 5 Belanja")]
    [InlineData("1 2 3 = 4 = 5")]
    [InlineData("100 200 300")]
    public void Other_lines_do_not(string line) => Assert.False(RincianHeadings.IsFlatColumnNumbers(line));
}
