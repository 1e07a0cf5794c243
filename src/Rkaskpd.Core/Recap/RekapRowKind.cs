namespace Rkaskpd.Recap;

/// <summary>The kind of a rendered recap row.</summary>
internal enum RekapRowKind
{
    Program,
    Kegiatan,
    SubKegiatan,
    Unclassified,
    Total,
}
