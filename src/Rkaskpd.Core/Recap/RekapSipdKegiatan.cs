using System.Collections.Generic;
using System.Text.Json.Serialization;
using Rkaskpd.Codes;
using Rkaskpd.Forms;

namespace Rkaskpd.Recap;

/// <summary>
/// One <c>kegiatan</c> of the recap of SIPD-era forms (Permendagri 90/2019): its code and name, its subtotals for years
/// n-1, n and n+1, and its <c>sub kegiatan</c> rows in code order.
/// </summary>
/// <remarks>Equality is by value over every property, the sub kegiatan rows compared in order.</remarks>
public sealed record RekapSipdKegiatan
{
    /// <summary>Gets the kegiatan code, e.g. <c>1.02.02.2.02</c>.</summary>
    public SipdKegiatanCode Code { get; init; }

    /// <summary>Gets the kegiatan name as the forms write it (the first form's, when forms disagree).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the subtotal of year n-1.</summary>
    public Rupiah PreviousYear { get; init; }

    /// <summary>Gets the subtotal of year n.</summary>
    public Rupiah CurrentYear { get; init; }

    /// <summary>Gets the subtotal of year n+1.</summary>
    public Rupiah NextYear { get; init; }

    /// <summary>Gets the year-n subtotal by <c>jenis belanja</c>: the sum over the sub kegiatan that have one, or null
    /// when none has.</summary>
    public JenisBelanjaSplit? JenisBelanja { get; init; }

    /// <summary>Gets the sub kegiatan rows, in code order.</summary>
    /// <value>Never null.</value>
    public IReadOnlyList<RekapSubKegiatan> SubKegiatan
    {
        get;
        init => field = EquatableList<RekapSubKegiatan>.From(value);
    } = EquatableList<RekapSubKegiatan>.Empty;

    /// <summary>Gets the three subtotals as one value.</summary>
    [JsonIgnore]
    public RekapAmounts Amounts => new(PreviousYear, CurrentYear, NextYear);
}
