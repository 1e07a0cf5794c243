using System;
using FsCheck;
using FsCheck.Fluent;
using Rkaskpd.Forms;

namespace Rkaskpd.Tests.Forms;

/// <summary>FsCheck generators of perubahan (amended budget) documents: the consistent 13/2006 documents of
/// <see cref="FormArbitraries.ConsistentDocumentGen"/> turned into RKPA or DPPA forms, with an amount before the
/// amendment and the difference (either sign, a decrease written with a minus or in parentheses), a before measure and
/// target for each indicator, and before values, the difference and sometimes a penjelasan on each rincian line that
/// carries a jumlah, and half the time the printed total row with its jumlah before and after the amendment.</summary>
public static class PerubahanFormArbitraries
{
    private static readonly string?[] Penjelasan = [null, null, "Penyesuaian kebutuhan", "Efisiensi anggaran", "Tambahan dari SiLPA"];

    /// <summary>Gets perubahan documents of one to five forms.</summary>
    public static Gen<RkaDocument> PerubahanDocumentGen { get; } =
        from document in FormArbitraries.ConsistentDocumentGen
        from forms in Gen.CollectToArray(document.Forms, PerubahanOf)
        select new RkaDocument { Forms = forms };

    /// <summary>Gets SIPD-era perubahan documents of one form (SIPD's RKPA/DPPA) whose detail lines may carry a PPN
    /// of 0 % or none on either side, and all carry SIPD's koefisien (<c>12 Rim</c>: the volume and its satuan)
    /// wherever they have a volume, before and after the amendment, as SIPD prints them, or none does, or some do and
    /// others have the volume alone.</summary>
    public static Gen<RkaDocument> SipdPerubahanDocumentGen { get; } =
        from form in SipdFormArbitraries.SipdFormGen
        from perubahan in PerubahanOf(form)
        from mixed in Gen.Elements(false, true)
        from all in Gen.Elements(false, true)
        from lines in Gen.CollectToArray(perubahan.Rincian, line => mixed
            ? Gen.Elements(false, true).SelectMany(koefisien => SipdColumnsOf(line, koefisien))
            : SipdColumnsOf(line, all))
        select new RkaDocument { Forms = [perubahan with { Rincian = lines }] };

    /// <summary>Generates perubahan documents.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RkaDocument> PerubahanDocument() => PerubahanDocumentGen.ToArbitrary();

    private static Gen<RkaForm> PerubahanOf(RkaForm form) =>
        from kind in Gen.Elements(DocumentKind.RkaPerubahan, DocumentKind.DpaPerubahan)
        from before in FormArbitraries.RupiahGen
        from sebelumLabel in Gen.Elements("Jumlah Anggaran Sebelum Perubahan", "Jumlah Tahun n Sebelum Perubahan")
        from selisihLabel in Gen.Elements("Bertambah/(Berkurang)", "Bertambah/Berkurang")
        from parentheses in Gen.Elements(false, true)
        from targets in Gen.CollectToArray(form.Indicators, _ => FormArbitraries.TargetTextGen)
        from lines in Gen.CollectToArray(form.Rincian, LineOf)
        from totalRow in Gen.Elements(false, true)
        select Build(form, kind, before, sebelumLabel, selisihLabel, parentheses, targets, lines) with
        {
            RincianTotal = totalRow ? TotalRowOf(lines) : form.RincianTotal,
        };

    /// <summary>The printed total row of a perubahan table: the top-level lines' sums after and before the amendment.</summary>
    private static RincianTotalRow? TotalRowOf(RincianLine[] lines)
    {
        Rupiah? after = RincianTotal.Sum(lines);
        Rupiah? before = RincianTotal.SumBefore(lines);
        return after is null && before is null ? null : new RincianTotalRow
        {
            Label = "JUMLAH",
            JumlahText = after?.ToString(),
            Jumlah = after,
            JumlahSebelumText = before?.ToString(),
            JumlahSebelum = before,
        };
    }

    private static RkaForm Build(RkaForm form, DocumentKind kind, Rupiah before, string sebelumLabel, string selisihLabel,
        bool parentheses, string[] targets, RincianLine[] lines)
    {
        AmountRow current = form.Amounts.CurrentYear!;
        Rupiah difference = current.Amount!.Value - before;
        string differenceText = parentheses && difference < Rupiah.Zero ? "(" + (-difference).ToString() + ")" : difference.ToString();
        var indicators = new Indicator[form.Indicators.Count];
        for (int i = 0; i < indicators.Length; i++)
        {
            Indicator indicator = form.Indicators[i];
            string target = indicator.Kind == IndicatorKind.Masukan ? FormArbitraries.MasukanText(before) : targets[i];
            indicators[i] = indicator with
            {
                Perubahan = new IndicatorPerubahan { TolokUkurSebelum = indicator.TolokUkur, TargetSebelum = IndicatorTarget.Parse(target) },
            };
        }

        return form with
        {
            Kind = kind,
            Amounts = form.Amounts with
            {
                CurrentYear = current with
                {
                    Perubahan = new AmountPerubahan
                    {
                        SebelumLabel = sebelumLabel,
                        SebelumText = before.ToString(),
                        Sebelum = before,
                        SebelumTerbilang = FormArbitraries.OracleWords(before),
                        SelisihLabel = selisihLabel,
                        SelisihText = differenceText,
                        Selisih = difference,
                    },
                },
            },
            Indicators = indicators,
            Rincian = lines,
        };
    }

    /// <summary>SIPD's koefisien on both groups of a detail line (when <paramref name="koefisien"/>) and a PPN of 0 %
    /// or none on each group.</summary>
    private static Gen<RincianLine> SipdColumnsOf(RincianLine line, bool koefisien) =>
        from ppn in Gen.Elements<decimal?>(null, 0m)
        from ppnSebelum in Gen.Elements<decimal?>(null, 0m)
        select line.Perubahan is not { } before || line.Volume is null ? line : line with
        {
            Koefisien = koefisien ? Koefisien(line.Volume, line.Satuan) : null,
            Ppn = ppn,
            Perubahan = before with
            {
                KoefisienSebelum = koefisien ? Koefisien(before.VolumeSebelum, before.SatuanSebelum) : null,
                PpnSebelum = ppnSebelum,
            },
        };

    private static string? Koefisien(decimal? volume, string? satuan) =>
        volume is { } v && satuan is not null ? v.ToString(System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',') + " " + satuan : null;

    /// <summary>A line with before values: a detail line keeps its unit and price and changes its volume, a rekening
    /// line gets another before amount; a line without jumlah (a note) stays as it is.</summary>
    private static Gen<RincianLine> LineOf(RincianLine line)
    {
        if (line.Jumlah is not { } jumlah)
        {
            return Gen.Constant(line);
        }

        if (line.Volume is not null && line.HargaSatuan is { } harga)
        {
            return from volume in Gen.Choose(0, 60)
                   from penjelasan in Gen.Elements(Penjelasan)
                   let amount = harga.Multiply(volume, MidpointRounding.AwayFromZero)
                   select line with
                   {
                       Perubahan = new RincianPerubahan
                       {
                           VolumeSebelum = volume,
                           SatuanSebelum = line.Satuan,
                           HargaSatuanSebelum = harga,
                           JumlahSebelum = amount,
                           Selisih = jumlah - amount,
                           Penjelasan = penjelasan,
                       },
                   };
        }

        return from amount in FormArbitraries.RupiahGen
               select line with { Perubahan = new RincianPerubahan { JumlahSebelum = amount, Selisih = jumlah - amount } };
    }
}
