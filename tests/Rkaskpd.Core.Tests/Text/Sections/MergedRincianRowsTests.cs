using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>The OCR of a scanned table may put two printed rows on one line; the cells of the second start after the
/// first's jumlah with an empty cell and a kode rekening. Each is read as the row it is.</summary>
public class MergedRincianRowsTests
{
    [Fact]
    public void A_kode_rekening_after_an_amount_and_an_empty_cell_starts_a_second_row()
    {
        List<string> cells = ["", "Modul pelatihan", "100", "eks", "25.000,00", "2.500.000,00", "", "5.2.2.11", "Belanja Makanan dan Minuman", "", "", "", "12.000.000,00"];

        Assert.Equal(7, TabRincianRow.SecondRowStart(cells));
    }

    [Theory]
    [InlineData("5.2.2.01.01", "Belanja Alat Tulis Kantor", "", "", "", "2.000.000,00")]
    [InlineData("5", "2", "2", "01", "01", "Belanja ATK", "", "", "2.000.000,00")]
    [InlineData("", "Honor", "12", "OB", "300.000,00", "3.600.000,00", "", "Keterangan 5.2")]
    [InlineData("", "- Penanggung Jawab Kegiatan", "", "", "12", "OB", "750.000", "", "9.000.000", "", "")]
    [InlineData("", "- Transport", "", "", "24", "OK", "750.000", "", "18.000.000")]
    public void A_row_of_one_printed_row_is_not_split(params string[] cells) =>
        Assert.Equal(-1, TabRincianRow.SecondRowStart([.. cells]));

    [Theory]
    [InlineData("9.000.000")]
    [InlineData("2.400.000")]
    [InlineData("5.000")]
    [InlineData("1 250 000")]
    public void An_amount_grouped_in_thousands_is_no_kode_rekening(string cell) =>
        Assert.Null(TabRincianRow.RekeningCode(cell));

    [Theory]
    [InlineData("5.2.2.01.01", "5.2.2.01.01")]
    [InlineData("5 2 2 01 01", "5.2.2.01.01")]
    [InlineData("5.2.2.01.001", "5.2.2.01.001")]
    [InlineData("5.1.02.01.01.0024", "5.1.02.01.01.0024")]
    public void A_kode_rekening_is_read_whatever_its_separators(string cell, string code) =>
        Assert.Equal(code, TabRincianRow.RekeningCode(cell));

    [Fact]
    public void A_spreadsheet_row_whose_jumlah_is_a_digit_and_millions_stays_one_line()
    {
        // An Excel template's rows: the kode rekening over five cells, numbers as Excel shows them ("#.##0").
        const string Text = "RENCANA KERJA DAN ANGGARAN\nFormulir RKA - SKPD 2.2.1\nTahun Anggaran 2018\n"
            + "Kegiatan\t:\t1.02.1.02.01.22.07\tPeningkatan Imunisasi\n"
            + "Kode Rekening\t\t\t\t\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah (Rp)\n"
            + "5\t2\t1\t01\t01\tHonorarium Panitia Pelaksana Kegiatan\t\t\t\t16.200.000\n"
            + "\t\t\t\t\t- Penanggung Jawab Kegiatan\t12\tOB\t750.000\t9.000.000\n"
            + "\t\t\t\t\t- Pejabat Pelaksana Teknis Kegiatan\t12\tOB\t600.000\t7.200.000\n";

        RkaForm form = Assert.Single(RkaTextReader.Read(Text).Document.Forms);

        Assert.Equal(
            [("5.2.1.01.01", 16_200_000m), (null, 9_000_000m), (null, 7_200_000m)],
            form.Rincian.Select(r => (r.KodeRekening, r.Jumlah?.Amount ?? 0m)));
        Assert.Equal("- Penanggung Jawab Kegiatan", form.Rincian[1].Uraian.ToString());
        Assert.Equal(12m, form.Rincian[1].Volume);
    }

    [Fact]
    public void Two_printed_rows_merged_on_one_line_read_as_two_rincian_lines()
    {
        const string Text = """
            RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
            Formulir RKA - SKPD 2.2.1
            Tahun Anggaran 2013
            Kegiatan : 1.01.1.01.01.21.05 Pelatihan Kompetensi Guru
            Rincian Anggaran Belanja Langsung
            | Kode Rekening | Uraian | Volume | Satuan | Harga Satuan | Jumlah |
            | 5.2.2.06.01 | Belanja Cetak | | | | 2.500.000,00 |
            | | Modul pelatihan | 100 | eks | 25.000,00 | 2.500.000,00 | | 5.2.2.11 | Belanja Makanan dan Minuman | | | | 12.000.000,00 |
            | 5.2.2.11.02 | Belanja Makanan dan Minuman Pelatihan | | | | 12.000.000,00 |
            """;

        RkaForm form = Assert.Single(RkaTextReader.Read(Text).Document.Forms);

        Assert.Equal(
            [("5.2.2.06.01", "Belanja Cetak", 2_500_000m), (null, "Modul pelatihan", 2_500_000m), ("5.2.2.11", "Belanja Makanan dan Minuman", 12_000_000m), ("5.2.2.11.02", "Belanja Makanan dan Minuman Pelatihan", 12_000_000m)],
            form.Rincian.Select(r => (r.KodeRekening, r.Uraian, r.Jumlah?.Amount ?? 0m)));
        Assert.Equal(100m, form.Rincian[1].Volume);
    }
}
