namespace Rkaskpd.Forms;

/// <summary>The labelled fields of a form's header and of its <c>kelompok sasaran</c> line.</summary>
internal enum HeaderFieldKind
{
    /// <summary><c>Urusan Pemerintahan</c> (government affair), with a code.</summary>
    Urusan,

    /// <summary><c>Bidang Urusan</c> (affair field, Permendagri 90 layouts), with a code.</summary>
    BidangUrusan,

    /// <summary><c>Organisasi</c> (the SKPD), with a code.</summary>
    Organisasi,

    /// <summary><c>Unit Organisasi</c> / <c>Sub Unit Organisasi</c>, with a code.</summary>
    UnitOrganisasi,

    /// <summary><c>Program</c>, with a code.</summary>
    Program,

    /// <summary><c>Kegiatan</c> (activity), with a code.</summary>
    Kegiatan,

    /// <summary><c>Sub Kegiatan</c> (Permendagri 90 layouts), with a code.</summary>
    SubKegiatan,

    /// <summary><c>Lokasi Kegiatan</c> (location), plain text.</summary>
    Lokasi,

    /// <summary><c>Sumber Dana</c> (source of funds), plain text.</summary>
    SumberDana,

    /// <summary><c>Waktu Pelaksanaan</c> (schedule), plain text.</summary>
    WaktuPelaksanaan,

    /// <summary><c>Kelompok Sasaran Kegiatan</c> (target group), plain text.</summary>
    KelompokSasaran,

    /// <summary><c>Latar Belakang Perubahan</c> (why a perubahan form changes), plain text.</summary>
    LatarBelakangPerubahan,

    /// <summary><c>Plafon Anggaran Sementara</c> (the provisional budget ceiling, PPAS, that some regions' apps print
    /// above the amount rows), an amount; the model does not hold it.</summary>
    PlafonAnggaran,

    /// <summary><c>Sasaran Program</c> (the program's objective, SIPD-era forms), plain text.</summary>
    SasaranProgram,

    /// <summary><c>Keluaran Sub Kegiatan</c> (the sub kegiatan's output, SIPD-era forms), plain text.</summary>
    KeluaranSubKegiatan,
}
