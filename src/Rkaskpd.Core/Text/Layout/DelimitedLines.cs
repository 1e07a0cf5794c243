using System;
using System.Collections.Generic;
using System.Text;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// The stage between the line reader and <see cref="LayoutNormaliser"/> that reads a spreadsheet saved as CSV
/// (Excel, LibreOffice, Google Sheets): each physical line becomes the tab-separated line the reader already reads,
/// so every diagnostic keeps the source file's line number.
/// </summary>
/// <remarks>
/// <para>Whether the text is CSV, and with which delimiter (<c>;</c> or <c>,</c>), is decided once per document from
/// its first <see cref="ProbeLines"/> lines (<see cref="DelimiterProbe"/>), or from an Excel <c>sep=;</c> first line.
/// A tab in those lines decides "not CSV" at once: from then on every line passes straight through, so the seed's tab
/// layout pays one <see cref="string.Contains(char)"/> per line of its head and, after it, one search for the line's
/// last tab (a tab document's quoted multi-line cells, <see cref="QuotedTabCells"/>).</para>
/// <para>Converting a line: the fields outside quotes are joined by tabs; a field that starts with a quote runs to its
/// closing quote (a quote followed by the delimiter or the line's end), a doubled quote inside it is a quote, and a
/// tab inside it a space; the record's trailing empty fields (the sheet's padding) are dropped. A line break inside a
/// quoted field that starts or ends its record (a title cell, a terbilang) stays a line break: the field's lines are
/// emitted as lines of their own, with their own numbers; a field with cells on both sides is a table cell, and its
/// lines are joined into the one row at its first line's number (the lines joined are handed on blank).</para>
/// <para>An unclosed quote does not swallow the document: the lines after the opening quote are held (at most
/// <see cref="MaxQuotedLines"/>) until one of them holds a closing quote; when none comes, the field ends at the end
/// of its own line, <c>RKA019</c> says so, and the held lines are read again as records of their own. (A stray quote
/// followed by a properly quoted field within that many lines still joins the lines between into one field; their
/// line breaks are kept, so no line is lost, only their cells.) Memory is bounded by the two line limits, the work
/// per line by the same constant; the stage never throws.</para>
/// <para>Use: <see cref="Push"/> each source line, <see cref="Complete"/> at the end; the lines, in order and each
/// exactly once, reach the <see cref="ILineTarget"/> given (the reader's <see cref="LayoutNormaliser"/>), and so do the
/// stage's findings (<c>RKA018</c> once when the text is read as CSV).</para>
/// </remarks>
internal sealed class DelimitedLines
{
    /// <summary>The most lines held while deciding whether the document is CSV.</summary>
    public const int ProbeLines = 64;

    /// <summary>The most lines a quoted field may continue over before it counts as unclosed.</summary>
    public const int MaxQuotedLines = 64;

    private const char NoDelimiter = '\0';

    private readonly ILineTarget target;
    private readonly List<string> probe = new(8);
    private readonly List<int> probeLines = new(8);
    private readonly List<(string Text, int Line)> held = [];
    private readonly StringBuilder builder = new();
    private readonly QuotedTabCells quoted;
    private bool decided;
    private char delimiter = NoDelimiter;
    private bool open;
    private int openLine;
    private string openRow = string.Empty;

    /// <summary>Initialises the stage in front of <paramref name="target"/> (the layout stage).</summary>
    public DelimitedLines(ILineTarget target)
    {
        this.target = target;
        quoted = new QuotedTabCells(target);
    }

    /// <summary>Returns whether the document is decided not to be CSV and <paramref name="line"/> would be handed on
    /// as it is (no quoted multi-line cell is open or opened by it, <see cref="QuotedTabCells"/>), so the reader may
    /// skip <see cref="Push"/> (and the line's string) for it.</summary>
    public bool PassesThrough(ReadOnlySpan<char> line) =>
        decided && delimiter == NoDelimiter && !quoted.IsHolding && !QuotedTabCells.MayOpen(line);

