namespace Rkaskpd.Forms;

/// <summary>
/// The eight sections of a <c>Kerangka Acuan Kerja</c> (KAK, terms of reference) in form RKA-SKPD 2.2.1, in the order
/// the form lists them.
/// </summary>
public enum KakSectionKind
{
    /// <summary><c>Latar Belakang</c>: background, why the activity is needed.</summary>
    LatarBelakang,

    /// <summary><c>Dasar Hukum</c>: legal basis, the laws, regulations and plans the activity rests on.</summary>
    DasarHukum,

    /// <summary><c>Maksud dan Tujuan</c>: purpose (<c>maksud</c>) and objective (<c>tujuan</c>).</summary>
    MaksudDanTujuan,

    /// <summary><c>Bentuk Kegiatan</c>: form of the activity, usually the kinds of spending.</summary>
    BentukKegiatan,

    /// <summary><c>Konsep Kegiatan</c>: concept of the activity, how it is conceived.</summary>
    KonsepKegiatan,

    /// <summary><c>Mekanisme</c>: mechanism, the procedure, place and schedule of execution.</summary>
    Mekanisme,

    /// <summary><c>Alur</c>: flow, the steps in order.</summary>
    Alur,

    /// <summary><c>Manfaat</c>: benefit, what the activity yields.</summary>
    Manfaat,
}
