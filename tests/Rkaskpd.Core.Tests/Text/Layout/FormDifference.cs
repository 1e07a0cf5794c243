using System.Linq;
using Rkaskpd.Forms;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>Names the first difference between two documents read from text, part by part.</summary>
internal static class FormDifference
{
    /// <summary>Returns the first difference, or an empty string when the documents are the same.</summary>
    /// <param name="expected">The expected document.</param>
    /// <param name="actual">The document read.</param>
    /// <param name="kakLineBreaks">Whether KAK texts must keep their line breaks (false: a line break counts as a space).</param>
    public static string First(RkaDocument expected, RkaDocument actual, bool kakLineBreaks)
    {
        if (expected.Forms.Count != actual.Forms.Count)
        {
            return "form count " + expected.Forms.Count + " vs " + actual.Forms.Count;
        }

        for (int i = 0; i < expected.Forms.Count; i++)
        {
            RkaForm e = expected.Forms[i];
            RkaForm a = actual.Forms[i];
            string? part =
                e.Header != a.Header ? "header: " + e.Header + " vs " + a.Header
                : e.Amounts != a.Amounts ? "amounts: " + string.Join("; ", e.Amounts.Rows) + " vs " + string.Join("; ", a.Amounts.Rows)
                : !e.Indicators.SequenceEqual(a.Indicators) ? "indicators: " + string.Join("; ", e.Indicators) + " vs " + string.Join("; ", a.Indicators)
                : e.KelompokSasaran != a.KelompokSasaran ? "kelompok sasaran: " + e.KelompokSasaran + " vs " + a.KelompokSasaran
                : Kak(e.Kak, kakLineBreaks) != Kak(a.Kak, kakLineBreaks) ? "kak: " + Kak(e.Kak, kakLineBreaks) + " vs " + Kak(a.Kak, kakLineBreaks)
                : !e.Rincian.SequenceEqual(a.Rincian) ? "rincian: " + string.Join("; ", e.Rincian) + " vs " + string.Join("; ", a.Rincian)
                : null;
            if (part is not null)
            {
                return "form " + i + " " + part;
            }
        }

        return string.Empty;
    }

    private static string Kak(Kak? kak, bool lineBreaks) => kak is null
        ? "(none)"
        : string.Join(" | ", kak.Sections.Select(s => s.Kind + ":" + s.Heading + ":" + (lineBreaks ? s.Text : s.Text.Replace('\n', ' ')))
            .Concat(kak.Unrecognized.Select(s => "?" + s.Heading + ":" + (lineBreaks ? s.Text : s.Text.Replace('\n', ' ')))));
}
