namespace Rkaskpd.Text;

/// <summary>The cells of a perubahan rincian row beside its Setelah Perubahan cells, as written.</summary>
/// <param name="VolumeText">The Sebelum Perubahan <c>volume</c>; empty if none.</param>
/// <param name="Satuan">The Sebelum Perubahan <c>satuan</c>; empty if none.</param>
/// <param name="HargaSatuanText">The Sebelum Perubahan <c>harga satuan</c>; empty if none.</param>
/// <param name="JumlahText">The Sebelum Perubahan <c>jumlah</c>; empty if none.</param>
/// <param name="SelisihText">The <c>Bertambah/(Berkurang)</c> amount; empty if none.</param>
/// <param name="Penjelasan">The <c>penjelasan</c> (explanation) text after the numbers; empty if none.</param>
internal sealed record RawRincianPerubahan(
    string VolumeText,
    string Satuan,
    string HargaSatuanText,
    string JumlahText,
    string SelisihText,
    string Penjelasan)
{
    /// <summary>Gets a value indicating whether <see cref="VolumeText"/> is SIPD's koefisien as printed
    /// (<c>30 Orang x 4 Kali</c>).</summary>
    public bool Koefisien { get; init; }

    /// <summary>Gets SIPD's Sebelum Perubahan <c>PPN</c> cell as written (<c>0</c>, <c>11%</c>); empty if none.</summary>
    public string PpnText { get; init; } = string.Empty;
}
