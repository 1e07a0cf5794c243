using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// A column of labels, a column of colons, then the column of values: plain <c>pdftotext</c> (no <c>-layout</c>)
/// writes a SIPD header table as three blocks (<c>Urusan Pemerintahan</c> / <c>Bidang Urusan</c> / ..., then
/// <c>:</c> / <c>:</c> / ..., then <c>1 - URUSAN ...</c> / <c>1.03 - ...</c> / ...). The labels pair with the values
/// in order, each row at its label's line.
/// </summary>
/// <remarks>
/// <para>There must be exactly as many colons as labels. The values are the lines after the colons up to the next
/// label or other part of the form; there must be as many as labels, or one fewer when the last label's value is a
/// nested table (SIPD's <c>Capaian Program</c>, <c>Keluaran Sub Kegiatan</c>) printed as its head
/// (<c>Indikator</c> or <c>Tolok Ukur</c>), its measure, <c>Target</c> and the target: either right after the values,
/// or further on (plain text writes it after the next block of the header), where it is the first such table and its
/// lines are taken out of the way. Otherwise the lines are read as before.</para>
/// </remarks>
internal static class LabelColonValueColumns
{
    private const int MaxMeasureLines = 3;

    /// <summary>Pairs <paramref name="labels"/> (line indices) with the values after the colon column starting at
    /// <paramref name="first"/>; returns the lines consumed or a window answer.</summary>
    public static int TryPair(LayoutWindow w, List<int> labels, int first)
    {
        if (labels.Count < 2)
        {
            return LayoutWindow.NotMine;
        }

        int at = first;
        for (int i = 0; i < labels.Count; i++)
        {
            if (at < 0)
            {
                return w.Missing();
            }

            if (!w[at].Is(LineShape.ColonOnly))
            {
                return LayoutWindow.NotMine;
            }

            at = w.NextNonBlank(at + 1);
        }

        // at: the first line after the colons.
        var values = new List<int>(labels.Count);
        while (values.Count < labels.Count)
        {
            if (at < 0)
            {
                if (!w.Final)
                {
                    return LayoutWindow.NeedMore;
                }

                break;
            }

            if (w[at].IsAny(LineShape.Stop) || IsTableHead(w[at]))
            {
                break;
            }

            values.Add(at);
            at = w.NextNonBlank(at + 1);
        }

        var rows = new List<(int Line, string Text)>(labels.Count + 1);
        for (int i = 0; i < values.Count; i++)
        {
            rows.Add((w[labels[i]].Line, w[labels[i]].Text.Trim() + " : " + w[values[i]].Text.Trim()));
        }

        int end;
        if (values.Count == labels.Count)
        {
            end = values[^1] + 1;
        }
        else if (values.Count == labels.Count - 1 && values.Count > 0)
        {
            int table = at >= 0 && IsTableHead(w[at]) ? at : FindTableHead(w, values[^1] + 1);
            if (table < 0)
            {
                return w.Final || w.Count >= LayoutWindow.MaxLines ? LayoutWindow.NotMine : LayoutWindow.NeedMore;
            }

            int result = TryTable(w, table, out string head, out List<int> measure, out int target);
            if (result <= 0)
            {
                return result;
            }

            AddTableRows(w, rows, w[labels[^1]], head, measure, target);

            if (table == at)
            {
                end = target + 1;
            }
            else
            {
                end = values[^1] + 1;
                w.Consume(table);
                measure.ForEach(w.Consume);
                w.Consume(w.NextNonBlank(measure[^1] + 1));
                w.Consume(target);
            }
        }
        else
        {
            return LayoutWindow.NotMine;
        }

        foreach ((int line, string text) in rows)
        {
            w.Emit(line, text);
        }

        return end;
    }

    /// <summary>Adds the rows of <paramref name="label"/> whose value is the nested table read by
    /// <see cref="TryTable"/>.</summary>
    internal static void AddTableRows(LayoutWindow w, List<(int Line, string Text)> rows, SourceLine label, string head, List<int> measure, int target) =>
        AddRows(rows, label, head, [(w[measure[0]].Line, Join(w, measure), w[target].Text.Trim())]);

    /// <summary>Adds the rows of <paramref name="label"/> whose value is a nested table of <paramref name="table"/>'s
    /// rows: for an indicator kind, as CapaianCells reads it, the heading and each row as its two cells; for another
    /// label, its one row as the value. False when another label's table has more than one row.</summary>
    private static bool AddRows(List<(int Line, string Text)> rows, SourceLine label, string head, List<(int Line, string Measure, string Target)> table)
    {
        if (label.Is(LineShape.IndicatorKind))
        {
            rows.Add((label.Line, label.Text.Trim() + " : " + head + " Target"));
            foreach ((int line, string measure, string target) in table)
            {
                rows.Add((line, measure + "\t" + target));
            }

            return true;
        }

        if (table.Count != 1)
        {
            return false;
        }

        rows.Add((label.Line, label.Text.Trim() + " : " + table[0].Measure + " " + table[0].Target));
        return true;
    }

