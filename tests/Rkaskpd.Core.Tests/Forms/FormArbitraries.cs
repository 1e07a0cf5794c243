using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Projection;

namespace Rkaskpd.Tests.Forms;

/// <summary>
/// FsCheck generators for whole forms: codes, amounts, indicator targets and forms and documents that are consistent
/// in every part, so that a test can corrupt one part and expect exactly one rule to fire.
/// </summary>
public static class FormArbitraries
{
    private static readonly string[] MonthNames =
    [
        "Januari", "Pebruari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "Nopember", "Desember",
    ];

    private static readonly string[] Nouns =
    [
        "Pelayanan Administrasi", "Peningkatan Sarana", "Pembinaan Kelembagaan", "Penyediaan Jasa", "Pemeliharaan Rutin",
        "Pengelolaan Keuangan", "Penyusunan Laporan", "Fasilitasi Pemilihan", "Koordinasi Kegiatan", "Pengembangan Wilayah",
        "Pemberdayaan Masyarakat", "Peningkatan Disiplin Aparatur",
    ];

    private static readonly string[] Places = ["Lumajang", "Sukodono", "Pasirian", "Tempeh", "Candipuro", "Senduro", "Klakah", "Ranuyoso"];

    private static readonly string[] MeasurableUnits =
    [
        "dokumen", "orang", "kegiatan", "unit", "Jenis", "laporan", "kali", "bulan", "desa", "buku", "Kelurahan", "OK",
    ];

    private static readonly string[] DetailItems =
    [
        "Kertas HVS", "Map", "Tinta printer", "Honorarium narasumber", "Makan minum rapat", "Sewa tenda", "Cetak spanduk",
        "Bahan bakar", "Perjalanan dinas", "Jasa kebersihan",
    ];

    private static readonly string[] DetailUnits = ["rim", "buah", "orang", "OK", "kali", "bulan", "lembar", "liter", "paket"];

    /// <summary>Gets urusan codes as the forms use them: kelompok 1–4, numbers 1–30.</summary>
    public static Gen<UrusanCode> UrusanGen { get; } =
        from kelompok in Gen.Choose(1, 4)
        from number in Gen.Choose(1, 30)
        select UrusanCode.Create(kelompok, number);

    /// <summary>Gets organisasi codes, numbers 1–99.</summary>
    public static Gen<OrganisasiCode> OrganisasiGen { get; } =
        from urusan in UrusanGen
        from number in Gen.Choose(1, 99)
        select urusan.Organisasi(number);

    /// <summary>Gets consistent code sets; one in four runs a program of another urusan than its organisasi's.</summary>
    public static Gen<FormCodes> CodesGen { get; } =
        from organisasi in OrganisasiGen
        from codes in CodesUnder(organisasi)
        select codes;

    /// <summary>The most rupiah digits a generated amount has: 15 (up to Rp 999 triliun).</summary>
    public const int MaxRupiahDigits = 15;

