using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Layout family 3, merged lines: several <c>Label : value</c> pairs on one line
/// (<c>Urusan Pemerintahan : 2.07 . 2.07 Pemberdayaan ... Organisasi : 2.07 . 2.07.01 KECAMATAN ... Program : ...</c>)
/// become one row per pair. A line is split only before a known header or amount label (<see cref="RawLabels"/>) that
/// starts a word and is followed by a colon, and only when the line itself starts with such a pair, so a colon inside
/// a value (<c>Maksud : ... Tujuan : ...</c>) never splits it.
/// </summary>
internal static class MergedPairs
{
    /// <summary>Counts the places where a trimmed line splits into further pairs (0: not a merged line).</summary>
    public static int CountSplits(ReadOnlySpan<char> t)
    {
        if (!IsPairAt(t, 0))
        {
            return 0;
        }

        int count = 0;
        int p = NextSplit(t, 0);
        while (p < t.Length)
        {
            count++;
            p = NextSplit(t, p);
        }

        return count;
    }

    /// <summary>Emits one row per pair of the merged line <paramref name="source"/>.</summary>
    public static void Split(SourceLine source, List<LogicalRow> output)
    {
        string text = source.Text.Trim();
        ReadOnlySpan<char> t = text;
        int start = 0;
        int p = NextSplit(t, 0);
        while (p < t.Length)
        {
            output.Add(new LogicalRow(source.Line, text[start..p].TrimEnd()));
            start = p;
            p = NextSplit(t, p);
        }

        output.Add(new LogicalRow(source.Line, text[start..]));
    }

    /// <summary>Returns where the pair after the one starting at <paramref name="pair"/> starts (past that pair's
    /// label and colon); the line's length when none does.</summary>
    private static int NextSplit(ReadOnlySpan<char> t, int pair)
    {
        IsPairAt(t, pair, out int colon);
        for (int p = colon + 1; p < t.Length; p++)
        {
            if (RawLabels.IsSpace(t[p - 1]) && char.IsLetter(t[p]) && IsPairAt(t, p, out _))
            {
                return p;
            }
        }

        return t.Length;
    }

    /// <summary>Returns whether a known header or amount label followed by a colon starts at <paramref name="p"/>.</summary>
    public static bool IsPairAt(ReadOnlySpan<char> t, int p) => IsPairAt(t, p, out _);

    private static bool IsPairAt(ReadOnlySpan<char> t, int p, out int colon)
    {
        colon = p;
        if (!RawLabels.TryMatchHeaderLabel(t, p, out _, out int end) && !RawLabels.TryMatchAmountLabel(t, p, out end))
        {
            return false;
        }

        while (end < t.Length && RawLabels.IsSpace(t[end]))
        {
            end++;
        }

        colon = end;
        return end < t.Length && t[end] == ':';
    }
}
