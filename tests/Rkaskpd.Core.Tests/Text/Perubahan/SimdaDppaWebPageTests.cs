using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Perubahan;

/// <summary>A SIMDA DPPA-SKPD 2.2.1 as a browser copies its web page (tab cells): the indicator table's Sebelum and
/// Setelah headings on a line under "Target Kinerja", a row under a kind cell spanning rows written without that cell,
/// the title and the NOMOR DPPA boxes repeated atop the next page inside the rincian, and the total row's label and
/// the after group's rincian perhitungan spanning columns.</summary>
public class SimdaDppaWebPageTests
{
    private static readonly string Text = string.Join('\n',
        "DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN",
        "SATUAN KERJA PERANGKAT DAERAH\tNOMOR DPPA SKPD",
        "1.02\t1.02.01\t32\t05\t5\t2",
        "DPPA - SKPD",
        "2.2.1",
        "PEMERINTAH KOTA SUNGAI LIMAU",
        "Tahun Anggaran 2016",
        "Urusan Pemerintahan\t:\t1.02\tUrusan Wajib Kesehatan",
        "Organisasi\t:\t1.02 . 1.02.01\tDinas Kesehatan",
        "Program\t:\t1.02 . 1.02.01 . 32\tProgram Peningkatan Keselamatan Ibu Melahirkan dan Anak",
        "Kegiatan\t:\t1.02 . 1.02.01 . 32 . 05\tPeningkatan Pelayanan Kesehatan Ibu dan Anak",
        "Jumlah Tahun n Sebelum Perubahan\t:\tRp.\t1.260.000,00\t(Satu juta dua ratus enam puluh ribu rupiah)",
        "Jumlah Tahun n Setelah Perubahan\t:\tRp.\t1.008.000,00\t(Satu juta delapan ribu rupiah)",
        "Indikator & Tolok Ukur Kinerja Belanja Langsung",
        "Indikator\tTolok Ukur Kinerja\tTarget Kinerja\tTarget Kinerja",
        "Sebelum Perubahan\tSetelah Perubahan",
        "Masukan\tJumlah Dana\tRp. 1.260.000,00\tRp. 1.008.000,00",
        "Keluaran\tJumlah ibu hamil yang mendapat tablet tambah darah\t2.000 orang\t2.400 orang",
        "Jumlah kelas ibu hamil yang dilaksanakan di puskesmas\t24 kelas\t36 kelas",
        "RINCIAN DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN BELANJA LANGSUNG",
        "Kode",
        "Rekening\tUraian\tSebelum Perubahan\tSetelah Perubahan\tBertambah/(Berkurang)",
        "Rincian Perhitungan\tJumlah\tRincian Perhitungan\tJumlah",
        "Volume\tSatuan\tHarga Satuan\tVolume\tSatuan\tHarga Satuan\tRp\t%",
        "1\t2\t3\t4\t5\t6 = (3 x 5)\t7\t8\t9\t10 = (7 x 9)\t11\t12",
        "5 . 2 . 2 . 01 . 01\tBelanja Alat Tulis Kantor\t\t\t\t1.260.000,00\t\t\t\t1.008.000,00\t(252.000,00)\t(20,00)",
        "Halaman 1 dari 2",
        "DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN",
        "SATUAN KERJA PERANGKAT DAERAH\tNOMOR DPPA SKPD",
        "1.02\t1.02.01\t32\t05\t5\t2",
        "DPPA - SKPD",
        "2.2.1",
        "PEMERINTAH KOTA SUNGAI LIMAU",
        "Tahun Anggaran 2016",
        "Kode",
        "Rekening\tUraian\tSebelum Perubahan\tSetelah Perubahan\tBertambah/(Berkurang)",
        "Rincian Perhitungan\tJumlah\tRincian Perhitungan\tJumlah",
        "Volume\tSatuan\tHarga Satuan\tVolume\tSatuan\tHarga Satuan\tRp\t%",
        "1\t2\t3\t4\t5\t6 = (3 x 5)\t7\t8\t9\t10 = (7 x 9)\t11\t12",
        "\tKertas HVS F4 70 gram\t30\trim\t42.000,00\t1.260.000,00\t24\trim\t42.000,00\t1.008.000,00\t(252.000,00)\t(20,00)",
        "Jumlah\t1.260.000,00\t\t1.008.000,00\t(252.000,00)\t(20,00)",
        "Halaman 2 dari 2") + "\n";

