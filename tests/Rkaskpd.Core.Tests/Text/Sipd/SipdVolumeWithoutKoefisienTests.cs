using System;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sipd;

/// <summary>In a rincian table headed <c>Koefisien</c>, a line with a volume but no koefisien (the writers print its
/// volume alone there) reads back as that volume, not as a koefisien of the number.</summary>
public class SipdVolumeWithoutKoefisienTests
{
    private static RkaForm Form()
    {
        RkaForm form = SipdKoefisienForm.Create();
        return form with
        {
            Rincian =
            [
                .. form.Rincian,
                new RincianLine { Uraian = "Map Plastik", Volume = 12m, Satuan = "Buah", HargaSatuan = new Rupiah(5_000m), Ppn = 0m, Jumlah = new Rupiah(60_000m) },
                new RincianLine { Uraian = "Pena", Volume = 10m, Satuan = "Buah", HargaSatuan = new Rupiah(2_000m), Jumlah = new Rupiah(20_000m) },
                new RincianLine { Uraian = "Jasa", Volume = 2.5m, HargaSatuan = new Rupiah(4_000m), Ppn = 0m, Jumlah = new Rupiah(10_000m) },
            ],
        };
    }

    [Fact]
    public void The_text_writer_prints_the_volume_alone_and_it_reads_back_as_the_volume()
    {
        var document = new RkaDocument { Forms = [Form()] };
        string text = RkaTextWriter.Write(document);
        Assert.Contains("\tMap Plastik\t12\tBuah\t5.000,00\t0\t60.000,00\n", text, StringComparison.Ordinal);

        RkaDocument read = RkaTextReader.Read(text).Document;

        Assert.Equal(document.Forms[0].Rincian, read.Forms[0].Rincian);
        Assert.Equal(document, read);
    }

    [Fact]
    public void A_number_alone_under_Koefisien_is_the_volume_and_a_number_with_its_unit_the_koefisien()
    {
        string text = string.Join('\n', SipdTable(
            "\tKertas HVS\t20 Rim\tRim\t60.000,00\t0\t1.200.000,00",
            "\tMap Plastik\t12\tBuah\t5.000,00\t0\t60.000,00"));

        RkaForm form = Assert.Single(RkaTextReader.Read(text).Document.Forms);

        Assert.Equal(("20 Rim", 20m, "Rim", 0m), (form.Rincian[^2].Koefisien, form.Rincian[^2].Volume, form.Rincian[^2].Satuan, form.Rincian[^2].Ppn));
        Assert.Equal(("Map Plastik", (string?)null, 12m, "Buah", new Rupiah(5_000m), 0m, new Rupiah(60_000m)),
            (form.Rincian[^1].Uraian, form.Rincian[^1].Koefisien, form.Rincian[^1].Volume, form.Rincian[^1].Satuan,
                form.Rincian[^1].HargaSatuan, form.Rincian[^1].Ppn, form.Rincian[^1].Jumlah));
    }

    private static string[] SipdTable(params string[] rows) =>
    [
        "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH\tRKA - RINCIAN BELANJA SKPD",
        "Pemerintah Kab. Contoh TAHUN ANGGARAN 2023",
        "Urusan Pemerintahan\t: 1\tURUSAN PEMERINTAHAN WAJIB",
        "Sub Kegiatan\t: 1.02.02.2.02.0001\tPengelolaan Pelayanan Kesehatan Ibu Hamil",
        "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah",
        "5.1.02.01.01.0024\tBelanja Alat Tulis Kantor\t\t\t\t\t1.260.000,00",
        .. rows,
    ];
}
