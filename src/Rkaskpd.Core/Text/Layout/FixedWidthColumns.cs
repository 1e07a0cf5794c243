using System;
using System.Collections.Generic;
using System.Text;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Layout family 5, fixed-width columns (<c>pdftotext -layout</c>, printed reports): cells separated by runs of two
/// or more spaces become tab cells; a long cell that wraps onto the next lines in its own column is joined back to its
/// row; a line indented to a later column becomes a row with empty leading cells. <c>Urusan Pemerintahan      : 1.02 ...</c>
/// becomes <c>Urusan Pemerintahan⇥: 1.02 ...</c>, the seed's own shape.
/// </summary>
/// <remarks>
/// <para>The columns are the cell starts of the last row read that was not indented. A following indented line is a
/// wrapped cell when it has at most two cells, each starting (within <see cref="Tolerance"/> characters) where a cell
/// of the row after its first starts, and nothing in it starts a row of its own (a label, a KAK heading, an indicator
/// kind, a code, an amount, a section start, a value under the row's last cell when that holds a value too).</para>
/// <para>Wrapped text is joined with single spaces, so a multi-line KAK text loses its line breaks in this layout.</para>
/// </remarks>
internal static class FixedWidthColumns
{
    /// <summary>How far (in characters) a wrapped cell may start from its column's start.</summary>
    public const int Tolerance = 2;

    private const int MaxWrapLines = 16;

    private const LineShape RowStart = LineShape.Blank | LineShape.Tab | LineShape.ColonLead | LineShape.Label
        | LineShape.LabelPair | LineShape.Merged | LineShape.IndicatorKind | LineShape.Structural | LineShape.KakHeadingLead
        | LineShape.CodeLead | LineShape.LabelsLine;

    /// <summary>Reads the row at the window's head and its wrapped lines; <paramref name="columns"/> holds the column
    /// starts of the last unindented row and is updated. Returns the lines consumed or a window answer.</summary>
    public static int TryRow(LayoutWindow w, List<int> columns)
    {
        SourceLine head = w[0];
        if (columns.Count > 1 && IsKindAlone(head) && head.Lead < columns[1] - Tolerance)
        {
            // A kind cell merged over several rows and centred between them (a spreadsheet's print): a line of its
            // own inside the table, which keeps the table's columns for the rows after it.
            w.Emit(head.Line, head.Text.Trim());
            return 1;
        }

        if (head.IsAny(LineShape.Tab | LineShape.Blank) || (!head.Is(LineShape.Gapped) && (columns.Count == 0 || !head.Is(LineShape.Indented))))
        {
            return LayoutWindow.NotMine;
        }

        // The first wrap test needs the next line: wait for it before splitting anything.
        if (w.Count < 2 && !w.Final)
        {
            return LayoutWindow.NeedMore;
        }

        List<(int Start, int Length)> cells = Cells(head.Text);
        var wraps = new List<(int Cell, string Text, int Start, int Length)>();
        int last = 0;
        for (int k = 1; k <= MaxWrapLines; k++)
        {
            if (k >= w.Count)
            {
                if (!w.Final)
                {
                    return LayoutWindow.NeedMore;
                }

                break;
            }

            if (!TryWrap(w[k], head.Text, cells, wraps))
            {
                break;
            }

            last = k;
        }

        int leading = 0;
        if (head.Is(LineShape.Indented) && columns.Count > 0)
        {
            while (leading < columns.Count && columns[leading] + Tolerance < cells[0].Start)
            {
                leading++;
            }
        }
        else
        {
            columns.Clear();
            foreach ((int start, int _) in cells)
            {
                columns.Add(start);
            }
        }

        var row = new StringBuilder(head.Text.Length + 8);
        row.Append('\t', leading);
        for (int i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                row.Append('\t');
            }

            row.Append(head.Text, cells[i].Start, cells[i].Length);
            foreach ((int cell, string text, int start, int length) in wraps)
            {
                if (cell == i)
                {
                    // A word broken after its hyphen or slash ("Kantor-" / "Alat Tulis Kantor", "Instruktur/" /
                    // "Narasumber") joins without a space.
                    bool hyphen = row.Length > 1 && row[^1] is '-' or '/' && row[^2] != ' ';
                    (hyphen ? row : row.Append(' ')).Append(text, start, length);
                }
            }
        }

