using System;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>What the text of a rincian row's uraian tells the rincian reader (<see cref="RincianRowReader"/>): whether
/// a line is a group heading, a total row's label, the title's second line, a numbered item or a bulleted line, and
/// whether a line goes on the uraian above it (the rest of a name, a bracketed end, an uraian that stops where no text
/// ends).</summary>
internal static class RincianUraian
{
    /// <summary>The last words after which an uraian cannot end (<see cref="EndsOpen"/>).</summary>
    private static readonly string[] OpenEndWords = ["x", "dan", "atau", "dengan", "untuk", "dari", "di", "ke", "pada", "yang", "&", "/", "+"];

    /// <summary>Whether a line of words can be the rest of a rekening's name that ends with a comma (<c>Honorarium
    /// Narasumber atau Pembahas,</c> over <c>Moderator, Pembawa Acara, dan Panitia</c>): a name never ends with one, so
    /// the next line of a few words, no digits and a capital first letter goes on with it.</summary>
    public static bool IsNameRest(string uraian) =>
        uraian.Length is > 0 and <= 80 && char.IsUpper(uraian[0]) && !uraian.AsSpan().ContainsAnyInRange('0', '9') && uraian.AsSpan().Count(' ') < 8;

    /// <summary>Joins a wrapped uraian: a word broken after its hyphen or slash (<c>Kantor-</c> / <c>Alat Tulis</c>,
    /// <c>Instruktur/</c> / <c>Narasumber</c>) joins without a space.</summary>
    public static string JoinWrapped(string previous, string next) =>
        previous.Length > 1 && previous[^1] is '-' or '/' && previous[^2] != ' ' ? previous + next : Join(previous, " ", next);

    /// <summary>The title's second line before the first row: all capitals, or SIPKD's <c>Menurut Program dan Per
    /// Kegiatan ...</c>, also wrapped after <c>Menurut</c> (<c>Program dan Per Kegiatan Satuan Kerja Perangkat
    /// Daerah</c>, as a Writer table cell wraps the title).</summary>
    public static bool IsTitleTail(string uraian) => IsAllCaps(uraian) || StartsWithOrdinal(uraian, "Menurut Program")
        || (StartsWithOrdinal(uraian, "Program dan Per Kegiatan") && uraian.Length < 80);

    /// <summary>Returns whether a rincian text is a group heading: a marker (<c>I.</c>, <c>A</c>, <c>a.</c>,
    /// <c>1.</c>) before a name, a closing colon, or all capitals.</summary>
    public static bool IsGroupHeading(string uraian) => uraian.EndsWith(':') || IsAllCaps(uraian) || HasHeadingMarker(uraian);

    /// <summary>Returns whether a rincian text is marked as a group heading by the systems that print one without
    /// amounts: SIMDA's <c>- Honorarium Narasumber</c> (a dash, a space, a capital) or SIPD's <c>[ # ]</c> and
    /// <c>[ - ]</c>.</summary>
    public static bool IsMarkedGroup(string uraian)
    {
        if (uraian.Length >= 4 && uraian[0] == '-' && uraian[1] == ' ' && char.IsUpper(uraian[2]))
        {
            return true;
        }

        ReadOnlySpan<char> rest = uraian.AsSpan();
        if (!rest.StartsWith('['))
        {
            return false;
        }

        rest = rest[1..].TrimStart(' ');
        return rest.Length > 0 && rest[0] is '#' or '-' && rest[1..].TrimStart(' ').StartsWith(']');
    }

    /// <summary>Returns whether a rincian text starts with a heading marker (<c>I.</c>, <c>A</c>, <c>a.</c>, <c>1.</c>)
    /// before a capitalised name.</summary>
    public static bool HasHeadingMarker(string uraian)
    {
        int space = uraian.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || space > 5 || space + 1 >= uraian.Length || !char.IsUpper(uraian[space + 1]))
        {
            return false;
        }

        ReadOnlySpan<char> marker = uraian.AsSpan(0, space).TrimEnd('.');
        bool dotted = uraian[space - 1] == '.';
        return (marker.Length == 1 && char.IsLetter(marker[0]))
            || (dotted && IsDigits(marker))
            || (dotted && marker.TrimStart("IVXLivxl").IsEmpty);
    }

    /// <summary>Returns whether a rincian text is a total row's label (<c>JUMLAH</c>, <c>TOTAL</c>, <c>Grand Total</c>).</summary>
    public static bool IsTotalLabel(string uraian) =>
        RawLabels.TryMatchWords(uraian, 0, "JUMLAH", out _) || RawLabels.TryMatchWords(uraian, 0, "TOTAL", out _)
        || RawLabels.TryMatchWords(uraian, 0, "Grand Total", out _);

    /// <summary>Returns whether an uraian stops where no text ends: a bracket left open (<c>Snack peserta (12 desa x</c>)
    /// or a last word that needs one after it (<c>x</c>, <c>dan</c>, <c>dengan</c>, <c>untuk</c>, ...).</summary>
    public static bool EndsOpen(string uraian)
    {
        ReadOnlySpan<char> text = uraian.AsSpan().TrimEnd();
        if (HasOpenBracket(text))
        {
            return true;
        }

        int space = text.LastIndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        ReadOnlySpan<char> last = text[(space + 1)..];
        foreach (string word in OpenEndWords)
        {
            if (last.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether a text leaves a bracket open: its last <c>(</c> has no <c>)</c> after it.</summary>
    public static bool HasOpenBracket(ReadOnlySpan<char> text) => text.LastIndexOf('(') > text.LastIndexOf(')');

    /// <summary>Returns whether a text starts as a numbered item (<c>1. </c>, <c>2) </c>): a row of its own.</summary>
    public static bool IsNumberedItem(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i > 0 && i + 1 < text.Length && text[i] is '.' or ')' && text[i + 1] == ' ';
    }

    /// <summary>Returns whether a rincian text is wholly one bracketed note (<c>(PPTK)</c>, <c>(label biru)</c>): the
    /// end of an uraian wrapped under its row.</summary>
    public static bool IsBracketedRest(string uraian) =>
        uraian.Length > 2 && uraian[0] == '(' && uraian.IndexOf(')', StringComparison.Ordinal) == uraian.Length - 1;

    /// <summary>Returns whether a rincian text starts as a listed line does: a dash, bullet, bracket, star, hash or
    /// digit first.</summary>
    public static bool StartsWithBullet(string uraian) =>
        uraian.Length > 0 && (uraian[0] is '-' or '\u2022' or '[' or '*' or '#' or '\u2013' || char.IsAsciiDigit(uraian[0]));
}
