namespace Rkaskpd;

/// <summary>Placeholder replaced by the Rupiah work.</summary>
public readonly struct Rupiah
{
}
