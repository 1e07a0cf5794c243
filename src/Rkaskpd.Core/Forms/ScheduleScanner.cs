using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace Rkaskpd.Forms;

/// <summary>Reads the facts of one schedule phrase (<c>waktu pelaksanaan</c>) in one linear pass.</summary>
internal sealed class ScheduleScanner
{
    private const int MaxMonthsInRange = 120;

    private readonly List<Token> tokens = [];
    private readonly List<MonthItem> items = [];
    private int pendingFrom;

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
        scanner.Tokenize(KakText.Plain(text));
        scanner.Interpret();
        return scanner;
    }

    /// <summary>Expands the named months, using <paramref name="fallbackYear"/> where no year is written.</summary>
    public void AddNamedMonths(SortedSet<YearMonth> months, int? fallbackYear)
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

    private static int SmallNumberWord(string word) => word switch
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

                string word = text[start..i].ToLowerInvariant();
                if (word == "s" && i + 1 < text.Length && text[i] is '/' or '.' && text[i + 1] is 'd' or 'D'
                    && (i + 2 == text.Length || !char.IsLetter(text[i + 2])))
                {
                    i += 2;
                    if (i < text.Length && text[i] == '.')
                    {
                        i++;
                    }

                    tokens.Add(new Token(TokenKind.Range, "s/d", 0));
                    continue;
                }

                AddWord(word);
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
                tokens.Add(new Token(TokenKind.Number, string.Empty, i - start > 6 ? int.MaxValue : value));
            }
            else
            {
                if (c is '-' or '\u2013' or '\u2014')
                {
                    tokens.Add(new Token(TokenKind.Dash, "-", 0));
                }
                else if (c is ',' or ';' or ':' or '\n')
                {
                    tokens.Add(new Token(TokenKind.Comma, ",", 0));
                }

                i++;
            }
        }
    }

    private void AddWord(string word)
    {
        int month = IndonesianMonths.Lookup(word);
        if (month > 0)
        {
            tokens.Add(new Token(TokenKind.Month, word, month));
            return;
        }

        if (word.Length > 5 && word.StartsWith("bulan", StringComparison.Ordinal)
            && IndonesianMonths.Lookup(word.AsSpan(5)) is int glued and > 0)
        {
            tokens.Add(new Token(TokenKind.Word, "bulan", 0));
            tokens.Add(new Token(TokenKind.Month, word[5..], glued));
            return;
        }

        if (word is "sd" or "hingga" or "sampai" or "sampe" or "until" or "to")
        {
            tokens.Add(new Token(TokenKind.Range, word, 0));
            return;
        }

        if (word == "dengan" && tokens.Count > 0 && tokens[^1] is { Kind: TokenKind.Range, Text: "sampai" or "sampe" })
        {
            return; // "sampai dengan"
        }

        tokens.Add(new Token(TokenKind.Word, word, 0));
    }

    private void Interpret()
    {
        for (int t = 0; t < tokens.Count; t++)
        {
            Token token = tokens[t];
            switch (token.Kind)
            {
                case TokenKind.Month:
                    t = ReadMonthItem(t);
                    break;
                case TokenKind.Number when IsYear(token):
                    AssignYear(token.Value, tokens.Count);
                    break;
                case TokenKind.Number:
                    ReadQuantity(token.Value, t + 1);
                    break;
                case TokenKind.Word:
                    ReadWord(token.Text, t);
                    break;
                default:
                    break;
            }
        }
    }

    private void ReadWord(string word, int t)
    {
        string next = t + 1 < tokens.Count ? tokens[t + 1].Text : string.Empty;
        switch (word)
        {
            case "rutin" or "perbulan" or "bulanan":
                IsRoutine = true;
                break;
            case "tiap" or "setiap" or "per" when next == "bulan":
                IsRoutine = true;
                break;
            case "sepanjang" or "selama" when next == "tahun":
            case "setahun":
                WholeYear = true;
                break;
            default:
                int value = SmallNumberWord(word);
                if (value is >= 2 and <= 9 && next == "belas")
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
        if (unitIndex >= tokens.Count || tokens[unitIndex].Kind != TokenKind.Word)
        {
            return;
        }

        switch (tokens[unitIndex].Text)
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
        if (next < tokens.Count && IsYear(tokens[next]))
        {
            AssignYear(tokens[next].Value, items.Count - 1);
            t = next;
        }

        if (t + 2 < tokens.Count && tokens[t + 1].Kind is TokenKind.Range or TokenKind.Dash && tokens[t + 2].Kind == TokenKind.Month)
        {
            item.EndMonth = tokens[t + 2].Value;
            t += 2;
            next = SkipToYear(t + 1);
            if (next < tokens.Count && IsYear(tokens[next]))
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
        t < tokens.Count && tokens[t] is { Kind: TokenKind.Word, Text: "tahun" or "th" or "thn" } ? t + 1 : t;

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

    private readonly record struct Token(TokenKind Kind, string Text, int Value);

    private sealed class MonthItem(int startMonth)
    {
        public int StartMonth { get; } = startMonth;

        public int? StartYear { get; set; }

        public int? EndMonth { get; set; }

        public int? EndYear { get; set; }
    }
}
