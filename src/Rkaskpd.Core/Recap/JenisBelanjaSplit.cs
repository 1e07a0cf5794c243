namespace Rkaskpd.Recap;

/// <summary>
/// The year-n amount split by <c>jenis belanja</c> (kind of direct expenditure), read from the <c>rincian belanja</c>
/// lines: <c>5.2.1 Belanja Pegawai</c> (personnel), <c>5.2.2 Belanja Barang dan Jasa</c> (goods and services),
/// <c>5.2.3 Belanja Modal</c> (capital), and what fits none of them.
/// </summary>
/// <remarks>
/// Equality is by value. The default value is all zero, the same as <see cref="Zero"/>. <see cref="Lainnya"/> holds
/// the lines that sit under no <c>5.2.1</c>, <c>5.2.2</c> or <c>5.2.3</c> rekening (another account, a code that
/// cannot be read, or detail lines before any rekening), so that no amount is silently dropped.
/// </remarks>
/// <param name="Pegawai">The <c>Belanja Pegawai</c> (5.2.1) amount.</param>
/// <param name="BarangDanJasa">The <c>Belanja Barang dan Jasa</c> (5.2.2) amount.</param>
/// <param name="Modal">The <c>Belanja Modal</c> (5.2.3) amount.</param>
/// <param name="Lainnya">The amount of lines under no known <c>jenis belanja</c> (the explicit "unknown" bucket).</param>
public readonly record struct JenisBelanjaSplit(Rupiah Pegawai, Rupiah BarangDanJasa, Rupiah Modal, Rupiah Lainnya)
{
    /// <summary>Gets the split with every part zero.</summary>
    public static JenisBelanjaSplit Zero => default;

    /// <summary>Gets the sum of the four parts.</summary>
    /// <exception cref="System.OverflowException">The sum is out of the range of <see cref="Rupiah"/>.</exception>
    public Rupiah Total => Pegawai + BarangDanJasa + Modal + Lainnya;

    /// <summary>Adds two splits part by part.</summary>
    /// <param name="left">The first split.</param>
    /// <param name="right">The second split.</param>
    /// <returns>The sums.</returns>
    /// <exception cref="System.OverflowException">A sum is out of the range of <see cref="Rupiah"/>.</exception>
    public static JenisBelanjaSplit operator +(JenisBelanjaSplit left, JenisBelanjaSplit right) => new(
        left.Pegawai + right.Pegawai,
        left.BarangDanJasa + right.BarangDanJasa,
        left.Modal + right.Modal,
        left.Lainnya + right.Lainnya);

    /// <summary>Adds two splits part by part (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first split.</param>
    /// <param name="right">The second split.</param>
    /// <returns>The sums.</returns>
    /// <exception cref="System.OverflowException">A sum is out of the range of <see cref="Rupiah"/>.</exception>
    public static JenisBelanjaSplit Add(JenisBelanjaSplit left, JenisBelanjaSplit right) => left + right;
}
