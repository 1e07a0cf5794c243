using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// The indicator table of layout family 2, one cell per line: the header cells <c>INDIKATOR</c> /
/// <c>TOLAK UKUR KINERJA</c> / <c>TARGET KINERJA</c> become one tab row, and each row's cells (the kind, the tolok ukur
/// on one or more lines, the target) become one tab row <c>MASUKAN⇥Jumlah Dana⇥Rp. 41.542.500</c>.
/// </summary>
/// <remarks>The target is the row's last line when it looks like a target (a number, an amount or a relation such as
/// <c>&lt; 17</c>); the lines before it are the tolok ukur, joined by single spaces. Under a kind cell that spans two
/// rows or more, a line that is a target alone (<c>55 unit</c>) followed by a line starting with a capital that is no
/// target ends a row there, and the next row gets an empty kind cell, as a tab table writes such rows; a kind alone
/// after the last such row that heads no row of its own (plain <c>pdftotext</c> may write a kind cell after the cells
/// on its baseline) is that row's kind.</remarks>
internal static class IndicatorCells
{
    private const int MaxRowLines = 8;

    /// <summary>Joins the indicator table's header cells at the window's head; returns the lines consumed or a window
    /// answer.</summary>
    public static int TryHeader(LayoutWindow w)
    {
        string head = w[0].Text.Trim();
        if (!RawLabels.TryMatchWords(head, 0, "Indikator", out int end) || end != head.Length)
        {
            return LayoutWindow.NotMine;
        }

        int second = w.NextNonBlank(1);
        if (second < 0)
        {
            return w.Missing();
        }

        string measure = w[second].Text.Trim();
        if (!w[second].Is(LineShape.Short) || !measure.Contains("Ukur", StringComparison.OrdinalIgnoreCase))
        {
            return LayoutWindow.NotMine;
        }

        int third = w.NextNonBlank(second + 1);
        if (third < 0)
        {
            return w.Missing();
        }

        string target = w[third].Text.Trim();
        if (!w[third].Is(LineShape.Short) || !RawLabels.TryMatchWords(target, 0, "Target", out _))
        {
            return LayoutWindow.NotMine;
        }

        w.Emit(w[0].Line, head + "\t" + measure + "\t" + target);
        return third + 1;
    }

    /// <summary>Joins the cells of the indicator row whose kind is at the window's head; returns the lines consumed or
    /// a window answer.</summary>
    public static int TryRow(LayoutWindow w) => TryRow(w, w[0].Text.Trim(), 1);

    /// <summary>Joins the cells of the indicator row whose kind is wrapped over the window's first two lines in its
    /// narrow column (<c>Capaian</c> / <c>Program</c>); returns the lines consumed or a window answer.</summary>
    public static int TryWrappedKindRow(LayoutWindow w)
    {
        if (w.Count < 2)
        {
            return w.Missing();
        }

        if (w.IsConsumed(1) || w[0].Is(LineShape.IndicatorKind) || !w[1].Is(LineShape.Short))
        {
            return LayoutWindow.NotMine;
        }

        string kind = w[0].Text.Trim() + " " + w[1].Text.Trim();
        return RawLabels.TryMatchIndicatorKind(kind, 0, out int end) && end == kind.Length ? TryRow(w, kind, 2) : LayoutWindow.NotMine;
    }

    /// <summary>Joins the cells of the indicator row whose kind, <paramref name="kind"/>, takes the window's first
    /// <paramref name="kindLines"/> lines.</summary>
    private static int TryRow(LayoutWindow w, string kind, int kindLines)
    {
        var pieces = new List<string>(3);
        var lines = new List<int>(3);
        int last = kindLines - 1;
        int k = kindLines;
        while (pieces.Count < MaxRowLines)
        {
            int next = w.NextNonBlank(k);
            if (next < 0)
            {
                if (!w.Final)
                {
                    return LayoutWindow.NeedMore;
                }

                break;
            }

            bool? ends = EndsRow(w, next);
            if (ends is null)
            {
                return LayoutWindow.NeedMore;
            }

            if (ends.Value)
            {
                break;
            }

            SourceLine cell = w[next];
            pieces.Add(cell.Text.Trim());
            lines.Add(cell.Line);
            last = next;
            k = next + 1;
        }

        if (pieces.Count == 0)
        {
            return LayoutWindow.NotMine;
        }

        int trailingAt = TrailingKind(w, last + 1, out string? trailing);
        if (trailingAt == LayoutWindow.NeedMore)
        {
            return LayoutWindow.NeedMore; // asked before any row is emitted
        }

        int first = 0;
        if (pieces.Count >= 4 && LineClassifier.LooksLikeTarget(pieces[^1]))
        {
            // Two or more rows under one kind cell (a rowspan): a tolok ukur, its target, then the next tolok ukur (a
            // capital first, no target itself) and its target. Each row ends at its target.
            for (int i = 1; i < pieces.Count - 2; i++)
            {
                if (Sections.IndicatorTargetText.IsTargetAlone(pieces[i]) && char.IsUpper(pieces[i + 1][0])
                    && !LineClassifier.LooksLikeTarget(pieces[i + 1]))
                {
                    w.Emit(first == 0 ? w[0].Line : lines[first], (first == 0 ? kind : string.Empty) + "\t"
                        + string.Join(' ', pieces.GetRange(first, i - first)) + "\t" + pieces[i]);
                    first = i + 1;
                }
            }

            if (first > 0)
            {
                pieces.RemoveRange(0, first);
            }
        }

        string target = string.Empty;
        int measureCount = pieces.Count;
        if (LineClassifier.LooksLikeTarget(pieces[^1]) && (pieces.Count > 1 || !HasLetters(pieces[0])))
        {
            target = pieces[^1];
            measureCount--;
        }

        string measure = string.Join(' ', pieces.GetRange(0, measureCount));
        if (target.Length == 0 && first == 0 && measureCount > 0 && kind.StartsWith("Masukan", StringComparison.OrdinalIgnoreCase))
        {
            int money = LateMoney(w, last + 1);
            if (money == LayoutWindow.NeedMore)
            {
                return LayoutWindow.NeedMore; // asked before any row is emitted
            }

            if (money > 0)
            {
                target = w[money].Text.Trim();
                w.Consume(money);
            }
        }

        string rowKind = first == 0 ? kind : string.Empty;
        if (first > 0 && trailing is not null)
        {
            // pdftotext's reading order may write a row's kind cell after the row's other cells (they share a
            // baseline): a kind alone that heads no row of its own is the kind of the last row above it.
            rowKind = trailing;
            last = trailingAt;
        }

        w.Emit(first == 0 ? w[0].Line : lines[first], rowKind + "\t" + measure + "\t" + target);
        return last + 1;
    }

