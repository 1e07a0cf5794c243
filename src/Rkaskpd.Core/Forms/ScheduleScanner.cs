using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Rkaskpd.Forms;

/// <summary>Reads the facts of one schedule phrase (<c>waktu pelaksanaan</c>) in one linear pass.</summary>
internal sealed class ScheduleScanner
{
    private const int MaxMonthsInRange = 120;

    private readonly List<MonthItem> items = [];
    private int pendingFrom;

    /// <summary>The phrase in lower case; word tokens point into it.</summary>
    private string lower = string.Empty;

    /// <summary>The tokens, in a rented array that <see cref="Scan"/> returns to the pool.</summary>
    private Token[] tokens = [];
    private int tokenCount;

    private ScheduleScanner()
    {
    }

    private enum TokenKind
    {
        Word,
        Number,
        Month,
        Range,
        Dash,
        Comma,
    }

    /// <summary>Gets the years (1900–2100) mentioned, in order, without repeats.</summary>
    public List<int> Years { get; } = [];

    /// <summary>Gets the first <c>N bulan</c>.</summary>
    public int? StatedMonths { get; private set; }

    /// <summary>Gets the first <c>N tahun</c>.</summary>
    public int? StatedYears { get; private set; }

    /// <summary>Gets the first <c>N kegiatan</c> or <c>N kali</c>.</summary>
    public int? StatedEvents { get; private set; }

    /// <summary>Gets whether the phrase says the work recurs every month.</summary>
    public bool IsRoutine { get; private set; }

    /// <summary>Gets whether the phrase says the work spans the whole year (<c>sepanjang tahun</c>, <c>setahun</c>).</summary>
    public bool WholeYear { get; private set; }

    /// <summary>Scans a phrase.</summary>
    public static ScheduleScanner Scan(string text)
    {
        var scanner = new ScheduleScanner();
        string plain = KakText.Plain(text);

        // Every token consumes at least one character, so the plain text's length bounds the token count.
        scanner.tokens = ArrayPool<Token>.Shared.Rent(plain.Length + 1);
        try
        {
            scanner.Tokenize(plain);
            scanner.Interpret();
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(scanner.tokens);
            scanner.tokens = [];
            scanner.tokenCount = 0;
            scanner.lower = string.Empty;
        }

        return scanner;
    }

    /// <summary>
    /// Expands the named months, using <paramref name="fallbackYear"/> where no year is written. The months are appended
    /// in reading order; the caller sorts them and drops repeats.
    /// </summary>
    public void AddNamedMonths(List<YearMonth> months, int? fallbackYear)
    {
        foreach (MonthItem item in items)
        {
            int? startYear = item.StartYear;
            int? endYear = item.EndYear;
            if (item.EndMonth is int endMonth)
            {
                startYear ??= endYear is int e ? (item.StartMonth <= endMonth ? e : e - 1) : fallbackYear;
                endYear ??= startYear is int s ? (item.StartMonth <= endMonth ? s : s + 1) : null;
                if (startYear is int from && endYear is int to)
                {
                    var first = new YearMonth(from, item.StartMonth);
                    var last = new YearMonth(to, endMonth);
                    if (first.CompareTo(last) > 0)
                    {
                        months.Add(first);
                        continue;
                    }

                    for (int n = 0; n < MaxMonthsInRange && first.PlusMonths(n).CompareTo(last) <= 0; n++)
                    {
                        months.Add(first.PlusMonths(n));
                    }
                }
            }
            else if ((startYear ?? fallbackYear) is int year)
            {
                months.Add(new YearMonth(year, item.StartMonth));
            }
        }
    }

    /// <summary>Gets whether any month is named.</summary>
    public bool NamesMonths => items.Count > 0;

    private static bool IsYear(Token token) => token.Kind == TokenKind.Number && token.Value is >= 1900 and <= 2100;

    private static int SmallNumberWord(ReadOnlySpan<char> word) => word switch
    {
        "satu" or "se" => 1,
        "dua" => 2,
        "tiga" => 3,
        "empat" => 4,
        "lima" => 5,
        "enam" => 6,
        "tujuh" => 7,
        "delapan" => 8,
        "sembilan" => 9,
        "sepuluh" => 10,
        "sebelas" => 11,
        _ => 0,
    };

