using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

/// <summary>Which rincian lines are SIPD group lines (<c>[#]</c>, <c>[-]</c>), whose subtotals sums leave out.</summary>
public class RincianLineGroupTests
{
    [Theory]
    [InlineData("[#] Alat Tulis Kantor", true)]
    [InlineData("[-] Kelas Ibu Hamil", true)]
    [InlineData("[ # ] Alat Tulis Kantor", true)]
    [InlineData("[ - ]  Pelatihan Olahan Pangan", true)]
    [InlineData("[  #] x", true)]
    [InlineData("[ x ] Alat Tulis Kantor", false)]
    [InlineData("[ # Alat Tulis Kantor", false)]
    [InlineData("[", false)]
    [InlineData("[ ", false)]
    [InlineData("[ #", false)]
    [InlineData("- Alat Tulis Kantor", false)]
    [InlineData("", false)]
    public void A_line_with_no_code_volume_or_harga_is_a_group_when_its_uraian_starts_with_the_marker(string uraian, bool group)
    {
        Assert.Equal(group, new RincianLine { Uraian = uraian, Jumlah = new Rupiah(1_000m) }.IsGroup);
        Assert.False(new RincianLine { Uraian = uraian, Volume = 2m, HargaSatuan = new Rupiah(500m) }.IsGroup);
    }
}
