using System;
using Rkaskpd.Forms;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Recognises the lines of a form's KAK (Kerangka Acuan Kerja) without reading them: its title
/// (<c>KERANGKA ACUAN KERJA (KAK) PERKIRAAN REKENING BELANJA</c>), the header row of its two-column table, a line that
/// starts with a KAK heading (past leading HTML tags), and a <c>&lt;p&gt;Heading :</c> inside a cell. The
/// <see cref="KakReader"/> reads the sections; the scanner uses these tests to decide where the KAK starts and ends.</summary>
internal static class KakLines
{
    /// <summary>Returns whether a trimmed line starts with the KAK title; <paramref name="rest"/> is where the trimmed
    /// rest of the line starts (the line's length when nothing follows).</summary>
    public static bool IsTitle(ReadOnlySpan<char> trimmed, out int rest)
    {
        rest = trimmed.Length;
        if (!RawLabels.TryMatchWords(trimmed, 0, "KERANGKA ACUAN KERJA", out int end))
        {
            return false;
        }

        int p = SkipSpacesAndTabs(trimmed, end);
        if (trimmed[p..].StartsWith("(KAK)", StringComparison.OrdinalIgnoreCase))
        {
            p += "(KAK)".Length;
        }

        p = SkipSpacesAndTabs(trimmed, p);
        if (RawLabels.TryMatchWords(trimmed, p, "PERKIRAAN REKENING BELANJA", out int after))
        {
            p = after;
        }

        // The line is trimmed at its end, so the rest's trimmed form starts past its leading white space.
        while (p < trimmed.Length && char.IsWhiteSpace(trimmed[p]))
        {
            p++;
        }

        rest = p;
        return true;
    }

    /// <summary>Returns whether a trimmed line is the header row of the KAK table (<c>PERKIRAAN REKENING BELANJA</c>,
    /// <c>Keterangan Uraian</c>, or both on one line) and nothing else: a line with more text is read, not skipped.</summary>
    public static bool IsTableHeader(ReadOnlySpan<char> trimmed)
    {
        if (RawLabels.TryMatchWords(trimmed, 0, "PERKIRAAN REKENING BELANJA", out int headerEnd))
        {
            ReadOnlySpan<char> rest = trimmed[headerEnd..].Trim();
            return rest.IsEmpty || IsColumnHeader(rest);
        }

        return IsColumnHeader(trimmed);
    }

    /// <summary>Words a KAK's title block puts before what it names (<c>NAMA KEGIATAN : ...</c>), besides the labels
    /// of the form's own fields.</summary>
    private static readonly string[] TitleWords = ["Nama", "Judul", "Kegiatan", "Program", "SKPD", "OPD", "Unit", "Kerja", "Tahun", "Anggaran"];

    /// <summary>Returns whether a trimmed line of a KAK's title block (under <c>KERANGKA ACUAN KERJA</c>, before its
    /// first section) only says what the form already holds: it is label words (<see cref="TitleWords"/>) and pieces
    /// of the label, code or name of the form's header fields, its pemerintah daerah or its tahun anggaran, each piece
    /// two or more words or numbers in a row as that text has them, or the whole of it (<c>KEGIATAN : PEMELIHARAAN
    /// RUTIN JALAN</c>, <c>DINAS PEKERJAAN UMUM KABUPATEN TANAH LAUT</c>, <c>TAHUN ANGGARAN 2020</c>); the pieces of
    /// codes and names all come from one field (the region, the year and the labels go with any). A line with anything
    /// else is no title line: it stays KAK text, so nothing the form does not hold is left out (a program's code followed
    /// by a name of words taken from the kegiatan's name names another program).</summary>
    public static bool IsTitleField(RawFormBuilder current, ReadOnlySpan<char> trimmed)
    {
        bool letters = false;
        int owner = -1;
        int i = 0;
        while (NextToken(trimmed, ref i, out ReadOnlySpan<char> token))
        {
            letters |= char.IsLetter(token[0]);
            if (IsTitleWord(token))
            {
                continue;
            }

            int start = i - token.Length;
            int end = PieceEnd(current, trimmed, start, owner, out int field);
            if (end < 0 || (field >= 0 && owner >= 0 && field != owner))
            {
                return false;
            }

            owner = field >= 0 ? field : owner;

            foreach (char c in trimmed[start..end])
            {
                letters |= char.IsLetter(c);
            }

            i = end;
        }

        return letters;
    }

    /// <summary>The end in <paramref name="line"/> of the longest piece starting at the token at
    /// <paramref name="start"/> that the form's header holds as written (<see cref="MatchedEnd"/>); -1 when there is
    /// none. <paramref name="field"/> is the index of the field whose code or name holds it (<paramref name="owner"/>'s
    /// when it holds a piece as long), or -1 for a label, the region or the year.</summary>
    private static int PieceEnd(RawFormBuilder current, ReadOnlySpan<char> line, int start, int owner, out int field)
    {
        int best = Math.Max(MatchedEnd(current.PemerintahDaerah?.Text, line, start), MatchedEnd(current.TahunAnggaran?.Text, line, start));
        field = -1;
        for (int f = 0; f < current.Fields.Count; f++)
        {
            RawField candidate = current.Fields[f];
            int label = MatchedEnd(candidate.Label, line, start);
            if (label > best)
            {
                (best, field) = (label, -1);
            }

            int end = Math.Max(MatchedEnd(candidate.Name, line, start), MatchedEnd(candidate.Code, line, start));
            if (end > best || (end == best && end >= 0 && f == owner))
            {
                (best, field) = (end, f);
            }
        }

        return best;
    }

