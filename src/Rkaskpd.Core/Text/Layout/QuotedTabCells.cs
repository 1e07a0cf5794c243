using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Reads the quoted multi-line cells of tab-separated text saved from a spreadsheet (Excel's "Text (Tab delimited)"
/// and "Unicode Text"): a cell holding a line break (Alt+Enter) is written in quotes, its lines on lines of their own,
/// <c>Jumlah Tahun n⇥:⇥Rp⇥2,475,600,000.00⇥"(Dua milyar ... juta</c> then <c>enam ratus ribu rupiah)"⇥</c>. The quotes
/// are taken off (a doubled quote inside is a quote) and the lines are handed on as they are, each with its own number,
/// as <see cref="DelimitedLines"/> does for CSV: the reader then reads a value continued on the next line.
/// </summary>
/// <remarks>
/// A line opens such a cell only when it has cells (a tab) and its last cell starts with a quote that nothing in the line closes (any other
/// quote in it is doubled), so a quotation inside a web copy's cell (<c>"Kawasan Tertib" adalah ...</c>) opens none.
/// The lines after it are held until one closes the cell (a quote, not doubled, followed by a tab or the line's end),
/// at most <see cref="MaxLines"/>; when none does, the lines are handed on unchanged. A line whose last cell starts
/// with no quote passes straight through (<see cref="MayOpen"/>, one search for the last tab).
/// </remarks>
internal sealed class QuotedTabCells
{
    /// <summary>The most lines a quoted cell may continue over before its quote counts as no quoting.</summary>
    public const int MaxLines = 16;

    private readonly ILineTarget target;
    private readonly List<(string Text, int Line)> held = [];

    /// <summary>Initialises the reader in front of <paramref name="target"/>.</summary>
    public QuotedTabCells(ILineTarget target) => this.target = target;

    /// <summary>Gets a value indicating whether lines of an open quoted cell are held.</summary>
    public bool IsHolding => held.Count > 0;

    /// <summary>Returns whether <paramref name="line"/> may open a quoted cell: it has cells, the last starting with a
    /// quote.</summary>
    public static bool MayOpen(ReadOnlySpan<char> line)
    {
        int tab = line.LastIndexOf('\t');
        return tab >= 0 && tab + 1 < line.Length && line[tab + 1] == '"';
    }

    /// <summary>Adds the next line.</summary>
    public void Push(string text, int line)
    {
        if (held.Count == 0)
        {
            if (MayOpen(text) && Opens(text.AsSpan(text.LastIndexOf('\t') + 2)))
            {
                held.Add((text, line));
            }
            else
            {
                target.Push(text, line);
            }

            return;
        }

        held.Add((text, line));
        int close = ClosingQuote(text);
        if (close >= 0)
        {
            EmitClosed(close);
        }
        else if (held.Count > MaxLines)
        {
            Complete();
        }
    }

    /// <summary>Hands on the lines held, unchanged: the quote they follow was closed by nothing.</summary>
    public void Complete()
    {
        foreach ((string text, int line) in held)
        {
            target.Push(text, line);
        }

        held.Clear();
    }

    /// <summary>Whether the text after an opening quote leaves it open: every quote in it is doubled.</summary>
    private static bool Opens(ReadOnlySpan<char> rest)
    {
        for (int i = 0; i < rest.Length; i++)
        {
            if (rest[i] == '"')
            {
                if (i + 1 >= rest.Length || rest[i + 1] != '"')
                {
                    return false;
                }

                i++;
            }
        }

        return true;
    }

    /// <summary>The index of the quote that closes the cell on a continuation line (not doubled, followed by a tab or
    /// the line's end), or -1.</summary>
    private static int ClosingQuote(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '"')
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '"')
            {
                i++;
                continue;
            }

            return i + 1 == text.Length || text[i + 1] == '\t' ? i : -1;
        }

        return -1;
    }

    private void EmitClosed(int close)
    {
        (string first, int firstLine) = held[0];
        int quote = first.LastIndexOf('\t') + 1;
        target.Push(string.Concat(first.AsSpan(0, quote), Undouble(first[(quote + 1)..])), firstLine);
        int last = held.Count - 1;
        for (int i = 1; i < last; i++)
        {
            target.Push(Undouble(held[i].Text), held[i].Line);
        }

        (string closing, int closingLine) = held[last];
        target.Push(Undouble(closing[..close]) + closing[(close + 1)..], closingLine);
        held.Clear();
    }

    private static string Undouble(string text) => text.Contains("\"\"", StringComparison.Ordinal) ? text.Replace("\"\"", "\"", StringComparison.Ordinal) : text;
}
