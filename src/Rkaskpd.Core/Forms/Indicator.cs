using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// One row of the <c>Indikator &amp; Tolok Ukur Kinerja</c> table: the indicator kind, the <c>tolok ukur kinerja</c>
/// (performance measure) and the <c>target kinerja</c> (performance target).
/// </summary>
/// <remarks>
/// <c>Tolok ukur</c> is the standard spelling (KBBI, the official forms); many documents, the Lumajang seed among them,
/// print <c>tolak ukur</c>, and the reader accepts both. JSON written before version 0.2 named the measure
/// <c>tolakUkur</c>; it is still read.
/// </remarks>
public sealed record Indicator
{
    /// <summary>Gets the indicator kind.</summary>
    public IndicatorKind Kind { get; init; }

    /// <summary>Gets the kind's label as written, e.g. <c>Capaian Program</c>.</summary>
    [JsonRequired]
    public string Label { get; init; } = string.Empty;

    /// <summary>Gets the <c>tolok ukur kinerja</c> (performance measure), e.g. <c>Tersedianya dana</c>.</summary>
    public string TolokUkur { get; init; } = string.Empty;

    /// <summary>The measure under its pre-0.2 JSON name <c>tolakUkur</c>: read, never written.</summary>
    [JsonInclude]
    [JsonPropertyName("tolakUkur")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal string? LegacyTolakUkur
    {
        get => null;
        init
        {
            if (value is not null)
            {
                TolokUkur = value;
            }
        }
    }

    /// <summary>Gets the <c>target kinerja</c> (performance target), as written and as a typed value.</summary>
    [JsonRequired]
    public IndicatorTarget Target { get; init; } = IndicatorTarget.Parse(string.Empty);

    /// <summary>Gets the measure and target before the amendment of a <c>perubahan</c> (amended budget) form, whose
    /// <see cref="TolokUkur"/> and <see cref="Target"/> are then the values after it; null on other forms (and left out
    /// of their JSON).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IndicatorPerubahan? Perubahan { get; init; }

    /// <summary>Creates a row with the canonical label of its kind and a target read from text.</summary>
    /// <param name="kind">The indicator kind.</param>
    /// <param name="tolokUkur">The performance measure.</param>
    /// <param name="target">The target as written, e.g. <c>78%</c> or <c>Rp. 551.204.390,00</c>.</param>
    /// <returns>The row.</returns>
    public static Indicator Create(IndicatorKind kind, string tolokUkur, string target) => new()
    {
        Kind = kind,
        Label = IndicatorKinds.GetLabel(kind),
        TolokUkur = tolokUkur ?? string.Empty,
        Target = IndicatorTarget.Parse(target),
    };
}
