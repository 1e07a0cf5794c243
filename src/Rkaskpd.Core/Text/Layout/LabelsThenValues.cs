using System;
using System.Collections.Generic;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Layout family 4, labels line then values line: <c>Urusan Unit Organisasi</c> followed by
/// <c>: 1.02 Kesehatan : 1.02.0.00.0.00.01.0000 Dinas ...</c> becomes one <c>Label : value</c> row per label.
/// </summary>
/// <remarks>
/// <para>When the values line has one colon-led value per label, they pair in order. When it has only colons
/// (<c>: : : : :</c>), the values come on a later line within the window (after other labels and blank lines, as
/// spreadsheet exports print them) and may run together; they are then split at their codes
/// (<see cref="CodeSegments"/>) and given in order to the labels that carry a code.</para>
/// <para>Nothing is guessed beyond that: a label left without a value and a value left without a label are each
/// reported (<c>RKA015</c>) and the value's text is kept on a row of its own.</para>
/// </remarks>
internal static class LabelsThenValues
{
    /// <summary>Pairs the labels line at the window's head with its values; returns the lines consumed or a window
    /// answer.</summary>
    public static int TryPair(LayoutWindow w)
    {
        List<(string Text, HeaderFieldKind? Kind)> labels = Labels(w[0].Text.Trim());
        int valuesAt = w.NextNonBlank(1);
        if (valuesAt < 0)
        {
            return w.Missing();
        }

        SourceLine values = w[valuesAt];
        if (!values.Is(LineShape.ColonLead))
        {
            return LayoutWindow.NotMine;
        }

        int line = w[0].Line;
        if (!values.Is(LineShape.ColonOnly))
        {
            string[] segments = values.Text.Trim()[1..].Split(':', StringSplitOptions.TrimEntries);
            if (segments.Length == labels.Count)
            {
                for (int i = 0; i < labels.Count; i++)
                {
                    w.Emit(line, labels[i].Text + " : " + segments[i]);
                }
            }
            else
            {
                PairByCodes(w, line, labels, string.Join(' ', segments), values.Line);
            }

            return valuesAt + 1;
        }

        // Only colons: the values are on a later line that starts with a code.
        for (int j = valuesAt + 1; j < w.Count; j++)
        {
            SourceLine candidate = w[j];
            if (w.IsConsumed(j) || candidate.Is(LineShape.Blank))
            {
                continue;
            }

            if (candidate.Is(LineShape.CodeLead))
            {
                PairByCodes(w, line, labels, candidate.Text.Trim(), candidate.Line);
                w.Consume(valuesAt);
                w.Consume(j);
                return 1;
            }

            if (candidate.IsAny(LineShape.ColonLead | LineShape.Label | LineShape.Short))
            {
                // Other labels and their colons sit between a labels line and its values in spreadsheet exports.
                continue;
            }

            break;
        }

        if (!w.Final)
        {
            return LayoutWindow.NeedMore;
        }

        w.Note(line, TextReaderMessages.LayoutUnpaired, TextReaderMessages.LabelsWithoutValues(w[0].Text.Trim()));
        return LayoutWindow.NotMine;
    }

    private static void PairByCodes(LayoutWindow w, int line, List<(string Text, HeaderFieldKind? Kind)> labels, string text, int valuesLine)
    {
        List<string> pieces = CodeSegments.Split(text, out string leading);
        int next = 0;
        foreach ((string label, HeaderFieldKind? kind) in labels)
        {
            if (kind is HeaderFieldKind coded && RawLabels.HasCode(coded) && next < pieces.Count)
            {
                w.Emit(line, label + " : " + pieces[next++]);
            }
            else
            {
                w.Note(line, TextReaderMessages.LayoutUnpaired, TextReaderMessages.LabelWithoutValue(label, valuesLine));
            }
        }

        if (leading.Length > 0)
        {
            w.Note(valuesLine, TextReaderMessages.LayoutUnpaired, TextReaderMessages.ValueWithoutLabel(leading));
            w.Emit(valuesLine, leading);
        }

        for (; next < pieces.Count; next++)
        {
            w.Note(valuesLine, TextReaderMessages.LayoutUnpaired, TextReaderMessages.ValueWithoutLabel(pieces[next]));
            w.Emit(valuesLine, pieces[next]);
        }
    }

    private static List<(string Text, HeaderFieldKind? Kind)> Labels(string t)
    {
        var labels = new List<(string, HeaderFieldKind?)>(6);
        int p = 0;
        while (p < t.Length)
        {
            int end;
            HeaderFieldKind? kind = null;
            if (RawLabels.TryMatchHeaderLabel(t, p, out HeaderFieldKind field, out end))
            {
                kind = field;
            }
            else if (!RawLabels.TryMatchAmountLabel(t, p, out end))
            {
                break;
            }

            labels.Add((t[p..end], kind));
            p = end;
            while (p < t.Length && RawLabels.IsSpace(t[p]))
            {
                p++;
            }
        }

        return labels;
    }
}
