using System;
using System.Collections.Generic;
using System.Text;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Layout family 2, one cell per line: a label on one line, then (after any blank lines) <c>:</c> alone or
/// <c>: value</c>, then the value's further lines, become one <c>Label : value</c> row.
/// </summary>
/// <remarks>
/// <para>The value runs over the following lines until a blank line or a line that starts something else: a known
/// label or heading, a section start, a table row, another colon line, or an unknown label (a short line followed by a
/// colon line, such as <c>NIP</c> or <c>NO DPA SKPD</c>). Blank lines may sit only between the label, the colon and
/// the value's first line.</para>
/// <para>An amount label (<c>Jumlah Tahun 2020</c>, <c>JUMLAH ANGGARAN</c>) takes a value only when its first line
/// looks like an amount (<c>Rp.</c>, <c>250.000.000,00 ( ... )</c>); up to two lines of other text before it are
/// emitted as rows of their own after the amount's row, so the scanner reports them instead of reading them as the
/// amount. A KAK heading keeps its text's line breaks: the value's first line
/// goes on the heading's row and each further line on its own continuation row (an empty first cell).</para>
/// </remarks>
internal static class OneCellPerLine
{
    /// <summary>The most lines one value may span.</summary>
    public const int MaxValueLines = 12;

    /// <summary>Joins the label at the window's head with its value; returns the lines consumed or a window answer.</summary>
    public static int TryJoin(LayoutWindow w)
    {
        int colonAt = w.NextNonBlank(1);
        if (colonAt < 0)
        {
            return w.Missing();
        }

        SourceLine colonLine = w[colonAt];
        if (!colonLine.Is(LineShape.ColonLead) || ColonCount(colonLine.Text) > 1 && colonLine.Is(LineShape.ColonOnly))
        {
            return LayoutWindow.NotMine;
        }

        string label = w[0].Text.Trim();
        bool amount = RawLabels.TryMatchAmountLabel(label, 0, out int end) && end == label.Length;
        bool kak = RawLabels.TryMatchKakHeading(label, 0, out _, out end) && end == label.Length;
        bool codeField = RawLabels.TryMatchHeaderLabel(label, 0, out HeaderFieldKind field, out end) && end == label.Length
            && RawLabels.HasCode(field);
        bool output = field == HeaderFieldKind.KeluaranSubKegiatan && end == label.Length;
        var pieces = new List<(int Line, string Text)>(2);
        string first = colonLine.Text.Trim()[1..].Trim();
        if (first.Length > 0)
        {
            pieces.Add((colonLine.Line, first));
        }

        int last = colonAt;
        int k = colonAt + 1;
        var skipped = new List<(int Line, string Text)>(0);
        while (pieces.Count < MaxValueLines)
        {
            int next = pieces.Count == 0 || MayCrossBlank(pieces, amount, codeField) || output ? w.NextNonBlank(k) : k;
            if (next < 0 || next >= w.Count)
            {
                if (!w.Final)
                {
                    return LayoutWindow.NeedMore;
                }

                break;
            }

            SourceLine value = w[next];
            if (value.IsAny(LineShape.Stop) || w.IsConsumed(next))
            {
                break;
            }

            if (value.Is(LineShape.Short))
            {
                // A short line followed by a colon line is the next label, not part of this value.
                int after = w.NextNonBlank(next + 1);
                if (after < 0 && !w.Final)
                {
                    return LayoutWindow.NeedMore;
                }

                if (after >= 0 && w[after].Is(LineShape.ColonLead))
                {
                    break;
                }
            }

            string text = value.Text.Trim();
            if (output && next > k && pieces.Count > 0)
            {
                // SIPD's Keluaran Sub Kegiatan is a tolok ukur and its target, two cells: the target alone after a
                // blank line ("60 Orang") ends the value; nothing else after a blank line goes on it.
                if (Sections.IndicatorTargetText.IsTargetAlone(text))
                {
                    pieces.Add((value.Line, text));
                    last = next;
                }

                break;
            }

            if (next > k && pieces.Count > 0 && amount && HasDigit(pieces) && text[0] != '(')
            {
                break; // after a blank line, only the amount's terbilang in brackets goes on its value
            }

            if (amount && pieces.Count == 0 && !LineClassifier.LooksLikeAmount(text))
            {
                // Text before the amount (a shifted cell such as a sumber dana) is kept as a row of its own.
                if (skipped.Count >= 2)
                {
                    break;
                }

                skipped.Add((value.Line, text));
                k = next + 1;
                continue;
            }

            pieces.Add((value.Line, text));
            last = next;
            k = next + 1;
        }

        if (pieces.Count == 0)
        {
            skipped.Clear();
        }

        int shifted = amount || kak ? 0 : ShiftedCells.Leading(label, pieces);
        Emit(w, w[0].Line, label, shifted == 0 ? pieces : pieces.GetRange(shifted, pieces.Count - shifted), kak);
        if (shifted > 0)
        {
            // A blank row first, so that the shifted cells are reported rather than appended to the field again.
            w.Emit(pieces[0].Line, string.Empty);
            for (int i = 0; i < shifted; i++)
            {
                w.Emit(pieces[i].Line, pieces[i].Text);
            }
        }

        foreach ((int line, string text) in skipped)
        {
            w.Emit(line, text);
        }

        return pieces.Count == 0 ? colonAt + 1 : last + 1;
    }

    /// <summary>Whether the value's next line may come after blank lines, as plain <c>pdftotext</c> sets a report's
    /// fields apart: after <c>: Rp.</c> the amount, after the amount its <c>(terbilang)</c>, after a code field's
    /// <c>: 1.07 . 1.07.01</c> the name.</summary>
    private static bool MayCrossBlank(List<(int Line, string Text)> pieces, bool amount, bool codeField)
    {
        if (amount)
        {
            // "Rp." (the amount follows) or the amount (its terbilang may).
            foreach ((int _, string text) in pieces)
            {
                if (!LineClassifier.LooksLikeAmount(text))
                {
                    return false;
                }
            }

            return true;
        }

        return codeField && pieces.Count == 1 && IsCodeOnly(pieces[0].Text);
    }

    /// <summary>Whether a value is a code and nothing else (<c>1.07 . 1.07.01 . 15</c>, <c>1 . 07</c>).</summary>
    private static bool IsCodeOnly(string text)
    {
        bool digit = false;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (c is not '.' and not ' ')
            {
                return false;
            }
        }

        return digit;
    }

    private static bool HasDigit(List<(int Line, string Text)> pieces) =>
        pieces.Exists(static piece => piece.Text.AsSpan().ContainsAnyInRange('0', '9'));

    /// <summary>Counts the colons of a line.</summary>
    public static int ColonCount(string text)
    {
        int count = 0;
        foreach (char c in text)
        {
            count += c == ':' ? 1 : 0;
        }

        return count;
    }

    private static void Emit(LayoutWindow w, int line, string label, List<(int Line, string Text)> pieces, bool kak)
    {
        if (pieces.Count == 0)
        {
            w.Emit(line, label + " :");
            return;
        }

        if (kak)
        {
            w.Emit(line, label + " : " + pieces[0].Text);
            for (int i = 1; i < pieces.Count; i++)
            {
                w.Emit(pieces[i].Line, "\t" + pieces[i].Text);
            }

            return;
        }

        var row = new StringBuilder(label.Length + 3 + (pieces.Count * 32));
        row.Append(label).Append(" :");
        foreach ((int _, string text) in pieces)
        {
            row.Append(' ').Append(text);
        }

        w.Emit(line, row.ToString());
    }
}
