namespace Rkaskpd.Text;

/// <summary>The eight sections of a <c>Kerangka Acuan Kerja</c> (KAK), in their canonical order.</summary>
internal enum KakSectionKind
{
    /// <summary><c>Latar Belakang</c> (background).</summary>
    LatarBelakang,

    /// <summary><c>Dasar Hukum</c> (legal basis).</summary>
    DasarHukum,

    /// <summary><c>Maksud dan Tujuan</c> (purpose and objective).</summary>
    MaksudDanTujuan,

    /// <summary><c>Bentuk Kegiatan</c> (form of the activity).</summary>
    BentukKegiatan,

    /// <summary><c>Konsep Kegiatan</c> (concept of the activity).</summary>
    KonsepKegiatan,

    /// <summary><c>Mekanisme</c> (procedure, schedule, place).</summary>
    Mekanisme,

    /// <summary><c>Alur</c> (flow).</summary>
    Alur,

    /// <summary><c>Manfaat</c> (benefit).</summary>
    Manfaat,
}
