using System.Text.Json.Serialization;
using Rkaskpd.Codes;

namespace Rkaskpd.Recap;

/// <summary>
/// One <c>sub kegiatan</c> row of the recap of SIPD-era forms (Permendagri 90/2019): its code and name, where it takes
/// place, its <c>Alokasi</c> amounts for years n-1, n and n+1, and the year-n amount split by <c>jenis belanja</c> when
/// its form has <c>rincian belanja</c> lines.
/// </summary>
/// <remarks>Equality is by value over every property.</remarks>
public sealed record RekapSubKegiatan
{
    /// <summary>Gets the sub kegiatan code, e.g. <c>1.02.02.2.02.0001</c>.</summary>
    public SubKegiatanCode Code { get; init; }

    /// <summary>Gets the sub kegiatan name as the form writes it.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the <c>lokasi</c> (location) as the form writes it, or null when it does not say.</summary>
    public string? Lokasi { get; init; }

    /// <summary>Gets the amount of year n-1.</summary>
    public Rupiah PreviousYear { get; init; }

    /// <summary>Gets the amount of year n.</summary>
    public Rupiah CurrentYear { get; init; }

    /// <summary>Gets the amount of year n+1.</summary>
    public Rupiah NextYear { get; init; }

    /// <summary>Gets the year-n amount by <c>jenis belanja</c> (90/2019: operasi, modal, tidak terduga, transfer), or
    /// null when the form has no <c>rincian belanja</c> lines.</summary>
    public JenisBelanjaSplit? JenisBelanja { get; init; }

    /// <summary>Gets the three amounts as one value.</summary>
    [JsonIgnore]
    public RekapAmounts Amounts => new(PreviousYear, CurrentYear, NextYear);
}
