using System;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads a form's amount rows (<c>Jumlah Tahun n-1 : Rp ... (terbilang)</c>, <c>Jumlah Tahun 2020</c>,
/// <c>JUMLAH ANGGARAN</c>) into <see cref="RawAmount"/>s: the label, the year text as written (placement by year is the
/// mapper's), the amount and its terbilang. The terbilang may sit in parentheses on the row, after
/// <c>terbilang:</c>, or on up to three following lines; this reader owns that pending-terbilang state.</summary>
/// <remarks>Lines that begin with <c>Jumlah</c> but are table headers (<c>Jumlah (Rp)</c>, <c>Jumlah Harga</c>) or
/// indicator text (<c>Jumlah Dana</c>) are no amount rows: after <c>Jumlah</c> a row needs <c>Tahun</c>,
/// <c>Anggaran</c>, a year, <c>n</c> or a colon.</remarks>
internal sealed class AmountRowReader
{
    private const int MaxTerbilangContinuation = 3;

    private readonly NoteSink notes;
    private int pendingIndex = -1;
    private int pendingLines;
    private bool pendingParen;
    private bool pendingNeedsOpen;

    /// <summary>Gets whether a terbilang may continue on the next line.</summary>
    public bool HasPending => pendingIndex >= 0;

    /// <summary>Initialises a reader that reports to <paramref name="notes"/>.</summary>
    public AmountRowReader(NoteSink notes) => this.notes = notes;

    /// <summary>Ends any pending terbilang (a blank line, a new form, another row).</summary>
    public void Reset() => pendingIndex = -1;

    /// <summary>Returns whether a trimmed line is an amount row; <paramref name="labelEnd"/> is the end of its label
    /// (<c>Jumlah Tahun</c>, <c>Jumlah Anggaran</c>, <c>Jumlah</c>, SIPD's <c>Alokasi Tahun</c>).</summary>
    public static bool IsAmountRow(string trimmed, out int labelEnd)
    {
        if (RawLabels.TryMatchWords(trimmed, 0, "Jumlah Tahun", out labelEnd)
            || RawLabels.TryMatchWords(trimmed, 0, "Jumlah Anggaran", out labelEnd))
        {
            return true;
        }

        if (RawLabels.TryMatchAlokasi(trimmed, 0, out _))
        {
            // SIPD's "Alokasi Tahun 2023": the label ends before the year, which Read takes as the row's year.
            return RawLabels.TryMatchWords(trimmed, 0, "Alokasi Tahun", out labelEnd);
        }

        if (!RawLabels.TryMatchWords(trimmed, 0, "Jumlah", out labelEnd))
        {
            return false;
        }

        int i = SkipSpacesAndTabs(trimmed, labelEnd);
        if (i >= trimmed.Length)
        {
            return false;
        }

        if (trimmed[i] == ':')
        {
            return true;
        }

        int digits = i;
        while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
        {
            digits++;
        }

        if (digits - i == 4)
        {
            return true;
        }

        return trimmed[i] is 'n' or 'N' && (i + 1 == trimmed.Length || !char.IsLetterOrDigit(trimmed[i + 1]));
    }

    /// <summary>Reads an amount row into <paramref name="form"/>.</summary>
    public void Read(RawFormBuilder form, string trimmed, int labelEnd, int line)
    {
        string label = trimmed[..labelEnd];
        int i = SkipSpacesAndTabs(trimmed, labelEnd);
        int yearStart = i;
        int yearEnd = YearEnd(trimmed, i);
        string year = Trimmed(trimmed, yearStart, yearEnd);
        string value = SkipSeparator(trimmed, yearEnd);
        string amount;
        string terbilang;
        bool open = false;
        int paren = value.IndexOf('(', StringComparison.Ordinal);
        int prefix = AmountPrefixLength(value);
        if (paren >= 0)
        {
            amount = CollapseCells(value, paren);
            int close = value.LastIndexOf(')');
            if (close > paren)
            {
                terbilang = Trimmed(value, paren + 1, close);
                string after = TrimmedFrom(value, close + 1);
                if (after.Length > 0)
                {
                    // Text after the terbilang's closing parenthesis (a spilled cell): kept as written and reported.
                    form.UnrecognisedLines.Add(new RawLine(line, after));
                    notes.Add(line, TextReaderMessages.UnrecognisedLine, TextReaderMessages.Unrecognised(after));
                }
            }
            else
            {
                terbilang = TrimmedFrom(value, paren + 1);
                open = true;
            }
        }
        else
        {
            amount = Trimmed(value, 0, prefix);
            terbilang = TerbilangText(CollapseCells(value[prefix..]));
        }

        form.Amounts.Add(new RawAmount(line, label, year, amount, terbilang));
        bool endsWithRupiah = terbilang.EndsWith("rupiah", StringComparison.OrdinalIgnoreCase);
        pendingIndex = -1;
        if (open || (terbilang.Length > 0 && !endsWithRupiah) || (terbilang.Length == 0 && amount.Length > 0))
        {
            pendingIndex = form.Amounts.Count - 1;
            pendingLines = 0;
            pendingParen = open;
            pendingNeedsOpen = terbilang.Length == 0 && !open;
        }
    }

