using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>A rincian table printed one cell per line (plain pdftotext of an SIPD print) joined into tab rows.</summary>
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
}
