using System;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

public class KakHeadingsTests
{
    public static TheoryData<string, KakSectionKind, bool> Recognised => new()
    {
        // as written in the Lumajang 2020 seed
        { "Layat Belakang :", KakSectionKind.LatarBelakang, false },
        { "Latar Belakang", KakSectionKind.LatarBelakang, true },
        { "Latar Belakang :", KakSectionKind.LatarBelakang, true },
        { "<p>Latar Belakang :", KakSectionKind.LatarBelakang, true },
        { "Dasar Hukum :", KakSectionKind.DasarHukum, true },
        { "Maksud dan Tujuan :", KakSectionKind.MaksudDanTujuan, true },
        { "Bentuk Kegiatan", KakSectionKind.BentukKegiatan, true },
        { "Konsep Kegiatan :", KakSectionKind.KonsepKegiatan, true },
        { "Mekanisme", KakSectionKind.Mekanisme, true },
        { "Alur :", KakSectionKind.Alur, true },
        { "Manfaat", KakSectionKind.Manfaat, true },
        // other regions' variants
        { "  LATAR   BELAKANG:", KakSectionKind.LatarBelakang, true },
        { "1. Latar Belakang", KakSectionKind.LatarBelakang, true },
        { "B. Dasar Hukum", KakSectionKind.DasarHukum, true },
        { "II. Maksud & Tujuan", KakSectionKind.MaksudDanTujuan, true },
        { "Landasan Hukum", KakSectionKind.DasarHukum, true },
        { "Alur Kegiatan", KakSectionKind.Alur, true },
        { "G. ALUR DAN JADWAL KEGIATAN", KakSectionKind.Alur, true },
        { "Alur dan Jadwal Pelaksanaan :", KakSectionKind.Alur, true },
        { "Mekanisme Pelaksanaan :", KakSectionKind.Mekanisme, true },
        // a TOR outline's headings: its names for three sections, and two names of one section apart by a slash
        { "V. METODE PELAKSANAAN", KakSectionKind.Mekanisme, true },
        { "Penerima Manfaat", KakSectionKind.Manfaat, true },
        { "2. Tahapan dan Waktu Pelaksanaan", KakSectionKind.Alur, true },
        { "Ruang Lingkup Kegiatan", KakSectionKind.BentukKegiatan, true },
        { "IV. RUANG LINGKUP KEGIATAN / BENTUK KEGIATAN", KakSectionKind.BentukKegiatan, true },
        { "Ruang Lingkup / Bentuk Kegiatn", KakSectionKind.BentukKegiatan, false },
        { "LatarBelakang", KakSectionKind.LatarBelakang, true },
        { "Dasar Hukun", KakSectionKind.DasarHukum, false },
        { "Maksud dan Tujuannn", KakSectionKind.MaksudDanTujuan, false },
        { "Manfat", KakSectionKind.Manfaat, false },
        { "Mekanism :", KakSectionKind.Mekanisme, false },
        { "Konsep Kegiaatan", KakSectionKind.KonsepKegiatan, false },
    };

    [Theory]
    [MemberData(nameof(Recognised))]
    public void TryRecognize_reads_headings_as_written(string heading, KakSectionKind kind, bool exact)
    {
        Assert.True(KakHeadings.TryRecognize(heading, out KakSectionKind actual, out bool actualExact));
        Assert.Equal(kind, actual);
        Assert.Equal(exact, actualExact);
    }

    [Theory]
    [InlineData("Akur")]
    [InlineData("Alir")]
    [InlineData("Manfaat Menjaga tertib perencanaan")]
    [InlineData("Keterangan")]
    [InlineData("Uraian")]
    [InlineData("Kelompok Sasaran Kegiatan")]
    [InlineData("Jumlah Tahun 2020")]
    [InlineData("")]
    [InlineData("   :  ")]
    [InlineData("KERANGKA ACUAN KERJA (KAK)")]
    [InlineData("Latar Belakang / Dasar Hukum")]
    [InlineData("Sasaran / Keluaran")]
    public void TryRecognize_rejects_what_is_not_a_whole_heading(string candidate) =>
        Assert.False(KakHeadings.TryRecognize(candidate, out _, out _));

    [Theory]
    [InlineData(KakSectionKind.LatarBelakang, "Latar Belakang")]
    [InlineData(KakSectionKind.MaksudDanTujuan, "Maksud dan Tujuan")]
    [InlineData(KakSectionKind.Alur, "Alur")]
    public void GetCanonicalHeading_gives_the_form_spelling(KakSectionKind kind, string expected) =>
        Assert.Equal(expected, KakHeadings.GetCanonicalHeading(kind));

    [Fact]
    public void Every_canonical_heading_is_recognised_exactly()
    {
        foreach (KakSectionKind kind in Enum.GetValues<KakSectionKind>())
        {
            Assert.True(KakHeadings.TryRecognize(KakHeadings.GetCanonicalHeading(kind), out KakSectionKind actual, out bool exact));
            Assert.Equal(kind, actual);
            Assert.True(exact);
        }
    }

    [Fact]
    public void GetCanonicalHeading_rejects_undefined_kinds() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => KakHeadings.GetCanonicalHeading((KakSectionKind)99));

    [Theory]
    [InlineData("Alur Pelaksanaan penyusunan pelaporan RKA SKPD", KakSectionKind.Alur, "Pelaksanaan penyusunan pelaporan RKA SKPD")]
    [InlineData("Manfaat Tersusunnya RKA SKPD dengan tepat dan baik", KakSectionKind.Manfaat, "Tersusunnya RKA SKPD dengan tepat dan baik")]
    [InlineData("Maksud dan Tujuan : Maksud : x", KakSectionKind.MaksudDanTujuan, "Maksud : x")]
    [InlineData("Layat Belakang : Berdasarkan Perbup", KakSectionKind.LatarBelakang, "Berdasarkan Perbup")]
    [InlineData("Dasar Hukum:- Perbup", KakSectionKind.DasarHukum, "- Perbup")]
    public void TryRecognizeAtStart_finds_the_heading_and_where_the_text_starts(string line, KakSectionKind kind, string rest)
    {
        Assert.True(KakHeadings.TryRecognizeAtStart(line, out KakSectionKind actual, out _, out int length));
        Assert.Equal(kind, actual);
        Assert.Equal(rest, line[length..]);
    }

    [Theory]
    [InlineData("Pelaksanaan penyusunan pelaporan")]
    [InlineData("Berdasarkan Perbup No. 58")]
    [InlineData("")]
    public void TryRecognizeAtStart_rejects_text_without_a_heading(string line) =>
        Assert.False(KakHeadings.TryRecognizeAtStart(line, out _, out _, out _));
}
