using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Rkaskpd.Codes;
using Rkaskpd.Forms;

namespace Rkaskpd.Tests.Forms;

/// <summary>FsCheck generators of SIPD-era forms (<see cref="FormTemplate.SipdRincianBelanja"/>): 90/2019 codes down to
/// sub kegiatan, SKPD and unit, <c>Alokasi Tahun</c> rows without terbilang, Capaian Kegiatan and several indicators of
/// one kind, the SIPD header fields, and every <see cref="DocumentKind"/>.</summary>
public static class SipdFormArbitraries
{
    private static readonly string[] Nouns = ["pelayanan kesehatan ibu hamil", "imunisasi dasar", "posyandu balita", "sanitasi desa"];
    private static readonly string[] Sumber = ["DAU", "DAK Non Fisik - BOK Puskesmas", "PAD", "DBHCHT"];

    /// <summary>Gets SIPD-era forms, consistent in their codes and amounts.</summary>
    public static Gen<RkaForm> SipdFormGen { get; } =
        from ta in Gen.Choose(2021, 2030)
        from urusan in Gen.Choose(1, 6)
        from bidang in Gen.Choose(1, 20)
        from program in Gen.Choose(1, 30)
        from kegiatanGroup in Gen.Choose(1, 2)
        from kegiatan in Gen.Choose(1, 40)
        from sub in Gen.Choose(1, 60)
        from organisasi in Gen.Choose(1, 20)
        from unit in Gen.Choose(1, 30)
        from kind in Gen.Elements(DocumentKind.Rka, DocumentKind.Dpa, DocumentKind.RkaPerubahan, DocumentKind.DpaPerubahan)
        from previous in FormArbitraries.RupiahGen
        from current in FormArbitraries.RupiahGen
        from noun in Gen.Elements(Nouns)
        from sumber in Gen.Elements(Sumber)
        from keluaranCount in Gen.Choose(1, 3)
        from rincian in FormArbitraries.RincianGen(current, withNotes: false) // written as text: a row without jumlah reads as the wrapped line above
        select Build(ta, urusan, bidang, program, kegiatanGroup, kegiatan, sub, organisasi, unit, kind, previous, current, noun, sumber, keluaranCount, rincian);

    /// <summary>Generates SIPD-era forms.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RkaForm> SipdForm() => SipdFormGen.ToArbitrary();

    /// <summary>Generates documents of one SIPD-era form.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RkaDocument> SipdDocument() => SipdFormGen.Select(f => new RkaDocument { Forms = [f] }).ToArbitrary();

    private static RkaForm Build(
        int ta, int urusan, int bidang, int program, int kegiatanGroup, int kegiatan, int sub, int organisasi, int unit,
        DocumentKind kind, Rupiah previous, Rupiah current, string noun, string sumber, int keluaranCount, RincianLine[] rincian)
    {
        string u = urusan.ToString(CultureInfo.InvariantCulture);
        string b = u + "." + bidang.ToString("00", CultureInfo.InvariantCulture);
        string p = b + "." + program.ToString("00", CultureInfo.InvariantCulture);
        string k = p + "." + kegiatanGroup.ToString(CultureInfo.InvariantCulture) + "." + kegiatan.ToString("00", CultureInfo.InvariantCulture);
        string s = k + "." + sub.ToString("0000", CultureInfo.InvariantCulture);
        string skpd = b + ".0.00.0.00." + organisasi.ToString("00", CultureInfo.InvariantCulture) + ".0000";
        string unitCode = b + ".0.00.0.00." + organisasi.ToString("00", CultureInfo.InvariantCulture) + "." + unit.ToString("0000", CultureInfo.InvariantCulture);
        Rupiah next = ProjectionRule().Project(current);
        var indicators = new System.Collections.Generic.List<Indicator>
        {
            Indicator.Create(IndicatorKind.CapaianKegiatan, "Persentase " + noun, "100 %"),
            Indicator.Create(IndicatorKind.Masukan, "Dana yang dibutuhkan", FormArbitraries.MasukanText(current)),
        };
        for (int i = 1; i <= keluaranCount; i++)
        {
            indicators.Add(Indicator.Create(IndicatorKind.Keluaran, "Jumlah dokumen " + noun + " " + i.ToString(CultureInfo.InvariantCulture), (12 * i).ToString(CultureInfo.InvariantCulture) + " Dokumen"));
        }

        indicators.Add(Indicator.Create(IndicatorKind.Hasil, "Cakupan " + noun, "95 %"));
        return new RkaForm
        {
            Kind = kind,
            Template = FormTemplate.SipdRincianBelanja,
            Header = new FormHeader
            {
                PemerintahDaerah = "Pemerintah Kab. Contoh",
                TahunAnggaran = ta,
                Urusan = new HeaderField<UrusanCode>("Urusan Pemerintahan", u, null, "URUSAN PEMERINTAHAN WAJIB"),
                BidangUrusan = HeaderField.Of(BidangUrusanCode.Parse(b), "URUSAN PEMERINTAHAN BIDANG KESEHATAN", "Bidang Urusan"),
                Organisasi = new HeaderField<OrganisasiCode>("Organisasi", skpd, null, "DINAS KESEHATAN"),
                UnitOrganisasi = HeaderField.Of(SkpdCode.Parse(unitCode), "PUSKESMAS CONTOH", "Unit"),
                Program = new HeaderField<ProgramCode>("Program", p, null, "PROGRAM PEMENUHAN UPAYA KESEHATAN"),
                SasaranProgram = "Meningkatnya derajat kesehatan masyarakat",
                Kegiatan = new HeaderField<KegiatanCode>("Kegiatan", k, null, "Penyediaan Layanan Kesehatan"),
                SubKegiatan = HeaderField.Of(SubKegiatanCode.Parse(s), "Pengelolaan " + noun, "Sub Kegiatan"),
                Lokasi = "Kab. Contoh, Kec. Contoh",
                SumberPendanaan = new SumberPendanaan(sumber),
                WaktuPelaksanaan = "Januari s.d. Desember",
                KeluaranSubKegiatan = "Jumlah " + noun + " 450 Orang",
            },
            Amounts = new FormAmounts
            {
                PreviousYear = Alokasi(AmountPosition.PreviousYear, ta - 1, previous),
                CurrentYear = Alokasi(AmountPosition.CurrentYear, ta, current),
                NextYear = Alokasi(AmountPosition.NextYear, ta + 1, next),
            },
            Indicators = indicators,
            KelompokSasaran = "Ibu hamil",
            Rincian = rincian,
        };
    }

    private static Rkaskpd.Projection.ProjectionRule ProjectionRule() => Rkaskpd.Projection.ProjectionRule.TenPercent;

    private static AmountRow Alokasi(AmountPosition position, int year, Rupiah amount) => new()
    {
        Position = position,
        Label = "Alokasi Tahun " + year.ToString(CultureInfo.InvariantCulture),
        AmountText = amount.ToString(),
        Amount = amount,
        Terbilang = string.Empty,
    };
}
