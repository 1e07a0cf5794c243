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
    public void A_row_of_one_printed_row_is_not_split(params string[] cells) =>
        Assert.Equal(-1, TabRincianRow.SecondRowStart([.. cells]));

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
