using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A detail row's uraian wrapped onto a line that starts with a number (<c>... kapasitas 3 x</c> over
/// <c>60 liter bahan HDPE</c>, <c>(12 desa x</c> over <c>25 orang)</c>): the line goes on the uraian when the uraian
/// stops where no text ends (a bracket left open, a last <c>x</c>, <c>dan</c>, ...); otherwise a line starting with a
/// number stays a line of its own, as a numbered item does.</summary>
public class WrappedUraianNumberTests
{
    private const string Head = """
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
        PEMERINTAH KABUPATEN CONTOH TAHUN ANGGARAN 2018
        Kegiatan : 1.08.1.08.01.15.05 Pengadaan Sarana Persampahan
        Rincian Anggaran Belanja Langsung
        Kode Rekening	Uraian	Volume	Satuan	Harga Satuan	Jumlah (Rp)
        5.2.3.30.01	Belanja Modal Pengadaan Sarana Persampahan				162.750.000,00

        """;

    [Theory]
    [InlineData("\tTong sampah pilah tiga warna kapasitas 3 x\t40\tunit\t2.850.000,00\t114.000.000,00\n\t60 liter bahan HDPE\n", "Tong sampah pilah tiga warna kapasitas 3 x 60 liter bahan HDPE")]
    [InlineData("\tSnack peserta rapat (3 kali\t300\tkotak\t10.000,00\t3.000.000,00\n\t25 orang)\n", "Snack peserta rapat (3 kali 25 orang)")]
    [InlineData("Tong sampah pilah kapasitas 3 x 40 unit 2.850.000,00 114.000.000,00\n60 liter bahan HDPE\n", "Tong sampah pilah kapasitas 3 x 60 liter bahan HDPE")]
    [InlineData("Snack peserta (12 desa x 300 kotak 10.000,00 3.000.000,00\n25 orang)\n", "Snack peserta (12 desa x 25 orang)")]
    public void A_line_starting_with_a_number_under_an_open_uraian_goes_on_it(string rows, string uraian)
    {
        RkaForm form = Read(rows + "\tGerobak sampah dorong\t15\tunit\t3.250.000,00\t48.750.000,00\n");

        Assert.Equal(3, form.Rincian.Count);
        Assert.Equal(uraian, form.Rincian[1].Uraian);
        Assert.Equal("Gerobak sampah dorong", form.Rincian[2].Uraian);
    }

    [Theory]
    [InlineData("\tTong sampah pilah tiga warna\t40\tunit\t2.850.000,00\t114.000.000,00\n\t60 liter bahan HDPE\n")]
    [InlineData("\tTong sampah pilah tiga warna dan\t40\tunit\t2.850.000,00\t114.000.000,00\n\t2. Gerobak cadangan\n")]
    public void A_line_starting_with_a_number_after_a_closed_uraian_or_as_a_numbered_item_stays_a_line(string rows)
    {
        RkaForm form = Read(rows);

        Assert.Equal(3, form.Rincian.Count);
        Assert.StartsWith("Tong sampah pilah tiga warna", form.Rincian[1].Uraian, System.StringComparison.Ordinal);
        Assert.DoesNotContain("HDPE", form.Rincian[1].Uraian, System.StringComparison.Ordinal);
        Assert.DoesNotContain("cadangan", form.Rincian[1].Uraian, System.StringComparison.Ordinal);
    }

    private static RkaForm Read(string rows) => Assert.Single(RkaTextReader.Read(Head + rows).Document.Forms);
}
