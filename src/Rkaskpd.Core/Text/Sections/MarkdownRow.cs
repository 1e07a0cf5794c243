using System;

namespace Rkaskpd.Text.Sections;

/// <summary>Prepares a logical row for the section readers when the text came through Markdown (a document site's
/// copy, a converter's output): removes emphasis (<c>**</c>), heading marks (<c>#</c>), a block quote's mark
/// (<c>&gt; </c>, as pandoc writes an indented paragraph; not before a number, which may be a relational target such as
/// <c>&gt; 80 %</c>), backslash escapes (<c>\-</c>) and pandoc's spans (<c>[text]{.underline}</c>), turns a Markdown
/// table row (<c>| a | b |</c>) into tab cells, and recognises table rules (<c>|---|:--:|</c>, <c>+-----+</c>, <c>_____</c>) that
/// carry no content. The OCR of a printed table leaves its rules' strokes in rows that are no Markdown (a bar missing
/// at the start, a row's cells run together): such a row's stray bars and underscore marks are taken out and it is read
/// as a flattened row. Text without these marks passes through as the same string.</summary>
internal static class MarkdownRow
{
    private static readonly System.Buffers.SearchValues<char> InlineMarkStarts = System.Buffers.SearchValues.Create("*\\]");

    private static readonly System.Buffers.SearchValues<char> AmountCharacters = System.Buffers.SearchValues.Create("0123456789.,");

    /// <summary>Removes Markdown emphasis and heading marks and turns a Markdown table row into tab cells; the result
    /// has no trailing white space, and is empty for a blank line.</summary>
    public static string Clean(string raw)
    {
        string text = raw.Contains("**", StringComparison.Ordinal) ? raw.Replace("**", string.Empty, StringComparison.Ordinal) : raw;
        text = WithoutEscapesAndSpans(WithoutQuoteMark(text));
        ReadOnlySpan<char> trimmed = text.AsSpan().Trim(); // a view: most lines need no copy
        if (trimmed.Length > 0 && trimmed[0] == '#')
        {
            text = trimmed.TrimStart('#').ToString();
            trimmed = text.AsSpan().Trim();
        }

        if (trimmed.Length > 1 && trimmed[0] == '|')
        {
            string inner = trimmed[1..].ToString();
            if (inner.EndsWith('|'))
            {
                inner = inner[..^1];
            }

            string[] cells = inner.Split('|');
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = WithoutUnderscoreMarks(WithoutLineBreakTags(cells[i].Trim()));
            }

            // An empty first cell keeps a leading tab, as in the tab layout.
            return string.Join('\t', WithoutRepeatedCells(cells)).TrimEnd();
        }

        if (trimmed.Length > 0 && HasStrayBars(trimmed))
        {
            return WithoutStrayBars(trimmed);
        }

        if (HasStrayEndMarks(trimmed))
        {
            return text.AsSpan().TrimEnd().TrimEnd("|_").TrimEnd().ToString();
        }