    /// <summary>Appends a following line to the pending terbilang; false (and the pending state ends) when the line is
    /// no terbilang text.</summary>
    /// <param name="form">The form.</param>
    /// <param name="trimmed">The trimmed line.</param>
    /// <param name="structural">Whether the line starts another part of the form (a field, a title, a heading).</param>
    public bool TryContinue(RawFormBuilder form, string trimmed, bool structural)
    {
        if (pendingIndex >= form.Amounts.Count || pendingLines >= MaxTerbilangContinuation || structural
            || !IsWordsOnly(StripTerbilangWord(trimmed)))
        {
            pendingIndex = -1;
            return false;
        }

        string piece = trimmed;
        if (pendingNeedsOpen)
        {
            // After an amount with no terbilang, only "(...)" or "terbilang: ..." continues it.
            string words = StripTerbilangWord(piece);
            if (words.Length == piece.Length && !piece.StartsWith('('))
            {
                pendingIndex = -1;
                return false;
            }

            pendingNeedsOpen = false;
            pendingParen = piece.StartsWith('(');
            piece = pendingParen ? piece[1..] : words;
        }

        RawAmount amount = form.Amounts[pendingIndex];
        bool closed = false;
        int close = piece.IndexOf(')', StringComparison.Ordinal);
        if (close >= 0)
        {
            piece = piece[..close];
            closed = true;
        }

        piece = CollapseCells(piece);
        if (!pendingParen && piece.StartsWith('('))
        {
            piece = piece[1..].TrimStart();
        }

        string joined = Join(amount.Terbilang, " ", piece);
        form.Amounts[pendingIndex] = amount with { Terbilang = joined };
        pendingLines++;
        if (closed || (!pendingParen && joined.EndsWith("rupiah", StringComparison.OrdinalIgnoreCase)))
        {
            pendingIndex = -1;
        }

        return true;
    }

    private static int YearEnd(string trimmed, int i)
    {
        int separator = IndexOfSeparator(trimmed, i);
        if (separator >= 0)
        {
            return separator;
        }

        if (i < trimmed.Length && (trimmed[i] is 'n' or 'N') && (i + 1 == trimmed.Length || !char.IsLetter(trimmed[i + 1])))
        {
            int yearEnd = i + 1;
            int j = SkipSpaces(trimmed, yearEnd);
            if (j < trimmed.Length && trimmed[j] is '+' or '-')
            {
                j = SkipSpaces(trimmed, j + 1);
                int digits = j;
                while (j < trimmed.Length && char.IsAsciiDigit(trimmed[j]))
                {
                    j++;
                }

                if (j > digits)
                {
                    yearEnd = j;
                }
            }

            return yearEnd;
        }

        int k = i;
        while (k < trimmed.Length && char.IsAsciiDigit(trimmed[k]))
        {
            k++;
        }

        return k - i == 4 ? k : i;
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && RawLabels.IsSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The text after the amount: a leading <c>terbilang</c> word and colon are not part of the words.</summary>
    private static string TerbilangText(string rest) => StripTerbilangWord(rest).Trim();

    private static string StripTerbilangWord(string text)
    {
        if (!RawLabels.TryMatchWords(text, 0, "terbilang", out int end))
        {
            return text;
        }

        int i = SkipSpacesAndTabs(text, end);
        if (i < text.Length && text[i] == ':')
        {
            i = SkipSpacesAndTabs(text, i + 1);
        }

        return text[i..];
    }

    private static int AmountPrefixLength(string value)
    {
        int i = 0;
        if (value.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            i = 2;
            if (i < value.Length && value[i] == '.')
            {
                i++;
            }
        }

        int last = i;
        while (i < value.Length && (char.IsAsciiDigit(value[i]) || value[i] is '.' or ',' or '-' or ' ' or '\t' or '\u00A0'))
        {
            i++;
            if (char.IsAsciiDigit(value[i - 1]) || value[i - 1] is '-' or ',' or '.')
            {
                last = i;
            }
        }

        if (last < value.Length && char.IsLetter(value[last]))
        {
            // A number glued to the next word (9SERATUS) after a space is no part of the amount: the word keeps it.
            int start = last;
            while (start > 0 && (char.IsAsciiDigit(value[start - 1]) || value[start - 1] is '.' or ',' or '-'))
            {
                start--;
            }

            int end = start;
            while (end > 0 && value[end - 1] is ' ' or '\t' or '\u00A0')
            {
                end--;
            }

            if (end < start && end > 0 && char.IsAsciiDigit(value[end - 1]))
            {
                last = end;
            }
        }

        return last;
    }

    private static int IndexOfSeparator(string s, int from)
    {
        for (int i = from; i < s.Length; i++)
        {
            char c = s[i];
            if (c is ':' or '\t')
            {
                return i;
            }

            if (c == '(' || (char.IsAsciiDigit(c) && i > from + 12))
            {
                return -1;
            }
        }

        return -1;
    }
}
