using System.Collections.Generic;
using System.Text.Json.Serialization;
using Rkaskpd.Codes;
using Rkaskpd.Forms;

namespace Rkaskpd.Recap;

/// <summary>
/// One <c>program</c> of the recap of SIPD-era forms (Permendagri 90/2019): its code and name, its subtotals for years
/// n-1, n and n+1, and its <c>kegiatan</c> in code order, each with its <c>sub kegiatan</c>.
/// </summary>
/// <remarks>Equality is by value over every property, the kegiatan compared in order.</remarks>
public sealed record RekapSipdProgram
{
    /// <summary>Gets the program code, e.g. <c>1.02.02</c>.</summary>
    public SipdProgramCode Code { get; init; }

    /// <summary>Gets the program name as the forms write it (the first form's, when forms disagree).</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the subtotal of year n-1.</summary>
    public Rupiah PreviousYear { get; init; }

    /// <summary>Gets the subtotal of year n.</summary>
    public Rupiah CurrentYear { get; init; }

    /// <summary>Gets the subtotal of year n+1.</summary>
    public Rupiah NextYear { get; init; }

    /// <summary>Gets the year-n subtotal by <c>jenis belanja</c>: the sum over the kegiatan that have one, or null when
    /// none has.</summary>
    public JenisBelanjaSplit? JenisBelanja { get; init; }

    /// <summary>Gets the kegiatan, in code order.</summary>
    /// <value>Never null.</value>
    public IReadOnlyList<RekapSipdKegiatan> Kegiatan
    {
        get;
        init => field = EquatableList<RekapSipdKegiatan>.From(value);
    } = EquatableList<RekapSipdKegiatan>.Empty;

    /// <summary>Gets the three subtotals as one value.</summary>
    [JsonIgnore]
    public RekapAmounts Amounts => new(PreviousYear, CurrentYear, NextYear);
}