        return trimmed.Length == 0 ? string.Empty : text.TrimEnd();
    }

    /// <summary>
    /// Returns where a line holds two printed rows that OCR put on one line with the table's rule between them (<c>Map
    /// Plastik 50 Buah Buah 4.500,00 0 225.000,00 | Ballpoint 2 Kotak Kotak 45.000,00 0 90.000,00</c>): the index of the
    /// first stray bar (see <see cref="HasStrayBars"/>) after an amount with separators and before a word that starts
    /// with a capital letter, when the line ends with an amount after it; -1 when there is none (any line without a bar,
    /// at the cost of one search).
    /// </summary>
    public static int MergedRowBreak(ReadOnlySpan<char> line)
    {
        int bar = line.IndexOf('|');
        if (bar < 0)
        {
            return -1;
        }

        ReadOnlySpan<char> trimmed = line.Trim();
        if (trimmed[0] == '|' || !HasStrayBars(trimmed) || !EndsWithAmount(trimmed.TrimEnd("|_ \t")))
        {
            return -1;
        }

        for (; bar > 0 && bar + 2 < line.Length; bar = line[(bar + 1)..].IndexOf('|') is int next and >= 0 ? bar + 1 + next : -1)
        {
            ReadOnlySpan<char> before = line[..bar].TrimEnd();
            ReadOnlySpan<char> after = line[(bar + 1)..].TrimStart();
            if (EndsWithAmount(before) && after.Length > 0 && char.IsUpper(after[0]) && EndsWithAmount(after.TrimEnd("|_ \t")))
            {
                return bar;
            }
        }

        return -1;
    }

    /// <summary>Whether the text's last word is an amount written the Indonesian way, with thousands groups or
    /// decimals (<c>225.000,00</c>, <c>9.000.000</c>, <c>0,00</c>); a code (<c>5.2.2.06.01</c>) is none.</summary>
    private static bool EndsWithAmount(ReadOnlySpan<char> text)
    {
        int space = text.LastIndexOfAny(' ', '\t');
        ReadOnlySpan<char> word = text[(space + 1)..];
        if (word.Length < 4 || word.ContainsAnyExcept(AmountCharacters) || !char.IsAsciiDigit(word[0]))
        {
            return false;
        }

        int comma = word.IndexOf(',');
        if (comma >= 0 && (comma != word.Length - 3 || !char.IsAsciiDigit(word[^1]) || !char.IsAsciiDigit(word[^2])))
        {
            return false;
        }

        ReadOnlySpan<char> whole = comma >= 0 ? word[..comma] : word;
        int dot = whole.IndexOf('.');
        if (dot < 0)
        {
            return comma >= 0;
        }

        if (dot is 0 or > 3)
        {
            return false;
        }

        for (int i = dot; i < whole.Length; i += 4)
        {
            if (whole[i] != '.' || i + 4 > whole.Length || whole.Slice(i + 1, 3).Contains('.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether a tab row (a row whose cells the layout stage set apart) ends with a stray bar or
    /// underscore of the table's rule standing apart from its last cell (<c>468.000,00 |</c>, <c>1.500.000,00 _</c>), as
    /// OCR reads the right edge of a printed table.</summary>
    private static bool HasStrayEndMarks(ReadOnlySpan<char> trimmed) =>
        trimmed.Length > 2 && trimmed[^1] is '|' or '_' && trimmed[^2] is ' ' or '\t' && trimmed.Contains('\t')
        && trimmed.TrimEnd("|_").TrimEnd().Length > 0;

    /// <summary>Returns whether a row without tabs that does not start as a Markdown table row has bars of a printed
    /// table's rules, as OCR reads them: every bar stands apart (a space or the row's end on each side).</summary>
    private static bool HasStrayBars(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Contains('\t') || !trimmed.Contains('|'))
        {
            return false;
        }

        for (int i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] == '|' && ((i > 0 && trimmed[i - 1] != ' ') || (i + 1 < trimmed.Length && trimmed[i + 1] != ' ')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The row with its stray bars and underscore marks taken out and the spaces left between its words made
    /// one: a flattened row, read from its ends as any other (<c>Capaian Program | Persentase guru 75 % |</c> →
    /// <c>Capaian Program Persentase guru 75 %</c>).</summary>
    private static string WithoutStrayBars(ReadOnlySpan<char> trimmed) =>
        WithoutUnderscoreMarks(string.Join(' ', trimmed.ToString().Split([' ', '|'], StringSplitOptions.RemoveEmptyEntries)));

    /// <summary>A Markdown table cell with its HTML line breaks (<c>&lt;br&gt;</c>, <c>&lt;br/&gt;</c>, <c>&lt;br /&gt;</c>: a
    /// converter's mark for a line break inside the cell) made spaces, as a wrapped cell's lines are joined; a word
    /// broken after its hyphen or slash (<c>Kantor-&lt;br&gt;Alat</c>) joins without one.</summary>
    internal static string WithoutLineBreakTags(string cell)
    {
        int at = cell.IndexOf("<br", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return cell;
        }

        var text = new System.Text.StringBuilder(cell.Length);
        int from = 0;
        while (at >= 0)
        {
            int end = at + 3;
            while (end < cell.Length && end - at < 6 && cell[end] is ' ' or '/')
            {
                end++;
            }

            if (end >= cell.Length || cell[end] != '>')
            {
                at = cell.IndexOf("<br", at + 3, StringComparison.OrdinalIgnoreCase); // "<brand>" is no break
                continue;
            }

            ReadOnlySpan<char> before = cell.AsSpan(from, at - from).TrimEnd();
            text.Append(before);
            bool broken = before.Length > 1 && before[^1] is '-' or '/' && before[^2] != ' ';
            if (!broken && text.Length > 0)
            {
                text.Append(' ');
            }

            from = end + 1;
            while (from < cell.Length && cell[from] == ' ')
            {
                from++;
            }

            at = cell.IndexOf("<br", from, StringComparison.OrdinalIgnoreCase);
        }

        text.Append(cell.AsSpan(from));
        return text.ToString().Trim();
    }

    /// <summary>The cells without the copies a converter makes of a merged cell: a text cell that repeats the cell
    /// before it is the same cell spanning two columns (<c>| Program | : | 1.02.02 - PROGRAM ... | 1.02.02 - PROGRAM ...
    /// |</c>) and is kept once, and so is an amount repeated after a label's colon cell (<c>| Alokasi Tahun 2021 | : | Rp.
    /// 126.870.000,00 | Rp. 126.870.000,00 |</c>). Other numbers may repeat (a harga satuan equals its jumlah when the
    /// volume is 1) and stay.</summary>
    internal static string[] WithoutRepeatedCells(string[] cells)
    {
        int kept = 1;
        for (int i = 1; i < cells.Length; i++)
        {
            if (cells[i].Length > 0 && cells[i] == cells[kept - 1] && (IsText(cells[i]) || (kept > 1 && cells[kept - 2] == ":")))
            {
                continue;
            }

            cells[kept++] = cells[i];
        }

        return kept == cells.Length ? cells : cells[..kept];
    }

    /// <summary>Whether a cell holds text that is no amount: a letter, and not an amount after <c>Rp</c>.</summary>
    private static bool IsText(string cell)
    {
        ReadOnlySpan<char> span = cell.AsSpan();
        if (span.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            span = span[2..];
        }

        foreach (char c in span)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text without the words made of underscores only (a table rule's stroke, as OCR reads it).</summary>
    private static string WithoutUnderscoreMarks(string text)
    {
        if (!text.Contains('_'))
        {
            return text;
        }

        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', Array.FindAll(words, w => w.AsSpan().ContainsAnyExcept('_')));
    }

    /// <summary>The line without a block quote's mark at its start (<c>&gt; text</c>, a lone <c>&gt;</c>); a mark before a
    /// number stays (<c>&gt; 80 %</c> is a target).</summary>
    private static string WithoutQuoteMark(string text)
    {
        ReadOnlySpan<char> trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty || trimmed[0] != '>')
        {
            return text;
        }

        ReadOnlySpan<char> rest = trimmed[1..];
        if (rest.IsWhiteSpace())
        {
            return string.Empty;
        }

        return rest[0] == ' ' && !char.IsAsciiDigit(rest.TrimStart()[0]) ? rest[1..].ToString() : text;
    }

    /// <summary>The line with Markdown's backslash escapes taken out (<c>\-</c> is <c>-</c>; a backslash before anything
    /// but ASCII punctuation stays) and pandoc's bracketed spans reduced to their text
    /// (<c>[Drs. H. AZWAR]{.underline}</c> is <c>Drs. H. AZWAR</c>).</summary>
    private static string WithoutEscapesAndSpans(string text)
    {
        if (!text.Contains('\\') && !text.Contains("]{.", StringComparison.Ordinal))
        {
            return text;
        }

        var output = new System.Text.StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]) is false && text[i + 1] is > ' ' and < '\x7f')
            {
                output.Append(text[++i]);
            }
            else if (c == '[' && SpanEnd(text, i) is int end and > 0)
            {
                output.Append(text, i + 1, text.IndexOf("]{.", i, StringComparison.Ordinal) - i - 1);
                i = end;
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    /// <summary>The index of the closing brace of a pandoc span that opens at <paramref name="open"/>
    /// (<c>[text]{.class}</c>, the text without brackets, the attributes without braces), or -1.</summary>
    private static int SpanEnd(string text, int open)
    {
        int close = text.IndexOf("]{.", open, StringComparison.Ordinal);
        if (close < 0 || text.AsSpan(open + 1, close - open - 1).IndexOfAny('[', ']') >= 0)
        {
            return -1;
        }

        int brace = text.IndexOf('}', close);
        return brace < 0 || text.AsSpan(close + 2, brace - close - 2).IndexOfAny('[', ']', '{') >= 0 ? -1 : brace;
    }

    /// <summary>Cleans a row as <see cref="Clean(string)"/> does, without copying it when it has no Markdown marks (most
    /// rows): the row then is a slice of <paramref name="raw"/> without its trailing white space.</summary>
    public static ReadOnlyMemory<char> Clean(ReadOnlyMemory<char> raw)
    {
        ReadOnlySpan<char> span = raw.Span;
        ReadOnlySpan<char> trimmed = span.Trim();
        if (trimmed.Length == 0)
        {
            return ReadOnlyMemory<char>.Empty;
        }

        // One search tells most rows they hold none of the inline marks ("**", "\\", "]{.") before each is looked for.
        bool marks = span.IndexOfAny(InlineMarkStarts) >= 0
            && (span.Contains("**", StringComparison.Ordinal) || span.Contains('\\') || span.Contains("]{.", StringComparison.Ordinal));
        if (trimmed[0] is '#' or '|' or '>' || marks || HasStrayBars(trimmed) || HasStrayEndMarks(trimmed))
        {
            return Clean(raw.ToString()).AsMemory();
        }

        return raw[..span.TrimEnd().Length];
    }

    /// <summary>Returns the length of a cleaned row's leading white space: <see cref="Clean(string)"/> leaves no trailing white
    /// space, so the trimmed row is the text past it (a non-empty cleaned row has a character that is not white
    /// space).</summary>
    public static int LeadingWhiteSpace(ReadOnlySpan<char> text)
    {
        int lead = 0;
        while (char.IsWhiteSpace(text[lead]))
        {
            lead++;
        }

        return lead;
    }

    /// <summary>Returns whether a line is a table rule: dashes or underscores with only colons, bars, spaces, tabs, plus
    /// and equals signs.</summary>
    public static bool IsTableRule(ReadOnlySpan<char> text)
    {
        bool dash = false;
        foreach (char c in text)
        {
            if (c is '-' or '_')
            {
                dash = true; // a rule of dashes, or of underscores (OCR of a printed rule, Word's underline)
            }
            else if (c is not (':' or '|' or ' ' or '\t' or '+' or '='))
            {
                return false;
            }
        }

        return dash;
    }
}
