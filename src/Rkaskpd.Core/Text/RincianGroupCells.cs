using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>The cells of one column group of a perubahan (amended budget) rincian row, as the writers print them:
/// the values before the amendment (<see cref="Before"/>) or after it (<see cref="After"/>).</summary>
/// <param name="Volume">The volume, or null.</param>
/// <param name="Koefisien">SIPD's koefisien as printed (<c>2 Kotak x 4 Botol</c>), or null.</param>
/// <param name="Satuan">The unit, or null.</param>
/// <param name="Harga">The unit price, or null.</param>
/// <param name="Ppn">The PPN rate in percent, or null.</param>
/// <param name="Jumlah">The amount, or null.</param>
internal readonly record struct RincianGroupCells(decimal? Volume, string? Koefisien, string? Satuan, Rupiah? Harga, decimal? Ppn, Rupiah? Jumlah)
{
    /// <summary>Gets the cells before the amendment (all null when the line has no perubahan values).</summary>
    /// <param name="line">The rincian line.</param>
    /// <returns>The cells.</returns>
    public static RincianGroupCells Before(RincianLine line)
    {
        RincianPerubahan? before = line.Perubahan;
        return new(before?.VolumeSebelum, before?.KoefisienSebelum, before?.SatuanSebelum, before?.HargaSatuanSebelum,
            before?.PpnSebelum, before?.JumlahSebelum);
    }

    /// <summary>Gets the cells after the amendment: the line's own values.</summary>
    /// <param name="line">The rincian line.</param>
    /// <returns>The cells.</returns>
    public static RincianGroupCells After(RincianLine line) =>
        new(line.Volume, line.Koefisien, line.Satuan, line.HargaSatuan, line.Ppn, line.Jumlah);
}
