using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
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

    private static readonly SearchValues<char> MarkerInitials = SearchValues.Create("dntDNT");

    /// <summary>The ASCII digits; a search for them does not box as the generic <c>IndexOfAnyInRange</c> does until
    /// the JIT optimises it.</summary>
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly string[] AmendingFillers = ["terakhir dengan ", "dengan ", "oleh ", "menjadi "];
    private static readonly string[] AmendedFillers = ["sebagaimana telah", "yang telah", "telah", "dan"];

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
        string clean = KakText.CleanItem(KakText.Plain(item));
        ReadOnlySpan<char> unmarked = WithoutListMarkers(clean);
        if (unmarked.Length != clean.Length)
        {
            clean = unmarked.ToString();
        }

        return Build(clean, clean);
    }

    /// <summary>An item without the list markers before it, cleaned again after each (an item of a list numbered a
    /// line each: <c>1.&lt;tab&gt;Undang-Undang ...</c>, as Word saves its numbered list, or <c>a) Peraturan ...</c>).</summary>
    private static ReadOnlySpan<char> WithoutListMarkers(ReadOnlySpan<char> item)
    {
        int marker;
        while ((marker = KakHeadings.ListMarkerLength(item)) > 0 && marker < item.Length)
        {
            item = KakText.CleanItemSlice(item[marker..]);
        }

        return item;
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
        var references = new List<LegalReference>();
        ForEachItem(text, static (item, list) => list.Add(Build(item, null)), references);
        return EquatableList<LegalReference>.From(references);
    }

    /// <summary>
    /// Calls <paramref name="action"/> with the text of each reference of a <c>Dasar Hukum</c> text, in written order, as
    /// <see cref="ParseList"/> reads them: plain, cleaned and squeezed, and a slice of the text wherever it can be (a copy
    /// only of a piece that held markup or whitespace to squeeze). <see cref="Read"/> reads each.
    /// </summary>
    /// <typeparam name="TState">The type of the state passed to <paramref name="action"/>.</typeparam>
    /// <param name="text">The section text as written.</param>
    /// <param name="action">Receives each reference's text; pass a static lambda.</param>
    /// <param name="state">The state for <paramref name="action"/>.</param>
    internal static void ForEachItem<TState>(string text, ReadOnlySpanAction<char, TState> action, TState state)
    {
        string plain = KakText.Plain(text);
        foreach (Range part in KakText.SplitListItems(plain, KakText.SplitLines(plain)))
        {
            ReadOnlySpan<char> item = WithoutListMarkers(KakText.CleanItemSlice(plain.AsSpan(part)));
            if (item.Length > 0)
            {
                ForEachSentence(item, action, state);
            }
        }
    }

    /// <summary>Reads a reference from its text, which is already plain and cleaned
    /// (<c>KakText.CleanItem(KakText.Plain(item))</c>), without copying any part of it.</summary>
    /// <param name="text">The reference's text, as <see cref="ForEachItem"/> gives it.</param>
    /// <returns>Its parts, slices of <paramref name="text"/> (or of the amending text).</returns>
    internal static LegalReferenceReading Read(ReadOnlySpan<char> text)
    {
        (int titleAt, int titleLength, int amendAt, int amendLength) = FindTitleAndAmendment(text);
        if (amendAt > 0 && (titleAt < 0 || amendAt < titleAt))
        {
            ReadOnlySpan<char> rest = text[(amendAt + amendLength)..].TrimStart();
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

            return ReadOwn(own, -1, 0, amending, amended);
        }

        return ReadOwn(text, titleAt, titleLength, default, false);
    }

    /// <summary>Reads a reference from its plain, cleaned text and builds it; the text is <paramref name="textString"/>
    /// when the caller has it as a string already.</summary>
    private static LegalReference Build(ReadOnlySpan<char> text, string? textString)
    {
        LegalReferenceReading reading = Read(text);
        return new LegalReference(reading.Kind, textString ?? text.ToString())
        {
            Issuer = reading.Issuer(),
            Number = reading.Number.IsEmpty ? null : reading.Number.ToString(),
            Year = reading.Year,
            Title = reading.Title.IsEmpty ? null : reading.Title.ToString(),
            Date = reading.Date,
            AmendedBy = reading.IsAmended ? Build(reading.Amending, null) : null,
        };
    }

    /// <summary>
    /// Returns <c>KakText.CleanItem(KakText.Plain(squeezed))</c> for a squeezed text (no leading, trailing or repeated
    /// whitespace, every whitespace a plain space) without rebuilding it when it holds no markup: with no <c>&lt;</c>
    /// and no <c>&amp;</c> nothing is decoded and the whitespace collapsing leaves such a text as it is.
    /// </summary>
    private static ReadOnlySpan<char> CleanOfSqueezed(ReadOnlySpan<char> squeezed) =>
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

    private static (LegalReferenceKind Kind, string? Issuer, int Length) MatchKind(ReadOnlySpan<char> text)
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

    /// <summary>
    /// Gives the references of a cleaned item, split before each instrument name that follows a full stop:
    /// <c>... Jawa Timur. Perbup Lumajang ...</c>.
    /// </summary>
    private static void ForEachSentence<TState>(ReadOnlySpan<char> item, ReadOnlySpanAction<char, TState> action, TState state)
    {
        int start = 0;
        for (int i = item.IndexOf('.'); i >= 0 && i + 2 < item.Length; i = NextDot(item, i))
        {
            if (item[i + 1] == ' ' && char.IsUpper(item[i + 2]) && i > start
                && char.IsLetter(item[i - 1]) && MatchKind(item[(i + 2)..]).Kind != LegalReferenceKind.Other
                && !IsNumberMarkerBefore(item, i))
            {
                action(CleanOfSqueezed(item[start..(i + 1)]), state);
                start = i + 2;
            }
        }

        // The item is cleaned, so it is squeezed: cleaning leaves it as it is (its trimming stops at a fixed point that
        // squeezing cannot undo), and so does Plain when it has no markup. Its pieces are squeezed too: they start
        // after ". " and end at the item's end or at a full stop.
        action(start == 0 && item.IndexOfAny('<', '&') < 0 ? item : CleanOfSqueezed(item[start..]), state);
    }

    /// <summary>Returns the index of the next full stop after the one at <paramref name="dot"/>, or -1.</summary>
    private static int NextDot(ReadOnlySpan<char> item, int dot)
    {
        int next = item[(dot + 1)..].IndexOf('.');
        return next < 0 ? -1 : dot + 1 + next;
    }

    private static bool IsNumberMarkerBefore(ReadOnlySpan<char> item, int dot)
    {
        int i = dot;
        while (i > 0 && char.IsLetter(item[i - 1]))
        {
            i--;
        }

        ReadOnlySpan<char> word = item[i..dot];
        return word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("nomor", StringComparison.OrdinalIgnoreCase);
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
