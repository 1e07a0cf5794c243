namespace Rkaskpd.Forms;

/// <summary>A percentage target, e.g. <c>78%</c>, <c>75 %</c> or <c>80 persen</c>.</summary>
/// <param name="Text">The target as written.</param>
/// <param name="Percent">The percentage, e.g. 78 for <c>78%</c>.</param>
public sealed record PercentageTarget(string Text, decimal Percent) : IndicatorTarget(Text);