    /// <summary>Adds the next source line.</summary>
    /// <param name="text">The line as read, without its line end.</param>
    /// <param name="line">Its 1-based line number.</param>
    public void Push(string text, int line)
    {
        if (decided)
        {
            if (delimiter == NoDelimiter)
            {
                quoted.Push(text, line);
            }
            else
            {
                Feed(text, line);
            }

            return;
        }

        if (text.Contains('\t'))
        {
            Decide(NoDelimiter);
            quoted.Push(text, line);
            return;
        }

        if (probe.Count == 0 && line == 1 && TrySeparatorLine(text, out char declared))
        {
            // Excel's "sep=;" first line names the delimiter; the line itself holds no text of the form.
            Decide(declared);
            target.Push(string.Empty, line);
            return;
        }

        probe.Add(text);
        probeLines.Add(line); // a line number may be skipped (a hyphenated word joined with the line after it)
        if (probe.Count >= ProbeLines)
        {
            Decide(DelimiterProbe.Detect(probe));
        }
    }

    /// <summary>Ends the text: the lines held are decided and emitted.</summary>
    public void Complete()
    {
        if (!decided)
        {
            Decide(DelimiterProbe.Detect(probe));
        }

        while (open)
        {
            EndUnclosed();
        }

        quoted.Complete();
    }

    /// <summary>Settles the document's delimiter and emits the lines held for the probe.</summary>
    private void Decide(char found)
    {
        decided = true;
        delimiter = found;
        if (found != NoDelimiter)
        {
            target.Note(0, TextReaderMessages.ReadAsCsv, TextReaderMessages.Csv(found));
        }

        for (int i = 0; i < probe.Count; i++)
        {
            if (found == NoDelimiter)
            {
                quoted.Push(probe[i], probeLines[i]);
            }
            else
            {
                Feed(probe[i], probeLines[i]);
            }
        }

        probe.Clear();
        probeLines.Clear();
    }

    /// <summary>Converts one line of a CSV document, holding it while a quoted field it opens is not known closed.</summary>
    private void Feed(string text, int line)
    {
        if (!open)
        {
            string row = Convert(text, inQuote: false, out bool endsInQuote);
            if (endsInQuote)
            {
                Open(row, line);
            }
            else
            {
                target.Push(row, line);
            }

            return;
        }

        held.Add((text, line));
        if (ClosingQuote(text) >= 0)
        {
            EndClosed();
        }
        else if (held.Count >= MaxQuotedLines)
        {
            EndUnclosed();
        }
    }

    private void Open(string row, int line)
    {
        open = true;
        openRow = row;
        openLine = line;
        held.Clear();
    }

    /// <summary>The quoted field closes on the last line held: every line held is part of it.</summary>
    private void EndClosed()
    {
        open = false;
        if (TryJoinTableCell())
        {
            return;
        }

        target.Push(openRow, openLine);
        int last = held.Count - 1;
        for (int i = 0; i < last; i++)
        {
            target.Push(Convert(held[i].Text, inQuote: true, out _), held[i].Line);
        }

        (string text, int line) = held[last];
        held.Clear();
        string row = Convert(text, inQuote: true, out bool endsInQuote);
        if (endsInQuote)
        {
            Open(row, line);
        }
        else
        {
            target.Push(row, line);
        }
    }

    /// <summary>A quoted field with cells of its record on both sides (a table row's cell with a line break typed into
    /// it: <c>;"Penggantian kusen pintu dan jendela</c> then <c>(kayu kelas II)";12;unit;...</c>) is one cell of one
    /// row: its lines are joined with a space and the row is handed on at its first line's number. A field that starts
    /// its record (a title cell) or ends it (a terbilang, a KAK paragraph) keeps its line breaks.</summary>
    private bool TryJoinTableCell()
    {
        (string closing, int _) = held[^1];
        string rest = Convert(closing, inQuote: true, out bool endsInQuote);
        if (endsInQuote || !openRow.Contains('\t') || !rest.Contains('\t'))
        {
            return false;
        }

        var row = new StringBuilder(openRow.TrimEnd());
        for (int i = 0; i < held.Count - 1; i++)
        {
            string middle = Convert(held[i].Text, inQuote: true, out _).Trim();
            if (middle.Length > 0)
            {
                row.Append(' ').Append(middle);
            }
        }

        row.Append(rest.Length > 0 && rest[0] == '\t' ? string.Empty : " ").Append(rest);
        target.Push(row.ToString(), openLine);
        foreach ((string _, int line) in held)
        {
            target.Push(string.Empty, line); // every source line is handed on once: the joined ones as blank lines
        }

        held.Clear();
        return true;
    }

