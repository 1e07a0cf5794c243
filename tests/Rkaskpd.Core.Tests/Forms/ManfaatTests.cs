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
