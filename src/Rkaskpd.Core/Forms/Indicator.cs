using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// One row of the <c>Indikator &amp; Tolak Ukur Kinerja</c> table: the indicator kind, the <c>tolak ukur kinerja</c>
/// (performance measure) and the <c>target kinerja</c> (performance target).
/// </summary>
public sealed record Indicator
{
    /// <summary>Gets the indicator kind.</summary>
    public IndicatorKind Kind { get; init; }

    /// <summary>Gets the kind's label as written, e.g. <c>Capaian Program</c>.</summary>
    [JsonRequired]
    public string Label { get; init; } = string.Empty;

    /// <summary>Gets the <c>tolak ukur kinerja</c> (performance measure), e.g. <c>Tersedianya dana</c>.</summary>
    [JsonRequired]
    public string TolakUkur { get; init; } = string.Empty;

    /// <summary>Gets the <c>target kinerja</c> (performance target), as written and as a typed value.</summary>
    [JsonRequired]
    public IndicatorTarget Target { get; init; } = IndicatorTarget.Parse(string.Empty);

    /// <summary>Creates a row with the canonical label of its kind and a target read from text.</summary>
    /// <param name="kind">The indicator kind.</param>
    /// <param name="tolakUkur">The performance measure.</param>
    /// <param name="target">The target as written, e.g. <c>78%</c> or <c>Rp. 551.204.390,00</c>.</param>
    /// <returns>The row.</returns>
    public static Indicator Create(IndicatorKind kind, string tolakUkur, string target) => new()
    {
        Kind = kind,
        Label = IndicatorKinds.GetLabel(kind),
        TolakUkur = tolakUkur ?? string.Empty,
        Target = IndicatorTarget.Parse(target),
    };
}
