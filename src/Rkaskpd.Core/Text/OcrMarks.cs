using System;
using System.Buffers;
using System.Text;

namespace Rkaskpd.Text;

/// <summary>
/// The line stage's repair of the form's printed marks as the OCR of a scanned print writes them, next to the repair of
/// its numbers (<see cref="OcrNumbers"/>): a person reads the marks the print shows, and so does the reader.
/// </summary>
/// <remarks>
/// <para>Three marks, each only where a person could read nothing else:</para>
/// <list type="bullet">
/// <item>once the document has shown an OCR's hand (<see cref="OcrNumbers.SawOcr"/>), SIPD's group markers
/// <c>[ # ]</c> and <c>[ - ]</c> at the start of a cell, their square brackets read as round ones or an I and the
/// closing one as a one, a bar or a J (<c>(#1</c>, <c>(#1)</c>, <c>[#l</c>, <c>(- 1</c>, <c>(-|</c>, <c>I # J</c>,
/// <c>I-J</c>, <c>I- 1</c>), when a capitalised name follows: written <c>[ # ]</c> and <c>[ - ]</c>. Brackets as
/// printed (<c>[#]</c>, <c>(-)</c>) are kept as written, and so are <c>(-1)</c>, <c>I-I</c> and a Markdown table's
/// <c>| # |</c>; a typed document (no OCR's hand) keeps <c>I-1 Program</c> and every other marker as written.</item>
/// <item>a percent sign read as <c>Yo</c>, <c>YO</c>, <c>Y0</c>, <c>Y9</c>, <c>X0</c>, <c>XO</c> or <c>Zo</c>
/// (Tesseract's usual readings) as a word of its own right after a number and at the end of a cell or line
/// (<c>65 Yo</c>, an indicator's target): written <c>%</c>. (<c>%o</c> is left: it is how a per-mille sign is
/// typed, <c>25 %o</c> infant deaths a thousand births.)</item>
/// <item>the plus of an amount row's year read as <c>#</c> (<c>Jumlah Tahun n #1</c>): written
/// <c>n + 1</c>.</item>
/// <item>once the document has shown an OCR's hand, a table's rule read as a bar glued to the end of an amount's
/// decimals (<c>Kotak 35.000,00| 0</c>): dropped, on a line that does not start with a bar (a Markdown table's row).</item>
/// </list>
/// <para>Cost: a line without <c>#</c>, <c>-</c>, <c>Y</c>, <c>X</c> or <c>Z</c> is returned as it came after one vectorised
/// search; only a repaired line becomes a new string. The repairs are not reported: unlike a number, a mark carries no
/// value of its own, and the text read is the text a person reads off the page.</para>
/// </remarks>
internal static class OcrMarks
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create("#-YXZ|");

    /// <summary>The readings an OCR gives a percent sign after a number: its ring and stroke as two letters or a letter
    /// and a zero (<c>70 Yo</c>, <c>5 X0</c>, <c>80 %o</c>); no unit is written so.</summary>
    private static readonly string[] OcrPercents = ["Yo", "YO", "Y0", "Y9", "X0", "XO", "Zo"];

    /// <summary>Returns <paramref name="raw"/> with the form's marks read as the print shows them: the same memory when
    /// it has none to repair (most lines), else a new string's.</summary>
    /// <param name="raw">A line as read.</param>
    /// <param name="sawOcr">Whether the document has shown an OCR's hand so far (<see cref="OcrNumbers.SawOcr"/>): the
    /// group markers are repaired only then; set when this line holds a percent sign or a plus only an OCR writes.</param>
    /// <returns>The line.</returns>
    public static ReadOnlyMemory<char> Repair(ReadOnlyMemory<char> raw, ref bool sawOcr)
    {
        ReadOnlySpan<char> text = raw.Span;
        int at = text.IndexOfAny(Triggers);
        if (at < 0)
        {
            return raw;
        }

        StringBuilder? builder = null;
        int copied = 0;
        for (int i = at; i < text.Length; i++)
        {
            char c = text[i];
            if (!Triggers.Contains(c))
            {
                continue;
            }

            int start, end;
            string mark;
            if (sawOcr && c == '|' && TableRule(text, i, out start, out end))
            {
                mark = string.Empty;
            }
            else if (sawOcr && c is '#' or '-' && GroupMarker(text, i, out start, out end))
            {
                mark = c == '#' ? "[ # ]" : "[ - ]";
            }
            else if (c is 'Y' or 'X' or 'Z' && IsPercent(text, i))
            {
                (start, end, mark) = (i, i + 2, "%");
                sawOcr = true;
            }
            else if (c == '#' && YearPlus(text, i, out start, out end))
            {
                mark = text[start..end].Contains(' ') ? " + " : "+"; // "n #1" as "n + 1", "n-#-1" as "n+1"
                sawOcr = true;
            }
            else
            {
                continue;
            }

            if (start < copied)
            {
                continue; // a marker reaching back into the text already repaired
            }

            builder ??= new StringBuilder(text.Length + 4);
            builder.Append(text[copied..start]).Append(mark);
            copied = end;
            i = end - 1;
        }

        if (builder is null)
        {
            return raw;
        }

        builder.Append(text[copied..]);
        return builder.ToString().AsMemory();
    }

    /// <summary>Whether the <c>#</c> or <c>-</c> at <paramref name="sign"/> is the sign of a group marker at the start of
    /// a cell, and where the marker starts and ends: an opening bracket (round, square or curly, or a capital I, an l or
    /// a bar read for it) and perhaps a space before the sign; perhaps a space, then a closing bracket, a one, an l, a
    /// capital I, a bar or a J (perhaps two: <c>1)</c>) after it; then a space and a capital letter.</summary>
    private static bool GroupMarker(ReadOnlySpan<char> text, int sign, out int start, out int end)
    {
        start = end = 0;
        int open = sign - 1;
        if (open >= 0 && text[open] == ' ')
        {
            open--;
        }

        if (open < 0 || text[open] is not ('(' or '[' or '{' or 'I' or 'l') || (open > 0 && !IsCellStart(text, open)))
        {
            return false;
        }

        bool letterOpen = text[open] is 'I' or 'l';

        int close = sign + 1;
        if (close < text.Length && text[close] == ' ')
        {
            close++;
        }

        int closers = 0;
        while (close < text.Length && closers < 2 && text[close] is ')' or ']' or '}' or '1' or 'l' or 'I' or '|' or 'J')
        {
            close++;
            closers++;
        }

        if (closers == 0 || close + 1 >= text.Length || text[close] != ' ' || !char.IsUpper(text[close + 1]))
        {
            return false;
        }

        ReadOnlySpan<char> closing = text[(close - closers)..close];
        bool misread = closing.ContainsAny("1lI|J") || letterOpen;
        if (!misread || (letterOpen && !closing.ContainsAny("J]1")) || (text[sign] == '-' && closing.EndsWith("1)")))
        {
            // No misreading: brackets as printed ("[#]", "(-)", "(#)"), kept as written. An I or an l for the opening
            // bracket only before a J, a bracket or a one for the closing one ("I # J", "I-J", "I- 1"), not before
            // another I or l ("I-I Belanja"). "(-1)" is a number in parentheses.
            return false;
        }

        (start, end) = (open, close);
        return true;
    }

    /// <summary>Whether the bar at <paramref name="at"/> is a table's rule the OCR read as a bar glued to the end of an
    /// amount's decimals (<c>35.000,00|</c>), and the span to drop (a volume's, <c>1201|</c>, is the rincian reader's to
    /// weigh against the row's numbers), on a line that does not start with a bar (a Markdown table's
    /// row keeps its bars). A bar standing alone between spaces is left: the layout stage reads it as a cell's
    /// border.</summary>
    private static bool TableRule(ReadOnlySpan<char> text, int at, out int start, out int end)
    {
        start = at;
        end = at + 1;
        bool after = at + 1 == text.Length || text[at + 1] is ' ' or '\t';
        return after && at >= 3 && text[at - 3] == ',' && char.IsAsciiDigit(text[at - 2]) && char.IsAsciiDigit(text[at - 1])
            && text.TrimStart(" \t") is not ['|', ..];
    }

    /// <summary>Whether a line's text before <paramref name="at"/> is only blanks since the line's or a cell's start.</summary>
    private static bool IsCellStart(ReadOnlySpan<char> text, int at)
    {
        for (int i = at - 1; i >= 0; i--)
        {
            if (text[i] == '\t')
            {
                return true;
            }

            if (text[i] != ' ')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the character at <paramref name="at"/> starts an OCR's reading of a percent sign (one of
    /// <see cref="OcrPercents"/>) as a word of its own, after a number and a space, at the end of its cell or line.</summary>
    private static bool IsPercent(ReadOnlySpan<char> text, int at)
    {
        if (at < 2 || at + 1 >= text.Length || text[at - 1] != ' ' || !char.IsAsciiDigit(text[at - 2])
            || !(at + 2 == text.Length || (text[at + 2] is '\t' or ' ' && text[(at + 2)..].TrimStart(' ') is [] or ['\t', ..])))
        {
            return false;
        }

        ReadOnlySpan<char> word = text.Slice(at, 2);
        foreach (string reading in OcrPercents)
        {
            if (word.SequenceEqual(reading))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the <c>#</c> at <paramref name="at"/> is an amount row's plus, and the span it and the spaces
    /// and dashes read around it take (<c>n #1</c>, <c>n # 1</c>, <c>n-#-1</c>): after <c>Tahun n</c> and before a
    /// digit, a space or a dash or both between.</summary>
    private static bool YearPlus(ReadOnlySpan<char> text, int at, out int start, out int end)
    {
        start = at;
        while (start > 0 && text[start - 1] is ' ' or '-' && at - start < 3)
        {
            start--;
        }

        end = at + 1;
        while (end < text.Length && text[end] is ' ' or '-' && end - at < 3)
        {
            end++;
        }

        int n = start - 1;
        return n >= 1 && text[n] is 'n' or 'N' && text[n - 1] == ' ' && end < text.Length && char.IsAsciiDigit(text[end])
            && text[..n].TrimEnd(' ').EndsWith("Tahun", StringComparison.OrdinalIgnoreCase);
    }
}