    /// <summary>Where the longest run of <paramref name="line"/>'s tokens from <paramref name="start"/> that is also a
    /// run of <paramref name="text"/>'s tokens (ignoring case) ends, when the run is two tokens or more or the whole of
    /// <paramref name="text"/>; -1 otherwise.</summary>
    private static int MatchedEnd(string? text, ReadOnlySpan<char> line, int start)
    {
        int best = -1;
        int from = 0;
        int whole = -1; // the text's token count, counted once when a run may be all of it
        while (text is not null && NextToken(text, ref from, out ReadOnlySpan<char> first))
        {
            int lineAt = start;
            if (!NextToken(line, ref lineAt, out ReadOnlySpan<char> word) || !word.Equals(first, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int count = 1;
            int textAt = from;
            int end = lineAt;
            while (NextToken(text, ref textAt, out ReadOnlySpan<char> expected)
                && NextToken(line, ref lineAt, out word) && word.Equals(expected, StringComparison.OrdinalIgnoreCase))
            {
                count++;
                end = lineAt;
            }

            if (count >= 2 || count == (whole < 0 ? whole = CountTokens(text) : whole))
            {
                best = Math.Max(best, end);
            }
        }

        return best;
    }

    private static int CountTokens(string text)
    {
        int count = 0;
        for (int i = 0; NextToken(text, ref i, out _);)
        {
            count++;
        }

        return count;
    }

    private static bool IsTitleWord(ReadOnlySpan<char> token)
    {
        foreach (string word in TitleWords)
        {
            if (token.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Finds the next run of letters or of digits at or after <paramref name="i"/>, moving past it.</summary>
    private static bool NextToken(ReadOnlySpan<char> text, ref int i, out ReadOnlySpan<char> token)
    {
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        int start = i;
        bool digits = i < text.Length && char.IsDigit(text[i]);
        while (i < text.Length && char.IsLetterOrDigit(text[i]) && char.IsDigit(text[i]) == digits)
        {
            i++;
        }

        token = text[start..i];
        return token.Length > 0;
    }

    private static bool IsColumnHeader(ReadOnlySpan<char> trimmed) =>
        RawLabels.TryMatchWords(trimmed, 0, "Keterangan", out int end)
        && trimmed[end..].Trim().Equals("Uraian", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns whether a trimmed line starts with a KAK heading, past leading HTML tags and a list marker
    /// (<c>A. LATAR BELAKANG</c>), is a list marker and a heading alone (<see cref="IsListedHeading"/>), or starts with
    /// the heading of a part outside the eight sections (<see cref="StartsWithOtherPart"/>).</summary>
    public static bool StartsWithHeading(ReadOnlySpan<char> trimmed)
    {
        int p = SkipLeadingTags(trimmed, 0, out _);
        int marker = Forms.KakHeadings.ListMarkerLength(trimmed[p..]);
        return RawLabels.TryMatchKakHeading(trimmed, p + marker, out _, out _)
            || IsHeadingAlone(trimmed[(p + marker)..], marker > 0, out _, out _)
            || StartsWithOtherPart(trimmed, p, out _, out _);
    }

    /// <summary>
    /// Returns whether <paramref name="rest"/>, a line after its list marker (<paramref name="marked"/>) or a whole line,
    /// is a KAK heading alone (<see cref="IsListedHeading"/>). Without a marker the line must be written as a heading
    /// is: in capitals (<c>KONSEP KEGAITAN</c>, as a word processor's heading style or pandoc's plain text leaves it) or
    /// spelled right (<c>Alur Kegiatan</c>), so a line of text that happens to be close to a heading stays text.
    /// </summary>
    public static bool IsHeadingAlone(ReadOnlySpan<char> rest, bool marked, out Forms.KakSectionKind kind, out ReadOnlySpan<char> heading)
    {
        if (!IsListedHeading(rest, out kind, out heading))
        {
            return false;
        }

        return marked || !heading.ContainsAnyInRange('a', 'z') || (Forms.KakHeadings.TryRecognize(heading, out _, out bool exact) && exact);
    }

    /// <summary>
    /// Returns whether <paramref name="rest"/>, a line after its list marker, is a KAK heading alone, as a region's KAK
    /// template numbers its sections (<c>A. LATAR BELAKANG</c>, <c>G. Alur Kegiatn</c>): the whole of it (at most four
    /// words, no digits, perhaps a colon) is the heading, possibly misspelled; <paramref name="heading"/> gets it.
    /// </summary>
    public static bool IsListedHeading(ReadOnlySpan<char> rest, out Forms.KakSectionKind kind, out ReadOnlySpan<char> heading)
    {
        heading = rest.Trim().TrimEnd(':').TrimEnd();
        kind = default;
        int names = heading.Count('/') + 1; // "Ruang Lingkup Kegiatan / Bentuk Kegiatan": two names of one section
        return heading.Length >= 4 && heading.Length <= RawLabels.MaxCandidateLength * names && heading.Count(' ') <= (5 * names) - 2
            && !heading.ContainsAnyInRange('0', '9') && Forms.KakHeadings.TryRecognize(heading, out kind, out _);
    }

    /// <summary>
    /// Returns whether the row from <paramref name="p"/> on starts with the heading of a KAK part outside the eight
    /// sections (<see cref="KakHeadings.IsOtherPart"/>): a list marker and the heading alone (<c>III. SASARAN</c>), the
    /// heading alone in capitals (<c>PENUTUP</c>), or the heading and a colon with the part's text after it
    /// (<c>Sasaran : ...</c>). <paramref name="heading"/> gets the heading as written, <paramref name="textStart"/>
    /// where the part's text starts (the row's length when none follows).
    /// </summary>
    public static bool StartsWithOtherPart(ReadOnlySpan<char> s, int p, out ReadOnlySpan<char> heading, out int textStart)
    {
        textStart = s.Length;
        int marker = KakHeadings.ListMarkerLength(s[p..]);
        ReadOnlySpan<char> rest = s[(p + marker)..];
        heading = rest.Trim().TrimEnd(':').TrimEnd();
        if (heading.Length <= RawLabels.MaxCandidateLength && (marker > 0 || !heading.ContainsAnyInRange('a', 'z'))
            && KakHeadings.IsOtherPart(heading))
        {
            return true;
        }

        int colon = rest.IndexOfAny(':', '\t');
        if (colon > 0 && colon <= RawLabels.MaxCandidateLength && rest[colon] == ':' && KakHeadings.IsOtherPart(rest[..colon]))
        {
            heading = rest[..colon].Trim();
            textStart = SkipSpacesAndTabs(s, p + marker + colon + 1);
            return true;
        }

        heading = default;
        return false;
    }

    /// <summary>Returns whether a trimmed line starts with a KAK heading followed by a colon, past leading HTML tags.</summary>
    public static bool StartsWithHeadingAndColon(string trimmed)
    {
        int p = SkipLeadingTags(trimmed, 0, out _);
        if (!RawLabels.TryMatchKakHeading(trimmed, p, out _, out int end))
        {
            return false;
        }

        int after = SkipSpacesAndTabs(trimmed, end);
        return after < trimmed.Length && trimmed[after] == ':';
    }

    /// <summary>Returns the index past the HTML tags at <paramref name="i"/> (and the white space around them);
    /// <paramref name="paragraph"/> says whether one of them opened a paragraph (<c>&lt;p&gt;</c>).</summary>
    public static int SkipLeadingTags(ReadOnlySpan<char> s, int i, out bool paragraph)
    {
        paragraph = false;
        while (true)
        {
            i = SkipSpacesAndTabs(s, i);
            if (i < s.Length && s[i] == '<')
            {
                int close = s[i..].IndexOf('>');
                close = close < 0 ? -1 : close + i;
                if (close < 0 || close - i > 200)
                {
                    return i;
                }

                if (close - i >= 2 && (s[i + 1] is 'p' or 'P') && (close == i + 2 || s[i + 2] == ' '))
                {
                    paragraph = true;
                }

                i = close + 1;
                continue;
            }

            return i;
        }
    }

    /// <summary>Finds the next <c>&lt;p&gt;Heading :</c> at or after <paramref name="from"/>: several sections written
    /// in one table cell.</summary>
    /// <returns>The index of the <c>&lt;p</c> tag, or -1 when there is none; the out values are set when found.</returns>
    public static int FindParagraphHeading(ReadOnlySpan<char> text, int from, out int headingStart, out KakSectionKind kind, out int headingEnd, out int textStart)
    {
        headingStart = headingEnd = textStart = -1;
        kind = default;
        int search = from;
        while (search < text.Length)
        {
            int tag = text[search..].IndexOf("<p", StringComparison.OrdinalIgnoreCase);
            if (tag < 0)
            {
                return -1;
            }

            tag += search;
            int close = text[tag..].IndexOf('>');
            if (close < 0)
            {
                return -1;
            }

            close += tag;

            search = close + 1;
            if (close != tag + 2 && text[tag + 2] != ' ')
            {
                continue;
            }

            int p = SkipSpacesAndTabs(text, close + 1);
            if (RawLabels.TryMatchKakHeading(text, p, out kind, out int end))
            {
                int after = SkipSpacesAndTabs(text, end);
                if (after < text.Length && text[after] == ':')
                {
                    headingStart = p;
                    headingEnd = end;
                    textStart = SkipSpacesAndTabs(text, after + 1);
                    return tag;
                }
            }
        }

        return -1;
    }
}
