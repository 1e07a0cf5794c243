namespace Rkaskpd.Forms;

/// <summary>
/// A bare number as a target, such as an index score: <c>86,32</c> for the <c>Indeks Kepuasan Masyarakat</c>
/// (community satisfaction index).
/// </summary>
/// <param name="Text">The target as written.</param>
/// <param name="Value">The number, e.g. 86.32.</param>
public sealed record ScoreTarget(string Text, decimal Value) : IndicatorTarget(Text);
