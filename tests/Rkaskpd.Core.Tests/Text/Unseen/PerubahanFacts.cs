using System.Collections.Generic;
using Rkaskpd.Forms;

namespace Rkaskpd.Tests.Text.Unseen;

/// <summary>The before/after facts of a perubahan form: an amount row's <c>sebelum</c> and <c>selisih</c>, an
/// indicator's target before the amendment, a rincian line's jumlah before and its difference.</summary>
internal static class PerubahanFacts
{
    /// <summary>Adds the before values of an amount row under <paramref name="key"/>.</summary>
    public static void Add(Dictionary<string, string> facts, string key, AmountRow row)
    {
        if (row.Perubahan is not { } p)
        {
            return;
        }

        Put(facts, key + ".sebelum", p.Sebelum);
        Put(facts, key + ".selisih", p.Selisih);
    }

    /// <summary>Adds the before target of an indicator under <paramref name="key"/>.</summary>
    public static void Add(Dictionary<string, string> facts, string key, Indicator indicator)
    {
        if (indicator.Perubahan is { } p && p.TargetSebelum.Text.Length > 0)
        {
            facts[key + "targetSebelum"] = p.TargetSebelum.Text;
        }
    }

    /// <summary>Adds the before values of a rincian line under <paramref name="key"/>.</summary>
    public static void Add(Dictionary<string, string> facts, string key, RincianLine line)
    {
        if (line.Perubahan is not { } p)
        {
            return;
        }

        if (p.VolumeSebelum is { } v)
        {
            facts[key + "volumeSebelum"] = FormFacts.Number(v);
        }

        Put(facts, key + "hargaSebelum", p.HargaSatuanSebelum);
        Put(facts, key + "jumlahSebelum", p.JumlahSebelum);
        Put(facts, key + "selisih", p.Selisih);
    }

    private static void Put(Dictionary<string, string> facts, string key, Rupiah? value)
    {
        if (value is { } r)
        {
            facts[key] = FormFacts.Number(r.Amount);
        }
    }
}
