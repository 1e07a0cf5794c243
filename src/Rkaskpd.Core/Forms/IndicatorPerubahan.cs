namespace Rkaskpd.Forms;

/// <summary>
/// The <c>perubahan</c> (budget amendment) part of an indicator row: the <c>tolok ukur kinerja</c> (performance
/// measure) and the <c>target kinerja</c> (performance target) <c>sebelum perubahan</c> (before the amendment). The
/// row's own <see cref="Indicator.TolokUkur"/> and <see cref="Indicator.Target"/> are the values <c>setelah</c> (or
/// <c>sesudah</c>) <c>perubahan</c> (after the amendment).
/// </summary>
/// <remarks>Only perubahan forms carry it (their indicator table prints Sebelum and Setelah columns).</remarks>
public sealed record IndicatorPerubahan
{
    /// <summary>Gets the performance measure before the amendment, as written; empty when the column is empty.</summary>
    public string TolokUkurSebelum { get; init; } = string.Empty;

    /// <summary>Gets the performance target before the amendment, as written and as a typed value (an empty
    /// <see cref="TextTarget"/> when the column is empty).</summary>
    public IndicatorTarget TargetSebelum { get; init; } = IndicatorTarget.Parse(string.Empty);
}
