using System;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Joins SIPD's Capaian Program table of the header when a PDF-to-text tool printed it one cell per line
/// (<c>Capaian Program</c> / <c>:</c> / <c>Indikator</c> / <c>Target</c> / <c>Persentase ...</c> / <c>90 %</c>) into
/// the rows the scanner reads: the flattened heading <c>Capaian Program : Indikator Target</c> and the row as its two
/// cells, <c>Persentase ...</c> and <c>90 %</c> (tab-separated: the print told the target apart, so it is not guessed).
/// </summary>
internal static class CapaianCells
{
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

        w.Emit(w[0].Line, head + " : " + indikator + " " + target);
        string measure = w[at[3]].Text.Trim(), value = w[at[4]].Text.Trim();
        if (measure.Contains(':', StringComparison.Ordinal) || w[at[3]].IsAny(LineShape.Stop))
        {
            return at[2] + 1; // the heading without its row
        }

        if (LineClassifier.LooksLikeTarget(value) && !w[at[4]].IsAny(LineShape.Stop))
        {
            w.Emit(w[at[3]].Line, measure + "\t" + value);
            return at[4] + 1;
        }

        w.Emit(w[at[3]].Line, measure);
        return at[3] + 1;
    }
}
