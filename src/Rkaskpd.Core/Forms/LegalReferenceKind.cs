namespace Rkaskpd.Forms;

/// <summary>The kind of a legal reference in a KAK <c>Dasar Hukum</c> (legal basis).</summary>
public enum LegalReferenceKind
{
    /// <summary>Anything else: plans (<c>Renstra</c>, <c>Renja</c>), budgets, reports, <c>Kebutuhan Rutin</c>.</summary>
    Other,

    /// <summary><c>Undang-Undang</c> (UU): an act of parliament.</summary>
    UndangUndang,

    /// <summary><c>Peraturan Pemerintah</c> (PP): a government regulation.</summary>
    PeraturanPemerintah,

    /// <summary><c>Peraturan Presiden</c> (Perpres): a presidential regulation.</summary>
    PeraturanPresiden,

    /// <summary><c>Instruksi Presiden</c> (Inpres, often misspelled <c>Intruksi</c>): a presidential instruction.</summary>
    InstruksiPresiden,

    /// <summary><c>Peraturan Menteri</c> (Permen, e.g. <c>Permendagri</c>): a ministerial regulation.</summary>
    PeraturanMenteri,

    /// <summary><c>Keputusan Menteri</c> (Kepmen): a ministerial decree.</summary>
    KeputusanMenteri,

    /// <summary><c>Peraturan Gubernur</c> (Pergub): a governor's regulation.</summary>
    PeraturanGubernur,

    /// <summary><c>Peraturan Daerah</c> (Perda): a regional bylaw.</summary>
    PeraturanDaerah,

    /// <summary><c>Peraturan Bupati</c> (Perbup): a regent's regulation.</summary>
    PeraturanBupati,

    /// <summary><c>Peraturan Walikota</c> (Perwali): a mayor's regulation.</summary>
    PeraturanWalikota,

    /// <summary><c>Instruksi Bupati</c> (Inbup): a regent's instruction.</summary>
    InstruksiBupati,

    /// <summary><c>Surat Keputusan</c> (SK) or another <c>Keputusan</c> (decree) of a governor, regent, mayor or official.</summary>
    SuratKeputusan,
}
