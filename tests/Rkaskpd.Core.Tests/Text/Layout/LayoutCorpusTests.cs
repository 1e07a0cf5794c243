using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>
/// The real excerpts whose layout the stage normalises, read end to end. Expected values are written from reading
/// the texts. Left out, because they need other parts of the reader: parsing SIMDA urusan and organisasi codes written
/// <c>1.02 . 1.02.01</c>, the Lombok Tengah title block (pemerintah daerah and tahun anggaran inside one long title
/// line), and telling <c>Jumlah dana</c> (a tolok ukur) from an amount row.
/// </summary>
public class LayoutCorpusTests
{
    private const string LombokBarat = "kab-lombok-barat-2015-dpa-skpd-221-dinkes-penanggulangan-kep-gizi.txt";
    private const string LombokTengah = "kab-lombok-tengah-2023-rka-skpd-puskesmas-wajageseng-pmt-lokal.txt";

    private const string GiziKegiatan =
        "Penanggulangan Kurang Energi Protein (KEP), Anemia Gizi Besi, Gangguan Akibat kurang Yodium (GAKY), Kurang Vitamin A, dan Kekurangan Zat Gizi Mikro Lainnya";

    [Fact]
    public void Lombok_Barat_2015_DPA_form_221_reads_its_one_cell_per_line_header()
    {
        RkaReadResult result = RkaTextReader.Read(TestData.CorpusText(LombokBarat));
        RkaForm form = result.Document.Forms[^1];
        FormHeader header = form.Header;

        Assert.Equal("PEMERINTAH KABUPATEN LOMBOK BARAT", header.PemerintahDaerah);
        Assert.Equal(2015, header.TahunAnggaran);
        Assert.Equal("Urusan Pemerintahan", header.Urusan.Label);
        Assert.Equal("1.02 . 1.02", header.Urusan.CodeText);
        Assert.Equal("1.02", header.Urusan.Code?.ToString()); // SIMDA writes the urusan twice: the program's and the SKPD's
        Assert.Equal("1.02 . 1.02.01", header.Organisasi.CodeText);
        Assert.Equal("1.02.01", header.Organisasi.Code?.ToString());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA101");
        Assert.DoesNotContain(result.Validate(), d => d.Code == "RKA101" && d.Path == "header.urusan");
        Assert.Equal("Dinas Kesehatan", header.Organisasi.Name);
        Assert.Equal("1.02.1.02.01.20", header.Program.Code?.ToString());
        Assert.Equal("Program Perbaikan Gizi Masyarakat", header.Program.Name);
        Assert.Equal("1.02.1.02.01.20.03", header.Kegiatan.Code?.ToString());
        Assert.Equal(GiziKegiatan, header.Kegiatan.Name);
        Assert.Equal("Dinas Kesehatan", header.Lokasi);
    }

    [Fact]
    public void Lombok_Barat_2015_DPA_form_221_reads_its_indicator_cells_and_kelompok_sasaran()
    {
        RkaForm form = RkaTextReader.Read(TestData.CorpusText(LombokBarat)).Document.Forms[^1];

        Assert.Collection(
            form.Indicators,
            i => Assert.Equal((IndicatorKind.Masukan, "Jumlah Dana", "Rp. 41.542.500"), (i.Kind, i.TolokUkur, i.Target.Text)),
            i => Assert.Equal(
                (IndicatorKind.Keluaran, "Terlaksananya Kegiatan Penanggulangan KEP, Anemia Gizi, GAKY, dan Kekurangan zat gizi mikro lainnya", "17 Puskesmas"),
                (i.Kind, i.TolokUkur, i.Target.Text)),
            i => Assert.Equal(
                (IndicatorKind.Hasil, "Terlapornya Kegiatan Penanggulangan KEP, Anemia Gizi, GAKY, dan Kekurangan zat gizi mikro lainnya", "100 %"),
                (i.Kind, i.TolokUkur, i.Target.Text)));
        Assert.Equal("Terlaksananya kegiatan penanggulangan masalah gizi", form.KelompokSasaran);
    }

    [Fact]
    public void Lombok_Barat_2015_DPA_cover_reads_the_kegiatan_and_its_jumlah_anggaran_with_terbilang()
    {
        RkaReadResult result = RkaTextReader.Read(TestData.CorpusText(LombokBarat));
        RkaForm cover = result.Document.Forms[0];

        Assert.Equal("1.02.1.02.01.20.03", cover.Header.Kegiatan.Code?.ToString());
        Assert.Equal(GiziKegiatan, cover.Header.Kegiatan.Name);
        AmountRow amount = Assert.Single(cover.Amounts.Rows);
        Assert.Equal(41_542_500m, amount.Amount?.Amount);
        Assert.Equal("Empat puluh satu juta lima ratus empat puluh dua ribu lima ratus rupiah", amount.Terbilang);

        // The sumber dana text printed in the amount's place is reported, not read as the amount.
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA006" && d.Line == 41);
    }

    [Fact]
    public void Lombok_Tengah_2023_pairs_its_labels_line_with_the_values_that_run_together()
    {
        RkaReadResult result = RkaTextReader.Read(TestData.CorpusText(LombokTengah));
        RkaForm form = Assert.Single(result.Document.Forms);
        FormHeader header = form.Header;

        Assert.Equal("Urusan Pemerintah", header.Urusan.Label);
        Assert.Equal("1.02", header.Urusan.CodeText);
        Assert.Equal("Urusan Wajib Pelayanan Dasar Kesehatan", header.Urusan.Name);
        Assert.Equal("1.02.01", header.Organisasi.CodeText);
        Assert.Equal("Dinas Kesehatan", header.Organisasi.Name);

        // Program and kegiatan print only their first code parts ("1.02 . 1.02.01 ."): kept as written.
        Assert.Equal("1.02 . 1.02.01 .", header.Program.CodeText);
        Assert.Equal("1.02 . 1.02.01 .", header.Kegiatan.CodeText);
        Assert.Null(header.Kegiatan.Code);
    }

    [Fact]
    public void Lombok_Tengah_2023_reports_the_lokasi_it_could_not_pair_and_the_values_after_it()
    {
        RkaReadResult result = RkaTextReader.Read(TestData.CorpusText(LombokTengah));

        Diagnostic unpaired = Assert.Single(result.Diagnostics, d => d.Code == "RKA015");
        Assert.Equal(12, unpaired.Line);
        Assert.Contains("LOKASI KEGIATAN", unpaired.Message, System.StringComparison.Ordinal);
        Assert.True(string.IsNullOrEmpty(result.Document.Forms[0].Header.Lokasi));
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA006" && d.Line == 40);
    }
}