    [Fact]
    public void The_web_page_copy_reads_both_columns_and_the_whole_table()
    {
        RkaReadResult result = RkaTextReader.Read(Text);
        RkaForm form = Assert.Single(result.Document.Forms);

        Assert.Equal(
            [
                (IndicatorKind.Masukan, "Rp. 1.260.000,00", "Rp. 1.008.000,00"), (IndicatorKind.Keluaran, "2.000 orang", "2.400 orang"),
                (IndicatorKind.Keluaran, "24 kelas", "36 kelas"),
            ],
            form.Indicators.Select(i => (i.Kind, i.Perubahan?.TargetSebelum.Text, i.Target.Text)));
        Assert.Equal(["Belanja Alat Tulis Kantor", "Kertas HVS F4 70 gram"], form.Rincian.Select(r => r.Uraian));
        Assert.Equal((new Rupiah(1_008_000m), new Rupiah(1_260_000m)), (form.RincianTotal?.Jumlah, form.RincianTotal?.JumlahSebelum));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA006" or "RKA305" or "RKA307");
    }

    [Fact]
    public void A_volume_and_its_satuan_in_one_cell_are_read_apart_in_each_group()
    {
        // pdftotext -layout of the print set "30 rim" one space apart: one cell in each group, two cells short a row.
        string merged = Text.Replace("\t30\trim\t", "\t30 rim\t", StringComparison.Ordinal).Replace("\t24\trim\t", "\t24 rim\t", StringComparison.Ordinal);
        Assert.NotEqual(Text, merged);

        RkaForm form = Assert.Single(RkaTextReader.Read(merged).Document.Forms);

        RincianLine kertas = form.Rincian.Single(r => r.Uraian == "Kertas HVS F4 70 gram");
        Assert.Equal((24m, "rim", new Rupiah(42_000m), 30m, "rim", new Rupiah(42_000m)),
            (kertas.Volume, kertas.Satuan, kertas.HargaSatuan, kertas.Perubahan?.VolumeSebelum, kertas.Perubahan?.SatuanSebelum, kertas.Perubahan?.HargaSatuanSebelum));
    }

    [Fact]
    public void The_sebelum_and_setelah_headings_set_right_in_their_columns_still_make_a_two_target_table()
    {
        // pdftotext -layout sets the headings right, under the target columns: the row starts with empty cells.
        string indented = Text.Replace("\nSebelum Perubahan\tSetelah Perubahan\n", "\n\t\t\t\tSebelum Perubahan\tSetelah Perubahan\n", StringComparison.Ordinal);
        Assert.NotEqual(Text, indented);

        RkaForm form = Assert.Single(RkaTextReader.Read(indented).Document.Forms);

        Assert.Equal(3, form.Indicators.Count);
        Assert.Equal(("Rp. 1.260.000,00", "Rp. 1.008.000,00"), (form.Indicators[0].Perubahan?.TargetSebelum.Text, form.Indicators[0].Target.Text));
    }

    [Fact]
    public void The_flattened_table_of_one_tolok_ukur_column_reads_a_target_under_each()
    {
        string flattened = string.Join('\n', Text.Split('\n').Select(l => l.Replace('\t', ' ')));

        RkaForm form = Assert.Single(RkaTextReader.Read(flattened).Document.Forms);

        Indicator keluaran = form.Indicators.First(i => i.Kind == IndicatorKind.Keluaran);
        Assert.Equal(("Jumlah ibu hamil yang mendapat tablet tambah darah", "2.000 orang", "2.400 orang"),
            (keluaran.TolokUkur, keluaran.Perubahan?.TargetSebelum.Text, keluaran.Target.Text));
    }
}
