using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Codes;
using Rkaskpd.Tests.Forms;

namespace Rkaskpd.Tests.Serialization;

/// <summary>FsCheck arbitraries for the JSON tests: whole documents with every part of the model varied.</summary>
public static class SerializationArbitraries
{
    private static readonly string[] Headings =
    [
        "Latar Belakang", "Layat Belakang :", "Dasar Hukum", "Maksud dan Tujuan", "Bentuk Kegiatan", "Konsep Kegiatan",
        "Mekanisme", "Alur", "Manfaat", "Lain-lain", string.Empty,
    ];

    private static readonly string[] Targets =
    [
        "78%", "75 %", "80 persen", "Rp. 551.204.390,00", "Rp. 73.246.000,-", "30 Jenis", "32 eksemplar", "86,32",
        "5 Desa dan 7 Kelurahan", "12 bulan + 3 kegiatan", "paket", "", "Rp. rusak", "100%",
    ];

    /// <summary>Text without unpaired surrogates (which UTF-8 JSON cannot carry): anything else, quotes and controls included.</summary>
    public static Gen<string> Text { get; } = Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty).Where(IsWellFormed)),
        (2, KakArbitraries.TextSamples().Generator.Select(s => s.Value).Where(IsWellFormed)),
        (1, Gen.Elements("", "\"quoted\" \\ back", "line\nbreak\ttab\u0001", "<p>Latar &amp; belakang</p>", "\u2192 \u2014 é 😀")));

    public static Arbitrary<RkaDocument> Documents() =>
        Form.ListOf().Select(forms => new RkaDocument { Forms = forms }).ToArbitrary();

    public static Arbitrary<RkaForm> Forms() => Form.ToArbitrary();

    private static Gen<string?> OptionalText => Gen.Frequency((1, Gen.Constant<string?>(null)), (4, Text.Select(s => (string?)s)));

    /// <summary>Volumes and other decimals: FsCheck's sized default (small), cents, up to 18 digits of either sign with
    /// up to six decimals, and the extremes.</summary>
    private static Gen<decimal> Decimal => Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<decimal>()),
        (2, Gen.Choose(-100_000, 100_000).Select(i => i / 100m)),
        (2, from mantissa in WideNumbers.Signed(18)
            from scale in Gen.Choose(0, 6)
            let magnitude = (ulong)Math.Abs(mantissa)
            select new decimal(unchecked((int)(uint)magnitude), (int)(magnitude >> 32), 0, mantissa < 0, (byte)scale)),
        (1, Gen.Elements(0m, 1.50m, 100m, 79228162514264337593543950335m, -79228162514264337593543950335m, 0.0000000001m)));

    private static Gen<Rupiah> Amount => RupiahArbitraries.Rupiah().Generator;

    private static Gen<RkaForm> Form =>
        from header in Header
        from amounts in Amounts
        from indicators in Indicator.ListOf()
        from kelompok in OptionalText
        from kak in Gen.Frequency((1, Gen.Constant<Kak?>(null)), (3, Kak(header.TahunAnggaran).Select(k => (Kak?)k)))
        from rincian in Rincian.ListOf()
        select new RkaForm
        {
            Header = header,
            Amounts = amounts,
            Indicators = indicators,
            KelompokSasaran = kelompok,
            Kak = kak,
            Rincian = rincian,
        };

    private static Gen<FormHeader> Header =>
        from pemda in OptionalText
        from year in Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(1990, 2100).Select(y => (int?)y)))
        from urusan in Field(CodeArbitraries.Urusan().Generator)
        from organisasi in Field(CodeArbitraries.Organisasi().Generator)
        from program in Field(CodeArbitraries.Program().Generator)
        from kegiatan in Field(CodeArbitraries.Kegiatan().Generator)
        from lokasi in OptionalText
        select new FormHeader
        {
            PemerintahDaerah = pemda,
            TahunAnggaran = year,
            Urusan = urusan,
            Organisasi = organisasi,
            Program = program,
            Kegiatan = kegiatan,
            Lokasi = lokasi,
        };

    private static Gen<HeaderField<TCode>> Field<TCode>(Gen<TCode> codes)
        where TCode : struct, System.ISpanFormattable => Gen.Frequency(
            (3, from code in codes from name in Text select HeaderField.Of(code, name)),
            (1, Gen.Constant(HeaderField.Missing<TCode>())),
            (1, from label in Text from codeText in Text from name in Text select new HeaderField<TCode>(label, codeText, null, name)));

    private static Gen<FormAmounts> Amounts =>
        from year in Gen.Choose(1990, 2100)
        from a in Amount
        from b in Amount
        from c in Amount
        let created = FormAmounts.Create(year, a, b, c)
        from previous in Row(AmountPosition.PreviousYear)
        from next in Row(AmountPosition.NextYear)
        from custom in ArbMap.Default.GeneratorFor<bool>()
        select custom ? created with { PreviousYear = previous, NextYear = next } : created;

    private static Gen<AmountRow?> Row(AmountPosition position) =>
        from present in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
        from label in Text
        from amountText in Text
        from amount in Gen.Frequency((1, Gen.Constant<Rupiah?>(null)), (4, Amount.Select(a => (Rupiah?)a)))
        from terbilang in Text
        select present
            ? new AmountRow { Position = position, Label = label, AmountText = amountText, Amount = amount, Terbilang = terbilang }
            : null;

    private static Gen<Indicator> Indicator =>
        from kind in Gen.Elements(IndicatorKind.CapaianProgram, IndicatorKind.Masukan, IndicatorKind.Keluaran, IndicatorKind.Hasil)
        from label in Text
        from tolakUkur in Text
        from target in Target
        select new Indicator { Kind = kind, Label = label, TolokUkur = tolakUkur, Target = target };

    private static Gen<IndicatorTarget> Target => Gen.Frequency(
        (3, Gen.Elements(Targets).Select(IndicatorTarget.Parse)),
        (1, Text.Select(IndicatorTarget.Parse)),
        (1, from t in Text from d in Decimal select (IndicatorTarget)new PercentageTarget(t, d)),
        (1, from t in Text from a in Amount select (IndicatorTarget)new MoneyTarget(t, a)),
        (1, Quantity.Select(q => (IndicatorTarget)q)),
        (1, from t in Text from d in Decimal select (IndicatorTarget)new ScoreTarget(t, d)),
        (1, from t in Text from parts in Quantity.ListOf() select (IndicatorTarget)new CompoundTarget(t, parts)),
        (1, Text.Select(t => (IndicatorTarget)new TextTarget(t))));

    private static Gen<QuantityTarget> Quantity =>
        from t in Text from d in Decimal from u in Text select new QuantityTarget(t, d, u);

    private static Gen<Kak> Kak(int? tahunAnggaran) =>
        from sections in (from h in Gen.Elements(Headings)
                          from o in OptionalText
                          from t in Text
                          select new KakRawSection(h.Length == 0 ? o : h, t)).ListOf()
        from direct in ArbMap.Default.GeneratorFor<bool>()
        select direct
            ? new Kak(
                sections.Where(s => s.Heading is not null && KakHeadings.TryRecognize(s.Heading, out _, out _))
                    .Select(s => KakSection.Create(KakHeadings.TryRecognize(s.Heading!, out KakSectionKind kind, out _) ? kind : default, s.Heading, s.Text, tahunAnggaran)),
                sections.Where(s => s.Heading is null))
            : Rkaskpd.Forms.Kak.Create(sections, tahunAnggaran);

    private static Gen<RincianLine> Rincian => Gen.Frequency(
        (2, from k in Text from u in Text from a in Amount select RincianLine.Rekening(k, u, a)),
        (2, from u in Text
            from v in Gen.Choose(0, 1000)
            from s in Text
            from h in Gen.Choose(0, 10_000_000)
            select RincianLine.Detail(u, v, s, Rupiah.FromSen(h * 100L))),
        (1, from kode in OptionalText
            from uraian in Text
            from volume in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (2, Decimal.Select(d => (decimal?)d)))
            from satuan in OptionalText
            from harga in Gen.Frequency((1, Gen.Constant<Rupiah?>(null)), (2, Amount.Select(a => (Rupiah?)a)))
            from jumlah in Gen.Frequency((1, Gen.Constant<Rupiah?>(null)), (2, Amount.Select(a => (Rupiah?)a)))
            select new RincianLine { KodeRekening = kode, Uraian = uraian, Volume = volume, Satuan = satuan, HargaSatuan = harga, Jumlah = jumlah }));

    private static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
