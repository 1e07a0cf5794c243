using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;

namespace Rkaskpd.Forms;

/// <summary>
/// One item of a KAK <c>Dasar Hukum</c> (legal basis): a law, regulation, decree or plan, with what could be read from
/// it and the item text as written.
/// </summary>
/// <remarks>
/// <para>
/// Recognised: the kind from its full or short name (<c>UU</c>, <c>PP</c>, <c>Perpres</c>, <c>Inpres</c> and
/// <c>Intruksi Presiden</c>, <c>Permendagri</c>, <c>Keputusan Menteri</c>, <c>Pergub</c>, <c>Perda</c>, <c>Perbup</c>,
/// <c>Perwali</c>, <c>Intruksi Bupati</c>, <c>SK</c>), the issuer or region written between the name and the number
/// (<c>Perbup Lumajang</c>, <c>Peraturan Gubernur Jatim</c>), the number after <c>No</c>/<c>Nomor</c>, the year after
/// <c>tahun</c>/<c>th</c> or inside the number (<c>15/2008</c> is number 15 of 2008; <c>188/115/KPTS/013/2010</c> keeps its
/// whole number and gives year 2010), the date after <c>tanggal</c>, and the title after <c>tentang</c>.
/// </para>
/// <para>
/// An amendment written in one item (<c>Permendagri Nomor 15/2008 diubah Permendagri Nomor 67/2011 ...</c>) is one
/// reference, the amended one, whose <see cref="AmendedBy"/> holds the amending one. Equality compares every member.
/// </para>
/// </remarks>
/// <param name="Kind">The kind of instrument.</param>
/// <param name="Text">The item text as written (bullets and trailing separators trimmed).</param>
public sealed record LegalReference(LegalReferenceKind Kind, string Text)
{
    private static readonly (string Alias, LegalReferenceKind Kind, string? Issuer)[] Aliases =
    [
        ("undang-undang", LegalReferenceKind.UndangUndang, null),
        ("undang undang", LegalReferenceKind.UndangUndang, null),
        ("uu", LegalReferenceKind.UndangUndang, null),
        ("peraturan pemerintah", LegalReferenceKind.PeraturanPemerintah, null),
        ("pp", LegalReferenceKind.PeraturanPemerintah, null),
        ("peraturan presiden", LegalReferenceKind.PeraturanPresiden, null),
        ("perpres", LegalReferenceKind.PeraturanPresiden, null),
        ("instruksi presiden", LegalReferenceKind.InstruksiPresiden, null),
        ("intruksi presiden", LegalReferenceKind.InstruksiPresiden, null),
        ("inpres", LegalReferenceKind.InstruksiPresiden, null),
        ("keputusan presiden", LegalReferenceKind.SuratKeputusan, "Presiden"),
        ("keppres", LegalReferenceKind.SuratKeputusan, "Presiden"),
        ("peraturan menteri dalam negeri", LegalReferenceKind.PeraturanMenteri, "Menteri Dalam Negeri"),
        ("permendagri", LegalReferenceKind.PeraturanMenteri, "Menteri Dalam Negeri"),
        ("peraturan menteri keuangan", LegalReferenceKind.PeraturanMenteri, "Menteri Keuangan"),
        ("permenkeu", LegalReferenceKind.PeraturanMenteri, "Menteri Keuangan"),
        ("pmk", LegalReferenceKind.PeraturanMenteri, "Menteri Keuangan"),
        ("peraturan menteri", LegalReferenceKind.PeraturanMenteri, null),
        ("permen", LegalReferenceKind.PeraturanMenteri, null),
        ("keputusan menteri dalam negeri", LegalReferenceKind.KeputusanMenteri, "Menteri Dalam Negeri"),
        ("kepmendagri", LegalReferenceKind.KeputusanMenteri, "Menteri Dalam Negeri"),
        ("keputusan menteri", LegalReferenceKind.KeputusanMenteri, null),
        ("kepmen", LegalReferenceKind.KeputusanMenteri, null),
        ("peraturan gubernur", LegalReferenceKind.PeraturanGubernur, null),
        ("pergub", LegalReferenceKind.PeraturanGubernur, null),
        ("peraturan daerah", LegalReferenceKind.PeraturanDaerah, null),
        ("perda", LegalReferenceKind.PeraturanDaerah, null),
        ("peraturan bupati", LegalReferenceKind.PeraturanBupati, null),
        ("perbup", LegalReferenceKind.PeraturanBupati, null),
        ("peraturan walikota", LegalReferenceKind.PeraturanWalikota, null),
        ("peraturan wali kota", LegalReferenceKind.PeraturanWalikota, null),
        ("perwali", LegalReferenceKind.PeraturanWalikota, null),
        ("perwalkot", LegalReferenceKind.PeraturanWalikota, null),
        ("instruksi bupati", LegalReferenceKind.InstruksiBupati, null),
        ("intruksi bupati", LegalReferenceKind.InstruksiBupati, null),
        ("inbup", LegalReferenceKind.InstruksiBupati, null),
        ("surat keputusan", LegalReferenceKind.SuratKeputusan, null),
        ("sk", LegalReferenceKind.SuratKeputusan, null),
        ("kepbup", LegalReferenceKind.SuratKeputusan, "Bupati"),
        ("kepgub", LegalReferenceKind.SuratKeputusan, "Gubernur"),
        ("keputusan", LegalReferenceKind.SuratKeputusan, null),
    ];

