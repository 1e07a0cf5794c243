using System.Collections.Generic;
using System.Globalization;
using Rkaskpd.Forms;

namespace Rkaskpd.Tests.Text.Unseen;

/// <summary>The facts of a rincian line beyond the 13/2006 columns: SIPD's koefisien, PPN rate and group lines.</summary>
internal static class RincianExtras
{
    /// <summary>Adds the extra facts of <paramref name="line"/> under <paramref name="key"/>.</summary>
    public static void Add(Dictionary<string, string> facts, string key, RincianLine line)
    {
        if (line.Koefisien is { } koefisien)
        {
            facts[key + "koefisien"] = koefisien;
        }

        if (line.Ppn is { } ppn)
        {
            facts[key + "ppn"] = FormFacts.Number(ppn);
        }

        if (line.IsGroup)
        {
            facts[key + "group"] = bool.TrueString;
        }
    }
}