    /// <summary>Reads the nested table at <paramref name="at"/>: its head, the measure's lines up to <c>Target</c>,
    /// and the target after it; returns 1 when it is there, or a window answer.</summary>
    internal static int TryTable(LayoutWindow w, int at, out string head, out List<int> measure, out int target)
    {
        head = w[at].Text.Trim();
        measure = new List<int>(1);
        target = -1;
        int next = w.NextNonBlank(at + 1);
        while (true)
        {
            if (next < 0)
            {
                return w.Missing();
            }

            SourceLine line = w[next];
            string text = line.Text.Trim();
            if (text.Equals("Target", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            if (line.IsAny(LineShape.Stop) || text.Contains(':', StringComparison.Ordinal) || measure.Count == MaxMeasureLines)
            {
                return LayoutWindow.NotMine;
            }

            measure.Add(next);
            next = w.NextNonBlank(next + 1);
        }

        target = w.NextNonBlank(next + 1);
        if (target < 0)
        {
            return w.Missing();
        }

        return measure.Count > 0 && !w[target].IsAny(LineShape.Stop) && LineClassifier.LooksLikeTarget(w[target].Text.AsSpan().Trim())
            ? 1
            : LayoutWindow.NotMine;
    }

    /// <summary>Reads a nested table written with its targets before its measures, as plain <c>pdftotext</c> writes
    /// SIPD's Capaian Program table when its measures wrap: its head (<c>Indikator</c> or <c>Tolok Ukur</c>),
    /// <c>Target</c>, the targets one a line, then as many measures (a line that starts in lower case goes on with the
    /// measure above). The rows of <paramref name="label"/> go to <paramref name="rows"/> as <see cref="AddRows"/>
    /// writes them; returns the index after the table, or a window answer.</summary>
    internal static int TryTargetsFirstTable(LayoutWindow w, int at, SourceLine label, List<(int Line, string Text)> rows)
    {
        if (!IsTableHead(w[at]))
        {
            return LayoutWindow.NotMine;
        }

        string head = w[at].Text.Trim();
        int next = w.NextNonBlank(at + 1);
        if (next < 0)
        {
            return w.Missing();
        }

        if (!w[next].Text.AsSpan().Trim().Equals("Target", StringComparison.OrdinalIgnoreCase))
        {
            return LayoutWindow.NotMine;
        }

        var targets = new List<string>(2);
        next = w.NextNonBlank(next + 1);
        while (next >= 0 && targets.Count < MaxMeasureLines && !w[next].IsAny(LineShape.Stop) && LineClassifier.LooksLikeTarget(w[next].Text.AsSpan().Trim()))
        {
            targets.Add(w[next].Text.Trim());
            next = w.NextNonBlank(next + 1);
        }

        var measures = new List<(int Line, string Measure, string Target)>(targets.Count);
        int end = next;
        while (next >= 0 && !w[next].IsAny(LineShape.Stop) && !w[next].Text.Contains(':', StringComparison.Ordinal)
            && !LineClassifier.LooksLikeTarget(w[next].Text.AsSpan().Trim()))
        {
            string text = w[next].Text.Trim();
            if (measures.Count > 0 && char.IsLower(text[0]))
            {
                measures[^1] = measures[^1] with { Measure = measures[^1].Measure + " " + text };
            }
            else if (measures.Count == targets.Count)
            {
                break;
            }
            else
            {
                measures.Add((w[next].Line, text, targets[measures.Count]));
            }

            end = next + 1;
            next = w.NextNonBlank(next + 1);
        }

        if (next < 0 && !w.Final)
        {
            return LayoutWindow.NeedMore;
        }

        if (targets.Count == 0 || measures.Count != targets.Count)
        {
            return LayoutWindow.NotMine;
        }

        return AddRows(rows, label, head, measures) ? end : LayoutWindow.NotMine;
    }

    /// <summary>The first nested table's head from <paramref name="from"/> on; -1 when the window has none.</summary>
    private static int FindTableHead(LayoutWindow w, int from)
    {
        for (int i = w.NextNonBlank(from); i >= 0; i = w.NextNonBlank(i + 1))
        {
            if (IsTableHead(w[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A nested table's head alone on its line: <c>Indikator</c> or <c>Tolok Ukur</c>.</summary>
    internal static bool IsTableHead(SourceLine line)
    {
        ReadOnlySpan<char> text = line.Text.AsSpan().Trim();
        return text.Equals("Indikator", StringComparison.OrdinalIgnoreCase) || text.Equals("Tolok Ukur", StringComparison.OrdinalIgnoreCase);
    }

    private static string Join(LayoutWindow w, List<int> lines)
    {
        var parts = new string[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            parts[i] = w[lines[i]].Text.Trim();
        }

        return string.Join(' ', parts);
    }
}
