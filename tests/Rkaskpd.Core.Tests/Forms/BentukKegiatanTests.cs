using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

public class BentukKegiatanTests
{
    public static TheoryData<string, string[]> Texts => new()
    {
        { "- Belanja Pegawai - Belanja Barang dan Jasa", ["Belanja Pegawai", "Belanja Barang dan Jasa"] },
        { ": - Belanja Barang dan Jasa - Belanja Peralatan dan Mesin - Belanja Modal Bangunan dan Gedung",
            ["Belanja Barang dan Jasa", "Belanja Peralatan dan Mesin", "Belanja Modal Bangunan dan Gedung"] },
        { "Pemberian Honoraium PNS,Uang lembur PNS, Belanja Bahan Pakai Habis, Belanja Jasa kantor, Premi asuransi, cetak/penggandaan, makanan dan minuman, Perjalanan dinas, dan upah/ongkos tenaga kerja",
            ["Pemberian Honoraium PNS", "Uang lembur PNS", "Belanja Bahan Pakai Habis", "Belanja Jasa kantor", "Premi asuransi", "cetak/penggandaan",
             "makanan dan minuman", "Perjalanan dinas", "upah/ongkos tenaga kerja"] },
        { "- Pemberian Perawatan Kendaraan Bermotor; - Pemeliharaan Alat Rumah tangga; - Pemeliharaan Komputer",
            ["Pemberian Perawatan Kendaraan Bermotor", "Pemeliharaan Alat Rumah tangga", "Pemeliharaan Komputer"] },
        { "- Belanja Pegawai dan - Barang dan Jasa", ["Belanja Pegawai", "Barang dan Jasa"] },
        { "Bentuk - Belanja Barang dan Jasa", ["Belanja Barang dan Jasa"] },
        { "<ol><li>Belanja Pegawai</li><li>Belanja Modal</li></ol>", ["Belanja Pegawai", "Belanja Modal"] },
        { "1. Belanja Pegawai 2. Belanja Barang dan Jasa", ["Belanja Pegawai", "Belanja Barang dan Jasa"] },
        { "", [] },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Items_follow_every_list_style(string text, string[] items) =>
        Assert.Equal(items, new BentukKegiatan("Bentuk Kegiatan", text).Items);

    [Fact]
    public void A_bulleted_lists_lead_in_and_closing_sentence_are_no_items()
    {
        var section = new BentukKegiatan("D. BENTUK KEGIATAN", "Kegiatan dilaksanakan secara swakelola, berupa:\n\u2022 rapat validasi data surveilans;\n\u2022 verifikasi sinyal SKDR.\nSeluruh kegiatan dilaporkan setiap triwulan.");

        Assert.Equal(["rapat validasi data surveilans", "verifikasi sinyal SKDR"], section.Items);
    }
}
