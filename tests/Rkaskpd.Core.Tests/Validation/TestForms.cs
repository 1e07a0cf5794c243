using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Validation;

namespace Rkaskpd.Tests.Validation;

/// <summary>Forms built in code for the rule tests: a consistent one, to corrupt one part at a time.</summary>
internal static class TestForms
{
    public static KegiatanCode Kegiatan { get; } = KegiatanCode.Parse("3.05.3.05.09.01.021");

    /// <summary>A form consistent in every part, modelled on the seed's first form: it raises no diagnostic.</summary>
    public static RkaForm Consistent() => new()
    {
        Header = new FormHeader
        {
            PemerintahDaerah = "PEMERINTAH KABUPATEN LUMAJANG",
            TahunAnggaran = 2020,
            Urusan = HeaderField.Of(UrusanCode.Parse("3.05"), "PEMERINTAHAN UMUM"),
            Organisasi = HeaderField.Of(OrganisasiCode.Parse("3.05.09"), "KECAMATAN LUMAJANG"),
            Program = HeaderField.Of(ProgramCode.Parse("3.05.3.05.09.01"), "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN"),
            Kegiatan = HeaderField.Of(Kegiatan, "Pelayanan Administrasi dan Operasional Perkantoran"),
            Lokasi = "Kecamatan Lumajang",
        },
        Amounts = FormAmounts.Create(2020, Rupiah.Parse("479.077.000,00"), Rupiah.Parse("551.204.390,00"), Rupiah.Parse("606.324.829,00")),
        Indicators =
        [
            Indicator.Create(IndicatorKind.CapaianProgram, "Prosentase Pemenuhan Pelayanan Administrasi", "78%"),
            Indicator.Create(IndicatorKind.Masukan, "Tersedianya dana", "Rp. 551.204.390,00"),
            Indicator.Create(IndicatorKind.Keluaran, "Jumlah Pelayanan Administrasi perkantoran", "30 Jenis"),
            Indicator.Create(IndicatorKind.Hasil, "Nilai Indeks Kepuasan Masyarakat (IKM)", "86,32"),
        ],
        KelompokSasaran = "Administrasi Perkantoran Kecamatan Lumajang",
        Kak = Kak.Create(
            [
                new KakRawSection("Latar Belakang", "Berdasarkan Perbup No. 58 tahun 2016 bahwa salah satu fungsi utama Kecamatan ..."),
                new KakRawSection("Dasar Hukum", "- Perbup No. 86 Tahun 2016 tentang SOTK - Renja Kecamatan tahun 2020"),
                new KakRawSection("Maksud dan Tujuan", "Maksud : Untuk menunjang kegiatan Tujuan : Tercapainya peningkatan pelayanan"),
                new KakRawSection("Bentuk Kegiatan", "- Belanja Pegawai - Belanja Barang dan Jasa"),
                new KakRawSection("Konsep Kegiatan", "Kegiatan ini berupa kegiatan rutin"),
                new KakRawSection("Mekanisme", "Prosedur : kegiatan ketatausahaan - Waktu Pelaksanaan : 4 Bulan dalam tahun 2020 - Tempat : Kantor Kecamatan Lumajang - Pelaksanaan : Bulan Pebruari s/d Mei 2020"),
                new KakRawSection("Alur", "Belanja barang jasa - pemberian honor - upah bulanan"),
                new KakRawSection("Manfaat", "Kantor dapat melaksanakan kegiatan Pelayanan Administrasi dengan baik"),
            ],
            2020),
        Rincian =
        [
            RincianLine.Rekening("5.2", "BELANJA LANGSUNG", Rupiah.Parse("551.204.390,00")),
            RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", Rupiah.Parse("551.204.390,00")),
            RincianLine.Rekening("5.2.2.01", "Belanja Bahan Pakai Habis", Rupiah.Parse("551.204.390,00")),
            RincianLine.Rekening("5.2.2.01.01", "Belanja Alat Tulis Kantor", Rupiah.Parse("551.204.390,00")),
            RincianLine.Detail("Kertas HVS", 10m, "rim", Rupiah.Parse("51.204.390,00")),
            RincianLine.Detail("Map", 1m, "buah", Rupiah.Parse("39.160.490,00")),
        ],
    };

    public static RkaForm WithAmount(this RkaForm form, AmountPosition position, AmountRow? row) => position switch
    {
        AmountPosition.PreviousYear => form with { Amounts = form.Amounts with { PreviousYear = row } },
        AmountPosition.CurrentYear => form with { Amounts = form.Amounts with { CurrentYear = row } },
        _ => form with { Amounts = form.Amounts with { NextYear = row } },
    };

    public static RkaForm WithIndicator(this RkaForm form, IndicatorKind kind, string target) => form with
    {
        Indicators = [.. System.Linq.Enumerable.Select(form.Indicators, i => i.Kind == kind ? i with { Target = IndicatorTarget.Parse(target) } : i)],
    };

    /// <summary>Runs one rule alone (through a rule set, so a throwing rule shows as RKA000) over one form.</summary>
    public static IReadOnlyList<Diagnostic> Run(this IValidationRule rule, RkaForm form) =>
        RuleSet.Empty.With(rule).Validate(new RkaDocument { Forms = [form] });

    /// <summary>Runs one rule alone over a document.</summary>
    public static IReadOnlyList<Diagnostic> Run(this IValidationRule rule, RkaDocument document) =>
        RuleSet.Empty.With(rule).Validate(document);

    /// <summary>Replaces the KAK's section of one kind (or drops it when <paramref name="text"/> is null).</summary>
    public static RkaForm WithKakSection(this RkaForm form, KakSectionKind kind, string? heading, string? text) => form with
    {
        Kak = Kak.Create(
            form.Kak!.Sections
                .Where(s => s.Kind != kind || text is not null)
                .Select(s => s.Kind == kind ? new KakRawSection(heading, text!) : new KakRawSection(s.Heading, s.Text)),
            form.Header.TahunAnggaran),
    };

    /// <summary>The form with SIPD's amount labels (<c>Alokasi Tahun ...</c> for <c>Jumlah Tahun ...</c>).</summary>
    public static RkaForm WithAlokasiLabels(this RkaForm form)
    {
        foreach (AmountPosition position in new[] { AmountPosition.PreviousYear, AmountPosition.CurrentYear, AmountPosition.NextYear })
        {
            AmountRow row = form.Amounts.Rows.Single(r => r.Position == position);
            form = form.WithAmount(position, row with { Label = row.Label.Replace("Jumlah", "Alokasi", System.StringComparison.Ordinal) });
        }

        return form;
    }
}
