using System.Collections.Generic;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// Indicator kinds written on a line of their own inside the table, between rows whose kind cell is empty: a kind cell
/// merged over several rows and centred (a spreadsheet's print, <c>pdftotext -layout</c> of it) stands between its
/// rows, or under its one row when that row is taller than its text. Each such kind takes the rows it was centred on.
/// </summary>
/// <remarks>
/// <para>A kind alone, with <c>a</c> rows of empty kind right above it and <c>b</c> right under it (up to the next
/// row that names its kind or the next kind alone), takes <c>min(a, b)</c> rows on each side when there are rows on
/// both (a centred cell stands in the middle of its rows); all the <c>b</c> rows under it when none are above (a kind
/// over its rows); and the one row above when none are under (a kind centred in a taller row). A kind alone with no
/// row to take is an empty row, a missing indicator, which the rules report (RKA301), as before.</para>
/// <para>Kinds one under the other with no row between (a column of kinds a tool wrote apart from its rows) are not
/// placed, nor is the row under SIPD's <c>Capaian Program : Indikator Target</c> heading taken.</para>
/// <para>Only kinds alone on their line are placed this way: a kind that shares its line with a row heads that row
/// and, as a merged cell written on its first row, the rows of empty kind under it.</para>
/// </remarks>
internal static class CentredKindCells
{
    /// <summary>Gives the rows of empty kind in <paramref name="rows"/> the kinds alone in
    /// <paramref name="kinds"/> (each at the index of the row it stood before) centred on them.</summary>
    /// <param name="rows">The table's rows in order; changed in place.</param>
    /// <param name="kinds">The kinds alone, in order.</param>
    public static void Place(List<RawIndicator> rows, List<(int At, string Kind)> kinds)
    {
        var claimed = new bool[rows.Count];
        for (int k = 0; k < kinds.Count; k++)
        {
            (int at, string kind) = kinds[k];
            if (k > 0 && kinds[k - 1].At == at || k + 1 < kinds.Count && kinds[k + 1].At == at)
            {
                continue; // kinds one under the other with no row between: a column of kinds, no merged cell
            }

            int limit = k + 1 < kinds.Count ? kinds[k + 1].At : rows.Count;
            int above = 0;
            while (at - above - 1 >= 0 && IsOpen(rows, claimed, at - above - 1))
            {
                above++;
            }

            int under = 0;
            while (at + under < limit && IsOpen(rows, claimed, at + under))
            {
                under++;
            }

            (int from, int to) = (above, under) switch
            {
                ( > 0, > 0) => (at - System.Math.Min(above, under), at + System.Math.Min(above, under)),
                (0, > 0) => (at, at + under),
                ( > 0, 0) => (at - 1, at),
                _ => (at, at),
            };
            if (to > from)
            {
                // The first row names the kind; the others, with their kind cells empty, continue it.
                rows[from] = rows[from] with { Kind = kind };
            }

            for (int i = from; i < to; i++)
            {
                claimed[i] = true;
            }
        }
    }

    // A row of empty kind under SIPD's Capaian Program heading (Capaian Program : Indikator Target) is that table's.
    private static bool IsOpen(List<RawIndicator> rows, bool[] claimed, int i) =>
        !claimed[i] && string.IsNullOrWhiteSpace(rows[i].Kind) && !(i > 0 && SipdCapaianRow.IsHeadingOnly(rows[i - 1]));
}
