using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Joins SIPD's Capaian Program table of the header when a PDF-to-text tool printed it one cell per line
/// (<c>Capaian Program</c> / <c>:</c> / <c>Indikator</c> / <c>Target</c> / <c>Persentase ...</c> / <c>90 %</c>) into
/// the rows the scanner reads: the flattened heading <c>Capaian Program : Indikator Target</c> and the row as its two
/// cells, <c>Persentase ...</c> and <c>90 %</c> (tab-separated: the print told the target apart, so it is not guessed),
/// and each further row of the table (a measure, then a target) so too.
/// </summary>
internal static class CapaianCells
{
    private const int MaxRows = 16;

    /// <summary>Joins the table at the window's head; <see cref="LayoutWindow.NotMine"/> when it is not there.</summary>
    public static int TryJoin(LayoutWindow w)
    {
        // Every short line of a one-cell-per-line text comes here: match before making a trimmed copy.
        ReadOnlySpan<char> kind = w[0].Text.AsSpan().Trim();
        if (!RawLabels.TryMatchIndicatorKind(kind, 0, out int end) || end != kind.Length)
        {
            return LayoutWindow.NotMine;
        }

        string head = kind.ToString();

        int[] at = new int[5];
        int from = 1;
        for (int i = 0; i < at.Length; i++)
        {
            at[i] = w.NextNonBlank(from);
            if (at[i] < 0)
            {
                return w.Missing();
            }

            from = at[i] + 1;
        }

        string colon = w[at[0]].Text.Trim(), indikator = w[at[1]].Text.Trim(), target = w[at[2]].Text.Trim();
        if (colon != ":" || !indikator.Equals("Indikator", StringComparison.OrdinalIgnoreCase)
            || !target.Equals("Target", StringComparison.OrdinalIgnoreCase))
        {
            return LayoutWindow.NotMine;
        }

        // Nothing is emitted before every line the rows need is in the window (NeedMore lets the window grow).
        string heading = head + " : " + indikator + " " + target;
        string measure = w[at[3]].Text.Trim(), value = w[at[4]].Text.Trim();
        if (measure.Contains(':', StringComparison.Ordinal) || w[at[3]].IsAny(LineShape.Stop))
        {
            w.Emit(w[0].Line, heading);
            return at[2] + 1; // the heading without its row
        }

        if (LineClassifier.LooksLikeTarget(value) && !w[at[4]].IsAny(LineShape.Stop))
        {
            // The table's further rows, each its measure and target (SIPD lists every capaian of the program).
            var rows = new List<(int Measure, int Target)> { (at[3], at[4]) };
            int next = at[4] + 1;
            while (rows.Count < MaxRows)
            {
                int m = w.NextNonBlank(next);
                int t = m < 0 ? -1 : w.NextNonBlank(m + 1);
                if (t < 0)
                {
                    if (!w.Final)
                    {
                        return LayoutWindow.NeedMore;
                    }

                    break;
                }

                if (!IsRow(w[m], w[t]))
                {
                    break;
                }

                rows.Add((m, t));
                next = t + 1;
            }

            w.Emit(w[0].Line, heading);
            foreach ((int m, int t) in rows)
            {
                w.Emit(w[m].Line, w[m].Text.Trim() + "\t" + w[t].Text.Trim());
            }

            return rows[^1].Target + 1;
        }

        w.Emit(w[0].Line, heading);
        w.Emit(w[at[3]].Line, measure);
        return at[3] + 1;
    }

    /// <summary>Returns whether two lines are a further row of the table: a measure (no colon, no other part of the
    /// form, no target itself) and a target.</summary>
    private static bool IsRow(SourceLine measure, SourceLine target)
    {
        string text = measure.Text.Trim();
        return !measure.IsAny(LineShape.Stop) && !text.Contains(':', StringComparison.Ordinal)
            && !LineClassifier.LooksLikeTarget(text) && !target.IsAny(LineShape.Stop)
            && LineClassifier.LooksLikeTarget(target.Text.AsSpan().Trim());
    }
}
