using System;
using System.Buffers;
using System.Globalization;
using NodaTime;

namespace Rkaskpd.Forms;

/// <summary>
/// Reads the parts of one <c>Dasar Hukum</c> reference from its plain, cleaned text (<see cref="LegalReference"/> says
/// what is recognised): the instrument's kind from its name, the issuer, number, year, date and title after their
/// marker words, and an amending instrument, as slices of the text (<see cref="LegalReferenceReading"/>).
/// </summary>
internal static class LegalReferenceReader
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

    private static readonly SearchValues<char> MarkerInitials = SearchValues.Create("dntDNT");

    /// <summary>The ASCII digits; a search for them does not box as the generic <c>IndexOfAnyInRange</c> does until
    /// the JIT optimises it.</summary>
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    // The words between the amended reference and "diubah", and between "diubah" and the amending one, each trimmed in
    // turn (so "sebagaimana telah beberapa kali diubah, terakhir dengan ..." leaves both references bare).
    private static readonly string[] AmendingFillers = ["beberapa kali ", "terakhir dengan ", "dengan ", "oleh ", "menjadi "];
    private static readonly string[] AmendedFillers = ["beberapa kali", "sebagaimana telah", "sebagaimana", "yang telah", "telah", "dan"];

    /// <summary>The marker words, each a whole word matched ignoring ASCII case.</summary>
    private enum Marker
    {
        None,

        /// <summary><c>nomor</c>, <c>nomer</c>, <c>nmr</c>, <c>no</c>.</summary>
        Number,

        /// <summary><c>tahun</c>, <c>thn</c>, <c>th</c>.</summary>
        Year,

        /// <summary><c>tentang</c>, <c>tentan</c>, <c>ttg</c>.</summary>
        Title,

        /// <summary><c>diubah</c>, <c>dirubah</c>.</summary>
        Amendment,

        /// <summary><c>tanggal</c>, <c>tgl</c>.</summary>
        Date,
    }

    /// <summary>Reads a reference from its text, which is already plain and cleaned
    /// (<c>KakText.CleanItem(KakText.Plain(item))</c>), without copying any part of it.</summary>
    /// <param name="text">The reference's text, as <see cref="LegalReference.ForEachItem"/> gives it.</param>
    /// <returns>Its parts, slices of <paramref name="text"/> (or of the amending text).</returns>
    public static LegalReferenceReading Read(ReadOnlySpan<char> text)
    {
        (int titleAt, int titleLength, int amendAt, int amendLength) = FindTitleAndAmendment(text);
        if (amendAt > 0)
        {
            // "... Nomor 13 Tahun 2006 sebagaimana telah diubah dengan ... tentang ..." (the title after the amendment is
            // the amending one's), or "... tentang Pedoman ... sebagaimana telah diubah terakhir dengan ..." (the title
            // before it is this one's).
            bool ownTitle = titleAt >= 0 && titleAt < amendAt;
            ReadOnlySpan<char> rest = text[(amendAt + amendLength)..].TrimStart().TrimStart(',').TrimStart();
            foreach (string filler in AmendingFillers)
            {
                if (rest.StartsWith(filler, StringComparison.OrdinalIgnoreCase))
                {
                    rest = rest[filler.Length..];
                }
            }

            // rest is a tail of a cleaned item, so it is squeezed (single spaces, trimmed); see CleanOfSqueezed.
            bool amended = rest.Length > 0;
            ReadOnlySpan<char> amending = amended ? CleanOfSqueezed(rest) : default;
            ReadOnlySpan<char> own = text[..amendAt].TrimEnd();
            foreach (string filler in AmendedFillers)
            {
                if (own.EndsWith(filler, StringComparison.OrdinalIgnoreCase))
                {
                    own = own[..^filler.Length].TrimEnd().TrimEnd(',');
                }
            }

            return ownTitle && titleAt + titleLength < own.Length
                ? ReadOwn(own, titleAt, titleLength, amending, amended)
                : ReadOwn(own, -1, 0, amending, amended);
        }

        return ReadOwn(text, titleAt, titleLength, default, false);
    }

    /// <summary>
    /// Returns <c>KakText.CleanItem(KakText.Plain(squeezed))</c> for a squeezed text (no leading, trailing or repeated
    /// whitespace, every whitespace a plain space) without rebuilding it when it holds no markup: with no <c>&lt;</c>
    /// and no <c>&amp;</c> nothing is decoded and the whitespace collapsing leaves such a text as it is.
    /// </summary>
    public static ReadOnlySpan<char> CleanOfSqueezed(ReadOnlySpan<char> squeezed) =>
        squeezed.IndexOfAny('<', '&') < 0 ? KakText.CleanItemSlice(squeezed) : KakText.CleanItem(KakText.Plain(squeezed.ToString()));

    private static (int TitleAt, int TitleLength, int AmendAt, int AmendLength) FindTitleAndAmendment(ReadOnlySpan<char> text)
    {
        int titleAt = -1;
        int titleLength = 0;
        int amendAt = -1;
        int amendLength = 0;
        for (int i = NextMarker(text, 0, out Marker marker, out int length); i >= 0 && (titleAt < 0 || amendAt < 0);
            i = NextMarker(text, i + length, out marker, out length))
        {
            switch (marker)
            {
                case Marker.Title when titleAt < 0:
                    (titleAt, titleLength) = (i, length);
                    break;
                case Marker.Amendment when amendAt < 0:
                    (amendAt, amendLength) = (i, length);
                    break;
                default:
                    break;
            }
        }

        return (titleAt, titleLength, amendAt, amendLength);
    }

    private static LegalReferenceReading ReadOwn(ReadOnlySpan<char> own, int titleAt, int titleLength, ReadOnlySpan<char> amending, bool amended)
    {
        (LegalReferenceKind kind, string? impliedIssuer, int nameLength) = MatchKind(own);
        ReadOnlySpan<char> head = titleAt >= 0 ? own[..titleAt] : own;
        bool titled = titleAt >= 0;
        ReadOnlySpan<char> title = titled ? KakText.CleanItemSlice(own[(titleAt + titleLength)..]) : default;

        // One pass over the head's words finds the first number marker (after the name), the first date marker, and
        // the first year marker after the number marker (or after the name when there is none).
        int numberAt = -1;
        int markerLength = 0;
        int yearAt = -1;
        int yearLength = 0;
        int dateAt = -1;
        int dateLength = 0;
        int anyYearAt = -1;
        int anyYearLength = 0;
        for (int i = NextMarker(head, nameLength, out Marker marker, out int length); i >= 0; i = NextMarker(head, i + length, out marker, out length))
        {
            switch (marker)
            {
                case Marker.Number when numberAt < 0 && kind != LegalReferenceKind.Other:
                    (numberAt, markerLength) = (i, length);
                    break;
                case Marker.Year when anyYearAt < 0:
                    (anyYearAt, anyYearLength) = (i, length);
                    if (numberAt >= 0)
                    {
                        (yearAt, yearLength) = (i, length);
                    }

                    break;
                case Marker.Year when numberAt >= 0 && yearAt < 0:
                    (yearAt, yearLength) = (i, length);
                    break;
                case Marker.Date when dateAt < 0:
                    (dateAt, dateLength) = (i, length);
                    break;
                default:
                    break;
            }
        }

        if (numberAt < 0)
        {
            (yearAt, yearLength) = (anyYearAt, anyYearLength);
        }

        ReadOnlySpan<char> number = default;
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

            ReadOnlySpan<char> token = head[start..end].TrimEnd(".-");
            if (token.IndexOfAny(Digits) >= 0)
            {
                consumed = start + token.Length;
                int slash = token.LastIndexOf('/');
                if (slash > 0 && TryYear(token[(slash + 1)..], out int numberYear))
                {
                    year = numberYear;
                    if (token.IndexOf('/') == slash)
                    {
                        token = token[..slash];
                    }
                }

                number = token;
            }
        }

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

            bool range = head[end..].TrimStart().StartsWith("-", StringComparison.Ordinal)
                && head[end..].TrimStart()[1..].TrimStart() is { Length: > 0 } after && char.IsAsciiDigit(after[0]);
            if (!range && TryYear(head[start..end], out int written))
            {
                year = written;
                consumed = Math.Max(consumed, end);
            }
        }

        LocalDate? date = null;
        if (dateAt >= 0 && TryDate(head, dateAt + dateLength, out LocalDate parsedDate, out int dateEnd))
        {
            date = parsedDate;
            consumed = Math.Max(consumed, dateEnd);
        }

        if (!titled && kind != LegalReferenceKind.Other && consumed > nameLength && consumed < head.Length)
        {
            title = KakText.CleanItemSlice(head[consumed..].TrimStart(", "));
        }

        ReadOnlySpan<char> writtenIssuer = default;
        if (kind != LegalReferenceKind.Other)
        {
            // The issuer ends at the first marker after the name; every marker lies within the head.
            int issuerEnd = head.Length;
            foreach (int at in (ReadOnlySpan<int>)[numberAt, yearAt, dateAt, titleAt < 0 ? -1 : Math.Min(titleAt, head.Length)])
            {
                if (at >= nameLength && at < issuerEnd)
                {
                    issuerEnd = at;
                }
            }

            writtenIssuer = KakText.CleanItemSlice(head[nameLength..issuerEnd].Trim(" .,"));
        }

        return new LegalReferenceReading(kind, impliedIssuer, writtenIssuer, number, year, title, date, amending, amended);
    }

    public static (LegalReferenceKind Kind, string? Issuer, int Length) MatchKind(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return (LegalReferenceKind.Other, null, 0);
        }

        // The aliases are lower-case ASCII and ordinal ignore-case equates an ASCII letter only with itself and its
        // other case, so comparing the first character folded to lower case skips most aliases cheaply.
        int first = text[0] | 0x20;
        foreach ((string alias, LegalReferenceKind kind, string? issuer) in Aliases)
        {
            if (alias[0] == first && text.StartsWith(alias, StringComparison.OrdinalIgnoreCase)
                && (text.Length == alias.Length || !char.IsLetter(text[alias.Length])))
            {
                return (kind, issuer, alias.Length);
            }
        }

        return (LegalReferenceKind.Other, null, 0);
    }

    private static bool TryYear(ReadOnlySpan<char> digits, out int year)
    {
        year = 0;
        return digits.Length == 4
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year)
            && year is >= 1900 and <= 2100;
    }

    private static bool TryDate(ReadOnlySpan<char> text, int from, out LocalDate date, out int end)
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

        if (!int.TryParse(text[dayStart..i], NumberStyles.None, CultureInfo.InvariantCulture, out int day)
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

        int month = IndonesianMonths.LookupAnyCase(text[monthStart..i]);
        while (i < text.Length && text[i] is ' ' or '-' or '/')
        {
            i++;
        }

        int yearStart = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        if (month == 0 || !TryYear(text[yearStart..i], out int year)
            || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        end = i;
        return true;
    }

    /// <summary>
    /// Finds the first marker word that starts at or after <paramref name="from"/>: a run of letters, not preceded by a
    /// letter, that <see cref="Classify"/> recognises. Returns its start, or -1.
    /// </summary>
    /// <remarks>
    /// Every marker starts with <c>d</c>, <c>n</c> or <c>t</c> in either case, and ordinal ignore-case matches an ASCII
    /// letter only with ASCII letters, so a vectorised search for those initials skips everything else.
    /// </remarks>
    private static int NextMarker(ReadOnlySpan<char> text, int from, out Marker marker, out int length)
    {
        int i = Math.Max(from, 0);
        while (i < text.Length)
        {
            int found = text[i..].IndexOfAny(MarkerInitials);
            if (found < 0)
            {
                break;
            }

            i += found;
            int end = i + 1;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (i == 0 || !char.IsLetter(text[i - 1]))
            {
                marker = Classify(text[i..end]);
                if (marker != Marker.None)
                {
                    length = end - i;
                    return i;
                }
            }

            i = end; // no word starts inside this run of letters
        }

        marker = Marker.None;
        length = 0;
        return -1;
    }

    /// <summary>
    /// Tells which marker a whole word is. A marker matched ignoring case at a word start and followed by a non-letter
    /// is always the whole word: ordinal ignore-case matches an ASCII letter only with ASCII letters.
    /// </summary>
    private static Marker Classify(ReadOnlySpan<char> word) => word.Length switch
    {
        2 when word.Equals("no", StringComparison.OrdinalIgnoreCase) => Marker.Number,
        2 when word.Equals("th", StringComparison.OrdinalIgnoreCase) => Marker.Year,
        3 when word.Equals("nmr", StringComparison.OrdinalIgnoreCase) => Marker.Number,
        3 when word.Equals("thn", StringComparison.OrdinalIgnoreCase) => Marker.Year,
        3 when word.Equals("ttg", StringComparison.OrdinalIgnoreCase) => Marker.Title,
        3 when word.Equals("tgl", StringComparison.OrdinalIgnoreCase) => Marker.Date,
        5 when word.Equals("nomor", StringComparison.OrdinalIgnoreCase) || word.Equals("nomer", StringComparison.OrdinalIgnoreCase) => Marker.Number,
        5 when word.Equals("tahun", StringComparison.OrdinalIgnoreCase) => Marker.Year,
        6 when word.Equals("tentan", StringComparison.OrdinalIgnoreCase) => Marker.Title,
        6 when word.Equals("diubah", StringComparison.OrdinalIgnoreCase) => Marker.Amendment,
        7 when word.Equals("tentang", StringComparison.OrdinalIgnoreCase) => Marker.Title,
        7 when word.Equals("dirubah", StringComparison.OrdinalIgnoreCase) => Marker.Amendment,
        7 when word.Equals("tanggal", StringComparison.OrdinalIgnoreCase) => Marker.Date,
        _ => Marker.None,
    };
}
