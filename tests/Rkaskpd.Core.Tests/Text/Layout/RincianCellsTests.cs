using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>A rincian table printed one cell per line (plain pdftotext of an SIPD, SIMDA or SIPKD print) joined into
/// tab rows.</summary>
public class RincianCellsTests
{
    [Fact]
    public void Joins_the_header_rekening_group_and_detail_rows()
    {
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah",
                "5.1.02.01.01.0024\tBelanja Alat Tulis Kantor\t660.000,00",
                "\t[#] Alat Tulis Kantor\t660.000,00",
                "\tBuku Tulis\t60 Buah\tBuah\t5.000,00\t0\t300.000,00",
                "\tBallpoint\t10 Kotak\tKotak\t36.000,00\t11%\t399.600,00",
                "\tJumlah Total\t699.600,00",
                string.Empty,
                "Keterangan",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah",
                "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", "660.000,00",
                "[#] Alat Tulis Kantor", "660.000,00",
                "Buku Tulis", "60 Buah", "Buah", "5.000,00", "0", "300.000,00",
                "Ballpoint", "10 Kotak", "Kotak", "36.000,00", "11%", "399.600,00",
                "Jumlah Total", "699.600,00",
                string.Empty,
                "Keterangan"));
    }

    [Fact]
    public void A_page_footer_is_a_row_of_its_own_and_does_not_end_the_table()
    {
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah",
                "5.1.02.01.01.0026\tBelanja Bahan Cetak\t2.400.000,00",
                "Halaman 2 dari 4",
                "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah",
                "\t[#] Cetak Leaflet\t2.400.000,00",
                "Halaman 3 dari 4",
                "\t[-] Sosialisasi\t2.400.000,00",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah",
                "5.1.02.01.01.0026", "Belanja Bahan Cetak", "2.400.000,00",
                "Halaman 2 dari 4",
                "\fKode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah",
                "[#] Cetak Leaflet", "2.400.000,00",
                "Halaman 3 dari 4",
                "\f[-] Sosialisasi", "2.400.000,00"));
    }

    [Fact]
    public void A_koefisien_with_a_thousands_separator_is_no_amount_that_ends_the_row()
    {
        Assert.Equal(
            "\tLeaflet Pangan Lokal,\tFull Colour\t1.000 Lembar\tLembar\t2.400,00\t0\t2.400.000,00",
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah",
                "Leaflet Pangan Lokal,", "Full Colour", "1.000 Lembar", "Lembar", "2.400,00", "0", "2.400.000,00")[1]);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("5")]
    [InlineData("6")]
    public void A_volume_that_is_also_an_akun_digit_is_the_rows_volume(string volume)
    {
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga satuan\tJumlah",
                "5.2.1.02.02\tHonorarium Tutor\t4.500.000,00",
                "\tHonor tutor keaksaraan fungsional\t" + volume + "\tOB\t750.000,00\t4.500.000,00",
                "5.2.2\tBelanja Barang dan Jasa\t28.350.000,00",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga satuan", "Jumlah",
                "5.2.1.02.02", "Honorarium Tutor", "4.500.000,00",
                "Honor tutor keaksaraan fungsional", volume, "OB", "750.000,00", "4.500.000,00",
                "5.2.2", "Belanja Barang dan Jasa", "28.350.000,00"));
    }

    [Fact]
    public void The_columns_numbers_one_a_line_are_one_row()
    {
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga satuan\tJumlah",
                "1\t2\t3\t4\t5\t6 = (3 x 5)",
                "5.2\tBELANJA LANGSUNG\t32.850.000,00",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga satuan", "Jumlah",
                "1", "2", "3", "4", "5", "6 = (3 x 5)",
                "5.2", "BELANJA LANGSUNG", "32.850.000,00"));
    }
}
