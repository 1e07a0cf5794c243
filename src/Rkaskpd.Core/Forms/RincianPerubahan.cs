using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// The <c>perubahan</c> (budget amendment) part of a rincian line: its <c>volume</c>, <c>satuan</c>, <c>harga
/// satuan</c> and <c>jumlah</c> <c>sebelum perubahan</c> (before the amendment), the printed <c>bertambah/(berkurang)</c>
/// (the difference) and the <c>penjelasan</c> (explanation). The line's own volume, satuan, harga satuan and jumlah are
/// the values <c>setelah perubahan</c> (after the amendment).
/// </summary>
/// <remarks>Only perubahan forms carry it (their rincian table prints Sebelum Perubahan, Setelah Perubahan and
/// Bertambah/(Berkurang) column groups); a murni (original budget) form's lines have none.</remarks>
public sealed record RincianPerubahan
{
    /// <summary>Gets the quantity before the amendment, or null.</summary>
    public decimal? VolumeSebelum { get; init; }

    /// <summary>Gets the unit before the amendment, e.g. <c>Paket</c>, or null.</summary>
    public string? SatuanSebelum { get; init; }

    /// <summary>Gets the unit price before the amendment, or null.</summary>
    public Rupiah? HargaSatuanSebelum { get; init; }

    /// <summary>Gets the amount before the amendment (the subtotal of a rekening line), or null; <c>-</c> (nil) is
    /// zero.</summary>
    public Rupiah? JumlahSebelum { get; init; }

    /// <summary>Gets the printed difference, <c>bertambah/(berkurang)</c> (after − before: negative for a decrease), or
    /// null when the column is empty; <c>-</c> (nil) is zero.</summary>
    public Rupiah? Selisih { get; init; }

    /// <summary>Gets the <c>penjelasan</c> (explanation of the change) as written, or null.</summary>
    public string? Penjelasan { get; init; }

    /// <summary>Gets the <c>koefisien</c> before the amendment as SIPD prints it (<c>30 Orang x 4 Kali</c>), whose
    /// product is <see cref="VolumeSebelum"/>, or null where the form prints a plain volume (and left out of JSON).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? KoefisienSebelum { get; init; }

    /// <summary>Gets the PPN rate in percent before the amendment, as SIPD prints it beside the before harga
    /// (<c>11%</c> is 11), or null where the form has no PPN column (and left out of JSON); the before jumlah of a
    /// detail line is then volume × harga × (1 + PPN / 100), as <see cref="RincianLine.Ppn"/> is for the after one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public decimal? PpnSebelum { get; init; }
}
