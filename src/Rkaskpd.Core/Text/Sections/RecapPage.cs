using System;
using System.Text;

namespace Rkaskpd.Text.Sections;

/// <summary>
/// Recognises a page printed between the forms that is no RKA-SKPD 2.2.1 form: a summary page, the
/// <c>RKA-SKPD 2.2</c> / <c>DPA-SKPD 2.2</c> recap (<c>REKAPITULASI ANGGARAN BELANJA LANGSUNG BERDASARKAN PROGRAM DAN
/// KEGIATAN</c>) or a <c>RINGKASAN</c> page; or another form of the RKA or DPA book, known by its form number alone on
/// a title line: <c>RKA-SKPD 1</c> (pendapatan), <c>2.1</c> (belanja tidak langsung), <c>3.1</c> and <c>3.2</c>
/// (pembiayaan), and SIPD's <c>RKA-PENDAPATAN SKPD</c>, <c>RKA-BELANJA SKPD</c> and <c>RKA-PEMBIAYAAN SKPD</c> (DPA and
/// DPPA alike). Its urusan and organisasi lines and its table of codes look like a form's, so the page is taken
/// whole, from its title to the next form title (<c>RENCANA KERJA ...</c>, <c>DOKUMEN PELAKSANAAN ...</c>), and the
/// scanner reports it as lines outside any form (RKA003) instead of reading it as a half-empty form. A cover page
/// made of title lines only that the page follows is no form either (the scanner drops it when the page starts):
/// so the title lines of the other form, before its number, go with it.
/// </summary>
internal sealed class RecapPage
{
    /// <summary>The parts between the book and <c>SKPD</c> in SIPD's names of the forms that are not the rincian
    /// belanja (<c>RKA-RINCIAN BELANJA SKPD</c>, which is read).</summary>
    private static readonly string[] SipdOtherParts = ["PENDAPATAN", "BELANJA", "PEMBIAYAAN"];

    /// <summary>Gets a value indicating whether the last line taken was the page's title (the page starts there).</summary>
    public bool StartsPage { get; private set; }

    private bool inPage;

    /// <summary>Takes <paramref name="text"/> (a cleaned line) when it belongs to a summary page.</summary>
    public bool TryTake(ReadOnlySpan<char> text)
    {
        StartsPage = false;
        ReadOnlySpan<char> trimmed = text.Trim();
        if (trimmed.IsEmpty || !(trimmed[0] is 'R' or 'r' or 'D' or 'd' or 'F' or 'f') && !inPage)
        {
            // The seed's path: one character test per line, and for a row of cells one more on its last cell. A title
            // box prints the form's number in the cell right of a title line ("PEMERINTAH KABUPATEN ...", "RKA-SKPD 2.1").
            if (trimmed.IsEmpty || !IsNumberCell(LastCell(trimmed)))
            {
                return false;
            }

            inPage = true;
            StartsPage = true;
            return true;
        }

        if (inPage)
        {
            if (IsFormStart(trimmed) && !IsTitle(trimmed))
            {
                inPage = false;
                return false;
            }

            return true;
        }

        if (IsTitle(trimmed))
        {
            inPage = true;
            StartsPage = true;
            return true;
        }

        return false;
    }

