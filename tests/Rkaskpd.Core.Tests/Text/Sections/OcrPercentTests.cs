using System;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>An indicator target's percent sign as an OCR (Tesseract) reads it: its ring and stroke as <c>Yo</c>,
/// <c>X0</c> or <c>Y9</c> after the number (not <c>%o</c>, a per-mille sign as typed), read by the line stage (<see cref="OcrMarks"/>). Such a target is a
/// percentage; a unit word is left as written.</summary>
public class OcrPercentTests
{
    [Theory]
    [InlineData("Hasil Meningkatnya penggunaan benih 70 Yo", "Hasil Meningkatnya penggunaan benih 70 %")]
    [InlineData("5 X0", "5 %")]
    public void A_misread_percent_after_a_number_is_a_percent(string line, string read) =>
        Assert.Equal(read, Repair(line).ToString());

    [Theory]
    [InlineData("Keluaran Jumlah kelompok 45 kelompok")]
    [InlineData("Keluaran Jumlah peserta Yo")]
    [InlineData("Keluaran Pelatihan angkatan X0")]
    [InlineData("Hasil Kinerja 70 Kilo")]
    [InlineData("Hasil Angka Kematian Bayi 25 %o")]
    public void Other_endings_are_left_as_written(string line) =>
        Assert.True(line.AsMemory().Equals(Repair(line)));

    private static ReadOnlyMemory<char> Repair(string line)
    {
        bool sawOcr = false;
        return OcrMarks.Repair(line.AsMemory(), ref sawOcr);
    }

    [Fact]
    public void An_indicator_row_reads_the_percentage()
    {
        const string Text = """
            RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
            PEMERINTAH KABUPATEN CONTOH TAHUN ANGGARAN 2018
            Kegiatan : 2.01.2.01.01.19.02 Pengembangan Bibit Unggul
            Indikator & Tolok Ukur Kinerja Belanja Langsung
            Indikator Tolok Ukur Kinerja Target Kinerja
            Masukan Jumlah Dana Rp. 299.190.000,00
            Hasil Meningkatnya penggunaan benih unggul bersertifikat oleh petani 70 Yo
            """;

        RkaForm form = Assert.Single(RkaTextReader.Read(Text).Document.Forms);

        Indicator hasil = Assert.Single(form.Indicators, i => i.Kind == IndicatorKind.Hasil);
        Assert.Equal("70 %", hasil.Target.Text);
    }
}
