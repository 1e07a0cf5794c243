namespace Rkaskpd.Forms;

/// <summary>An amount of money as a target, e.g. <c>Rp. 551.204.390,00</c>: the usual <c>Masukan</c> (input) target.</summary>
/// <param name="Text">The target as written.</param>
/// <param name="Amount">The amount.</param>
public sealed record MoneyTarget(string Text, Rupiah Amount) : IndicatorTarget(Text);
