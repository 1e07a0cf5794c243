namespace Rkaskpd.Forms;

/// <summary>A quantity with its unit, e.g. <c>30 Jenis</c>, <c>32 eksemplar</c> or <c>10 Jenis laporan</c>.</summary>
/// <param name="Text">The target as written.</param>
/// <param name="Quantity">The number, e.g. 30.</param>
/// <param name="Unit">The unit as written, e.g. <c>Jenis</c>.</param>
public sealed record QuantityTarget(string Text, decimal Quantity, string Unit) : IndicatorTarget(Text);
