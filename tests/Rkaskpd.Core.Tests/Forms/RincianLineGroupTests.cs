using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

/// <summary>Which rincian lines are group lines: SIPD's (<c>[#]</c>, <c>[-]</c>), whose subtotals sums leave out, and
/// other prints' headings alone.</summary>
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

    /// <summary>A heading printed alone (no kode rekening, volume, satuan, koefisien, harga or jumlah) heads the lines
    /// under it, as a person reads it; a line with any of those is no heading of its own.</summary>
    [Fact]
    public void A_heading_printed_alone_is_a_group_line()
    {
        var heading = new RincianLine { Uraian = "Kelas Ibu Hamil" };

        Assert.True(heading.IsGroup);
        Assert.True((heading with { Uraian = "a. Honorarium Panitia :" }).IsGroup);
        Assert.False((heading with { Uraian = " " }).IsGroup);
        Assert.False((heading with { Jumlah = new Rupiah(1_000m) }).IsGroup);
        Assert.False((heading with { Satuan = "paket" }).IsGroup);
        Assert.False((heading with { Koefisien = "1 Paket" }).IsGroup);
        Assert.False((heading with { Volume = 1m }).IsGroup);
        Assert.False((heading with { HargaSatuan = new Rupiah(1_000m) }).IsGroup);
        Assert.False((heading with { KodeRekening = "5.2.2.01" }).IsGroup);
    }
}