    /// <summary>Whether the line at <paramref name="k"/> ends an indicator row (a line that starts something else, or
    /// a short line followed by a colon line: the next header field); null when the window holds too few lines to
    /// tell.</summary>
    private static bool? EndsRow(LayoutWindow w, int k)
    {
        SourceLine cell = w[k];
        if (cell.IsAny(LineShape.Stop & ~LineShape.Blank) || IsFlatRow(cell.Text))
        {
            return true;
        }

        if (cell.Is(LineShape.Short))
        {
            int after = w.NextNonBlank(k + 1);
            if (after < 0 && !w.Final)
            {
                return null;
            }

            return after >= 0 && w[after].Is(LineShape.ColonLead);
        }

        return false;
    }

    /// <summary>Whether a line is a whole indicator row of its own, flattened onto one line: a kind, then a tolok ukur
    /// and a target (<c>Masukan Dana yang dibutuhkan Rp. 70.000.000,00</c>, <c>Keluaran Jumlah SDM ... 60 Orang</c>),
    /// as an OCR or a document site writes the rows after a first one written cell by cell.</summary>
    private static bool IsFlatRow(string line)
    {
        string text = line.Trim();
        if (!RawLabels.TryMatchIndicatorKind(text, 0, out int end) || end >= text.Length || text[end] != ' ')
        {
            return false;
        }

        string rest = text[(end + 1)..].TrimStart();
        return rest.Length > 0 && Sections.IndicatorTargetText.TargetStart(rest) is > 0 and int start && start < rest.Length;
    }

    /// <summary>Finds, at the first line from <paramref name="from"/> that is not blank, an indicator kind alone
    /// (<c>Hasil</c>) that heads no row: the table ends right after it. Returns its index (and the kind), nothing when there
    /// is none (<see cref="LayoutWindow.NotMine"/>: the kind is never the window's head), or
    /// <see cref="LayoutWindow.NeedMore"/>.</summary>
    private static int TrailingKind(LayoutWindow w, int from, out string? kind)
    {
        kind = null;
        int k = w.NextNonBlank(from);
        if (k < 0)
        {
            return w.Final ? LayoutWindow.NotMine : LayoutWindow.NeedMore;
        }

        string text = w[k].Text.Trim();
        if (!w[k].Is(LineShape.IndicatorKind) || !RawLabels.TryMatchIndicatorKind(text, 0, out int end) || end != text.Length)
        {
            return LayoutWindow.NotMine;
        }

        int next = w.NextNonBlank(k + 1);
        if (next < 0 && !w.Final)
        {
            return LayoutWindow.NeedMore;
        }

        bool? ends = next < 0 ? true : EndsRow(w, next);
        if (ends is null)
        {
            return LayoutWindow.NeedMore;
        }

        if (ends.Value)
        {
            kind = text;
            return k;
        }

        return LayoutWindow.NotMine;
    }

    /// <summary>Finds a Masukan row's amount that plain pdftotext wrote after a later row of the table (<c>Hasil</c> /
    /// its measure / <c>20 %</c> / <c>Rp 117.687.000,00</c>): an <c>Rp</c> amount alone right after a target alone, before
    /// the table ends. Returns its index, <see cref="LayoutWindow.NotMine"/> when there is none, or
    /// <see cref="LayoutWindow.NeedMore"/>.</summary>
    private static int LateMoney(LayoutWindow w, int from)
    {
        int previous = -1;
        for (int k = w.NextNonBlank(from); ; k = w.NextNonBlank(k + 1))
        {
            if (k < 0)
            {
                return w.Final ? LayoutWindow.NotMine : LayoutWindow.NeedMore;
            }

            SourceLine line = w[k];
            ReadOnlySpan<char> text = line.Text.AsSpan().Trim();
            if (line.IsAny(LineShape.Stop & ~LineShape.Blank & ~LineShape.IndicatorKind))
            {
                return LayoutWindow.NotMine;
            }

            if (text.StartsWith("Rp", StringComparison.OrdinalIgnoreCase) && LineClassifier.LooksLikeTarget(text))
            {
                return previous >= 0 && Sections.IndicatorTargetText.IsTargetAlone(w[previous].Text.Trim()) ? k : LayoutWindow.NotMine;
            }

            previous = k;
        }
    }

    private static bool HasLetters(string text)
    {
        int letters = 0;
        foreach (char c in text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        // "100 %", "Rp. 41.542.500" and "17 Puskesmas" are targets; a measure has more words.
        return letters > 12;
    }
}
