using System.Collections.Generic;
using Rkaskpd.Tests.Text.Layout;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A sheet's <c>Rp</c> in a cell of its own left of each amount (<c>Rp | 600.000</c>): no cell of the row, and
/// in its fixed-width print (a wide gap after <c>Rp</c>, or one space after the amount before it) joined to its amount.</summary>
public class RpCellTests
{
    [Fact]
    public void A_tab_rows_rp_cells_are_no_cells_of_their_own()
    {
        Assert.True(TabRincianRow.TryRead(["", "- Kertas HVS A4 80 gram", "6", "rim", "Rp", "45.000", "Rp", "270.000"], 1, out RawRincianLine row));
        Assert.Equal(("- Kertas HVS A4 80 gram", "6", "rim", "45.000", "270.000"), (row.Uraian, row.VolumeText, row.Satuan, row.HargaSatuanText, row.JumlahText));

        Assert.True(TabRincianRow.TryRead(["5.2.1", "Belanja Pegawai", "", "", "", "Rp", "2.600.000"], 1, out RawRincianLine rekening));
        Assert.Equal(("Belanja Pegawai", string.Empty, "2.600.000"), (rekening.Uraian, rekening.HargaSatuanText, rekening.JumlahText));
    }

    [Fact]
    public void A_fixed_width_rp_goes_with_the_amount_it_stands_before()
    {
        List<string> rows = LayoutRows.Texts(
            "JUMLAH TAHUN N-1            : Rp                                    13.450.000",
            "                            - Honor Penanggung Jawab Kegiatan                    1   OK      Rp        600.000 Rp            600.000",
            "                            Biaya Rp          5.000");

        Assert.Equal("JUMLAH TAHUN N-1\t:\tRp 13.450.000", rows[0]);
        Assert.EndsWith("1\tOK\tRp 600.000\tRp 600.000", rows[1], System.StringComparison.Ordinal);
        Assert.Equal("\tBiaya Rp\t5.000", rows[2]);
    }
}
