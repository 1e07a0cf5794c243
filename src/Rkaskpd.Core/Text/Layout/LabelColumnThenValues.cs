using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// A column of labels, then the column of their values: an OCR (Tesseract's page segmentation) writes a form's header
/// as two text blocks, the labels one a line and then the <c>: value</c> lines (<c>Jumlah Tahun n-1</c> /
/// <c>Jumlah Tahun n</c> / <c>Jumlah Tahun n+1</c>, then <c>: Rp. 271.350.000,00 (...)</c> / <c>: Rp. ...</c> /
/// <c>: Rp. ...</c>). The labels pair with the values in order, each row at its label's line.
/// </summary>
/// <remarks>
/// <para>Between the labels may stand whole <c>Label : value</c> pairs (a field the OCR kept on one line, kept as
/// written) and up to two short stray lines of a wrapped value (a terbilang's <c>rupiah)</c> the OCR placed beside
/// the labels), which go to the first value whose bracket is still open; such a line among the values goes on the
/// value before it when that value's bracket is open.</para>
/// <para>Nothing is guessed beyond that: the values must follow the labels with nothing else between, and there must
/// be exactly as many of them as labels (a further <c>: value</c> line after them means another layout); otherwise
/// the lines are read as before.</para>
/// </remarks>
internal static class LabelColumnThenValues
{
    private const int MaxLabels = 6;

    private const int MaxPairs = 2;

    private const int MaxStrays = 2;

    private const int MaxStrayLength = 40;

