using System;

namespace Rkaskpd.Text.Layout;

/// <summary>Computes the <see cref="LineShape"/> of a source line in one pass plus a few anchored label matches, so
/// the layout stage decides on flags and never re-reads a line while it waits for the next ones.</summary>
internal static class LineClassifier
{
    /// <summary>The longest line taken for a label (one cell of the one-cell-per-line layout).</summary>
    public const int MaxLabelLength = 80;

    /// <summary>The longest line searched for several labels (a labels line).</summary>
    private const int MaxLabelsLineLength = 400;

    /// <summary>The longest line searched for merged pairs (several forms' worth of header fields and amounts).</summary>
    private const int MaxMergedLineLength = 8000;

    /// <summary>Classifies <paramref name="text"/> read at <paramref name="line"/>.</summary>
    public static SourceLine Classify(string text, int line)
    {
        ReadOnlySpan<char> s = text;
        int lead = 0;
        while (lead < s.Length && char.IsWhiteSpace(s[lead]))
        {
            lead++;
        }

        if (lead == s.Length)
        {
            return new SourceLine(line, text, LineShape.Blank, lead, 0);
        }

        if (s.Contains('\t'))
        {
            return new SourceLine(line, text, LineShape.Tab, lead, 1);
        }

        ReadOnlySpan<char> t = s[lead..].TrimEnd();
        LineShape shape = LineShape.None;
        if (lead >= 2)
        {
            shape |= LineShape.Indented;
        }

        int cells = CountCells(t);
        if (cells > 1)
        {
            shape |= LineShape.Gapped;
        }

        int colon = t.IndexOf(':');
        if (colon == 0)
        {
            shape |= LineShape.ColonLead;
            if (t.TrimStart(": ").IsEmpty)
            {
                shape |= LineShape.ColonOnly;
            }
        }
        else if (colon < 0)
        {
            shape |= ClassifyWithoutColon(t);
        }
        else if (MergedPairs.IsPairAt(t, 0))
        {
            shape |= LineShape.LabelPair;
            if (t.Length <= MaxMergedLineLength && t[(colon + 1)..].Contains(':') && MergedPairs.CountSplits(t) > 0)
            {
                shape |= LineShape.Merged;
            }
        }

        if (char.IsAsciiDigit(t[0]) && LooksLikeCode(t))
        {
            shape |= LineShape.CodeLead;
        }

        if (RawLabels.IsSectionStart(t) || Sections.SignaturePlaceAndDate.IsPlaceAndDate(t))
        {
            // A place and date ("Sukamaju, 12 Oktober 2022") opens the signature block: it ends any value above it.
            shape |= LineShape.Structural;
        }

        if (RawLabels.TryMatchKakHeading(t, 0, out _, out _))
        {
            shape |= LineShape.KakHeadingLead;
        }

        return new SourceLine(line, text, shape, lead, cells);
    }

    /// <summary>Returns whether a trimmed cell looks like an amount (<c>Rp</c>, <c>1.234</c>, <c>32 500 000</c>,
    /// <c>0</c>), not a code (<c>1.02</c>).</summary>
    public static bool LooksLikeAmount(ReadOnlySpan<char> t)
    {
        if (t.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        int digits = 0;
        while (digits < t.Length && char.IsAsciiDigit(t[digits]))
        {
            digits++;
        }

        if (digits == 0)
        {
            return false;
        }

        if (digits == t.Length || t[digits] is ' ' or '(')
        {
            return true;
        }

        if (t[digits] is not ('.' or ','))
        {
            return false;
        }

        int n = 0;
        while (digits + 1 + n < t.Length && char.IsAsciiDigit(t[digits + 1 + n]))
        {
            n++;
        }

        // A thousands group (1.234, 1,234) or a decimal comma with sen (8,00).
        int after = digits + 1 + n;
        return n == 3 || (t[digits] == ',' && n == 2 && (after == t.Length || t[after] is ' ' or '('));
    }

    /// <summary>Returns whether a trimmed cell looks like an indicator target: a number, an amount or a relation.</summary>
    public static bool LooksLikeTarget(ReadOnlySpan<char> t) =>
        !t.IsEmpty && (char.IsAsciiDigit(t[0]) || t[0] is '<' or '>' or '≤' or '≥' || t.StartsWith("Rp", StringComparison.OrdinalIgnoreCase));

    /// <summary>Counts the cells of a trimmed line separated by runs of two or more spaces.</summary>
    public static int CountCells(ReadOnlySpan<char> t)
    {
        int cells = 1;
        int i = t.IndexOf("  ", StringComparison.Ordinal);
        while (i >= 0)
        {
            cells++;
            int j = i;
            while (j < t.Length && t[j] == ' ')
            {
                j++;
            }

            int next = t[j..].IndexOf("  ", StringComparison.Ordinal);
            i = next < 0 ? -1 : j + next;
        }

        return cells;
    }

    private static LineShape ClassifyWithoutColon(ReadOnlySpan<char> t)
    {
        LineShape shape = LineShape.None;
        if (t.Length <= MaxLabelLength)
        {
            shape |= LineShape.Short;
            if (IsWholeLabel(t))
            {
                shape |= LineShape.Label;
            }

            if (RawLabels.TryMatchIndicatorKind(t, 0, out int end) && end == t.Length)
            {
                shape |= LineShape.IndicatorKind;
            }
        }

        if (t.Length <= MaxLabelsLineLength && CountLabels(t) >= 2)
        {
            shape |= LineShape.LabelsLine;
        }

        return shape;
    }

    private static bool IsWholeLabel(ReadOnlySpan<char> t) =>
        (RawLabels.TryMatchHeaderLabel(t, 0, out _, out int end) && end == t.Length)
        || (RawLabels.TryMatchAmountLabel(t, 0, out end) && end == t.Length)
        || (RawLabels.TryMatchKakHeading(t, 0, out _, out end) && end == t.Length);

    /// <summary>Counts the header and amount labels that make up the whole of <paramref name="t"/>; 0 when anything else is there.</summary>
    public static int CountLabels(ReadOnlySpan<char> t)
    {
        int count = 0;
        int p = 0;
        while (p < t.Length)
        {
            if (!RawLabels.TryMatchHeaderLabel(t, p, out _, out int end) && !RawLabels.TryMatchAmountLabel(t, p, out end))
            {
                return 0;
            }

            count++;
            p = end;
            while (p < t.Length && RawLabels.IsSpace(t[p]))
            {
                p++;
            }
        }

        return count;
    }

    /// <summary>Returns whether a trimmed line starts with a code token: digits and dots with at least one dot
    /// (<c>1.02</c>, <c>1.02.01</c>, <c>5.2.2.01.01</c>), ended by a space or the line's end, and not an amount whose
    /// groups after the first all have three digits (<c>41.542.500</c>).</summary>
    public static bool LooksLikeCode(ReadOnlySpan<char> t)
    {
        int i = 0;
        while (i < t.Length && (char.IsAsciiDigit(t[i]) || t[i] == '.'))
        {
            i++;
        }

        if (i < t.Length && t[i] != ' ')
        {
            return false;
        }

        ReadOnlySpan<char> token = t[..i].TrimEnd('.');
        if (token.IndexOf('.') < 0)
        {
            return false;
        }

        int groups = 0;
        bool thousands = true;
        foreach (Range range in token.Split('.'))
        {
            if (groups > 0 && token[range].Length != 3)
            {
                thousands = false;
            }

            groups++;
        }

        return !thousands;
    }
}