    private static readonly string[] NumberMarkers = ["nomor", "nomer", "nmr", "no"];
    private static readonly string[] YearMarkers = ["tahun", "thn", "th"];
    private static readonly string[] TitleMarkers = ["tentang", "tentan", "ttg"];
    private static readonly string[] AmendmentMarkers = ["diubah", "dirubah"];

    /// <summary>Gets the issuing body or region as written, e.g. <c>Lumajang</c>, <c>Jatim</c>, <c>Gubernur Jatim</c>.</summary>
    /// <value>
    /// The words between the instrument's name and its number; for names that carry their issuer
    /// (<c>Permendagri</c>) the issuer they imply (<c>Menteri Dalam Negeri</c>); otherwise <see langword="null"/>.
    /// </value>
    public string? Issuer { get; init; }

    /// <summary>Gets the number as written after <c>No</c>/<c>Nomor</c>, e.g. <c>86</c> or <c>188/115/KPTS/013/2010</c>.</summary>
    public string? Number { get; init; }

    /// <summary>Gets the year of issue, from <c>tahun 2016</c> or from the number (<c>15/2008</c>).</summary>
    public int? Year { get; init; }

    /// <summary>Gets the title: the text after <c>tentang</c>, or after the number when no <c>tentang</c> is written.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the date of issue from <c>tanggal 7 April 2010</c>.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>Gets the amending instrument when the item says <c>... diubah ...</c> (amended by).</summary>
    public LegalReference? AmendedBy { get; init; }

    /// <summary>Reads one item. Never throws for any text.</summary>
    /// <param name="item">The item as written, e.g. <c>Perbup Lumajang No. 86 tahun 2016 tentang ...</c>.</param>
    /// <returns>The reference; <see cref="LegalReferenceKind.Other"/> when no instrument name starts the item.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is <see langword="null"/>.</exception>
    public static LegalReference Parse(string item)
    {
        ArgumentNullException.ThrowIfNull(item);
        string text = KakText.CleanItem(KakText.Plain(item));
        int titleAt = FindWord(text, TitleMarkers, 0, out int titleLength);
        int amendAt = FindWord(text, AmendmentMarkers, 0, out int amendLength);
        LegalReference? amendedBy = null;
        string own = text;
        if (amendAt > 0 && (titleAt < 0 || amendAt < titleAt))
        {
            string rest = text[(amendAt + amendLength)..].TrimStart();
            foreach (string filler in (string[])["terakhir dengan ", "dengan ", "oleh ", "menjadi "])
            {
                if (rest.StartsWith(filler, StringComparison.OrdinalIgnoreCase))
                {
                    rest = rest[filler.Length..];
                }
            }

            amendedBy = rest.Length > 0 ? Parse(rest) : null;
            own = text[..amendAt].TrimEnd();
            foreach (string filler in (string[])["sebagaimana telah", "yang telah", "telah", "dan"])
            {
                if (own.EndsWith(filler, StringComparison.OrdinalIgnoreCase))
                {
                    own = own[..^filler.Length].TrimEnd().TrimEnd(',');
                }
            }

            titleAt = -1;
        }

        return ParseOwn(text, own, titleAt, titleLength) with { AmendedBy = amendedBy };
    }

