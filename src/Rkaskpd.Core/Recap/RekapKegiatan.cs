using System.Text.Json.Serialization;
using Rkaskpd.Codes;

namespace Rkaskpd.Recap;

/// <summary>
/// One <c>kegiatan</c> (activity) row of the RKA-SKPD 2.2 recap: its code and name, where it takes place, and its
/// amounts for years n-1, n and n+1, with the year-n amount split by <c>jenis belanja</c> when its form has
/// <c>rincian belanja</c> lines.
/// </summary>
/// <remarks>Equality is by value over every property.</remarks>
public sealed record RekapKegiatan
{
    /// <summary>Gets the kegiatan code, e.g. <c>3.05.3.05.09.01.021</c>.</summary>
    public KegiatanCode Code { get; init; }

    /// <summary>Gets the kegiatan name as the form writes it.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the <c>lokasi kegiatan</c> (location) as the form writes it, or null when it does not say.</summary>
    public string? Lokasi { get; init; }

    /// <summary>Gets the amount of year n-1.</summary>
    public Rupiah PreviousYear { get; init; }

    /// <summary>Gets the amount of year n.</summary>
    public Rupiah CurrentYear { get; init; }

    /// <summary>Gets the amount of year n+1.</summary>
    public Rupiah NextYear { get; init; }

    /// <summary>Gets the year-n amount by <c>jenis belanja</c>, or null when the form has no <c>rincian belanja</c> lines.</summary>
    public JenisBelanjaSplit? JenisBelanja { get; init; }

    /// <summary>Gets the three amounts as one value.</summary>
    [JsonIgnore]
    public RekapAmounts Amounts => new(PreviousYear, CurrentYear, NextYear);
}
