using Rkaskpd.Codes;
using Rkaskpd.Forms;

namespace Rkaskpd.Tests.Text;

/// <summary>Small forms shared by the writer tests.</summary>
internal static class WriterTestForms
{
    public static RkaForm Small(bool withRincian = false) => new()
    {
        Header = new FormHeader
        {
            PemerintahDaerah = "PEMERINTAH KABUPATEN LUMAJANG",
            TahunAnggaran = 2020,
            Urusan = HeaderField.Of(UrusanCode.Parse("3.05"), "PEMERINTAHAN UMUM"),
            Organisasi = HeaderField.Of(OrganisasiCode.Parse("3.05.09"), "KECAMATAN LUMAJANG"),
            Program = HeaderField.Of(ProgramCode.Parse("3.05.3.05.09.01"), "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN"),
            Kegiatan = HeaderField.Of(KegiatanCode.Parse("3.05.3.05.09.01.021"), "Pelayanan Administrasi | Perkantoran"),
            Lokasi = "Kecamatan Lumajang",
        },
        Amounts = FormAmounts.Create(2020, new Rupiah(1_000_000m), new Rupiah(2_000_000m), new Rupiah(2_200_000m)),
        Indicators =
        [
            Indicator.Create(IndicatorKind.CapaianProgram, "Prosentase pemenuhan", "78%"),
            Indicator.Create(IndicatorKind.Masukan, "Tersedianya dana", "Rp. 2.000.000,00"),
            Indicator.Create(IndicatorKind.Keluaran, "Jumlah laporan", "12 Dokumen"),
            Indicator.Create(IndicatorKind.Hasil, "Nilai IKM", "86,32"),
        ],
        KelompokSasaran = "Aparatur Kecamatan",
        Kak = new Kak(
        [
            KakSection.Create(KakSectionKind.LatarBelakang, "Latar Belakang", "Tugas kecamatan"),
            KakSection.Create(KakSectionKind.DasarHukum, "Dasar Hukum", "- UU No. 23 Tahun 2014 tentang Pemerintahan Daerah\n- Perbup No. 86 Tahun 2016"),
            KakSection.Create(KakSectionKind.MaksudDanTujuan, "Maksud dan Tujuan", "<p>Maksud : Menunjang</p> <p>Tujuan : Tercapainya</p>"),
            KakSection.Create(KakSectionKind.Mekanisme, "Mekanisme", "Prosedur : rutin - Waktu Pelaksanaan : 3 bulan - Pelaksanaan : bulan Maret s/d Mei 2020", 2020),
        ]),
        Rincian = withRincian
            ?
            [
                RincianLine.Rekening("5.2.2.01.01", "Belanja Alat Tulis Kantor", new Rupiah(525_000m)),
                RincianLine.Detail("Kertas HVS", 10.5m, "rim", new Rupiah(50_000m)),
            ]
            : [],
    };
}
