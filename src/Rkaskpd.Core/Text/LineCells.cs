using System;
using System.Collections.Generic;

namespace Rkaskpd.Text;

/// <summary>
/// The cells of one line (split at tabs, or else at runs of two or more spaces, each cell trimmed, trailing empty
/// cells dropped but one), kept as ranges into the line rather than as strings. One instance is reused line after
/// line by <see cref="RawFormScanner"/>; a cell becomes a string only when it is kept.
/// </summary>
/// <remarks>Splitting the same string instance again (the scanner tests one line several ways) reuses the ranges
/// already found: strings are immutable, so the same reference always has the same cells.</remarks>
internal sealed class LineCells
{
    private readonly List<(int Start, int Length)> ranges = new(8);
    private string text = string.Empty;
    private bool split;

    /// <summary>Gets the number of cells (at least one once split).</summary>
    public int Count => ranges.Count;

    /// <summary>Gets the line split last.</summary>
    public string Text => text;

    /// <summary>Returns the cell at <paramref name="index"/> as a span of the line.</summary>
    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            (int start, int length) = ranges[index];
            return text.AsSpan(start, length);
        }
    }

    /// <summary>Returns the length of the cell at <paramref name="index"/>.</summary>
    public int LengthOf(int index) => ranges[index].Length;

    /// <summary>Returns the cell at <paramref name="index"/> as a string (the line itself when the cell is all of it).</summary>
    public string StringOf(int index)
    {
        (int start, int length) = ranges[index];
        return length == text.Length ? text : text.Substring(start, length);
    }

    /// <summary>Splits <paramref name="line"/> into cells: at every tab when the
    /// line has one (each cell trimmed), otherwise at runs of two or more <see cref="RawLabels.IsSpace"/> characters
    /// of the trimmed line; then trailing empty cells are dropped while more than one cell is left.</summary>
    /// <returns>This instance.</returns>
    public LineCells Split(string line)
    {
        if (split && ReferenceEquals(line, text))
        {
            return this;
        }

        text = line;
        split = true;
        ranges.Clear();
        if (line.Contains('\t', StringComparison.Ordinal))
        {
            int start = 0;
            while (true)
            {
                int tab = line.IndexOf('\t', start);
                int end = tab < 0 ? line.Length : tab;
                AddTrimmed(start, end);
                if (tab < 0)
                {
                    break;
                }

                start = tab + 1;
            }
        }
        else
        {
            // Columns separated by two or more spaces (PDF text), within the trimmed line.
            ReadOnlySpan<char> all = line;
            int first = 0;
            int last = line.Length;
            while (first < last && char.IsWhiteSpace(all[first]))
            {
                first++;
            }

            while (last > first && char.IsWhiteSpace(all[last - 1]))
            {
                last--;
            }

            int start = first;
            for (int i = first; i < last; i++)
            {
                if (RawLabels.IsSpace(all[i]) && i + 1 < last && RawLabels.IsSpace(all[i + 1]))
                {
                    AddTrimmed(start, i);
                    while (i < last && RawLabels.IsSpace(all[i]))
                    {
                        i++;
                    }

                    // The loop's increment then steps over this non-space character, as the original loop did.
                    start = i;
                }
            }

            AddTrimmed(start, last);
        }

        while (ranges.Count > 1 && ranges[^1].Length == 0)
        {
            ranges.RemoveAt(ranges.Count - 1);
        }

        return this;
    }

    private void AddTrimmed(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        ranges.Add((start, end - start));
    }
}
