namespace Rkaskpd.Forms;

/// <summary>
/// A target whose text has no typed reading (it is neither a percentage, an amount, a quantity nor a number), kept as
/// written so that nothing is lost; the validator can flag it.
/// </summary>
/// <param name="Text">The target as written.</param>
public sealed record TextTarget(string Text) : IndicatorTarget(Text);
