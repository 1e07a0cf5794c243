using System;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sipd;

/// <summary>SIPD prints the Capaian Program and the Keluaran Sub Kegiatan as small tables inside the header (a heading
/// row, <c>Indikator Target</c> or <c>Tolok Ukur Target</c>, over the row itself): the heading is no part of the value,
/// whether it stands on the label's line (pdftotext -layout) or on a line of its own under an empty label (an HTML page,
/// a converter).</summary>
public class SipdNestedTableTests
{
    private const string Top = "Urusan Pemerintahan\t:\t1 - URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR\n"
        + "Program\t:\t1.03.03 - PROGRAM PENGELOLAAN DAN PENGEMBANGAN SISTEM PENYEDIAAN AIR MINUM\n";

    private const string Kegiatan = "Kegiatan\t:\t1.03.03.1.01 - Pengelolaan dan Pengembangan SPAM Lintas Kabupaten/Kota\n"
        + "Sub Kegiatan\t:\t1.03.03.1.01.0005 - Koordinasi dan Sinkronisasi Pengembangan SPAM Lintas Kabupaten/Kota\n"
        + "Waktu Pelaksanaan\t:\tFebruari s.d. November\n";

    private const string Row = "Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi\t2 Dokumen";

    [Theory]
    [InlineData("Capaian Program\t:\t\nIndikator\tTarget\nPersentase rumah tangga terlayani air minum\t64 %\n")]
    [InlineData("Capaian Program\t:\tIndikator\tTarget\n\t\tPersentase rumah tangga terlayani air minum\t64 %\n")]
    public void The_capaian_program_table_reads_its_row_under_the_heading(string capaian)
    {
        RkaReadResult result = RkaTextReader.Read(Top + capaian + Kegiatan);

        Indicator indicator = Assert.Single(Assert.Single(result.Document.Forms).Indicators);
        Assert.Equal(IndicatorKind.CapaianProgram, indicator.Kind);
        Assert.Equal(("Persentase rumah tangga terlayani air minum", "64 %"), (indicator.TolokUkur, indicator.Target.Text));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA006" or "RKA017");
    }

    [Theory]
    [InlineData("Keluaran Sub Kegiatan\t:\tTolok Ukur\tTarget\n\t\t" + Row + "\n")]
    [InlineData("Keluaran Sub Kegiatan\t:\t\nTolok Ukur\tTarget\n" + Row + "\n")]
    [InlineData("Keluaran Sub Kegiatan\t:\t\n" + Row + "\n")]
    public void The_keluaran_sub_kegiatan_table_is_its_row_without_the_heading(string keluaran)
    {
        RkaReadResult result = RkaTextReader.Read(Top + Kegiatan + keluaran);

        Assert.Equal("Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi 2 Dokumen", Assert.Single(result.Document.Forms).Header.KeluaranSubKegiatan);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA006" or "RKA017");
    }

    [Fact]
    public void A_keluaran_value_of_heading_words_without_a_measure_column_is_the_value()
    {
        RkaReadResult result = RkaTextReader.Read(Top + Kegiatan + "Keluaran Sub Kegiatan\t:\tTarget Kinerja\n\nRINCIAN BELANJA SUB KEGIATAN\n");

        Assert.Equal("Target Kinerja", Assert.Single(result.Document.Forms).Header.KeluaranSubKegiatan);
    }

    [Fact]
    public void A_second_line_under_the_keluaran_row_is_still_reported_as_appended()
    {
        RkaReadResult result = RkaTextReader.Read(Top + Kegiatan + "Keluaran Sub Kegiatan\t:\tTolok Ukur\tTarget\n\t\t" + Row + "\nLain lain\n");

        Assert.Equal(
            "Jumlah Dokumen Hasil Koordinasi dan Sinkronisasi 2 Dokumen Lain lain",
            Assert.Single(result.Document.Forms).Header.KeluaranSubKegiatan);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA017" && d.Message.Contains("'Lain lain'", StringComparison.Ordinal));
    }
}