    /// <summary>Pairs the label at the window's head, and the labels after it, with the values after them; returns the
    /// lines consumed or a window answer.</summary>
    public static int TryPair(LayoutWindow w)
    {
        if (!IsLabelAlone(w[0]))
        {
            return LayoutWindow.NotMine;
        }

        var labels = new List<int>(3) { 0 };
        var kept = new List<int>(1);
        var strays = new List<int>(1);
        List<int>? boxed = null;
        int k = 1;
        int first;
        while (true)
        {
            int next = w.NextNonBlank(k);
            if (next < 0)
            {
                return w.Missing();
            }

            SourceLine line = w[next];
            if (w.IsConsumed(next))
            {
                return LayoutWindow.NotMine;
            }

            if (line.Is(LineShape.ColonLead))
            {
                first = next;
                break;
            }

            if ((IsLabelAlone(line) || line.Is(LineShape.IndicatorKind)) && labels.Count < MaxLabels)
            {
                labels.Add(next);
            }
            else if (line.Is(LineShape.LabelPair) && kept.Count < MaxPairs)
            {
                kept.Add(next);
            }
            else if (IsStray(line) && strays.Count < MaxStrays)
            {
                strays.Add(next);
            }
            else if ((boxed?.Count ?? 0) < MaxStrays && Sections.RepeatedPageTitle.IsTitleBox(line.Text.Trim()))
            {
                (boxed ??= new List<int>(2)).Add(next); // the title box's lines plain pdftotext writes between the two columns ("Formulir")
            }
            else
            {
                return LayoutWindow.NotMine;
            }

            k = next + 1;
        }

        if (w[first].Is(LineShape.ColonOnly))
        {
            // A column of colons between the labels and the values (plain pdftotext of a SIPD header table).
            return kept.Count == 0 && strays.Count == 0 ? LabelColonValueColumns.TryPair(w, labels, first) : LayoutWindow.NotMine;
        }

        // An indicator kind among the labels only before a column of colons, or as the last label, whose value is then
        // its nested table (Capaian Program).
        int kinds = 0;
        foreach (int i in labels)
        {
            kinds += IsLabelAlone(w[i]) ? 0 : 1;
        }

        bool kindLast = kinds == 1 && w[labels[^1]].Is(LineShape.IndicatorKind);
        if (kinds > 0 && !kindLast)
        {
            return LayoutWindow.NotMine;
        }

        if (labels.Count == 1 && kept.Count == 0)
        {
            return LayoutWindow.NotMine; // a label over its value: one cell per line (OneCellPerLine), not two columns
        }

        var values = new List<string>(labels.Count);
        List<(int Line, string Text)>? tableRows = null;
        int end = first;
        while (true)
        {
            int next = w.NextNonBlank(end);
            if (next < 0)
            {
                if (!w.Final)
                {
                    return LayoutWindow.NeedMore;
                }

                break;
            }

            SourceLine value = w[next];
            if (w.IsConsumed(next))
            {
                break;
            }

            if (!value.Is(LineShape.ColonLead))
            {
                if (values.Count > 0 && Sections.RincianUraian.HasOpenBracket(values[^1]) && IsStray(value))
                {
                    values[^1] += " " + value.Text.Trim(); // the value's bracket closes on its next line
                    end = next + 1;
                    continue;
                }

                if (values.Count > 0 && values.Count < labels.Count && !value.IsAny(LineShape.Stop))
                {
                    int after = w.NextNonBlank(next + 1);
                    if (after < 0)
                    {
                        return w.Missing(); // the line after it tells whether it is the value's wrapped rest
                    }

                    if (w[after].Is(LineShape.ColonLead))
                    {
                        values[^1] += " " + value.Text.Trim(); // a long value wrapped onto the line under it
                        end = next + 1;
                        continue;
                    }
                }

                break;
            }

            if (values.Count == labels.Count)
            {
                return LayoutWindow.NotMine; // more values than labels: another layout
            }

            if (value.Is(LineShape.ColonOnly))
            {
                // The last label's value is a nested table after the colon (SIPD's Capaian Program, Keluaran Sub
                // Kegiatan), written with its targets before its measures; anything else is another layout.
                int table = w.NextNonBlank(next + 1);
                if (values.Count != labels.Count - 1 || table < 0)
                {
                    return table < 0 ? w.Missing() : LayoutWindow.NotMine;
                }

                tableRows = new List<(int Line, string Text)>(3);
                int read = LabelColonValueColumns.TryTargetsFirstTable(w, table, w[labels[^1]], tableRows);
                if (read <= 0)
                {
                    return read;
                }

                values.Add(string.Empty);
                end = read;
                break;
            }

            values.Add(value.Text.Trim()[1..].Trim());
            end = next + 1;
        }

        if (values.Count != labels.Count || (kindLast && tableRows is null))
        {
            return LayoutWindow.NotMine;
        }

        var unplaced = new List<int>(0);
        foreach (int stray in strays)
        {
            int open = values.FindIndex(static v => Sections.RincianUraian.HasOpenBracket(v));
            if (open >= 0)
            {
                values[open] += " " + w[stray].Text.Trim();
            }
            else
            {
                unplaced.Add(stray);
            }
        }

        // The rows in the lines' order: each label with its value, the whole pairs as written, strays not placed.
        var rows = new List<(int At, string Text)>(labels.Count + kept.Count + strays.Count);
        for (int i = 0; i < labels.Count - (tableRows is null ? 0 : 1); i++)
        {
            rows.Add((labels[i], w[labels[i]].Text.Trim() + " : " + values[i]));
        }

        foreach (int pair in kept)
        {
            rows.Add((pair, w[pair].Text.Trim()));
        }

        foreach (int stray in unplaced)
        {
            rows.Add((stray, w[stray].Text.Trim()));
        }

        rows.Sort((a, b) => a.At.CompareTo(b.At));
        foreach (int box in boxed ?? [])
        {
            w.Emit(w[box].Line, w[box].Text.Trim());
        }

        foreach ((int at, string text) in rows)
        {
            w.Emit(w[at].Line, text);
        }

        foreach ((int line, string text) in tableRows ?? [])
        {
            w.Emit(line, text);
        }

        return end;
    }

    /// <summary>A known header or amount label alone on its line (no indicator kind, KAK heading or structural line),
    /// or an amount label whose year an OCR garbled (<c>Jumlah Tahun n #1</c>: a few characters after it, no letter).</summary>
    internal static bool IsLabelAlone(SourceLine line)
    {
        if (line.IsAny(LineShape.IndicatorKind | LineShape.KakHeadingLead | LineShape.Structural | LineShape.ColonLead))
        {
            return false;
        }

        if (line.Is(LineShape.Label))
        {
            return true;
        }

        ReadOnlySpan<char> text = line.Text.AsSpan().Trim();
        if (!RawLabels.TryMatchAmountLabel(text, 0, out int end))
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[end..].Trim();
        return rest.Length is > 0 and <= 3 && rest.IndexOfAny(':', '\t') < 0 && !Sections.ScanText.HasLetter(rest);
    }

    /// <summary>A short line that is no label, pair or colon line and looks like the end of a wrapped value: it starts
    /// in lower case or closes a bracket (<c>rupiah)</c>).</summary>
    private static bool IsStray(SourceLine line)
    {
        string text = line.Text.Trim();
        return text.Length is > 0 and <= MaxStrayLength && !line.IsAny(LineShape.Stop) && !text.Contains(':', StringComparison.Ordinal)
            && (char.IsLower(text[0]) || text[^1] == ')');
    }
}
