using System;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// Recognises the form's title repeated at the top of a new page inside the rincian table (a SIMDA print converted
/// with <c>pdftotext -layout</c>: <c>RENCANA KERJA DAN ANGGARAN ... Formulir</c>, <c>SATUAN KERJA PERANGKAT DAERAH
/// ... RKA - SKPD</c>, <c>2.2.1</c>; SIPD's <c>DPA-SUB KEGIATAN</c>), read only right after a page footer, so that these
/// lines are no rincian rows.
/// </summary>
internal static class RepeatedPageTitle
{
    /// <summary>How the lines of the title's box start (the form's title, name and number).</summary>
    private static readonly string[] BoxStarts =
    [
        "RENCANA KERJA DAN ANGGARAN", "SATUAN KERJA PERANGKAT DAERAH", "DOKUMEN PELAKSANAAN", "Formulir", "RKA - SKPD",
        "RKA-SKPD", "DPA - SKPD", "DPA-SKPD", "DPPA - SKPD", "DPPA-SKPD", "NOMOR DPA", "NOMOR DPPA",
    ];

    /// <summary>Returns whether a trimmed line is a line of the repeated title: a line of its box
    /// (<see cref="IsTitleBox"/>), the region (<c>PEMERINTAH ...</c>), the year (<c>Tahun Anggaran ...</c>), or a
    /// bare <c>1</c> or <c>2</c>.</summary>
    public static bool Is(string trimmed) =>
        IsTitleBox(trimmed) || trimmed is "1" or "2"
        || trimmed.StartsWith("PEMERINTAH ", StringComparison.OrdinalIgnoreCase)
        || trimmed.StartsWith("Tahun Anggaran", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns whether a trimmed line is a line of the title's box, which plain pdftotext may write after the
    /// table's header and the page's first uraian: the form's title, name and number (<c>Formulir</c>, <c>RKA -
    /// SKPD</c>, <c>2.2.1</c>), not the region or the year, nor a bare <c>1</c> or <c>2</c> (text a row's uraian may go
    /// on with).</summary>
    public static bool IsTitleBox(string trimmed)
    {
        foreach (string start in BoxStarts)
        {
            if (trimmed.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsFormNumber(trimmed) || IsFormName(trimmed) || IsNomorBoxes(trimmed);
    }

    /// <summary>The boxes of a DPA's number as SIMDA prints them beside the title (<c>1.02 1.02.01 32 05 5 2</c>): four
    /// or more cells of digits and dots, one at least with a dot, nothing else.</summary>
    private static bool IsNomorBoxes(string trimmed)
    {
        if (trimmed.Length == 0 || !char.IsAsciiDigit(trimmed[0]))
        {
            return false; // nearly every line: no allocation past this
        }

        int cells = 0;
        bool dot = false;
        foreach (Range range in trimmed.AsSpan().SplitAny(' ', '\t'))
        {
            ReadOnlySpan<char> cell = trimmed.AsSpan()[range];
            if (cell.IsEmpty)
            {
                continue;
            }

            foreach (char c in cell)
            {
                if (c == '.')
                {
                    dot = true;
                }
                else if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            if (!char.IsAsciiDigit(cell[0]) || !char.IsAsciiDigit(cell[^1]))
            {
                return false;
            }

            cells++;
        }

        return cells >= 4 && dot;
    }

    /// <summary>The form's name alone as SIPD prints it: <c>DPA-SUB KEGIATAN</c>, <c>RKA - RINCIAN BELANJA SKPD</c>,
    /// <c>DPPA-SUB KEGIATAN</c>; a short upper-case line of a document kind, a dash and more words.</summary>
    private static bool IsFormName(string trimmed)
    {
        if (trimmed.Length > 48)
        {
            return false;
        }

        int i = 0;
        while (i < trimmed.Length && char.IsAsciiLetterUpper(trimmed[i]))
        {
            i++;
        }

        ReadOnlySpan<char> kind = trimmed.AsSpan(0, i);
        if (!(kind is "RKA" or "DPA" or "DPPA" or "RKPA" or "RDPA" or "RDPPA" or "RKAP"))
        {
            return false;
        }

        ReadOnlySpan<char> rest = trimmed.AsSpan(i).TrimStart();
        return rest.Length > 2 && rest[0] == '-' && rest[1..].TrimStart() is [char first, ..] && char.IsAsciiLetterUpper(first);
    }

    /// <summary>The form number alone: <c>2.2.1</c>, <c>2.2</c>.</summary>
    private static bool IsFormNumber(string trimmed) =>
        trimmed is "2.2.1" or "2.2" or "2.1" or "2.2.2";
}