    private void Tokenize(string text)
    {
        // One lower-casing of the whole phrase instead of one per word: the invariant mapping is per character and keeps
        // the length, and words hold only letters (never surrogates), so each word's slice of this string is exactly the
        // word lower-cased on its own. ToLowerInvariant returns the same instance when nothing changes.
        lower = text.ToLowerInvariant();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                int start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                if (i - start == 1 && lower[start] == 's' && i + 1 < text.Length && text[i] is '/' or '.' && text[i + 1] is 'd' or 'D'
                    && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
                {
                    i += 2;
                    if (i < text.Length && text[i] == '.')
                    {
                        i++;
                    }

                    Add(TokenKind.Range, 0, 0, 0); // "s/d": its text matters to no rule
                    continue;
                }

                AddWord(start, i - start);
            }
            else if (char.IsAsciiDigit(c))
            {
                int start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                ReadOnlySpan<char> digits = text.AsSpan(start, Math.Min(i - start, 6));
                int value = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
                Add(TokenKind.Number, 0, 0, i - start > 6 ? int.MaxValue : value);
            }
            else
            {
                if (c is '-' or '\u2013' or '\u2014')
                {
                    Add(TokenKind.Dash, 0, 0, 0);
                }
                else if (c is ',' or ';' or ':' or '\n')
                {
                    Add(TokenKind.Comma, 0, 0, 0);
                }

                i++;
            }
        }
    }

    private void Add(TokenKind kind, int start, int length, int value) => tokens[tokenCount++] = new Token(kind, start, length, value);

    /// <summary>The lower-case text of a token; empty for numbers and punctuation.</summary>
    private ReadOnlySpan<char> TextOf(int t) => lower.AsSpan(tokens[t].Start, tokens[t].Length);

    private void AddWord(int start, int length)
    {
        ReadOnlySpan<char> word = lower.AsSpan(start, length);
        int month = IndonesianMonths.Lookup(word);
        if (month > 0)
        {
            Add(TokenKind.Month, start, length, month);
            return;
        }

        if (word.Length > 5 && word.StartsWith("bulan", StringComparison.Ordinal)
            && IndonesianMonths.Lookup(word[5..]) is int glued and > 0)
        {
            Add(TokenKind.Word, start, 5, 0);
            Add(TokenKind.Month, start + 5, length - 5, glued);
            return;
        }

        if (word is "sd" or "hingga" or "sampai" or "sampe" or "until" or "to")
        {
            Add(TokenKind.Range, start, length, 0);
            return;
        }

        if (word is "dengan" && tokenCount > 0 && tokens[tokenCount - 1].Kind == TokenKind.Range
            && TextOf(tokenCount - 1) is "sampai" or "sampe")
        {
            return; // "sampai dengan"
        }

        Add(TokenKind.Word, start, length, 0);
    }

    private void Interpret()
    {
        for (int t = 0; t < tokenCount; t++)
        {
            Token token = tokens[t];
            switch (token.Kind)
            {
                case TokenKind.Month:
                    t = ReadMonthItem(t);
                    break;
                case TokenKind.Number when IsYear(token):
                    AssignYear(token.Value, tokenCount);
                    break;
                case TokenKind.Number:
                    ReadQuantity(token.Value, t + 1);
                    break;
                case TokenKind.Word:
                    ReadWord(t);
                    break;
                default:
                    break;
            }
        }
    }

    private void ReadWord(int t)
    {
        ReadOnlySpan<char> word = TextOf(t);
        ReadOnlySpan<char> next = t + 1 < tokenCount ? TextOf(t + 1) : [];
        switch (word)
        {
            case "rutin" or "perbulan" or "bulanan":
                IsRoutine = true;
                break;
            case "tiap" or "setiap" or "per" when next is "bulan":
                IsRoutine = true;
                break;
            case "sepanjang" or "selama" when next is "tahun":
            case "setahun":
                WholeYear = true;
                break;
            default:
                int value = SmallNumberWord(word);
                if (value is >= 2 and <= 9 && next is "belas")
                {
                    ReadQuantity(value + 10, t + 2);
                }
                else if (value > 0)
                {
                    ReadQuantity(value, t + 1);
                }

                break;
        }
    }

    private void ReadQuantity(int value, int unitIndex)
    {
        if (unitIndex >= tokenCount || tokens[unitIndex].Kind != TokenKind.Word)
        {
            return;
        }

        switch (TextOf(unitIndex))
        {
            case "bulan" or "bln" or "bl":
                StatedMonths ??= value;
                break;
            case "tahun" or "thn" or "th":
                StatedYears ??= value;
                break;
            case "kegiatan" or "kali" or "keg" or "event" or "acara":
                StatedEvents ??= value;
                break;
            default:
                break;
        }
    }

    private int ReadMonthItem(int t)
    {
        var item = new MonthItem(tokens[t].Value);
        items.Add(item);
        int next = SkipToYear(t + 1);
        if (next < tokenCount && IsYear(tokens[next]))
        {
            AssignYear(tokens[next].Value, items.Count - 1);
            t = next;
        }

        if (t + 2 < tokenCount && tokens[t + 1].Kind is TokenKind.Range or TokenKind.Dash && tokens[t + 2].Kind == TokenKind.Month)
        {
            item.EndMonth = tokens[t + 2].Value;
            t += 2;
            next = SkipToYear(t + 1);
            if (next < tokenCount && IsYear(tokens[next]))
            {
                item.EndYear = tokens[next].Value;
                AssignYear(tokens[next].Value, items.Count);
                t = next;
            }
        }

        return t;
    }

    /// <summary>Skips <c>tahun</c>/<c>th</c> between a month and its year.</summary>
    private int SkipToYear(int t) =>
        t < tokenCount && tokens[t].Kind == TokenKind.Word && TextOf(t) is "tahun" or "th" or "thn" ? t + 1 : t;

    /// <summary>Records a year and gives it to every month item still without one, up to <paramref name="limit"/>.</summary>
    private void AssignYear(int year, int limit)
    {
        if (!Years.Contains(year))
        {
            Years.Add(year);
        }

        int end = Math.Min(limit + 1, items.Count);
        for (int k = pendingFrom; k < end; k++)
        {
            if (items[k].StartYear is null)
            {
                items[k].StartYear = items[k].EndMonth is int endMonth && endMonth < items[k].StartMonth ? year - 1 : year;
            }

            if (items[k].EndMonth is not null && items[k].EndYear is null)
            {
                items[k].EndYear = year;
            }
        }

        pendingFrom = Math.Max(pendingFrom, end);
    }

    /// <summary>A token: its kind, where its lower-case text lies in <see cref="lower"/> (words only), and its value.</summary>
    private readonly record struct Token(TokenKind Kind, int Start, int Length, int Value);

    private sealed class MonthItem(int startMonth)
    {
        public int StartMonth { get; } = startMonth;

        public int? StartYear { get; set; }

        public int? EndMonth { get; set; }

        public int? EndYear { get; set; }
    }
}