    /// <summary>Gets the name of a page from its title line (one that <see cref="IsTitle"/> accepts): its first cell,
    /// white space runs made single spaces (<c>REKAPITULASI ANGGARAN BELANJA LANGSUNG ...</c>, <c>RKA - SKPD 1</c>).</summary>
    public static string TitleOf(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> text = line.Trim();
        int tab = text.IndexOf('\t');
        text = tab >= 0 && !IsTitle(text[..tab].TrimEnd()) && IsNumberCell(LastCell(text)) ? LastCell(text)
            : tab >= 0 ? text[..tab].TrimEnd() : text;
        var name = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[^1] != ' ')
            {
                name.Append(' ');
            }
        }

        return name.ToString();
    }

    /// <summary>Returns whether <paramref name="trimmed"/> is the title of a summary page or the form number of another
    /// form.</summary>
    public static bool IsTitle(ReadOnlySpan<char> trimmed) =>
        trimmed.IndexOf(':') < 0
        && (IsOtherFormNumber(trimmed)
            || (trimmed.StartsWith("REKAPITULASI", StringComparison.OrdinalIgnoreCase)
                && (trimmed.Contains("BELANJA", StringComparison.OrdinalIgnoreCase) || trimmed.Contains("ANGGARAN", StringComparison.OrdinalIgnoreCase)))
            || trimmed.StartsWith("RINGKASAN ANGGARAN", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("RINGKASAN DOKUMEN", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("RINGKASAN RENCANA", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Returns whether a whole line names a form of the RKA or DPA book other than 2.2.1 (and the 2.2 recap, which
    /// its title finds): <c>[FORMULIR] RKA|DPA|DPPA [-] SKPD</c> and a form number, or SIPD's
    /// <c>RKA-PENDAPATAN SKPD</c>, <c>RKA-BELANJA SKPD</c>, <c>RKA-PEMBIAYAAN SKPD</c>. A line with more after the
    /// number (a cover's list, <c>RKA-SKPD 1 Rincian Anggaran Pendapatan ...</c>) is not one; nor is a form name
    /// without a number (<c>RKA SKPD</c>, whose <c>2.2.1</c> may follow on the next line).
    /// </summary>
    internal static bool IsOtherFormNumber(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.Length > 40)
        {
            return false;
        }

        if (trimmed.StartsWith("FORMULIR", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed["FORMULIR".Length..].TrimStart();
        }

        int book = trimmed.StartsWith("DPPA", StringComparison.OrdinalIgnoreCase) ? 4
            : trimmed.StartsWith("RKA", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("DPA", StringComparison.OrdinalIgnoreCase) ? 3
            : 0;
        if (book == 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = trimmed[book..].TrimStart(" -\t");
        foreach (string part in SipdOtherParts)
        {
            if (rest.StartsWith(part, StringComparison.OrdinalIgnoreCase)
                && rest[part.Length..].Trim().Equals("SKPD", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (!rest.StartsWith("SKPD", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        ReadOnlySpan<char> number = rest["SKPD".Length..].Trim().TrimEnd('.');
        if (number.IsEmpty || !char.IsAsciiDigit(number[0]) || number.StartsWith("2.2", StringComparison.Ordinal))
        {
            return false;
        }

        foreach (char c in number)
        {
            if (!(char.IsAsciiDigit(c) || c == '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last cell of a row of cells (after its last tab), or empty for a line of one cell.</summary>
    private static ReadOnlySpan<char> LastCell(ReadOnlySpan<char> trimmed)
    {
        int tab = trimmed.LastIndexOf('\t');
        return tab < 0 ? [] : trimmed[(tab + 1)..].Trim();
    }

    /// <summary>Whether a title box's number cell names another form of the book (<see cref="IsOtherFormNumber"/>) or
    /// the 2.2 recap (<c>RKA-SKPD 2.2</c> exactly; <c>2.2.1</c> is the form read).</summary>
    private static bool IsNumberCell(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty || !(cell[0] is 'R' or 'r' or 'D' or 'd' or 'F' or 'f'))
        {
            return false;
        }

        if (IsOtherFormNumber(cell))
        {
            return true;
        }

        ReadOnlySpan<char> rest = cell.StartsWith("FORMULIR", StringComparison.OrdinalIgnoreCase) ? cell["FORMULIR".Length..].TrimStart() : cell;
        int book = rest.StartsWith("DPPA", StringComparison.OrdinalIgnoreCase) ? 4
            : rest.StartsWith("RKA", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("DPA", StringComparison.OrdinalIgnoreCase) ? 3 : 0;
        rest = book == 0 ? [] : rest[book..].TrimStart(" -");
        return rest.StartsWith("SKPD", StringComparison.OrdinalIgnoreCase) && rest["SKPD".Length..].Trim() is "2.2";
    }

    private static bool IsFormStart(ReadOnlySpan<char> trimmed)
    {
        if (trimmed.StartsWith("RANCANGAN ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed["RANCANGAN ".Length..].TrimStart();
        }

        return trimmed.IndexOf(':') < 0 && trimmed.Contains("ANGGARAN", StringComparison.OrdinalIgnoreCase)
            && (trimmed.StartsWith("RENCANA KERJA", StringComparison.OrdinalIgnoreCase)
                || trimmed.StartsWith("DOKUMEN PELAKSANAAN", StringComparison.OrdinalIgnoreCase));
    }
}