    /// <summary>No closing quote came: the field ends at the end of its line and the lines held are read anew.</summary>
    private void EndUnclosed()
    {
        open = false;
        target.Note(openLine, TextReaderMessages.CsvQuoteUnclosed, TextReaderMessages.QuoteUnclosed(held.Count));
        target.Push(openRow.TrimEnd('\t'), openLine);
        (string Text, int Line)[] again = [.. held];
        held.Clear();
        foreach ((string text, int line) in again)
        {
            Feed(text, line);
        }
    }

    /// <summary>Converts one physical line to tab-separated cells.</summary>
    /// <param name="text">The line.</param>
    /// <param name="inQuote">Whether the line starts inside a quoted field (a line break inside the field).</param>
    /// <param name="endsInQuote">Whether the line ends inside a quoted field.</param>
    /// <returns>The cells joined by tabs; without the trailing empty cells when the record ends on this line.</returns>
    internal string Convert(string text, bool inQuote, out bool endsInQuote)
    {
        if (!inQuote && !text.Contains('"') && !text.Contains('\t'))
        {
            endsInQuote = false;
            return text.Replace(delimiter, '\t').TrimEnd('\t');
        }

        builder.Clear();
        bool fieldStart = !inQuote;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuote)
            {
                if (c != '"')
                {
                    builder.Append(c == '\t' ? ' ' : c);
                }
                else if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    builder.Append('"');
                    i++;
                }
                else if (i + 1 == text.Length || text[i + 1] == delimiter)
                {
                    inQuote = false;
                }
                else
                {
                    builder.Append('"'); // a stray quote inside the field, not followed by the delimiter: kept as written
                }
            }
            else if (c == delimiter)
            {
                builder.Append('\t');
                fieldStart = true;
            }
            else if (fieldStart && c == '"')
            {
                inQuote = true;
                fieldStart = false;
            }
            else
            {
                builder.Append(c == '\t' ? ' ' : c);
                fieldStart = false;
            }
        }

        endsInQuote = inQuote;
        if (!inQuote)
        {
            int end = builder.Length;
            while (end > 0 && builder[end - 1] == '\t')
            {
                end--;
            }

            builder.Length = end;
        }

        return builder.ToString();
    }

    /// <summary>Returns the index of the first quote that closes a quoted field the line starts in, or -1: a quote
    /// not doubled and followed by the delimiter or the line's end, as a spreadsheet writes it.</summary>
    internal int ClosingQuote(string text)
    {
        int i = text.IndexOf('"');
        while (i >= 0)
        {
            if (i + 1 < text.Length && text[i + 1] == '"')
            {
                i = text.IndexOf('"', i + 2);
                continue;
            }

            if (i + 1 == text.Length || text[i + 1] == delimiter)
            {
                return i;
            }

            i = text.IndexOf('"', i + 1);
        }

        return -1;
    }

    /// <summary>Reads Excel's <c>sep=;</c> (or <c>sep=,</c>) first line.</summary>
    private static bool TrySeparatorLine(string text, out char declared)
    {
        ReadOnlySpan<char> trimmed = text.AsSpan().Trim();
        declared = trimmed.Length == 5 && trimmed.StartsWith("sep=", StringComparison.OrdinalIgnoreCase) ? trimmed[4] : NoDelimiter;
        if (declared is not (';' or ','))
        {
            declared = NoDelimiter;
        }

        return declared != NoDelimiter;
    }
}
