namespace Rkaskpd.Forms;

/// <summary>One source of funds listed in a <c>Sumber Pendanaan</c> field, with its amount where the form gives one.</summary>
/// <param name="Name">The source as written, e.g. <c>DAK Non Fisik - BOK Puskesmas</c>.</param>
/// <param name="Amount">The amount funded from it, or null when the form lists none.</param>
public sealed record SumberPendanaanPart(string Name, Rupiah? Amount);