    /// <summary>
    /// Splits a <c>Dasar Hukum</c> text into items and reads each. Items may be separated by dash bullets
    /// (<c> - </c>), numbering (<c>1. 2. 3.</c>), <c>;</c>, HTML list markup or line breaks, or simply follow one another
    /// after a full stop (<c>... Jawa Timur. Perbup Lumajang No. 86 ...</c>). Year ranges (<c>2019 - 2024</c>) are kept.
    /// Never throws for any text.
    /// </summary>
    /// <param name="text">The section text as written.</param>
    /// <returns>The references in written order; empty for a blank text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static IReadOnlyList<LegalReference> ParseList(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        List<string> parts = KakText.SplitListItems(KakText.SplitLines([KakText.Plain(text)]));
        var references = new List<LegalReference>();
        foreach (string part in KakText.Clean(parts))
        {
            foreach (string sentence in SplitBeforeInstruments(part))
            {
                references.Add(Parse(sentence));
            }
        }

        return EquatableList<LegalReference>.From(references);
    }

    private static LegalReference ParseOwn(string text, string own, int titleAt, int titleLength)
    {
        (LegalReferenceKind kind, string? impliedIssuer, int nameLength) = MatchKind(own);
        string head = titleAt >= 0 ? own[..titleAt] : own;
        string? title = titleAt >= 0 ? KakText.CleanItem(own[(titleAt + titleLength)..]) : null;

        int markerLength = 0;
        int numberAt = kind == LegalReferenceKind.Other ? -1 : FindWord(head, NumberMarkers, nameLength, out markerLength);
        string? number = null;
        int? year = null;
        int consumed = nameLength;
        if (numberAt >= 0)
        {
            int start = numberAt + markerLength;
            while (start < head.Length && (char.IsWhiteSpace(head[start]) || head[start] is '.' or ':'))
            {
                start++;
            }

            int end = start;
            while (end < head.Length && (char.IsLetterOrDigit(head[end]) || head[end] is '/' or '.' or '-'))
            {
                end++;
            }

            string token = head[start..end].TrimEnd('.', '-');
            if (token.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
            {
                number = token;
                consumed = start + token.Length;
                int slash = token.LastIndexOf('/');
                if (slash > 0 && TryYear(token.AsSpan(slash + 1), out int numberYear))
                {
                    year = numberYear;
                    if (token.IndexOf('/', StringComparison.Ordinal) == slash)
                    {
                        number = token[..slash];
                    }
                }
            }
        }

        int yearAt = FindWord(head, YearMarkers, Math.Max(nameLength, numberAt), out int yearLength);
        if (yearAt >= 0)
        {
            int start = yearAt + yearLength;
            while (start < head.Length && (char.IsWhiteSpace(head[start]) || head[start] == '.'))
            {
                start++;
            }

            int end = start;
            while (end < head.Length && char.IsAsciiDigit(head[end]))
            {
                end++;
            }

            bool range = head.AsSpan(end).TrimStart().StartsWith("-", StringComparison.Ordinal)
                && head.AsSpan(end).TrimStart()[1..].TrimStart() is { Length: > 0 } after && char.IsAsciiDigit(after[0]);
            if (!range && TryYear(head.AsSpan(start, end - start), out int written))
            {
                year = written;
                consumed = Math.Max(consumed, end);
            }
        }

        LocalDate? date = null;
        int dateAt = FindWord(head, ["tanggal", "tgl"], nameLength, out int dateLength);
        if (dateAt >= 0 && TryDate(head, dateAt + dateLength, out LocalDate parsedDate, out int dateEnd))
        {
            date = parsedDate;
            consumed = Math.Max(consumed, dateEnd);
        }

        if (title is null && kind != LegalReferenceKind.Other && consumed > nameLength && consumed < head.Length)
        {
            string rest = KakText.CleanItem(head[consumed..].TrimStart(',', ' '));
            title = rest.Length > 0 ? rest : null;
        }

        string? issuer = impliedIssuer;
        if (kind != LegalReferenceKind.Other)
        {
            int issuerEnd = new[] { numberAt, yearAt, dateAt, titleAt < 0 ? -1 : Math.Min(titleAt, head.Length) }
                .Where(i => i >= nameLength).DefaultIfEmpty(head.Length).Min();
            string written = KakText.CleanItem(head[nameLength..issuerEnd].Trim(' ', '.', ','));
            if (written.Length > 0)
            {
                issuer = impliedIssuer is null ? written : impliedIssuer + " " + written;
            }
        }

        return new LegalReference(kind, text)
        {
            Issuer = issuer,
            Number = number,
            Year = year,
            Title = string.IsNullOrEmpty(title) ? null : title,
            Date = date,
        };
    }

    private static (LegalReferenceKind Kind, string? Issuer, int Length) MatchKind(ReadOnlySpan<char> text)
    {
        foreach ((string alias, LegalReferenceKind kind, string? issuer) in Aliases)
        {
            if (text.StartsWith(alias, StringComparison.OrdinalIgnoreCase)
                && (text.Length == alias.Length || !char.IsLetter(text[alias.Length])))
            {
                return (kind, issuer, alias.Length);
            }
        }

        return (LegalReferenceKind.Other, null, 0);
    }

    /// <summary>Splits before an instrument name that follows a full stop: <c>... Jawa Timur. Perbup Lumajang ...</c>.</summary>
    private static IEnumerable<string> SplitBeforeInstruments(string item)
    {
        int start = 0;
        for (int i = 0; i + 2 < item.Length; i++)
        {
            if (item[i] == '.' && item[i + 1] == ' ' && char.IsUpper(item[i + 2]) && i > start
                && char.IsLetter(item[i - 1]) && MatchKind(item.AsSpan(i + 2)).Kind != LegalReferenceKind.Other
                && !IsNumberMarkerBefore(item, i))
            {
                yield return item[start..(i + 1)];
                start = i + 2;
            }
        }

        yield return item[start..];
    }

    private static bool IsNumberMarkerBefore(string item, int dot)
    {
        int i = dot;
        while (i > 0 && char.IsLetter(item[i - 1]))
        {
            i--;
        }

        ReadOnlySpan<char> word = item.AsSpan(i, dot - i);
        return word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nomor", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryYear(ReadOnlySpan<char> digits, out int year)
    {
        year = 0;
        return digits.Length == 4
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= 1900 and <= 2100;
    }

    private static bool TryDate(string text, int from, out LocalDate date, out int end)
    {
        date = default;
        end = from;
        int i = from;
        while (i < text.Length && !char.IsAsciiDigit(text[i]) && i - from < 3)
        {
            i++;
        }

        int dayStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (!int.TryParse(text.AsSpan(dayStart, i - dayStart), NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || i - dayStart > 2)
        {
            return false;
        }

        while (i < text.Length && text[i] is ' ' or '-' or '/')
        {
            i++;
        }

        int monthStart = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        int month = IndonesianMonths.Lookup(text.AsSpan(monthStart, i - monthStart).ToString().ToLowerInvariant());
        while (i < text.Length && text[i] is ' ' or '-' or '/')
        {
            i++;
        }

        int yearStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (month == 0 || !TryYear(text.AsSpan(yearStart, i - yearStart), out int year)
            || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        end = i;
        return true;
    }

    /// <summary>Finds the first of <paramref name="words"/> standing as a whole word at or after <paramref name="from"/>.</summary>
    private static int FindWord(string text, string[] words, int from, out int length)
    {
        for (int i = Math.Max(from, 0); i < text.Length; i++)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                continue;
            }

            foreach (string word in words)
            {
                if (text.AsSpan(i).StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    && (i + word.Length == text.Length || !char.IsLetter(text[i + word.Length])))
                {
                    length = word.Length;
                    return i;
                }
            }
        }

        length = 0;
        return -1;
    }
}
