using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;

namespace Rkaskpd.Tests.Text.Unseen;

/// <summary>
/// Flattens a read document into <c>key → value</c> facts (<c>[0].header.kegiatan.name</c>,
/// <c>[0].rincian[5].jumlah</c>, <c>[0].indicator.Keluaran[0].target</c>), the keys an <c>.expected</c> file of
/// <c>tests/data/unseen</c> names. Amounts and volumes are invariant decimals without trailing zeros.
/// </summary>
internal static class FormFacts
{
    /// <summary>The facts of every form of <paramref name="result"/>.</summary>
    public static Dictionary<string, string> Of(RkaReadResult result)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["forms"] = Number(result.Document.Forms.Count),
        };
        for (int f = 0; f < result.Document.Forms.Count; f++)
        {
            Add(facts, "[" + Number(f) + "].", result.Document.Forms[f]);
        }

        return facts;
    }

    private static void Add(Dictionary<string, string> facts, string p, RkaForm form)
    {
        facts[p + "kind"] = form.Kind.ToString();
        facts[p + "template"] = form.Template.ToString();
        FormHeader h = form.Header;
        Put(facts, p + "header.pemerintahDaerah", h.PemerintahDaerah);
        Put(facts, p + "header.tahunAnggaran", h.TahunAnggaran?.ToString(CultureInfo.InvariantCulture));
        Field(facts, p + "header.urusan", h.Urusan);
        Field(facts, p + "header.organisasi", h.Organisasi);
        Field(facts, p + "header.program", h.Program);
        Field(facts, p + "header.kegiatan", h.Kegiatan);
        Field(facts, p + "header.bidangUrusan", h.BidangUrusan);
        Field(facts, p + "header.unitOrganisasi", h.UnitOrganisasi);
        Field(facts, p + "header.subUnitOrganisasi", h.SubUnitOrganisasi);
        Field(facts, p + "header.subKegiatan", h.SubKegiatan);
        Put(facts, p + "header.lokasi", h.Lokasi);
        Put(facts, p + "header.sasaranProgram", h.SasaranProgram);
        Put(facts, p + "header.sumberPendanaan", h.SumberPendanaan?.Text);
        Put(facts, p + "header.waktuPelaksanaan", h.WaktuPelaksanaan);
        Put(facts, p + "header.keluaranSubKegiatan", h.KeluaranSubKegiatan);
        SipdCodes sipd = h.Sipd;
        Put(facts, p + "sipd.urusan", sipd.Urusan?.ToString());
        Put(facts, p + "sipd.bidangUrusan", sipd.BidangUrusan?.ToString());
        Put(facts, p + "sipd.program", sipd.Program?.ToString());
        Put(facts, p + "sipd.kegiatan", sipd.Kegiatan?.ToString());
        Put(facts, p + "sipd.subKegiatan", sipd.SubKegiatan?.ToString());
        Put(facts, p + "sipd.organisasi", sipd.Organisasi?.ToString());
        Put(facts, p + "sipd.unitOrganisasi", sipd.UnitOrganisasi?.ToString());

        Amount(facts, p + "amounts.previousYear", form.Amounts.PreviousYear);
        Amount(facts, p + "amounts.currentYear", form.Amounts.CurrentYear);
        Amount(facts, p + "amounts.nextYear", form.Amounts.NextYear);

        facts[p + "indicators.count"] = Number(form.Indicators.Count);
        var perKind = new Dictionary<IndicatorKind, int>();
        foreach (Indicator indicator in form.Indicators)
        {
            int n = perKind.GetValueOrDefault(indicator.Kind);
            perKind[indicator.Kind] = n + 1;
            string key = p + "indicator." + indicator.Kind + "[" + Number(n) + "].";
            facts[key + "tolokUkur"] = indicator.TolokUkur;
            facts[key + "target"] = indicator.Target.Text;
            if (indicator.Target is MoneyTarget money)
            {
                facts[key + "money"] = Number(money.Amount.Amount);
            }

            PerubahanFacts.Add(facts, key, indicator);
        }

        Put(facts, p + "kelompokSasaran", form.KelompokSasaran);
        Put(facts, p + "kak.present", form.Kak is null ? null : "True");
        if (form.Kak is { } kak)
        {
            facts[p + "kak.kinds"] = string.Join(',', kak.Sections.Select(s => s.Kind.ToString()));
            if (kak.DasarHukum is { } dasarHukum)
            {
                facts[p + "kak.dasarHukum.references"] = Number(dasarHukum.References.Count);
            }

            if (kak.Manfaat is { } manfaat)
            {
                facts[p + "kak.manfaat.points"] = Number(manfaat.Points.Count);
            }
        }

        if (form.RencanaPenarikan is { } plan)
        {
            foreach (PenarikanDana period in plan.Periode)
            {
                facts[p + "rencanaPenarikan." + period.Periode] = Number(period.Jumlah.Amount);
            }

            Put(facts, p + "rencanaPenarikan.jumlah", plan.Jumlah is { } total ? Number(total.Amount) : null);
        }

        Put(facts, p + "tandaTangan.tempat", form.TandaTangan?.Tempat);
        Put(facts, p + "tandaTangan.tanggal", form.TandaTangan?.Tanggal);
        Put(facts, p + "tandaTangan.jabatan", form.TandaTangan?.Jabatan);
        Put(facts, p + "tandaTangan.nama", form.TandaTangan?.Nama);
        Put(facts, p + "tandaTangan.pangkat", form.TandaTangan?.Pangkat);
        Put(facts, p + "tandaTangan.nip", form.TandaTangan?.Nip);

        facts[p + "rincian.count"] = Number(form.Rincian.Count);
        for (int i = 0; i < form.Rincian.Count; i++)
        {
            RincianLine line = form.Rincian[i];
            string key = p + "rincian[" + Number(i) + "].";
            Put(facts, key + "kode", line.KodeRekening);
            facts[key + "uraian"] = line.Uraian;
            Put(facts, key + "volume", line.Volume is { } v ? Number(v) : null);
            Put(facts, key + "satuan", line.Satuan);
            Put(facts, key + "harga", line.HargaSatuan is { } h2 ? Number(h2.Amount) : null);
            Put(facts, key + "jumlah", line.Jumlah is { } j ? Number(j.Amount) : null);
            RincianExtras.Add(facts, key, line);
            PerubahanFacts.Add(facts, key, line);
        }
    }

    private static void Field<TCode>(Dictionary<string, string> facts, string key, HeaderField<TCode>? field)
        where TCode : struct
    {
        if (field is null || !field.IsPresent)
        {
            return;
        }

        Put(facts, key + ".code", field.Code?.ToString());
        Put(facts, key + ".codeText", field.CodeText);
        Put(facts, key + ".name", field.Name);
        Put(facts, key + ".label", field.Label);
    }

    private static void Amount(Dictionary<string, string> facts, string key, AmountRow? row)
    {
        if (row is null)
        {
            return;
        }

        Put(facts, key + ".label", row.Label);
        Put(facts, key + ".amount", row.Amount is { } a ? Number(a.Amount) : null);
        Put(facts, key + ".terbilang", row.Terbilang);
        PerubahanFacts.Add(facts, key, row);
    }

    private static void Put(Dictionary<string, string> facts, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            facts[key] = value;
        }
    }

    /// <summary>An invariant decimal without trailing zeros.</summary>
    public static string Number(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
