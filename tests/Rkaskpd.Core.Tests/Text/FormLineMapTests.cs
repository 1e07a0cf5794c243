using System.Globalization;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>A form's line map answers the same whether it is searched path by path (a usual form) or indexed (a form
/// with a long rincian table): the first path recorded wins both ways, a missing path falls back to its parent and then
/// to the form's start line.</summary>
public class FormLineMapTests
{
    [Theory]
    [InlineData(10)]
    [InlineData(200)]
    public void Small_and_large_maps_answer_alike(int rows)
    {
        var map = new FormLineMap(startLine: 5, endLine: 1000, capacity: 4);
        map.Add("header.kegiatan", 7);
        map.Add("header.kegiatan", 8); // a second record of a path: the first line stays
        map.Add("header.program", 7); // a second path on a line: the first path stays
        map.Add("header.lokasi", 0); // no line: not recorded
        map.Add("kak.mekanisme", 40);
        for (int i = 0; i < rows; i++)
        {
            map.Add("rincian[" + i.ToString(CultureInfo.InvariantCulture) + "]", 100 + i);
        }

        Assert.Equal(7, map.LineOf("header.kegiatan"));
        Assert.Equal(7, map.LineOf("header.program"));
        Assert.Equal("header.kegiatan", map.PathAt(7));
        Assert.Equal(5, map.LineOf("header.lokasi"));
        Assert.Equal(40, map.LineOf("kak.mekanisme.jadwal[2]"));
        Assert.Equal(100 + rows - 1, map.LineOf("rincian[" + (rows - 1).ToString(CultureInfo.InvariantCulture) + "].jumlah"));
        Assert.Equal("rincian[3]", map.PathAt(103));
        Assert.Equal(string.Empty, map.PathAt(99));
        Assert.Equal(5, map.LineOf("rincian"));
        Assert.Equal(5, map.LineOf(string.Empty));
    }
}
