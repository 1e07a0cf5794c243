namespace Rkaskpd.Text;

/// <summary>One row of the <c>rincian anggaran belanja</c> (expenditure detail) table, as written.</summary>
/// <param name="Line">The 1-based line of the row (its first line when the <c>uraian</c> wraps).</param>
/// <param name="KodeRekening">The <c>kode rekening</c> with its parts joined by dots (<c>5 2 2 01 01</c> →
/// <c>5.2.2.01.01</c>), or <see langword="null"/> for a detail row.</param>
/// <param name="Uraian">The description; wrapped lines joined by one space.</param>
/// <param name="VolumeText">The <c>volume</c> cell as written (<c>12</c>, <c>1.200</c>, <c>2,5</c>, <c>12 x 1</c>);
/// empty if none.</param>
/// <param name="Satuan">The <c>satuan</c> (unit) cell as written; empty if none.</param>
/// <param name="HargaSatuanText">The <c>harga satuan</c> (unit price) cell as written; empty if none.</param>
/// <param name="JumlahText">The <c>jumlah</c> (amount) cell as written; empty if none.</param>
internal sealed record RawRincianLine(
    int Line,
    string? KodeRekening,
    string Uraian,
    string VolumeText,
    string Satuan,
    string HargaSatuanText,
    string JumlahText)
{
    /// <summary>Gets the Sebelum Perubahan cells and the difference of a perubahan table's row (its own cells are the
    /// Setelah Perubahan ones), or null on other tables.</summary>
    public RawRincianPerubahan? Perubahan { get; init; }

    /// <summary>Gets a value indicating whether the row came from a table with SIPD's columns (<c>Koefisien</c>,
    /// <c>PPN</c>): then <see cref="VolumeText"/> is the koefisien as printed (<c>12 Bulan x 2 Orang</c>).</summary>
    public bool Koefisien { get; init; }

    /// <summary>Gets SIPD's <c>PPN</c> cell as written (<c>0</c>, <c>11%</c>); empty if none.</summary>
    public string PpnText { get; init; } = string.Empty;

    /// <summary>Gets a value indicating whether the row has none of its own volume, satuan, harga satuan and jumlah
    /// cells: its kode rekening and uraian only.</summary>
    public bool HasNoCells => VolumeText.Length + Satuan.Length + HargaSatuanText.Length + JumlahText.Length == 0;
}
