using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Rkaskpd.Codes;
using Rkaskpd.Forms;

namespace Rkaskpd.Tests.Forms;

/// <summary>FsCheck generators of SIPD-era forms (<see cref="FormTemplate.SipdRincianBelanja"/>): 90/2019 codes down to
/// sub kegiatan, SKPD and unit, <c>Alokasi Tahun</c> rows without terbilang, Capaian Kegiatan and several indicators of
/// one kind, the SIPD header fields, every <see cref="DocumentKind"/>, and half the time a rincian in SIPD's columns
/// (koefisien or a volume alone, PPN or none, line by line).</summary>
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
        from generic in FormArbitraries.RincianGen(current, withNotes: false) // written as text: a row without jumlah reads as the wrapped line above
        from sipdColumns in Gen.Elements(false, true)
        from rincian in sipdColumns ? Gen.CollectToArray(generic, SipdColumnsOf) : Gen.Constant(generic)
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

    /// <summary>A detail line in SIPD's columns: a koefisien (the volume and its satuan, <c>12 Rim</c>, or two factors,
    /// <c>2 Orang x 6 Rim</c>) or none (the volume alone under the <c>Koefisien</c> heading, as the writers print a line
    /// without one), and a PPN of 0 % or none; other lines as they are.</summary>
    private static Gen<RincianLine> SipdColumnsOf(RincianLine line) =>
        from koefisien in Gen.Elements(0, 1, 2)
        from ppn in Gen.Elements<decimal?>(null, 0m)
        select line.Volume is not { } volume || line.Satuan is not { } satuan ? line : line with
        {
            Koefisien = koefisien == 0 ? null
                : koefisien == 1 || volume % 2 != 0 ? Number(volume) + " " + satuan
                : "2 Orang x " + Number(volume / 2) + " " + satuan,
            Ppn = ppn,
        };

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');

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
