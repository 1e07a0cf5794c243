using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// The total row printed under a form's <c>rincian belanja</c> table (<c>JUMLAH ... 41.542.500,00</c>): its label and
/// its jumlah as written and as read, and on a perubahan (amended budget) form also the jumlah of its Sebelum
/// Perubahan group. It is no <see cref="RincianLine"/>; the rule <c>RKA504</c> checks each jumlah against the sum of the
/// table's top-level lines (after, or before, the amendment).
/// </summary>
public sealed record RincianTotalRow
{
    /// <summary>Gets the row's label as written, e.g. <c>JUMLAH</c> or <c>Total</c>.</summary>
    public string Label { get; init; } = "JUMLAH";

    /// <summary>Gets the jumlah as written, e.g. <c>41.542.500,00</c>, or null when the row was not read from text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? JumlahText { get; init; }

    /// <summary>Gets the jumlah, or null when it could not be read.</summary>
    public Rupiah? Jumlah { get; init; }

    /// <summary>Gets the jumlah before the amendment as written (the <c>Jumlah</c> of the Sebelum Perubahan group, on a
    /// perubahan form's total row), or null when there is none or the row was not read from text.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? JumlahSebelumText { get; init; }

    /// <summary>Gets the jumlah before the amendment, or null on a form without perubahan columns or when it could not
    /// be read.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Rupiah? JumlahSebelum { get; init; }

    /// <summary>Gets the row as a reader sees it: the label and the jumlah as written (or as formatted when it was not
    /// read from text).</summary>
    [JsonIgnore]
    public string Written => Label + " " + (JumlahText ?? Jumlah?.ToString() ?? string.Empty);
}
