using Rkaskpd.Codes;
using Rkaskpd.Forms;

namespace Rkaskpd.Tests.Text.Sipd;

/// <summary>A hand-written SIPD-era form (<see cref="FormTemplate.SipdRincianBelanja"/>) with every SIPD header field
/// filled, built as a model (not read), for the writers' tests.</summary>
internal static class SipdTestForm
{
    /// <summary>The labels of the SIPD print in its official order, as the writers print them, each with a value that
    /// only that field carries.</summary>
    public static readonly (string Label, string Value)[] OfficialOrder =
    [
        ("Urusan Pemerintahan", "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
        ("Bidang Urusan", "URUSAN PEMERINTAHAN BIDANG KESEHATAN"),
        ("Program", "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN"),
        ("Sasaran Program", "Meningkatnya derajat kesehatan masyarakat"),
        ("Capaian Program", "Persentase fasilitas kesehatan terakreditasi"),
        ("Kegiatan", "Penyediaan Layanan Kesehatan untuk UKM dan UKP"),
        ("Organisasi", "DINAS KESEHATAN"),
        ("Unit", "PUSKESMAS SUKODONO"),
        ("Alokasi Tahun 2022", "0,00"),
        ("Alokasi Tahun 2023", "4.500.000,00"),
        ("Alokasi Tahun 2024", "4.950.000,00"),
        ("Capaian Kegiatan", "Persentase ibu hamil mendapatkan pelayanan sesuai standar"),
        ("Masukan", "Dana yang dibutuhkan"),
        ("Keluaran", "Jumlah dokumen hasil pengelolaan pelayanan"),
        ("Hasil", "Cakupan pelayanan kesehatan ibu hamil"),
        ("Sub Kegiatan", "Pengelolaan Pelayanan Kesehatan Ibu Hamil"),
        ("Sumber Pendanaan", "DAK Non Fisik - BOK Puskesmas"),
        ("Lokasi", "Kab. Contoh, Kec. Sukodono"),
        ("Waktu Pelaksanaan", "Januari s.d. Desember"),
        ("Keluaran Sub Kegiatan", "Jumlah ibu hamil yang mendapatkan pelayanan 450 Orang"),
        ("Kode Rekening", "Belanja Alat Tulis Kantor"),
    ];

    /// <summary>Creates the form.</summary>
    /// <returns>The form.</returns>
    public static RkaForm Create() => new()
    {
        Kind = DocumentKind.Rka,
        Template = FormTemplate.SipdRincianBelanja,
        Header = new FormHeader
        {
            PemerintahDaerah = "Pemerintah Kab. Contoh",
            TahunAnggaran = 2023,
            Urusan = new HeaderField<UrusanCode>("Urusan Pemerintahan", "1", null, "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR"),
            BidangUrusan = HeaderField.Of(BidangUrusanCode.Parse("1.02"), "URUSAN PEMERINTAHAN BIDANG KESEHATAN", "Bidang Urusan"),
            Program = new HeaderField<ProgramCode>("Program", "1.02.02", null, "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN"),
            SasaranProgram = "Meningkatnya derajat kesehatan masyarakat",
            Kegiatan = new HeaderField<KegiatanCode>("Kegiatan", "1.02.02.2.02", null, "Penyediaan Layanan Kesehatan untuk UKM dan UKP"),
            Organisasi = new HeaderField<OrganisasiCode>("Organisasi", "1.02.0.00.0.00.01.0000", null, "DINAS KESEHATAN"),
            UnitOrganisasi = HeaderField.Of(SkpdCode.Parse("1.02.0.00.0.00.01.0001"), "PUSKESMAS SUKODONO", "Unit"),
            SubKegiatan = HeaderField.Of(SubKegiatanCode.Parse("1.02.02.2.02.0001"), "Pengelolaan Pelayanan Kesehatan Ibu Hamil", "Sub Kegiatan"),
            SumberPendanaan = new SumberPendanaan("DAK Non Fisik - BOK Puskesmas"),
            Lokasi = "Kab. Contoh, Kec. Sukodono",
            WaktuPelaksanaan = "Januari s.d. Desember",
            KeluaranSubKegiatan = "Jumlah ibu hamil yang mendapatkan pelayanan 450 Orang",
        },
        Amounts = new FormAmounts
        {
            PreviousYear = Alokasi(AmountPosition.PreviousYear, 2022, 0m),
            CurrentYear = Alokasi(AmountPosition.CurrentYear, 2023, 4_500_000m),
            NextYear = Alokasi(AmountPosition.NextYear, 2024, 4_950_000m),
        },
        Indicators =
        [
            Indicator.Create(IndicatorKind.CapaianProgram, "Persentase fasilitas kesehatan terakreditasi", "85 %"),
            Indicator.Create(IndicatorKind.CapaianKegiatan, "Persentase ibu hamil mendapatkan pelayanan sesuai standar", "100 %"),
            Indicator.Create(IndicatorKind.Masukan, "Dana yang dibutuhkan", "Rp. 4.500.000,00"),
            Indicator.Create(IndicatorKind.Keluaran, "Jumlah dokumen hasil pengelolaan pelayanan", "12 Dokumen"),
            Indicator.Create(IndicatorKind.Hasil, "Cakupan pelayanan kesehatan ibu hamil", "100 %"),
        ],
        KelompokSasaran = "Ibu hamil",
        Rincian =
        [
            RincianLine.Rekening("5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", new Rupiah(4_500_000m)),
            RincianLine.Detail("Alat tulis kantor pelayanan", 30m, "Paket", new Rupiah(150_000m)),
        ],
    };

    private static AmountRow Alokasi(AmountPosition position, int year, decimal amount) => new()
    {
        Position = position,
        Label = "Alokasi Tahun " + year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AmountText = new Rupiah(amount).ToString(),
        Amount = new Rupiah(amount),
        Terbilang = string.Empty,
    };
}
