using System.Text.Json.Serialization;
using Rkaskpd.Codes;

namespace Rkaskpd.Recap;

/// <summary>
/// The year-n amount split by <c>jenis belanja</c> (kind of expenditure), read from the <c>rincian belanja</c> lines
/// in the document's scheme (<see cref="Scheme"/>). Permendagri 13/2006: <c>5.2.1 Belanja Pegawai</c> (personnel),
/// <c>5.2.2 Belanja Barang dan Jasa</c> (goods and services), <c>5.2.3 Belanja Modal</c> (capital). Permendagri
/// 90/2019: <c>5.1 Belanja Operasi</c> (<see cref="BelanjaOperasi"/>: <c>5.1.01</c> pegawai, <c>5.1.02</c> barang dan
/// jasa, <c>5.1.03</c> bunga, <c>5.1.04</c> subsidi, <c>5.1.05</c> hibah, <c>5.1.06</c> bantuan sosial),
/// <c>5.2 Belanja Modal</c>, <c>5.3 Belanja Tidak Terduga</c>, <c>5.4 Belanja Transfer</c>. And what fits none of them.
/// </summary>
/// <remarks>
/// Equality is by value. The default value is all zero, the same as <see cref="Zero"/>. <see cref="Lainnya"/> holds
/// the lines that sit under no known jenis of the scheme (another account, a code that cannot be read, or detail
/// lines before any rekening), so that no amount is silently dropped. The parts only 90/2019 has are zero in a
/// 13/2006 split and are left out of its JSON, which therefore keeps its 13/2006 shape.
/// </remarks>
/// <param name="Pegawai">The <c>Belanja Pegawai</c> amount (13/2006 <c>5.2.1</c>, 90/2019 <c>5.1.01</c>).</param>
/// <param name="BarangDanJasa">The <c>Belanja Barang dan Jasa</c> amount (13/2006 <c>5.2.2</c>, 90/2019 <c>5.1.02</c>).</param>
/// <param name="Modal">The <c>Belanja Modal</c> amount (13/2006 <c>5.2.3</c>, 90/2019 <c>5.2</c>).</param>
/// <param name="Lainnya">The amount of lines under no known <c>jenis belanja</c> (the explicit "unknown" bucket).</param>
public readonly record struct JenisBelanjaSplit(Rupiah Pegawai, Rupiah BarangDanJasa, Rupiah Modal, Rupiah Lainnya)
{
    /// <summary>Gets the split with every part zero.</summary>
    public static JenisBelanjaSplit Zero => default;

    /// <summary>Gets the scheme whose <c>jenis belanja</c> the split follows.</summary>
    /// <value><see cref="CodeScheme.Permendagri13"/> or <see cref="CodeScheme.Permendagri90"/> for a computed split;
    /// <see cref="CodeScheme.None"/> for <see cref="Zero"/> and for a split supplied without one (read as 13/2006).</value>
    public CodeScheme Scheme { get; init; }

    /// <summary>Gets the 90/2019 <c>Belanja Bunga</c> (5.1.03) amount; zero in 13/2006.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Rupiah Bunga { get; init; }

    /// <summary>Gets the 90/2019 <c>Belanja Subsidi</c> (5.1.04) amount; zero in 13/2006.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Rupiah Subsidi { get; init; }

    /// <summary>Gets the 90/2019 <c>Belanja Hibah</c> (5.1.05) amount; zero in 13/2006.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Rupiah Hibah { get; init; }

    /// <summary>Gets the 90/2019 <c>Belanja Bantuan Sosial</c> (5.1.06) amount; zero in 13/2006.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Rupiah BantuanSosial { get; init; }

    /// <summary>Gets the 90/2019 <c>Belanja Tidak Terduga</c> (5.3) amount; zero in 13/2006.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Rupiah TidakTerduga { get; init; }

    /// <summary>Gets the 90/2019 <c>Belanja Transfer</c> (5.4) amount; zero in 13/2006.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public Rupiah Transfer { get; init; }

    /// <summary>Gets the 90/2019 <c>Belanja Operasi</c> (5.1): pegawai, barang dan jasa, bunga, subsidi, hibah and bantuan sosial.</summary>
    /// <exception cref="System.OverflowException">The sum is out of the range of <see cref="Rupiah"/>.</exception>
    [JsonIgnore]
    public Rupiah BelanjaOperasi => Pegawai + BarangDanJasa + Bunga + Subsidi + Hibah + BantuanSosial;

    /// <summary>Gets the sum of all parts.</summary>
    /// <exception cref="System.OverflowException">The sum is out of the range of <see cref="Rupiah"/>.</exception>
    public Rupiah Total => BelanjaOperasi + Modal + TidakTerduga + Transfer + Lainnya;

    /// <summary>Adds two splits part by part.</summary>
    /// <param name="left">The first split.</param>
    /// <param name="right">The second split.</param>
    /// <returns>The sums, in the scheme of the two (a split of scheme <see cref="CodeScheme.None"/> takes the other's).</returns>
    /// <exception cref="System.OverflowException">A sum is out of the range of <see cref="Rupiah"/>.</exception>
    /// <exception cref="System.ArgumentException">The splits follow different schemes.</exception>
    public static JenisBelanjaSplit operator +(JenisBelanjaSplit left, JenisBelanjaSplit right)
    {
        if (left.Scheme != CodeScheme.None && right.Scheme != CodeScheme.None && left.Scheme != right.Scheme)
        {
            throw new System.ArgumentException($"Cannot add a {right.Scheme} jenis belanja split to a {left.Scheme} one.", nameof(right));
        }

        return new(left.Pegawai + right.Pegawai, left.BarangDanJasa + right.BarangDanJasa, left.Modal + right.Modal, left.Lainnya + right.Lainnya)
        {
            Scheme = left.Scheme == CodeScheme.None ? right.Scheme : left.Scheme,
            Bunga = left.Bunga + right.Bunga,
            Subsidi = left.Subsidi + right.Subsidi,
            Hibah = left.Hibah + right.Hibah,
            BantuanSosial = left.BantuanSosial + right.BantuanSosial,
            TidakTerduga = left.TidakTerduga + right.TidakTerduga,
            Transfer = left.Transfer + right.Transfer,
        };
    }

    /// <summary>Adds two splits part by part (the named twin of <c>+</c>).</summary>
    /// <param name="left">The first split.</param>
    /// <param name="right">The second split.</param>
    /// <returns>The sums.</returns>
    /// <exception cref="System.OverflowException">A sum is out of the range of <see cref="Rupiah"/>.</exception>
    /// <exception cref="System.ArgumentException">The splits follow different schemes.</exception>
    public static JenisBelanjaSplit Add(JenisBelanjaSplit left, JenisBelanjaSplit right) => left + right;
}
