using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>An indicator row of two cells whose first holds the kind and the tolok ukur (the separator between them
/// lost, as the OCR of a scanned table loses a rule's stroke) reads the kind from the cell's start.</summary>
public class IndicatorKindCellTests
{
    [Fact]
    public void A_kind_cell_holding_the_tolok_ukur_too_is_split_at_the_kind()
    {
        const string Text = """
            RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
            Formulir RKA - SKPD 2.2.1
            Tahun Anggaran 2013
            Kegiatan : 1.01.1.01.01.21.05 Pelatihan Kompetensi Guru
            Jumlah Tahun n : Rp. 24.300.000,00 (Dua puluh empat juta tiga ratus ribu rupiah)
            Indikator & Tolok Ukur Kinerja Belanja Langsung
            | Indikator | Tolok Ukur Kinerja | Target Kinerja |
            | Masukan Jumlah Dana | Rp. 24.300.000,00
            | Keluaran | Jumlah guru yang dilatih | 100 orang |
            """;

        RkaForm form = Assert.Single(RkaTextReader.Read(Text).Document.Forms);

        Assert.Equal(
            [(IndicatorKind.Masukan, "Jumlah Dana", "Rp. 24.300.000,00"), (IndicatorKind.Keluaran, "Jumlah guru yang dilatih", "100 orang")],
            form.Indicators.Select(i => (i.Kind, i.TolokUkur, i.Target.Text)));
    }

    [Fact]
    public void A_colon_leading_the_cell_after_the_kind_is_no_part_of_the_tolok_ukur()
    {
        const string Text = "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH\nTahun Anggaran 2025\n"
            + "Kegiatan : 7.01.01.2.08 - Administrasi Umum\nCapaian Program\t: Persentase terpenuhinya kebutuhan penunjang 100 %\n"
            + "Indikator & Tolok Ukur Kinerja Kegiatan\nMasukan\tDana yang dibutuhkan\tRp. 86.765.000,00\n";

        RkaForm form = Assert.Single(RkaTextReader.Read(Text).Document.Forms);

        Indicator capaian = Assert.Single(form.Indicators, i => i.Kind == IndicatorKind.CapaianProgram);
        Assert.Equal(("Persentase terpenuhinya kebutuhan penunjang", "100 %"), (capaian.TolokUkur, capaian.Target.Text));
    }

    [Fact]
    public void A_kind_cell_and_a_cell_holding_the_tolok_ukur_and_target_split_at_the_target()
    {
        const string Text = """
            RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
            Formulir RKA - SKPD 2.2.1
            Tahun Anggaran 2022
            Kegiatan : 1.01.1.01.01.21.05 Pelatihan Kompetensi Guru
            Indikator & Tolok Ukur Kinerja Belanja Langsung
            | Indikator | Tolok Ukur Kinerja | Target Kinerja |
            | Hasil  Meningkatnya ketepatan penyaluran pupuk bersubsidi 90 % |
            | Keluaran  Jumlah laporan pengawasan 12 Laporan |
            """;

        RkaReadResult result = RkaTextReader.Read(Text);
        RkaForm form = Assert.Single(result.Document.Forms);

        Assert.Equal(
            [(IndicatorKind.Hasil, "Meningkatnya ketepatan penyaluran pupuk bersubsidi", "90 %"), (IndicatorKind.Keluaran, "Jumlah laporan pengawasan", "12 Laporan")],
            form.Indicators.Select(i => (i.Kind, i.TolokUkur, i.Target.Text)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA007"); // each split has one reading
    }
}