        string emitted = row.ToString();
        w.Emit(head.Line, emitted.Contains("Rp", StringComparison.OrdinalIgnoreCase) ? WithRpBesideAmounts(emitted) : emitted);
        return last + 1;
    }

    /// <summary>A sheet's <c>Rp</c> printed in a cell of its own, far left of its amount (<c>: Rp     13.450.000</c>), or
    /// one space after the amount before it (<c>600.000 Rp     600.000</c>): joined to the amount it belongs to.</summary>
    private static string WithRpBesideAmounts(string row)
    {
        var cells = new List<string>(row.Split('\t'));
        bool changed = false;
        for (int i = 0; i + 1 < cells.Count; i++)
        {
            string next = cells[i + 1].TrimStart();
            if (next.Length == 0 || !char.IsAsciiDigit(next[0]))
            {
                continue;
            }

            string cell = cells[i].TrimEnd();
            int rp = cell.EndsWith(" Rp", StringComparison.OrdinalIgnoreCase) || cell.EndsWith(":Rp", StringComparison.OrdinalIgnoreCase) ? cell.Length - 2
                : cell.EndsWith(" Rp.", StringComparison.OrdinalIgnoreCase) ? cell.Length - 3
                : cell.Equals("Rp", StringComparison.OrdinalIgnoreCase) || cell.Equals("Rp.", StringComparison.OrdinalIgnoreCase) ? 0 : -1;
            string before = rp < 0 ? string.Empty : cell[..rp].TrimEnd();
            if (rp < 0 || (before.Length > 0 && before != ":" && !char.IsAsciiDigit(before[^1])))
            {
                continue; // no Rp, or "Rp" after words: some text's, not an amount's
            }

            cells[i + 1] = cell[rp..] + " " + next;
            changed = true;
            if (before.Length == 0)
            {
                cells.RemoveAt(i--); // the Rp's own cell, now empty
            }
            else
            {
                cells[i] = before;
            }
        }

        return changed ? string.Join('\t', cells) : row;
    }

    /// <summary>Whether the line is an indicator kind and nothing else (<c>Keluaran</c>).</summary>
    private static bool IsKindAlone(SourceLine line)
    {
        if (!line.Is(LineShape.IndicatorKind) || line.Is(LineShape.Gapped))
        {
            return false;
        }

        System.ReadOnlySpan<char> text = line.Text.AsSpan().Trim();
        return RawLabels.TryMatchIndicatorKind(text, 0, out int end) && end == text.Length;
    }

    /// <summary>Whether an indented line is a group heading without amounts of its own, a <c>- </c> and a word
    /// (SIMDA's <c>- Honorarium Narasumber</c> under its rekening): a row of its own, never a wrapped cell.</summary>
    private static bool IsDashHeading(string text)
    {
        ReadOnlySpan<char> trimmed = text.AsSpan().Trim();
        return trimmed.Length >= 4 && trimmed.StartsWith("- ", StringComparison.Ordinal) && char.IsUpper(trimmed[2]) && trimmed.IndexOf("  ", StringComparison.Ordinal) < 0;
    }

    private static bool TryWrap(SourceLine line, string head, List<(int Start, int Length)> cells, List<(int Cell, string Text, int Start, int Length)> wraps)
    {
        if (!line.Is(LineShape.Indented) || line.IsAny(RowStart) || line.Cells > 2 || line.Lead <= cells[0].Start + Tolerance
            || IsDashHeading(line.Text))
        {
            return false;
        }

        List<(int Start, int Length)> pieces = Cells(line.Text);
        int first = wraps.Count;
        foreach ((int start, int length) in pieces)
        {
            int target = -1;
            for (int c = 1; c < cells.Count; c++)
            {
                if (Math.Abs(cells[c].Start - start) <= Tolerance)
                {
                    target = c;
                }
            }

            // A value under the row's last cell when that holds a value too (an indicator's target, "78 angka" under
            // "80 angka") is the next row's, whose first cell is merged with the row above: values do not wrap that way.
            (int lastStart, int lastLength) = cells[^1];
            bool nextValue = target == cells.Count - 1 && StartsWithDigit(line.Text.AsSpan(start, length))
                && StartsWithDigit(head.AsSpan(lastStart, lastLength));
            if (target < 0 || nextValue || IsNumber(line.Text.AsSpan(start, length)))
            {
                wraps.RemoveRange(first, wraps.Count - first);
                return false;
            }

            wraps.Add((target, line.Text, start, length));
        }

        return true;
    }

    /// <summary>Returns whether a cell starts with a digit, after an <c>Rp</c>.</summary>
    private static bool StartsWithDigit(ReadOnlySpan<char> cell)
    {
        cell = cell.StartsWith("Rp", StringComparison.OrdinalIgnoreCase) ? cell[2..].TrimStart(". ") : cell;
        return cell.Length > 0 && char.IsAsciiDigit(cell[0]);
    }

    /// <summary>Returns whether a cell holds only a number or an amount (a new row's value, never wrapped text).</summary>
    private static bool IsNumber(ReadOnlySpan<char> cell)
    {
        if (cell.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            cell = cell[2..];
        }

        foreach (char c in cell)
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or ',' or ' ' or '%' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits a line into its cells (runs of two or more spaces between them), each as its start column and
    /// length.</summary>
    public static List<(int Start, int Length)> Cells(string text)
    {
        var cells = new List<(int, int)>(4);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            int start = i;
            while (i < text.Length && !(text[i] == ' ' && (i + 1 == text.Length || text[i + 1] == ' ')))
            {
                i++;
            }

            cells.Add((start, i - start));
        }

        return cells;
    }
}
