namespace Rkaskpd.Forms;

/// <summary>
/// The <c>perubahan</c> (budget amendment) part of a year-n amount row: the amount <c>sebelum perubahan</c> (before the
/// amendment) and the printed <c>bertambah/(berkurang)</c> (increase, or decrease in parentheses). The row's own
/// <see cref="AmountRow.Amount"/> is the amount <c>setelah perubahan</c> (after the amendment), the one in force.
/// </summary>
/// <remarks>Only RKA and DPA perubahan forms (RKPA/RKAP/PRKA, DPPA) carry it; a 13/2006 murni (original budget) form's
/// rows have none, and their JSON has no <c>perubahan</c> member.</remarks>
/// <example>
/// <code>
/// // Jumlah Anggaran Sebelum Perubahan : Rp. 25.000.000,00
/// // Jumlah Anggaran Setelah Perubahan : Rp. 65.000.000,00
/// // Bertambah/(Berkurang)             : Rp. 40.000.000,00
/// AmountRow row = form.Amounts.CurrentYear!;
/// Rupiah? before = row.Perubahan?.Sebelum;   // 25.000.000,00
/// Rupiah? after = row.Amount;                // 65.000.000,00
/// Rupiah? change = row.Perubahan?.Selisih;   // 40.000.000,00
/// </code>
/// </example>
public sealed record AmountPerubahan
{
    /// <summary>Gets the label of the before row as written, e.g. <c>Jumlah Anggaran Sebelum Perubahan</c>; empty
    /// when the form prints none (the writers then use that canonical label).</summary>
    public string SebelumLabel { get; init; } = string.Empty;

    /// <summary>Gets the amount before the amendment as written, e.g. <c>Rp. 25.000.000,00</c>; empty when missing.</summary>
    public string SebelumText { get; init; } = string.Empty;

    /// <summary>Gets the amount before the amendment, or null when it is missing or could not be read.</summary>
    public Rupiah? Sebelum { get; init; }

    /// <summary>Gets the <c>terbilang</c> (amount in words) of the before amount as written; empty when none.</summary>
    public string SebelumTerbilang { get; init; } = string.Empty;

    /// <summary>Gets the label of the difference row as written, e.g. <c>Bertambah/(Berkurang)</c>; empty when the
    /// form prints no such row or prints it under that canonical label.</summary>
    public string SelisihLabel { get; init; } = string.Empty;

    /// <summary>Gets the difference as written (<c>bertambah/(berkurang)</c>, e.g. <c>(5.000.000,00)</c> for a
    /// decrease), or null when the form prints no difference row.</summary>
    public string? SelisihText { get; init; }

    /// <summary>Gets the difference (after − before as the form states it: negative for <c>berkurang</c>, a
    /// decrease), or null when none is printed or it could not be read.</summary>
    public Rupiah? Selisih { get; init; }
}
