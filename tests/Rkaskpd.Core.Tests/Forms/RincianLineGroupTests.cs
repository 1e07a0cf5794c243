using System.Linq;
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

    /// <summary>An older print's group heading with the subtotal of the lines under it and no marker: marked when the
    /// lines after it (up to the next such line or rekening) add up to it, a group line then; a lump sum no lines add up
    /// to stays a detail line. JSON carries the mark and leaves it out when false.</summary>
    [Fact]
    public void A_jumlah_only_line_that_its_lines_add_up_to_is_a_subtotal_heading()
    {
        var lines = new System.Collections.Generic.List<RincianLine>
        {
            RincianLine.Rekening("5.2.3.26.01", "Belanja Modal Drainase", new Rupiah(14_230_000m)),
            new() { Uraian = "Pekerjaan Persiapan", Jumlah = new Rupiah(9_230_000m) },
            RincianLine.Detail("Pengukuran", 1, "ls", new Rupiah(4_230_000m)),
            RincianLine.Detail("Direksi keet", 1, "unit", new Rupiah(5_000_000m)),
            new() { Uraian = "Biaya umum", Jumlah = new Rupiah(5_000_000m) },
            RincianLine.Detail("Papan nama", 2, "buah", new Rupiah(1_000_000m)),
            RincianLine.Rekening("5.2.3.26.02", "Belanja Modal Jalan", new Rupiah(3_000_000m)),
            new() { Uraian = "Pekerjaan tanah", Jumlah = new Rupiah(3_000_000m) },
        };

        Rkaskpd.Forms.RincianSubtotals.Mark(lines);

        Assert.Equal([false, true, false, false, false, false, false, false], lines.Select(l => l.IsSubtotal));
        Assert.True(lines[1].IsGroup);
        Assert.False(lines[4].IsGroup);
        var form = new RkaForm { Rincian = [.. lines] };
        string json = Rkaskpd.Serialization.RkaJson.Serialize(new RkaDocument { Forms = [form] });
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(json, "\"subtotal\": ?true"));
        Assert.DoesNotContain("\"subtotal\": false", json, System.StringComparison.Ordinal);
        Assert.Equal(form.Rincian, Rkaskpd.Serialization.RkaJson.Deserialize(json).Forms[0].Rincian);
    }
}
