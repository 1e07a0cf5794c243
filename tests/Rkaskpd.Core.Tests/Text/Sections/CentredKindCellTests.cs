using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A kind cell merged over several indicator rows and centred (a spreadsheet's print, as
/// <c>pdftotext -layout</c> writes it): the kind stands alone on a line between its rows, or under its one row when that
/// row is taller than its text; each such kind heads the rows it was centred on.</summary>
public class CentredKindCellTests
{
    private const string Head = """
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
        Formulir RKA - SKPD 2.2.1
        Tahun Anggaran 2011
        Kegiatan               : 2.01.2.01.01.16.05 Pengembangan Intensifikasi Tanaman Padi
        Jumlah Tahun 2011      : Rp 208.535.000

                                    Indikator & Tolok Ukur Kinerja Belanja Langsung
               Indikator                            Tolok Ukur Kinerja                       Target Kinerja
        Capaian Program        Persentase peningkatan produksi padi                                  5 %
        Masukan                Jumlah Dana                                                Rp 208.535.000

        """;

    [Fact]
    public void Kinds_centred_between_and_under_their_rows_head_them()
    {
        const string Table = """
                               Luas areal SL-PTT padi sawah                                      100 Ha
        Keluaran
                               Luas areal pengembangan jagung hibrida                             50 Ha
                               Peningkatan produktivitas padi dan jagung                          10 %
        Hasil

        Kelompok Sasaran Kegiatan : Kelompok tani
        """;

        RkaForm form = Assert.Single(RkaTextReader.Read(Head.TrimEnd() + "\n" + Table).Document.Forms);

        Assert.Equal(
            [
                (IndicatorKind.CapaianProgram, "5 %"), (IndicatorKind.Masukan, "Rp 208.535.000"), (IndicatorKind.Keluaran, "100 Ha"),
                (IndicatorKind.Keluaran, "50 Ha"), (IndicatorKind.Hasil, "10 %"),
            ],
            form.Indicators.Select(i => (i.Kind, i.Target.Text)));
    }

    [Fact]
    public void A_kind_over_its_rows_heads_all_of_them_and_a_kind_with_no_row_is_a_missing_row()
    {
        const string Table = """
        Keluaran
                               Luas areal SL-PTT padi sawah                                      100 Ha
                               Luas areal pengembangan jagung hibrida                             50 Ha
        Hasil

        Kelompok Sasaran Kegiatan : Kelompok tani
        """;

        RkaReadResult result = RkaTextReader.Read(Head.TrimEnd() + "\n" + Table);
        RkaForm form = Assert.Single(result.Document.Forms);

        Assert.Equal(
            [(IndicatorKind.CapaianProgram, "5 %"), (IndicatorKind.Masukan, "Rp 208.535.000"), (IndicatorKind.Keluaran, "100 Ha"), (IndicatorKind.Keluaran, "50 Ha")],
            form.Indicators.Select(i => (i.Kind, i.Target.Text)));
        Assert.Contains(result.Validate(), d => d.Code == "RKA301" && d.Message.Contains("Hasil", System.StringComparison.Ordinal));
    }
}
