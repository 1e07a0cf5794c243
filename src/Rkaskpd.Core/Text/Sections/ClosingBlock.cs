using System;
using Rkaskpd.Forms;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Recognises the lines that close a form or a page rather than belong to a section: a page footer
/// (<c>Formulir RKA SKPD 2.2.1 - DINAS ... Halaman 1</c>) and the start of a closing block (<c>Keterangan :</c>, a place
/// and date such as <c>Demak, Nopember 2018</c>, perhaps in two cells, or the dotted line of a blank form, <c>Mengetahui</c>, <c>Kepala Dinas
/// ...</c>, <c>NIP ...</c>).</summary>
internal static class ClosingBlock
{
    /// <summary>How an indented page footer starts: a page number, a print stamp or a hosting site's page marker.</summary>
    /// <summary>The titles that open a form's page, in capitals (<see cref="GluedPageNumberLength"/>).</summary>
    private static readonly string[] PageTitles =
    [
        "RENCANA KERJA DAN ANGGARAN", "RINCIAN ANGGARAN", "RINCIAN BELANJA", "KERANGKA ACUAN KERJA", "TERM OF REFERENCE",
        "DOKUMEN PELAKSANAAN", "PEMERINTAH ",
    ];

    private static readonly string[] FooterStarts = ["Hal", "Dicetak", "Tanggal", "Tgl", "Printed", "You are", "Anda di", "file:", "http"];