    /// <summary>
    /// Gets amounts from 0 to 10^15 − 1 rupiah (<see cref="MaxRupiahDigits"/> digits), every number of digits equally
    /// likely; half carry sen.
    /// </summary>
    /// <remarks>Never negative: the amounts stand for a form's budget years, which the rules read as budgets.</remarks>
    public static Gen<Rupiah> RupiahGen { get; } =
        from whole in Gen.Frequency((14, WideNumbers.Digits(1, MaxRupiahDigits)), (1, Gen.Constant(0L)))
        from sen in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 99)))
        select Rupiah.FromSen((whole * 100) + sen);

    /// <summary>Gets percentages 0–100 as the forms write them: <c>78%</c>, <c>78 %</c>, <c>62,5%</c>, <c>100 persen</c>.</summary>
    public static Gen<string> PercentTextGen { get; } =
        from whole in Gen.Choose(0, 100)
        from tenths in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 9)))
        let number = whole == 100 || tenths == 0
            ? whole.ToString(CultureInfo.InvariantCulture)
            : whole.ToString(CultureInfo.InvariantCulture) + "," + tenths.ToString(CultureInfo.InvariantCulture)
        from suffix in Gen.Elements("%", " %", " persen")
        select number + suffix;

    /// <summary>Gets quantities in measurable units: <c>30 Jenis</c>, <c>12 dokumen</c>.</summary>
    public static Gen<string> QuantityTextGen { get; } =
        from quantity in Gen.Choose(1, 500)
        from unit in Gen.Elements(MeasurableUnits)
        select quantity.ToString(CultureInfo.InvariantCulture) + " " + unit;

    /// <summary>Gets scores such as an IKM value: <c>86,32</c>.</summary>
    public static Gen<string> ScoreTextGen { get; } =
        from whole in Gen.Choose(1, 99)
        from hundredths in Gen.Choose(0, 99)
        select whole.ToString(CultureInfo.InvariantCulture) + "," + hundredths.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>Gets compound targets in measurable units: <c>2 dokumen dan 3 kegiatan</c>.</summary>
    public static Gen<string> CompoundTextGen { get; } =
        from parts in QuantityTextGen.ArrayOf().Select(a => a.Take(3).ToArray()).Where(a => a.Length >= 2)
        from joiner in Gen.Elements(" dan ", ", ", " + ")
        select string.Join(joiner, parts);

    /// <summary>Gets money targets: <c>Rp. 551.204.390,00</c>.</summary>
    public static Gen<string> MoneyTextGen { get; } = RupiahGen.Select(MasukanText);

    /// <summary>Gets every kind of measurable target text: percent, money, quantity, score, compound.</summary>
    public static Gen<string> TargetTextGen { get; } =
        Gen.OneOf(PercentTextGen, MoneyTextGen, QuantityTextGen, ScoreTextGen, CompoundTextGen);

    /// <summary>Gets targets parsed from <see cref="TargetTextGen"/>.</summary>
    public static Gen<IndicatorTarget> IndicatorTargetGen { get; } = TargetTextGen.Select(IndicatorTarget.Parse);

    /// <summary>Gets a <c>tahun anggaran</c> (fiscal year) from 2015 to 2030.</summary>
    public static Gen<int> TahunAnggaranGen { get; } = Gen.Choose(2015, 2030);

    /// <summary>Gets consistent forms.</summary>
    public static Gen<RkaForm> ConsistentFormGen { get; } =
        from ta in TahunAnggaranGen
        from codes in CodesGen
        from names in NamesGen(codes)
        from form in FormGen(ta, names, textSafe: false)
        select form;

    /// <summary>
    /// Gets consistent documents of one to five forms of one organisasi, one name per code (each form may write it in
    /// another casing).
    /// </summary>
    /// <remarks>
    /// The text writer and reader properties read these documents back, so they keep to what the text form can carry:
    /// no rincian row without jumlah (the reader takes a row without amounts for the wrapped continuation of the uraian
    /// above it, as the printed forms wrap long uraian) and no doubled spaces in names (the flattened and fixed-width
    /// layouts separate their columns with runs of spaces). <see cref="ConsistentFormGen"/> has both.
    /// </remarks>
    public static Gen<RkaDocument> ConsistentDocumentGen { get; } =
        from ta in TahunAnggaranGen
        from organisasi in OrganisasiGen
        from count in Gen.Choose(1, 5)
        from codes in Gen.CollectToArray(Enumerable.Range(0, count), _ => CodesUnder(organisasi))
            .Where(c => c.Select(f => (f.Program, f.Kegiatan.Number)).Distinct().Count() == c.Length)
        let programs = codes.Select(c => c.Program).Distinct().ToArray()
        from urusanName in NameGen("URUSAN ")
        from organisasiName in Gen.Elements(Places).Select(p => "KECAMATAN " + p.ToUpperInvariant())
        from programNames in Gen.CollectToArray(programs, _ => NameGen("PROGRAM "))
        from kegiatanNames in Gen.CollectToArray(codes, _ => NameGen(string.Empty))
        from forms in Gen.CollectToArray(
            Enumerable.Range(0, count),
            i => FormGen(ta, new FormNames(codes[i], urusanName, organisasiName, programNames[Array.IndexOf(programs, codes[i].Program)], kegiatanNames[i]), textSafe: true))
        select new RkaDocument { Forms = forms };

    /// <summary>Gets amounts of either sign: <see cref="RupiahGen"/>, one in four negated (a corrupted amount may be
    /// negative even where a budget never is).</summary>
    public static Gen<Rupiah> SignedRupiahGen { get; } =
        from amount in RupiahGen
        from negative in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select negative ? -amount : amount;

    /// <summary>Generates amounts of either sign, up to 15 digits (<see cref="SignedRupiahGen"/>).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Rupiah> Amounts() => SignedRupiahGen.ToArbitrary();

    /// <summary>Generates measurable indicator targets of every kind.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<IndicatorTarget> Targets() => IndicatorTargetGen.ToArbitrary();

    /// <summary>Generates forms consistent in every part: <see cref="Validation.RuleSet.Default"/> raises nothing.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RkaForm> ConsistentForm() => ConsistentFormGen.ToArbitrary();

    /// <summary>Generates consistent documents of one to five forms.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RkaDocument> ConsistentDocument() => ConsistentDocumentGen.ToArbitrary();

    /// <summary>Gets the three amount rows for year n, with year n+1 projected by <paramref name="projection"/>.</summary>
    /// <param name="tahunAnggaran">The fiscal year.</param>
    /// <param name="projection">The rule for year n+1; <see cref="ProjectionRule.TenPercent"/> when null.</param>
    /// <returns>The generator.</returns>
    public static Gen<FormAmounts> AmountsGen(int tahunAnggaran, ProjectionRule? projection = null) =>
        from previous in RupiahGen
        from current in RupiahGen
        select new FormAmounts
        {
            PreviousYear = OracleRow(AmountPosition.PreviousYear, tahunAnggaran, previous),
            CurrentYear = OracleRow(AmountPosition.CurrentYear, tahunAnggaran, current),
            NextYear = OracleRow(AmountPosition.NextYear, tahunAnggaran, (projection ?? ProjectionRule.TenPercent).Project(current)),
        };

    /// <summary>
    /// Builds an amount row like <see cref="AmountRow.Create"/> but with the terbilang of the independent
    /// <see cref="TerbilangOracle"/>, so that properties of the rules do not take their expected text from the writer
    /// under test.
    /// </summary>
    /// <param name="position">The row.</param>
    /// <param name="tahunAnggaran">The fiscal year.</param>
    /// <param name="amount">The amount; a negative one reads <c>MINUS</c> and the words of its magnitude.</param>
    /// <returns>The row.</returns>
    public static AmountRow OracleRow(AmountPosition position, int tahunAnggaran, Rupiah amount) =>
        AmountRow.Create(position, tahunAnggaran, amount) with { Terbilang = OracleWords(amount) };

    /// <summary>The terbilang of <paramref name="amount"/> in the forms' style, from the independent
    /// <see cref="TerbilangOracle"/>: <c>MINUS</c> before a negative amount's words.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The words.</returns>
    public static string OracleWords(Rupiah amount) =>
        (amount.Sen < 0 ? "MINUS " : string.Empty) + TerbilangOracle.RupiahWords(System.Numerics.BigInteger.Abs(amount.Sen));

    /// <summary>Gets the four indicators of a form whose year-n amount is <paramref name="yearN"/>.</summary>
    /// <param name="yearN">The year-n amount, which the Masukan target repeats.</param>
    /// <returns>The generator.</returns>
    public static Gen<Indicator[]> IndicatorsGen(Rupiah yearN) =>
        from capaian in PercentTextGen
        from keluaran in Gen.OneOf(QuantityTextGen, CompoundTextGen)
        from hasil in Gen.OneOf(PercentTextGen, ScoreTextGen, QuantityTextGen)
        from noun in Gen.Elements(Nouns)
        select new[]
        {
            Indicator.Create(IndicatorKind.CapaianProgram, "Prosentase " + noun, capaian),
            Indicator.Create(IndicatorKind.Masukan, "Tersedianya dana", MasukanText(yearN)),
            Indicator.Create(IndicatorKind.Keluaran, "Jumlah " + noun, keluaran),
            Indicator.Create(IndicatorKind.Hasil, "Meningkatnya " + noun, hasil),
        };

    /// <summary>Gets a KAK with all eight sections, its schedule inside <paramref name="tahunAnggaran"/>.</summary>
    /// <param name="tahunAnggaran">The fiscal year.</param>
    /// <param name="place">Where the kegiatan takes place.</param>
    /// <returns>The generator.</returns>
    public static Gen<Kak> KakGen(int tahunAnggaran, string place) =>
        from first in Gen.Choose(1, 12)
        from last in Gen.Choose(first, 12)
        from noun in Gen.Elements(Nouns)
        from perbup in Gen.Choose(1, 120)
        select Kak.Create(KakSections(tahunAnggaran, place, first, last, noun, perbup), tahunAnggaran);

    /// <summary>
    /// Builds the eight KAK sections under their canonical headings; the schedule says
    /// <c>n Bulan dalam tahun TA</c> and names the months <paramref name="first"/> to <paramref name="last"/>.
    /// </summary>
    /// <param name="tahunAnggaran">The fiscal year.</param>
    /// <param name="place">The place.</param>
    /// <param name="first">The first month, 1–12.</param>
    /// <param name="last">The last month, 1–12, not before <paramref name="first"/>.</param>
    /// <param name="noun">What the kegiatan is about.</param>
    /// <param name="perbup">A Perbup number for the Dasar Hukum.</param>
    /// <returns>The raw sections, in order.</returns>
    public static KakRawSection[] KakSections(int tahunAnggaran, string place, int first, int last, string noun, int perbup)
    {
        string ta = tahunAnggaran.ToString(CultureInfo.InvariantCulture);
        string months = (last - first + 1).ToString(CultureInfo.InvariantCulture);
        string range = first == last ? MonthNames[first - 1] : MonthNames[first - 1] + " s/d " + MonthNames[last - 1];
        return
        [
            new KakRawSection(Heading(KakSectionKind.LatarBelakang), $"Dalam rangka {noun} di {place} perlu dilaksanakan kegiatan ini."),
            new KakRawSection(Heading(KakSectionKind.DasarHukum), $"- Perbup No. {perbup.ToString(CultureInfo.InvariantCulture)} Tahun {(tahunAnggaran - 4).ToString(CultureInfo.InvariantCulture)} tentang SOTK - Renja tahun {ta}"),
            new KakRawSection(Heading(KakSectionKind.MaksudDanTujuan), $"Maksud : Untuk menunjang {noun} Tujuan : Tercapainya {noun} yang baik"),
            new KakRawSection(Heading(KakSectionKind.BentukKegiatan), "- Belanja Barang dan Jasa - Belanja Modal"),
            new KakRawSection(Heading(KakSectionKind.KonsepKegiatan), $"Kegiatan ini berupa {noun}"),
            new KakRawSection(Heading(KakSectionKind.Mekanisme), $"Prosedur : persiapan dan pelaksanaan - Waktu Pelaksanaan : {months} Bulan dalam tahun {ta} - Tempat : {place} - Pelaksanaan : Bulan {range} {ta}"),
            new KakRawSection(Heading(KakSectionKind.Alur), "Persiapan - pelaksanaan - pelaporan"),
            new KakRawSection(Heading(KakSectionKind.Manfaat), $"Terlaksananya {noun} dengan baik"),
        ];
    }

    /// <summary>
    /// Gets rincian lines adding up to <paramref name="total"/>: rekening 5.2 and 5.2.2, one to four rekening
    /// 5.2.2.NN, each with one to three detail lines whose jumlah is volume × harga satuan; and irregular trees:
    /// one in three has detail lines straight under 5.2.2 beside its sub-rekening, one in three skips the 5.2.2 level,
    /// one in three has rows without jumlah (notes) among the detail lines.
    /// </summary>
    /// <param name="total">The year-n amount.</param>
    /// <param name="withNotes">Whether rows without jumlah may appear.</param>
    /// <returns>The generator.</returns>
    public static Gen<RincianLine[]> RincianGen(Rupiah total, bool withNotes = true) =>
        from groupCount in Gen.Choose(1, 4)
        from shape in RincianShapeGen.Select(s => withNotes ? s : s with { Notes = false })
        let parts = total.Allocate(groupCount + (shape.DetailsBeside ? 1 : 0))
        let groups = shape.DetailsBeside ? parts[1..] : parts
        from beside in shape.DetailsBeside ? DetailsGen(parts[0]) : Gen.Constant(Array.Empty<RincianLine>())
        from details in Gen.CollectToArray(groups, DetailsGen)
        from notes in Gen.CollectToArray(groups, _ => shape.Notes ? Gen.Elements(-1, 0, 1) : Gen.Constant(-1))
        select BuildRincian(total, shape, beside, groups, details, notes);

    /// <summary>Gets the shape of a rincian tree: regular, or irregular in one or more ways.</summary>
    public static Gen<RincianShape> RincianShapeGen { get; } =
        from beside in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from skip in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from notes in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new RincianShape(beside, skip, notes);

    /// <summary>Formats an amount as a Masukan target: <c>Rp. </c> and the amount formatted <c>G</c>.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The target text.</returns>
    public static string MasukanText(Rupiah amount) => "Rp. " + amount.ToString("G");

    private static Gen<FormCodes> CodesUnder(OrganisasiCode organisasi) =>
        from foreign in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from other in UrusanGen
        from programNumber in Gen.Frequency((1, Gen.Choose(1, 3)), (1, Gen.Choose(1, 99)))
        from width in Gen.Elements(2, 3)
        from kegiatanNumber in Gen.Frequency((1, Gen.Choose(1, 9)), (2, Gen.Choose(1, width == 2 ? 99 : 999)))
        from headerIsOrganisasi in Gen.Elements(false, true)
        let program = foreign && other != organisasi.Urusan ? organisasi.Program(other, programNumber) : organisasi.Program(programNumber)
        let urusan = headerIsOrganisasi ? organisasi.Urusan : program.Urusan
        select new FormCodes(urusan, organisasi, program, program.Kegiatan(kegiatanNumber, width));

    private static Gen<FormNames> NamesGen(FormCodes codes) =>
        from urusan in NameGen("URUSAN ")
        from place in Gen.Elements(Places)
        from program in NameGen("PROGRAM ")
        from kegiatan in NameGen(string.Empty)
        select new FormNames(codes, urusan, "KECAMATAN " + place.ToUpperInvariant(), program, kegiatan);

    private static Gen<string> NameGen(string prefix) =>
        from noun in Gen.Elements(Nouns)
        from place in Gen.Elements(Places)
        select prefix.Length > 0 ? prefix + noun.ToUpperInvariant() : noun + " " + place;

    /// <summary>Gets how a form spells a name: as written (half the time), upper, lower or title case, with or without
    /// a doubled space between two words.</summary>
    private static Gen<(int Casing, bool DoubledSpace)> NameSpellingGen { get; } =
        from casing in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from doubled in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select (casing, doubled);

    /// <summary>Spells <paramref name="name"/> another way that <see cref="Validation.Rules.CodeNameConsistencyRule"/>
    /// holds for the same name: other casing, a doubled space.</summary>
    /// <param name="name">The name.</param>
    /// <param name="spelling">The casing (0 as written, 1 upper, 2 lower, 3 title) and whether to double a space.</param>
    /// <returns>The name respelled.</returns>
    public static string Respell(string name, (int Casing, bool DoubledSpace) spelling)
    {
        string cased = spelling.Casing switch
        {
            1 => name.ToUpperInvariant(),
            2 => name.ToLowerInvariant(),
            3 => string.Join(' ', name.ToLowerInvariant().Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])),
            _ => name,
        };
        int space = cased.IndexOf(' ', StringComparison.Ordinal);
        return spelling.DoubledSpace && space > 0 ? cased[..space] + "  " + cased[(space + 1)..] : cased;
    }

    private static Gen<RkaForm> FormGen(int ta, FormNames names, bool textSafe) =>
        from amounts in AmountsGen(ta)
        let yearN = amounts.CurrentYear!.Amount!.Value
        from indicators in IndicatorsGen(yearN)
        from place in Gen.Elements(Places)
        from kak in KakGen(ta, "Kecamatan " + place)
        from rincian in RincianGen(yearN, withNotes: !textSafe)
        from spelling in Gen.ArrayOf(NameSpellingGen.Select(n => textSafe ? n with { DoubledSpace = false } : n), 4)
        select new RkaForm
        {
            Header = new FormHeader
            {
                PemerintahDaerah = "PEMERINTAH KABUPATEN LUMAJANG",
                TahunAnggaran = ta,
                Urusan = HeaderField.Of(names.Codes.Urusan, Respell(names.Urusan, spelling[0])),
                Organisasi = HeaderField.Of(names.Codes.Organisasi, Respell(names.Organisasi, spelling[1])),
                Program = HeaderField.Of(names.Codes.Program, Respell(names.Program, spelling[2])),
                Kegiatan = HeaderField.Of(names.Codes.Kegiatan, Respell(names.Kegiatan, spelling[3])),
                Lokasi = "Kecamatan " + place,
            },
            Amounts = amounts,
            Indicators = indicators,
            KelompokSasaran = "Masyarakat Kecamatan " + place,
            Kak = kak,
            Rincian = rincian,
        };

    private static Gen<RincianLine[]> DetailsGen(Rupiah subtotal) =>
        from count in Gen.Choose(1, 3)
        from items in Gen.CollectToArray(subtotal.Allocate(count), DetailGen)
        select items;

    private static Gen<RincianLine> DetailGen(Rupiah jumlah) =>
        from item in Gen.Elements(DetailItems)
        from unit in Gen.Elements(DetailUnits)
        from volume in Gen.Elements(1, 2, 4, 5, 10, 12)
        select Detail(item, unit, volume, jumlah);

    private static RincianLine Detail(string item, string unit, int volume, Rupiah jumlah) =>
        jumlah.Sen % volume == 0
            ? RincianLine.Detail(item, volume, unit, Rupiah.FromSen(jumlah.Sen / volume))
            : RincianLine.Detail(item, 1, unit, jumlah);

    private static RincianLine[] BuildRincian(
        Rupiah total, RincianShape shape, RincianLine[] beside, Rupiah[] groups, RincianLine[][] details, int[] notes)
    {
        var lines = new List<RincianLine> { RincianLine.Rekening("5.2", "BELANJA LANGSUNG", total) };
        if (!shape.SkipLevel)
        {
            lines.Add(RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", total));
        }

        // Detail lines beside sub-rekening stand before the first of them, under 5.2.2 (or 5.2 when that level is skipped).
        lines.AddRange(beside);
        for (int i = 0; i < groups.Length; i++)
        {
            lines.Add(RincianLine.Rekening("5.2.2." + (i + 1).ToString("00", CultureInfo.InvariantCulture), "Belanja " + DetailItems[i], groups[i]));
            int note = notes[i] < 0 ? -1 : Math.Min(notes[i], details[i].Length);
            for (int j = 0; j <= details[i].Length; j++)
            {
                if (j == note)
                {
                    lines.Add(new RincianLine { Uraian = "Keterangan " + DetailItems[i].ToLowerInvariant() });
                }

                if (j < details[i].Length)
                {
                    lines.Add(details[i][j]);
                }
            }
        }

        return [.. lines];
    }

    private static string Heading(KakSectionKind kind) => KakHeadings.GetCanonicalHeading(kind);

    /// <summary>The shape of a generated rincian tree.</summary>
    /// <param name="DetailsBeside">Detail lines stand under 5.2.2 beside its sub-rekening.</param>
    /// <param name="SkipLevel">The 5.2.2 rekening line is left out: 5.2.2.NN stand straight under 5.2.</param>
    /// <param name="Notes">Rows without jumlah stand among the detail lines.</param>
    public sealed record RincianShape(bool DetailsBeside, bool SkipLevel, bool Notes);

    private sealed record FormNames(FormCodes Codes, string Urusan, string Organisasi, string Program, string Kegiatan);
}
