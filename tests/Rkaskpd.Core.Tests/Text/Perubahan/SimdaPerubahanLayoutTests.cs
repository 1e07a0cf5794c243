using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Perubahan;

/// <summary>A SIMDA DPPA-SKPD 2.2.1 as <c>pdftotext -layout</c> gives it: the rincian table's first heading line names
/// the column groups only (<c>Kode ... Sebelum Perubahan ... Setelah Perubahan ... Bertambah/(Berkurang)</c>), a
/// rekening row prints the jumlah before and after, the difference in rupiah and in percent, a line new in the
/// perubahan prints its before group as <c>0  0,00  0,00</c>, and the <c>Jumlah</c> label of the total row stands right
/// of the uraian column; its indicator table has one tolok ukur column and two target columns.</summary>
public class SimdaPerubahanLayoutTests
{
    private const string Form = """
                         DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN                         Formulir
                             SATUAN KERJA PERANGKAT DAERAH                              DPPA - SKPD
                          PEMERINTAH KABUPATEN MUARA SEMBADA                            2.2.1
                                  Tahun Anggaran 2015

    Urusan Pemerintahan                : 1.03 .                Urusan Wajib Pekerjaan Umum
    Organisasi                         : 1.03 . 1.03.01 .      Dinas Pekerjaan Umum
    Program                            : 1.03 . 1.03.01 . 18   Program Inspeksi Kondisi Jalan dan Jembatan
    Kegiatan                           : 1.03 . 1.03.01 . 18 . 01   Survei Kondisi Jalan dan Jembatan Kabupaten
    Jumlah Tahun n Sebelum Perubahan   : Rp.   2.130.000,00       (Dua juta seratus tiga puluh ribu rupiah)
    Jumlah Tahun n Setelah Perubahan   : Rp.   2.435.000,00       (Dua juta empat ratus tiga puluh lima ribu rupiah)

                                               Indikator & Tolok Ukur Kinerja Belanja Langsung
      Indikator           Tolok Ukur Kinerja                                     Target Kinerja              Target Kinerja
                                                                               Sebelum Perubahan           Setelah Perubahan
      Masukan             Jumlah Dana                                          Rp. 2.130.000,00            Rp. 2.435.000,00
      Keluaran            Panjang jalan kabupaten yang disurvei                420 km                      510 km
      Hasil               Tersedianya data kondisi jalan yang mutakhir         100 %                       100 %

                             RINCIAN DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN BELANJA LANGSUNG PROGRAM DAN PER KEGIATAN
                                                      SATUAN KERJA PERANGKAT DAERAH
     Kode                                                               Sebelum Perubahan                               Setelah Perubahan                  Bertambah/(Berkurang)
     Rekening                   Uraian                          Rincian Perhitungan                            Rincian Perhitungan
                                                            Volume  Satuan  Harga Satuan          Jumlah   Volume  Satuan  Harga Satuan          Jumlah          Rp          %
         1                        2                            3      4           5          6 = (3 x 5)      7      8           9         10 = (7 x 9)          11         12
     5.2.2.01.01      Belanja Alat Tulis Kantor                                             2.130.000,00                                   2.435.000,00       305.000,00    14,32
                      Kertas HVS A4 80 gr                       20  rim        45.000,00      900.000,00       25  rim        45.000,00    1.125.000,00       225.000,00    25,00
                      Tinta printer                              8  botol      85.000,00      680.000,00        8  botol      85.000,00      680.000,00             0,00     0,00
                      Map ordner                                20  buah       27.500,00      550.000,00       12  buah       27.500,00      330.000,00     (220.000,00)  (40,00)
                      Baterai alkaline AA untuk GPS              0                  0,00            0,00       24  buah       12.500,00      300.000,00       300.000,00   100,00
                                                                          Jumlah            2.130.000,00                                   2.435.000,00       305.000,00    14,32
    """;

    [Fact]
    public void The_rincian_reads_both_groups_under_a_heading_that_names_the_groups()
    {
        RkaForm form = Assert.Single(RkaTextReader.Read(Form).Document.Forms);

        Assert.Equal(5, form.Rincian.Count);
        RincianLine rekening = form.Rincian[0];
        Assert.Equal(("5.2.2.01.01", "Belanja Alat Tulis Kantor", 2_435_000m, 2_130_000m, 305_000m),
            (rekening.KodeRekening, rekening.Uraian, rekening.Jumlah?.Amount, rekening.Perubahan?.JumlahSebelum?.Amount, rekening.Perubahan?.Selisih?.Amount));
        RincianLine map = form.Rincian[3];
        Assert.Equal(("Map ordner", 12m, "buah", 330_000m, 20m, 550_000m, -220_000m),
            (map.Uraian, map.Volume, map.Satuan, map.Jumlah?.Amount, map.Perubahan?.VolumeSebelum, map.Perubahan?.JumlahSebelum?.Amount, map.Perubahan?.Selisih?.Amount));
        RincianLine baterai = form.Rincian[4];
        Assert.Equal(("Baterai alkaline AA untuk GPS", 24m, "buah", 12_500m, 300_000m, 0m, 0m, 300_000m),
            (baterai.Uraian, baterai.Volume, baterai.Satuan, baterai.HargaSatuan?.Amount, baterai.Jumlah?.Amount,
             baterai.Perubahan?.VolumeSebelum, baterai.Perubahan?.JumlahSebelum?.Amount, baterai.Perubahan?.Selisih?.Amount));
        Assert.Equal(2_435_000m, form.RincianTotal?.Jumlah?.Amount);
    }

    [Fact]
    public void An_indicator_table_of_one_tolok_ukur_column_keeps_both_targets()
    {
        RkaForm form = Assert.Single(RkaTextReader.Read(Form).Document.Forms);

        Assert.Equal(
            [
                ("Jumlah Dana", "Rp. 2.435.000,00", "Rp. 2.130.000,00"),
                ("Panjang jalan kabupaten yang disurvei", "510 km", "420 km"),
                ("Tersedianya data kondisi jalan yang mutakhir", "100 %", "100 %"),
            ],
            form.Indicators.Select(i => (i.TolokUkur, i.Target.Text, i.Perubahan?.TargetSebelum.Text)));
        Assert.All(form.Indicators, i => Assert.Equal(i.TolokUkur, i.Perubahan?.TolokUkurSebelum));
    }

    [Fact]
    public void The_rows_check_out_with_no_finding_on_the_rincian()
    {
        RkaReadResult result = RkaTextReader.Read(Form);

        Assert.DoesNotContain(result.Validate(), d => d.Path?.StartsWith("rincian", System.StringComparison.Ordinal) == true);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA006" or "RKA503");
    }
}
