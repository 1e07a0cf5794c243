using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

public class MaksudDanTujuanTests
{
    public static TheoryData<string, string?, string?> Texts => new()
    {
        { "Maksud : Untuk menunjang kegiatan yang terkait dengan pelayanan administrasi dan operasional perkantoran Tujuan : Tercapainya peningkatan pelayanan administrasi dan operasional perkantoran",
            "Untuk menunjang kegiatan yang terkait dengan pelayanan administrasi dan operasional perkantoran",
            "Tercapainya peningkatan pelayanan administrasi dan operasional perkantoran" },
        { "<p>Maksud : Untuk menunjang kegiatan yang terkait dengan Penyusunan dokumen administrasi desa sesuai ketentuan</p> <p>Tujuan : Tercapainya peningkatan menyusun dokumen administrasi desa dengan baik dan Tepat Waktu</p>",
            "Untuk menunjang kegiatan yang terkait dengan Penyusunan dokumen administrasi desa sesuai ketentuan",
            "Tercapainya peningkatan menyusun dokumen administrasi desa dengan baik dan Tepat Waktu" },
        { "Maksud : Untuk menunjang kegiatan yang terkait dengan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD / LAKIP Tujuan : -Tercapainya peningkatan Penyusunan Laporan Capaian Kinerja",
            "Untuk menunjang kegiatan yang terkait dengan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD / LAKIP",
            "Tercapainya peningkatan Penyusunan Laporan Capaian Kinerja" },
        { "Maksud : - Mengadakan Pelaksanaan pra musrenbang kecamatan Tujuan : - Untuk Menampung semua aspirasi masyarakat",
            "Mengadakan Pelaksanaan pra musrenbang kecamatan", "Untuk Menampung semua aspirasi masyarakat" },
        { "Maksud dan Tujuan : Maksud : a Tujuan : b", "a", "b" },
        { "MAKSUD: a\nTUJUAN: b", "a", "b" },
        { "Meningkatkan pelayanan", null, null },
        { "Tujuan : b", null, "b" },
        { "Maksud kegiatan ini adalah memberikan pembelajaran kepada petani.\nTujuan kegiatan ini adalah meningkatkan produktivitas.",
            "Maksud kegiatan ini adalah memberikan pembelajaran kepada petani", "Tujuan kegiatan ini adalah meningkatkan produktivitas" },
        { "Maksud kegiatan ini adalah menjaga jalan. Tujuan kegiatan ini adalah 72 % jalan mantap.",
            "Maksud kegiatan ini adalah menjaga jalan", "Tujuan kegiatan ini adalah 72 % jalan mantap" },
        { "Kegiatan ini bermaksud baik. Tujuannya jelas.", null, null },
        { "Untuk Maksud tertentu dan Tujuan lain", null, null },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Reads_maksud_and_tujuan_apart(string text, string? maksud, string? tujuan)
    {
        var section = new MaksudDanTujuan("Maksud dan Tujuan :", text);
        Assert.Equal(maksud, section.Maksud);
        Assert.Equal(tujuan, section.Tujuan);
        Assert.Same(text, section.Text);
    }
}
