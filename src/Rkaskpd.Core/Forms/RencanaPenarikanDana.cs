using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// The <c>Rencana Penarikan Dana</c> (disbursement plan) a DPA (<c>Dokumen Pelaksanaan Anggaran</c>) prints after its
/// rincian: the amount to be drawn each month (<c>per Bulan</c>, SIPD) or each quarter (<c>per Triwulan</c>, the
/// 13/2006 DPA-SKPD 2.2.1), and the <c>Jumlah</c> printed under them. The rule <c>RKA210</c> checks that the periods
/// add up to that jumlah and the plan to the year-n amount (the pagu).
/// </summary>
/// <remarks>Equality is by value over every property.</remarks>
/// <example>
/// <code>
/// var plan = new RencanaPenarikanDana
/// {
///     Title = "Rencana Penarikan Dana per Triwulan",
///     Periode = [new("Triwulan I", Rupiah.Zero), new("Triwulan II", new Rupiah(29_780_000m))],
///     Jumlah = new Rupiah(29_780_000m),
/// };
/// </code>
/// </example>
public sealed record RencanaPenarikanDana
{
    /// <summary>Gets the table's title as written, e.g. <c>Rencana Penarikan Dana per Bulan</c>.</summary>
    public string Title { get; init; } = "Rencana Penarikan Dana per Bulan";

    /// <summary>Gets the periods with their amounts, in the order the plan runs (January to December, or the first
    /// quarter to the fourth), whatever order the print set them in.</summary>
    public IReadOnlyList<PenarikanDana> Periode
    {
        get;
        init => field = EquatableList<PenarikanDana>.From(value);
    } = EquatableList<PenarikanDana>.Empty;

    /// <summary>Gets the <c>Jumlah</c> (total) printed under the periods, or null when the table prints none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Rupiah? Jumlah { get; init; }

    /// <summary>Gets the sum of the periods' amounts; null when it is more than a <see cref="Rupiah"/> holds.</summary>
    [JsonIgnore]
    public Rupiah? Sum
    {
        get
        {
            try
            {
                Rupiah sum = Rupiah.Zero;
                foreach (PenarikanDana period in Periode)
                {
                    sum += period.Jumlah;
                }

                return sum;
            }
            catch (OverflowException)
            {
                return null;
            }
        }
    }
}
