namespace Rkaskpd.Tests.Codes;

/// <summary>
/// The code names found in the Lumajang 2020 seed forms, as an example nomenclature file in the format
/// <see cref="Rkaskpd.Codes.Nomenclature.Load"/> reads. Test data only: the library ships no names.
/// </summary>
internal static class LumajangNomenclature
{
    /// <summary>Names of the seed's urusan, organisasi, programs and kegiatan; tabs and spaces both separate.</summary>
    public const string Text = """
        # Kabupaten Lumajang, TA 2020 (RKA-SKPD 2.2.1, Kecamatan Lumajang)
        3.05	PEMERINTAHAN UMUM
        3.05.09	KECAMATAN LUMAJANG

        3.05.3.05.09.01	PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN
        3.05.3.05.09.02	PROGRAM PENINGKATAN SARANA DAN PRASARANA APARATUR
        3.05.3.05.09.06	PROGRAM PENINGKATAN PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN
        3.05.3.05.09.39	PROGRAM PENYELENGGARAAN PEMERINTAHAN KECAMATAN
        3.05.3.05.09.01.021	Pelayanan Admistrasi dan Opsional Perkantoran
        3.05.3.05.09.02.045	Pembangunan/Pengadaan dan Rehabilitasi Sarana dan Prasarana Aparatur
        3.05.3.05.09.02.046	Pemeliharaan Rutin/Berkala Sarana dan Prasarana Aparatur
        3.05.3.05.09.06.001	Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD / LAKIP
        3.05.3.05.09.06.003	Penyusunan Laporan Keuangan Akhir Tahun
        3.05.3.05.09.06.007 Penyusunan Rencana Kerja dan Anggaran (RKA) SKPD
        3.05.3.05.09.39.003 Fasilitasi dan Koordinasi Bidang Pemerintahan
        3.05.3.05.09.39.004   Fasilitasi dan Koordinasi Ketentraman dan Ketertiban Masyarakat
        3.05.3.05.09.39.005	Fasilitasi dan Koordinasi Pemberdayaan Masyarakat
        3.05.3.05.09.39.006	Fasilitasi dan Koordinasi Bidang Perekonomian dan Pembangunan
        3.05.3.05.09.39.007	Peningkatan Pelayanan Administrasi pada Masyarakat
        """;
}
