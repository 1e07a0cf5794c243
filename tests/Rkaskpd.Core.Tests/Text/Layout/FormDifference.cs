using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;

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

    /// <summary>Names the first difference between the findings of two reads after validation (code, severity, form,
    /// path, line and message), leaving out the second read's notes of <paramref name="readAs"/> (the one note saying
    /// how its input was read); an empty string when they agree.</summary>
    public static string FirstFinding(RkaReadResult expected, RkaReadResult actual, string readAs)
    {
        string[] before = [.. expected.Validate().Select(d => d.ToString())];
        string[] after = [.. actual.Validate().Where(d => d.Code != readAs).Select(d => d.ToString())];
        int first = Enumerable.Range(0, Math.Min(before.Length, after.Length)).FirstOrDefault(i => before[i] != after[i], -1);
        return first >= 0 ? "diagnostic " + first + ": " + before[first] + "\n vs " + after[first]
            : before.Length != after.Length ? "diagnostic count " + before.Length + " vs " + after.Length + ": " + string.Join("\n", after.Except(before).Concat(before.Except(after)))
            : string.Empty;
    }
}
