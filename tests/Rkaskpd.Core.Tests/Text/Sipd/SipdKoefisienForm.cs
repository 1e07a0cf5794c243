using Rkaskpd.Forms;

namespace Rkaskpd.Tests.Text.Sipd;

/// <summary>The SIPD test form with a rincian in SIPD's seven columns: a rekening, a <c>[#]</c> group line and a
/// <c>[-]</c> sub-group line repeating its subtotal, and a detail line with a koefisien and 11 % PPN
/// (24 × 125.000,00 × 1,11 = 3.330.000,00), signed by the Kepala SKPD.</summary>
internal static class SipdKoefisienForm
{
    /// <summary>The signature under the form.</summary>
    public static readonly TandaTangan Kepala = new()
    {
        Tempat = "Sukodono",
        Tanggal = "2 Januari 2023",
        Jabatan = "Kepala Puskesmas Sukodono",
        Nama = "dr. Siti Aminah",
        Nip = "19800101 200501 2 001",
    };

    /// <summary>Creates the form.</summary>
    /// <returns>The form.</returns>
    public static RkaForm Create() => SipdTestForm.Create() with
    {
        Rincian =
        [
            RincianLine.Rekening("5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", new Rupiah(3_330_000m)),
            new RincianLine { Uraian = "[#] Alat Tulis Kantor", Jumlah = new Rupiah(3_330_000m) },
            new RincianLine { Uraian = "[-] Kelas Ibu Hamil", Jumlah = new Rupiah(3_330_000m) },
            new RincianLine
            {
                Uraian = "Kertas HVS A4",
                Koefisien = "12 Bulan x 2 Orang",
                Volume = 24m,
                Satuan = "Rim",
                HargaSatuan = new Rupiah(125_000m),
                Ppn = 11m,
                Jumlah = new Rupiah(3_330_000m),
            },
        ],
        TandaTangan = Kepala,
    };
}