    /// <summary>Returns whether a trimmed line is a page footer: it ends with <c>Halaman</c> and a page number (or
    /// <c>N dari M</c>, <c>N of M</c>, <c>N/M</c>, as SIPD and browsers print it) and names the form (then it starts the
    /// line), or it is the page number alone (<c>Halaman 2</c>, <c>Halaman 2 dari 4</c>, right-aligned by
    /// <c>pdftotext -layout</c>, so it may be indented), or it is a print stamp (<see cref="IsPrintStamp"/>), a hosting
    /// site's page marker or a browser's page header or footer (<see cref="IsBrowserPageMark"/>).</summary>
    public static bool IsPageFooter(string trimmed, bool indented)
    {
        if (IsPrintStamp(trimmed) || IsSitePageMarker(trimmed) || IsBrowserPageMark(trimmed))
        {
            return true;
        }

        int i = PageNumberStart(trimmed);
        if (i <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> before = trimmed.AsSpan(0, i).TrimEnd();
        if (before.Equals("Halaman", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return !indented && EndsWithPageWord(before)
            && (before.StartsWith("Formulir", StringComparison.OrdinalIgnoreCase) || ContainsOrdinal(trimmed, "RKA")
                || ContainsOrdinal(trimmed, "DPA"));
    }

    /// <summary>Whether the text before a page number ends with the word for page: <c>Halaman</c>, or its short form
    /// <c>Hal.</c> as a word of its own (a spreadsheet template's footer: <c>RKA-SKPD 2.2.1 TA 2011 - ... Hal. 1</c>).</summary>
    private static bool EndsWithPageWord(ReadOnlySpan<char> before)
    {
        if (before.EndsWith("Halaman", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return before.EndsWith("Hal.", StringComparison.OrdinalIgnoreCase) && before.Length > 4 && char.IsWhiteSpace(before[^5]);
    }

    /// <summary>Returns whether an indented trimmed line could be a page footer (<see cref="IsPageFooter"/> with
    /// <c>indented</c>): it ends with a digit and starts as a page number (<c>Halaman</c>), a print stamp or a hosting
    /// site's page marker does. A cheap test, without a string, for the KAK's indented rows, most of which are
    /// none.</summary>
    public static bool MayBeIndentedFooter(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length is 0 or > 120 || !char.IsAsciiDigit(trimmed[^1]))
        {
            return false;
        }

        foreach (string start in FooterStarts)
        {
            if (trimmed.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of a hosting site's page number glued before the first line of a page
    /// (<c>2 RINCIAN ANGGARAN BELANJA LANGSUNG ...</c>, <c>3 KERANGKA ACUAN KERJA (KAK)</c>): one to three digits and a
    /// space before a title in capitals; 0 when the line starts otherwise.</summary>
    internal static int GluedPageNumberLength(ReadOnlySpan<char> text)
    {
        int digits = text.IndexOfAnyExceptInRange('0', '9');
        if (digits is < 1 or > 3 || text[digits] != ' ')
        {
            return 0;
        }

        ReadOnlySpan<char> rest = text[(digits + 1)..];
        foreach (string title in PageTitles)
        {
            if (rest.StartsWith(title, StringComparison.Ordinal))
            {
                return digits + 1;
            }
        }

        return 0;
    }

    /// <summary>Returns whether a trimmed line is the heading of the list of other documents a document-hosting site
    /// prints after a document's text (<c>Dokumen yang terkait</c>, <c>Dokumen Terkait</c>, <c>Related documents</c>,
    /// <c>Similar documents</c>): the document's text has ended.</summary>
    internal static bool IsRelatedDocumentsHeading(ReadOnlySpan<char> trimmed) => trimmed.Length is >= 14 and <= 20 && (
        trimmed.Equals("Dokumen yang terkait", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("Dokumen terkait", StringComparison.OrdinalIgnoreCase)
        || trimmed.Equals("Related documents", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("Similar documents", StringComparison.OrdinalIgnoreCase)
        || trimmed.Equals("Dokumen serupa", StringComparison.OrdinalIgnoreCase));

    /// <summary>Returns whether a trimmed line is the page marker a document-hosting site sets between a PDF's pages
    /// in the text it gives (<c>You are on page 2of 4</c>, <c>Anda di halaman 2 dari 64</c>): a page break.</summary>
    internal static bool IsSitePageMarker(string trimmed)
    {
        ReadOnlySpan<char> rest = trimmed;
        string joiner;
        if (rest.StartsWith("You are on page ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest["You are on page ".Length..];
            joiner = "of";
        }
        else if (rest.StartsWith("Anda di halaman ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest["Anda di halaman ".Length..];
            joiner = "dari";
        }
        else
        {
            return false;
        }

        int digits = rest.IndexOfAnyExceptInRange('0', '9'); // the page's number (-1: digits only, no page count)
        if (digits <= 0)
        {
            return false;
        }

        rest = rest[digits..].TrimStart(' ');
        return rest.StartsWith(joiner, StringComparison.OrdinalIgnoreCase) && IsDigits(rest[joiner.Length..].TrimStart(' '));
    }

    /// <summary>
    /// Returns whether a trimmed line is the header or footer a browser prints on each page of a web page (a SIPD print
    /// made with the browser's own header and footer on): the footer is the page's address and its number
    /// (<c>file:///.../cetak.html 1/3</c>, <c>https://sipd.kemendagri.go.id/... 2/5</c>), the header the date and time
    /// and the page's title (<c>12/4/26, 9:35 PM SIPD-RI | Cetak RKA Sub Kegiatan</c>, <c>04/12/2026 21.35 ...</c>).
    /// Either is a page break. A line that starts with a date but no time, or an address followed by other text, is
    /// none.
    /// </summary>
    internal static bool IsBrowserPageMark(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length is 0 or > 400)
        {
            return false;
        }

        if (trimmed.StartsWith("file:/", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            // The address alone, or with the page's number and count ("1/3") after it.
            int space = trimmed.IndexOfAny(' ', '\t');
            ReadOnlySpan<char> rest = space < 0 ? default : trimmed[space..].Trim();
            int slash = rest.IndexOf('/');
            return rest.IsEmpty || (slash > 0 && IsDigits(rest[..slash].TrimEnd()) && IsDigits(rest[(slash + 1)..].TrimStart()));
        }

        if (!char.IsAsciiDigit(trimmed[0]))
        {
            return false;
        }

        // The date: d/m/yy, m/d/yyyy, d-m-yyyy, d.m.yyyy.
        ReadOnlySpan<char> s = trimmed;
        int i = 0;
        for (int part = 0; part < 3; part++)
        {
            int start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            int length = i - start;
            if (length == 0 || length > (part == 2 ? 4 : 2) || (part == 2 && length == 3))
            {
                return false;
            }

            if (part < 2)
            {
                if (i >= s.Length || s[i] is not ('/' or '-' or '.'))
                {
                    return false;
                }

                i++;
            }
        }

        // The time: [,] h:mm or h.mm, perhaps with AM or PM.
        if (i < s.Length && s[i] == ',')
        {
            i++;
        }

        int hour = i = SkipSpacesAndTabs(s, i);
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        if (i - hour is 0 or > 2 || i + 2 >= s.Length || s[i] is not (':' or '.') || !char.IsAsciiDigit(s[i + 1]) || !char.IsAsciiDigit(s[i + 2]))
        {
            return false;
        }

        i += 3;
        return i == s.Length || s[i] is ' ' or '\t';
    }

    /// <summary>Returns whether a trimmed line is the print stamp a system sets at a page's foot: <c>Dicetak melalui
    /// SIPD-RI pada 05-01-2024 08:47:12</c>, <c>Dicetak oleh ... pada ...</c>, <c>Tanggal Cetak : 05/01/2024</c>,
    /// <c>Printed on ...</c>; a short line that starts so and holds a date (six digits or more). A text that only
    /// begins with the word (<c>Dicetak sebanyak 1.000 eksemplar tahun 2020</c>) is none.</summary>
    private static bool IsPrintStamp(string trimmed)
    {
        if (trimmed.Length is 0 or > 120 || (trimmed[0] | 0x20) is not ('d' or 't' or 'p')
            || !(RawLabels.TryMatchWords(trimmed, 0, "Dicetak melalui", out _) || RawLabels.TryMatchWords(trimmed, 0, "Dicetak oleh", out _)
            || RawLabels.TryMatchWords(trimmed, 0, "Dicetak pada", out _) || RawLabels.TryMatchWords(trimmed, 0, "Dicetak tanggal", out _)
            || trimmed.StartsWith("Tanggal Cetak", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("Tgl. Cetak", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("Tgl Cetak", StringComparison.OrdinalIgnoreCase)
            || RawLabels.TryMatchWords(trimmed, 0, "Printed on", out _) || RawLabels.TryMatchWords(trimmed, 0, "Printed by", out _)))
        {
            return false;
        }

        int digits = 0;
        foreach (char c in trimmed)
        {
            digits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        return digits >= 6;
    }

    /// <summary>Where the page number at the end of <paramref name="trimmed"/> starts: its digits, with the page count
    /// after them when it has one (<c>2 dari 4</c>, <c>2 of 4</c>, <c>2/4</c>, <c>2 / 4</c>); -1 when the line does not end
    /// with a number.</summary>
    private static int PageNumberStart(string trimmed)
    {
        int i = DigitsBefore(trimmed, trimmed.Length);
        if (i == trimmed.Length)
        {
            return -1;
        }

        ReadOnlySpan<char> rest = trimmed.AsSpan(0, i).TrimEnd();
        int word = rest.EndsWith("dari", StringComparison.OrdinalIgnoreCase) ? 4
            : rest.EndsWith("of", StringComparison.OrdinalIgnoreCase) ? 2
            : rest.EndsWith("/") ? 1 : 0;
        if (word == 0 || (word > 1 && rest.Length > word && !char.IsWhiteSpace(rest[^(word + 1)])))
        {
            return i;
        }

        int end = rest[..^word].TrimEnd().Length;
        int start = DigitsBefore(trimmed, end);
        return start < end ? start : i;
    }

    /// <summary>The start of the run of ASCII digits that ends at <paramref name="end"/>.</summary>
    private static int DigitsBefore(string text, int end)
    {
        int i = end;
        while (i > 0 && char.IsAsciiDigit(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>Returns whether a trimmed line starts a closing block.</summary>
    public static bool IsStart(string trimmed)
    {
        if (RawLabels.TryMatchWords(trimmed, 0, "Keterangan", out int end))
        {
            int after = SkipSpacesAndTabs(trimmed, end);
            return after < trimmed.Length && trimmed[after] == ':';
        }

        return StartsWithOrdinal(trimmed, "Mengetahui") || StartsWithOrdinal(trimmed, "NIP")
            || StartsWithOrdinal(trimmed, "Kepala Dinas") || SignaturePlaceAndDate.EndsWithPlaceAndDate(trimmed)
            || SignaturePlaceAndDate.IsBlankPlaceAndDate(trimmed) || IsTimAnggaranHeading(trimmed);
    }

    /// <summary>Returns whether a trimmed line is the heading of the Tim Anggaran table that closes a SIPD or SIPKD
    /// form (<c>Tim Anggaran Pemerintah Daerah</c>, with <c>(TAPD)</c> or a colon): on a page of its own it follows no
    /// signature, so it starts the closing block itself. A line that goes on with other words (a KAK sentence about
    /// the team) is none.</summary>
    private static bool IsTimAnggaranHeading(string trimmed)
    {
        if (!StartsWithTimAnggaran(trimmed, out int end))
        {
            return false;
        }

        if (RawLabels.TryMatchWords(trimmed, SkipSpacesAndTabs(trimmed, end), "Pemerintah Daerah", out int daerah))
        {
            end = daerah;
        }

        ReadOnlySpan<char> rest = trimmed.AsSpan(end).Trim(" \t:");
        return rest.IsEmpty || rest.Equals("(TAPD)", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Returns whether a trimmed line starts with the words <c>Tim Anggaran</c>, spelled right or within the
    /// vocabulary's threshold (<see cref="HeaderLabels.Threshold"/>: an OCR slip such as <c>Tim Anqgaran</c>);
    /// <paramref name="end"/> is where the two words end.</summary>
    public static bool StartsWithTimAnggaran(ReadOnlySpan<char> trimmed, out int end)
    {
        const string Words = "Tim Anggaran";
        if (RawLabels.TryMatchWords(trimmed, 0, Words, out end))
        {
            return true;
        }

        // The first two words as written, compared as a whole with the vocabulary's one distance.
        int space = trimmed.IndexOf(' ');
        if (space is < 1 or > 4)
        {
            return false;
        }

        int second = SkipSpacesAndTabs(trimmed, space);
        int stop = second;
        while (stop < trimmed.Length && char.IsLetter(trimmed[stop]))
        {
            stop++;
        }

        end = stop;
        return stop > second
            && (stop == trimmed.Length || !char.IsLetterOrDigit(trimmed[stop]))
            && HeaderLabels.Distance(trimmed[..stop], Words, HeaderLabels.Threshold(Words.Length)) <= HeaderLabels.Threshold(Words.Length);
    }
}
