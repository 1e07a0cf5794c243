namespace Rkaskpd.Forms;

/// <summary>
/// The kind of budget document a form belongs to, read from its title: the plan (<c>RKA</c>), the execution document
/// (<c>DPA</c>) and their amended (<c>perubahan</c>) variants.
/// </summary>
public enum DocumentKind
{
    /// <summary><c>Rencana Kerja dan Anggaran</c> (work plan and budget): titled <c>RKA</c>.</summary>
    Rka = 0,

    /// <summary><c>Dokumen Pelaksanaan Anggaran</c> (budget execution document): titled <c>DPA</c>.</summary>
    Dpa = 1,

    /// <summary>The amended work plan and budget: titled <c>RKPA</c>, <c>RKAP</c>, <c>PRKA</c> or <c>RKA PERUBAHAN</c>.</summary>
    RkaPerubahan = 2,

    /// <summary>The amended execution document: titled <c>DPPA</c>, <c>RDPPA</c> or <c>DPA PERUBAHAN</c>.</summary>
    DpaPerubahan = 3,
}
