using System;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>The place and date line above a signature (<c>Lumajang, 10 Oktober 2019</c>), or the dotted line a blank
/// form prints to fill them in: the closing block, the scanner and the line classifier know a signature block by
/// it.</summary>
internal static class SignaturePlaceAndDate
{
    /// <summary>Splits a place and date line at its comma (<c>Lumajang</c>, <c>10 Oktober 2019</c>); both null when there is
    /// no line.</summary>
    public static (string? Tempat, string? Tanggal) Split(string? line)
    {
        if (line is null)
        {
            return (null, null);
        }

        int comma = line.IndexOf(',', StringComparison.Ordinal);
        return (line[..comma].Trim(), line[(comma + 1)..].Trim());
    }

    /// <summary>Returns whether a line is <c>Place, [day] Month Year</c>: a place of letters (at most 40 characters,
    /// starting with a letter), a comma, then an optional day of one or two digits, an Indonesian month name and a
    /// four-digit year. Allocates nothing.</summary>
    public static bool IsPlaceAndDate(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        int comma = line.IndexOf(',');
        if (comma <= 0 || comma > 40 || line.Length > 80 || !char.IsLetter(line[0]))
        {
            return false;
        }

        foreach (char c in line[..comma])
        {
            if (!char.IsLetter(c) && c is not ' ' and not '.' and not '\'')
            {
                return false;
            }
        }

        Span<Range> words = stackalloc Range[4];
        ReadOnlySpan<char> rest = line[(comma + 1)..].Trim();
        int count = rest.Split(words, ' ', StringSplitOptions.RemoveEmptyEntries);
        if (count is < 2 or > 3)
        {
            return false;
        }

        ReadOnlySpan<char> year = rest[words[count - 1]];
        if (year.Length != 4 || !ScanText.IsDigits(year) || IndonesianMonths.LookupAnyCase(rest[words[count - 2]]) == 0)
        {
            return false;
        }

        return count == 2 || (rest[words[0]].Length <= 2 && ScanText.IsDigits(rest[words[0]]));
    }

    /// <summary>Returns whether a line's last tab cell is <c>Place, [day] Month Year</c> (see
    /// <see cref="IsPlaceAndDate"/>), as in <c>Mengetahui,&#9;&#9;Lumajang, 10 Oktober 2019</c>, or its last two cells
    /// are (<c>Lumajang,&#9;10 Oktober 2019</c>), or it is the dotted line a blank form prints to fill them in
    /// (<see cref="IsBlankPlaceAndDate"/>). Allocates nothing.</summary>
    public static bool EndsWithPlaceAndDate(ReadOnlySpan<char> line)
    {
        int tab = line.LastIndexOf('\t');
        ReadOnlySpan<char> cell = line[(tab + 1)..];
        if (IsPlaceAndDate(cell) || IsBlankPlaceAndDate(cell))
        {
            return true;
        }

        // The place ending with its comma in the cell before the date's (a spreadsheet's two cells).
        ReadOnlySpan<char> before = tab > 0 ? line[..tab].TrimEnd('\t') : default;
        return before.EndsWith(',') && IsPlaceAndDate(line[(before.LastIndexOf('\t') + 1)..]);
    }

    /// <summary>Returns whether a line is the blank place and date of a form to sign by hand: dots (or ellipses)
    /// around a comma, e.g. <c>................, ..............</c> or <c>…………, …………</c>, as
    /// <see cref="Html.RkaHtmlWriter"/> prints it. Allocates nothing.</summary>
    public static bool IsBlankPlaceAndDate(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        int comma = line.IndexOf(',');
        return comma > 0 && line.Length <= 120 && IsDots(line[..comma]) && IsDots(line[(comma + 1)..]);
    }

    private static bool IsDots(ReadOnlySpan<char> part)
    {
        part = part.Trim();
        if (part.Length < 3)
        {
            return false;
        }

        foreach (char c in part)
        {
            if (c is not '.' and not '…' and not '_')
            {
                return false;
            }
        }

        return true;
    }
}
