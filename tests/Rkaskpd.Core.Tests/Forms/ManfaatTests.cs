using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

public class ManfaatTests
{
    [Fact]
    public void Numbered_points_with_a_lead_in()
    {
        var section = new Manfaat("Manfaat :", "Terpenuhinya Kebutuhan Pemeliharaan Peralatan di Kantor secara rutin/berkala kendaraan dinas dapat tetap digunakan dan dalam kondisi baik 1. Kebutuhan Pemeliharaan Peralatan di Kantor secara rutin/berkala 2. Dibutuhkannya Perawatan dan pemeliharaan semua peralatan dan kendaraan operasional yang ada di kecamatan lumajang agar terawat dengan baik 3. Semua barang dan peralatan kantor kecamatan dapat tersimpan dan terawat dengan baik sehingga dapat digunakan sewaktu - waktu .");
        Assert.StartsWith("Terpenuhinya Kebutuhan", section.Intro, System.StringComparison.Ordinal);
        Assert.Equal(3, section.Points.Count);
        Assert.Equal("Semua barang dan peralatan kantor kecamatan dapat tersimpan dan terawat dengan baik sehingga dapat digunakan sewaktu - waktu", section.Points[2]);
    }

    [Fact]
    public void Numbered_points_in_a_list_fragment_with_a_comma_slip()
    {
        var section = new Manfaat("Manfaat", "<ol style=\"list-style-type: none\"> 1. Menjaga kualitas dan motivasi kader Posyandu dalam melaksanakan kegiatan Posyandu, PKK, LKMD, 2. Mencapai target-target yang telah ditentukan dalam Posyandu Gerbangmas Siaga 3, Memberikan Motifasi dan Memfasilitasi dalam Mencapai hasil maksimal");
        Assert.Null(section.Intro);
        Assert.Equal(
            ["Menjaga kualitas dan motivasi kader Posyandu dalam melaksanakan kegiatan Posyandu, PKK, LKMD",
             "Mencapai target-target yang telah ditentukan dalam Posyandu Gerbangmas Siaga",
             "Memberikan Motifasi dan Memfasilitasi dalam Mencapai hasil maksimal"],
            section.Points);
    }

    [Theory]
    [InlineData("Manfaat yang diharapkan dari kegiatan ini adalah:\n\u2022 meningkatnya keselamatan pengguna jalan;\n\u2022 tertibnya arus lalu lintas;\n\u2022 berkurangnya angka kecelakaan.\nDemikian Kerangka Acuan Kerja ini disusun sebagai acuan pelaksanaan kegiatan.")]
    [InlineData("Manfaat yang diharapkan dari kegiatan ini adalah:\n- meningkatnya keselamatan pengguna jalan;\n- tertibnya arus lalu lintas;\n- berkurangnya angka kecelakaan.\n\nDemikian Kerangka Acuan Kerja ini disusun sebagai acuan pelaksanaan kegiatan.")]
    [InlineData("Manfaat yang diharapkan dari kegiatan ini adalah:\nmeningkatnya keselamatan pengguna jalan;\ntertibnya arus lalu lintas;\nberkurangnya angka kecelakaan.\nDemikian Kerangka Acuan Kerja ini disusun sebagai acuan pelaksanaan kegiatan.")]
    public void A_bulleted_lists_lead_in_is_its_intro_and_a_closing_sentence_no_point(string text)
    {
        // Bullets as text, dashes, or a Word or web page's list whose bullets did not come with its text.
        var section = new Manfaat("MANFAAT", text);

        Assert.Equal("Manfaat yang diharapkan dari kegiatan ini adalah", section.Intro);
        Assert.Equal(["meningkatnya keselamatan pengguna jalan", "tertibnya arus lalu lintas", "berkurangnya angka kecelakaan"], section.Points);
        Assert.Contains("Demikian Kerangka Acuan Kerja", section.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_point_that_wraps_onto_a_lower_case_line_keeps_it()
    {
        var section = new Manfaat("Manfaat", "\u2022 Sinyal terdeteksi lebih awal;\n\u2022 Setiap KLB ditangani kurang dari 24 jam sehingga penularan dapat\ndicegah.\nData surveilans lengkap.");

        Assert.Null(section.Intro);
        Assert.Equal(["Sinyal terdeteksi lebih awal", "Setiap KLB ditangani kurang dari 24 jam sehingga penularan dapat dicegah"], section.Points);
    }

    [Theory]
    [InlineData("Kantor dapat melaksanakan kegiatan Pelayanan Administrasi dengan baik")]
    [InlineData("Manfaat Menjaga tertib perencanaan pembangunan dari desa dan kelurahan sampai kecamatan")]
    [InlineData("Tersusunnya RKA SKPD dengan tepat dan baik untuk 2 tahun")]
    public void Prose_has_no_points(string text)
    {
        var section = new Manfaat("Manfaat", text);
        Assert.Empty(section.Points);
        Assert.Null(section.Intro);
    }
}
