using System.Linq;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

public class KakTests
{
    /// <summary>Form 3.05.3.05.09.06.007 of the seed: the last two headings have no label cell and no colon.</summary>
    private static readonly KakRawSection[] Rka =
    [
        new("Latar Belakang :", "Berdasarkan Permendagri Nomor 33 Tahun 2019 2019 tentang pedoman penyusunan APBD tahun 2020"),
        new("Dasar Hukum :", "- Perbup Lumajang No. 86 tahun 2016 tentang Kedudukan - Renstra Kecamatan Lumajang th. 2019-2024 - Renja Kecamatan tahun 2020 - KAK Tahun Anggaran 2020 - ASB tahun Anggaran 2020 - ARG Tahun Anggaran 2020"),
        new("Maksud dan Tujuan :", "Maksud : Untuk menunjang kegiatan yang terkait dengan Penyusunan RKA SKPD Tujuan : Tercapainya peningkatan Penyusunan RKA SKPD dengan baik dan Tepat Waktu"),
        new("Bentuk Kegiatan :", "- Belanja Pegawai - Belanja Barang dan Jasa"),
        new("Konsep Kegiatan :", "Kegiatan ini berupa kegiatan Pelaksanaan Lembur dan Foto copy serta Perjalanan Dinas Luar Daerah dalam rangka Penyusunan RKA SKPD"),
        new("Mekanisme :", "Prosedur : Kegiatan ini berupa kegiatan Pelaksanaan Lembur - Waktu Pelaksanaan : 1 bulan dalam tahun 2020 - Tempat : Kantor Kecamatan Lumajang - Pelaksanaan : bulan September 2020"),
        new("Alur Pelaksanaan penyusunan pelaporan RKA SKPD", ""),
        new(null, "Manfaat Tersusunnya RKA SKPD dengan tepat dan baik"),
    ];

    [Fact]
    public void Create_places_all_eight_sections()
    {
        Kak kak = Kak.Create(Rka, 2020);

        Assert.Empty(kak.MissingOrEmptyKinds);
        Assert.Empty(kak.Unrecognized);
        Assert.Equal(6, kak.DasarHukum!.References.Count);
        Assert.Equal(["Belanja Pegawai", "Belanja Barang dan Jasa"], kak.BentukKegiatan!.Items);
        Assert.Equal("Alur", kak.Alur!.Heading);
        Assert.Equal("Pelaksanaan penyusunan pelaporan RKA SKPD", kak.Alur.Text);
        Assert.Equal("Tersusunnya RKA SKPD dengan tepat dan baik", kak.Manfaat!.Text);
        Assert.Equal(9, kak.Mekanisme!.Jadwal[0].Months[0].Month);
        Assert.Same(kak.KonsepKegiatan, kak[KakSectionKind.KonsepKegiatan]);
        Assert.NotNull(kak.LatarBelakang);
        Assert.NotNull(kak.MaksudDanTujuan);
    }

    [Fact]
    public void Missing_and_empty_sections_are_listed_and_unknown_headings_kept()
    {
        Kak kak = Kak.Create(
        [
            new("Layat Belakang :", "Berdasarkan Perbup No. 58 tahun 2016"),
            new("Konsep Kegiatan", "   "),
            new("Keterangan", "Uraian"),
        ]);

        Assert.True(kak.LatarBelakang!.IsHeadingMisspelled);
        Assert.Null(kak.Manfaat);
        Assert.Equal(
            [KakSectionKind.DasarHukum, KakSectionKind.MaksudDanTujuan, KakSectionKind.BentukKegiatan, KakSectionKind.KonsepKegiatan,
             KakSectionKind.Mekanisme, KakSectionKind.Alur, KakSectionKind.Manfaat],
            kak.MissingOrEmptyKinds);
        Assert.Equal([new KakRawSection("Keterangan", "Uraian")], kak.Unrecognized);
    }

    [Fact]
    public void Equal_inputs_give_equal_kaks()
    {
        Kak a = Kak.Create(Rka, 2020);
        Kak b = Kak.Create(Rka.Select(r => r with { }).ToArray(), 2020);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Kak.Create(Rka, 2021));
        Assert.NotEqual(a, Kak.Create(Rka.Take(7), 2020));
    }
}
