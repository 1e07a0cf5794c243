using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

public class AlurTests
{
    public static TheoryData<string, string[]> Texts => new()
    {
        { "Belanja barang jasa - pemberian honor - upah bulanan", ["Belanja barang jasa", "pemberian honor", "upah bulanan"] },
        { "1. Pelaksanaan Pemeliharaan Peralatan sarana dan prasarana Aparatur secara rutin dan berkala, 2. Perawatan Kendaraan Bermotor",
            ["Pelaksanaan Pemeliharaan Peralatan sarana dan prasarana Aparatur secara rutin dan berkala", "Perawatan Kendaraan Bermotor"] },
        { "Pelaksanaan dan monitoring Musrenbang desa dan kelurahan \u2192 Pelaksanaan pra Musrenbang kecamatan \u2192 Pelaksanaan Musrenbang kecamatan \u2014 Penetapan tim pendamping \u2192 Pelaksanaan tugas tim sesuai ketentuan \u2192 Monev",
            ["Pelaksanaan dan monitoring Musrenbang desa dan kelurahan", "Pelaksanaan pra Musrenbang kecamatan", "Pelaksanaan Musrenbang kecamatan",
             "Penetapan tim pendamping", "Pelaksanaan tugas tim sesuai ketentuan", "Monev"] },
        { "Prosedur : Kegiatan Penyusunan Laporan Capaian Kinerja", ["Kegiatan Penyusunan Laporan Capaian Kinerja"] },
        { "Alur Pelaksanaan Pembayaran Tenaga Kerja bulanan dan tambahan upah", ["Pelaksanaan Pembayaran Tenaga Kerja bulanan dan tambahan upah"] },
        { "Pelaksanaan Kegiatan Pembinaan dan Monitoring serta Kompetisi", ["Pelaksanaan Kegiatan Pembinaan dan Monitoring serta Kompetisi"] },
        { "Perencanaan, Pelaksanaan, Pelaporan", ["Perencanaan", "Pelaksanaan", "Pelaporan"] },
        { "Persiapan -> Pelaksanaan -> Evaluasi", ["Persiapan", "Pelaksanaan", "Evaluasi"] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Steps_follow_every_separator(string text, string[] steps) =>
        Assert.Equal(steps, new Alur("Alur", text).Steps);
}
