using System;
using System.Collections.Generic;

namespace Rkaskpd.Forms;

/// <summary>
/// The lines of a KAK list as a print or an export gives them (ranges of one source string, as <see cref="KakText"/>'s
/// splitters take them): the lines a print wrapped joined to their item, and the lines around the list that are none
/// of its items (a lead-in ending with a colon, a closing sentence).
/// </summary>
internal static class KakListLines
{
    /// <summary>
    /// Splits <paramref name="source"/> on line breaks as <see cref="KakText.SplitLines"/> does, then joins each line
    /// the print wrapped to the line before it: in a list whose items are marked (at least two lines start with a
    /// number, letter or dash marker), a line with no marker of its own after a line that does not end an item (with
    /// <c>;</c>, <c>.</c> or <c>:</c>) goes on that line's item (<c>2. Undang-Undang ... sebagaimana telah diubah terakhir
    /// dengan</c> over <c>Undang-Undang Nomor 9 Tahun 2015;</c>).
    /// </summary>
    public static List<Range> Split(string source)
    {
        List<Range> lines = KakText.SplitLines(source);
        if (lines.Count < 3)
        {
            return lines;
        }

        int marked = 0;
        foreach (Range line in lines)
        {
            marked += StartsWithMarker(source.AsSpan(line).TrimStart()) ? 1 : 0;
        }

        if (marked < 2)
        {
            return lines;
        }

        var output = new List<Range>(lines.Count);
        foreach (Range line in lines)
        {
            ReadOnlySpan<char> text = source.AsSpan(line).TrimStart();
            if (output.Count > 0 && !text.IsWhiteSpace() && !StartsWithMarker(text)
                && source.AsSpan(output[^1]).TrimEnd() is { IsEmpty: false } previous && previous[^1] is not (';' or '.' or ':'))
            {
                output[^1] = new Range(output[^1].Start, line.End);
                continue;
            }

            output.Add(line);
        }

        return output;
    }

    /// <summary>
    /// Takes the lines around a marked list (at least two lines with a marker) that are none of its items, from the
    /// list's lines as <see cref="Split"/> gives them: the lead-in before the first item when it ends with a
    /// colon (<c>Manfaat yang diharapkan dari kegiatan ini adalah:</c>), returned; and a closing sentence after the
    /// last item, which ends with a full stop (<c>Demikian Kerangka Acuan Kerja ini disusun ...</c>, a new sentence
    /// that starts with a capital letter), removed with the lines after it. The section's text keeps both. A list whose
    /// markers were list formatting and did not come with the text (a Word or web page's list) is one item a line after
    /// a lead-in ending with a colon; its closing sentence follows an item ending with a full stop after items ending
    /// with semicolons.
    /// </summary>
    /// <param name="source">The text the ranges are of.</param>
    /// <param name="lines">The list's lines; the lead-in and the closing lines are removed.</param>
    /// <returns>The lead-in's range, or null.</returns>
    public static Range? TakeEnds(string source, List<Range> lines)
    {
        int first = lines.FindIndex(line => StartsWithMarker(source.AsSpan(line).TrimStart()));
        int last = lines.FindLastIndex(line => StartsWithMarker(source.AsSpan(line).TrimStart()));
        if (first < 0)
        {
            return TakeUnmarkedEnds(source, lines);
        }

        if (first == last)
        {
            return null;
        }

        for (int i = last + 1; i < lines.Count; i++)
        {
            ReadOnlySpan<char> text = source.AsSpan(lines[i]).Trim();
            if (text.IsEmpty)
            {
                continue;
            }

            if (char.IsUpper(text[0]) && source.AsSpan(lines[last]).TrimEnd() is { IsEmpty: false } item && item[^1] == '.')
            {
                lines.RemoveRange(i, lines.Count - i);
            }

            break;
        }

        Range? intro = null;
        int lead = first - 1;
        while (lead >= 0 && source.AsSpan(lines[lead]).IsWhiteSpace())
        {
            lead--;
        }

        if (lead >= 0 && source.AsSpan(lines[lead]).TrimEnd().EndsWith(':'))
        {
            intro = new Range(lines[0].Start, lines[lead].End);
            lines.RemoveRange(0, first);
        }

        return intro;
    }

    /// <summary>The lead-in and closing sentence of a list without markers (see <see cref="TakeEnds"/>).</summary>
    private static Range? TakeUnmarkedEnds(string source, List<Range> lines)
    {
        List<int> kept = [];
        for (int i = 0; i < lines.Count; i++)
        {
            if (!source.AsSpan(lines[i]).IsWhiteSpace())
            {
                kept.Add(i);
            }
        }

        if (kept.Count < 3 || !source.AsSpan(lines[kept[0]]).TrimEnd().EndsWith(':'))
        {
            return null;
        }

        int closing = kept[^1];
        bool punctuated = kept.Count >= 4 && char.IsUpper(source.AsSpan(lines[closing]).TrimStart()[0])
            && source.AsSpan(lines[kept[^2]]).TrimEnd().EndsWith('.');
        for (int k = 1; punctuated && k < kept.Count - 2; k++)
        {
            punctuated = source.AsSpan(lines[kept[k]]).TrimEnd().EndsWith(';');
        }

        if (punctuated)
        {
            lines.RemoveRange(closing, lines.Count - closing);
        }

        Range intro = new(lines[0].Start, lines[kept[0]].End);
        lines.RemoveRange(0, kept[0] + 1);
        return intro;
    }

    /// <summary>Whether a (trimmed) line starts with a list item's marker: a bullet or dash, or a number or letter list
    /// marker (<see cref="KakHeadings.ListMarkerLength"/>).</summary>
    public static bool StartsWithMarker(ReadOnlySpan<char> text) =>
        text.Length > 0 && (text[0] is '-' or '\u2022' or '*' or '\u2013' or '\u2014' || KakHeadings.ListMarkerLength(text) > 0);
}
