using System;
using System.Collections.Generic;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads the signature from the lines of a form's closing block (see <see cref="ClosingBlock"/>): the place
/// and date (<c>Lumajang, 10 Oktober 2019</c>), the jabatan (<c>Kepala Kecamatan Lumajang</c>), the name and the
/// <c>NIP</c>. A block is a signature only when it has a <c>NIP</c> line: the name is the line above it, the jabatan the
/// lines between the place and date and the name (at most three). Tab cells are read one after another; <c>Mengetahui</c>,
/// <c>Menyetujui</c> and <c>ttd</c> lines are passed over.</summary>
internal sealed class SignatureBlockReader
{
    private const int MaxJabatanLines = 3;

    private readonly List<string> cells = [];

    /// <summary>Starts a new block at its first line.</summary>
    public void Start(string trimmed)
    {
        cells.Clear();
        Add(trimmed);
    }

    /// <summary>Adds a line of the block.</summary>
    public void Add(string trimmed)
    {
        foreach (Range range in trimmed.AsSpan().Split('\t'))
        {
            ReadOnlySpan<char> cell = trimmed.AsSpan(range).Trim();
            if (!cell.IsEmpty && !IsPassedOver(cell))
            {
                cells.Add(cell.ToString());
            }
        }
    }

    /// <summary>Reads the signature of the block collected since <see cref="Start"/> and forgets the block; null when
    /// it names no signatory (no <c>NIP</c> line).</summary>
    public TandaTangan? Read()
    {
        int nip = cells.FindLastIndex(c => TryNip(c, out _));
        if (nip < 0)
        {
            cells.Clear();
            return null;
        }

        int placeAndDate = -1;
        for (int i = nip - 1; i >= 0; i--)
        {
            if (IsPlaceAndDate(cells[i]))
            {
                placeAndDate = i;
                break;
            }
        }

        string? tempat = null, tanggal = null;
        if (placeAndDate >= 0)
        {
            string line = cells[placeAndDate];
            int comma = line.IndexOf(',', StringComparison.Ordinal);
            tempat = line[..comma].Trim();
            tanggal = line[(comma + 1)..].Trim();
        }

        string? nama = nip - 1 > placeAndDate ? Name(cells[nip - 1]) : null;
        int first = nip - 1;
        while (first - 1 > placeAndDate && nip - 1 - (first - 1) <= MaxJabatanLines && IsJabatanLine(cells[first - 1]))
        {
            first--;
        }

        string? jabatan = nip - 1 > first ? string.Join(' ', cells.GetRange(first, nip - 1 - first)).TrimEnd(',') : null;
        TryNip(cells[nip], out string? number);
        cells.Clear();
        return new TandaTangan { Tempat = tempat, Tanggal = tanggal, Jabatan = jabatan, Nama = nama, Nip = number };
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
        if (year.Length != 4 || !IsDigits(year) || IndonesianMonths.LookupAnyCase(rest[words[count - 2]]) == 0)
        {
            return false;
        }

        return count == 2 || (rest[words[0]].Length <= 2 && IsDigits(rest[words[0]]));
    }

    /// <summary>Returns whether a line's last tab cell is <c>Place, [day] Month Year</c> (see
    /// <see cref="IsPlaceAndDate"/>), as in <c>Mengetahui,&#9;&#9;Lumajang, 10 Oktober 2019</c>, or the dotted line a
    /// blank form prints to fill them in (<see cref="IsBlankPlaceAndDate"/>). Allocates nothing.</summary>
    public static bool EndsWithPlaceAndDate(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> cell = line[(line.LastIndexOf('\t') + 1)..];
        return IsPlaceAndDate(cell) || IsBlankPlaceAndDate(cell);
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

    /// <summary>Returns whether a cell is a <c>NIP</c> line (<c>NIP. 19650817 199003 1 009</c>, <c>NIP :</c>), and its
    /// number as written (null when the line has none).</summary>
    private static bool TryNip(string cell, out string? number)
    {
        number = null;
        if (!cell.StartsWith("NIP", StringComparison.OrdinalIgnoreCase)
            || (cell.Length > 3 && char.IsLetterOrDigit(cell[3])))
        {
            return false;
        }

        string rest = cell[3..].TrimStart(' ', '.', ':', '\t').Trim();
        number = rest.Length > 0 ? rest : null;
        return number is null || char.IsAsciiDigit(number[0]);
    }

    /// <summary>The name without the parentheses, underscores and trailing commas some prints put around it.</summary>
    private static string? Name(string cell)
    {
        string name = cell.Trim().Trim('(', ')', '_').Trim().TrimEnd(',').Trim();
        return name.Length > 0 ? name : null;
    }

    /// <summary>Returns whether a cell can be part of a jabatan: it starts with a letter and is no label (<c>Keterangan
    /// :</c>).</summary>
    private static bool IsJabatanLine(string cell) => char.IsLetter(cell[0]) && !cell.EndsWith(':');

    private static bool IsPassedOver(ReadOnlySpan<char> cell)
    {
        ReadOnlySpan<char> word = cell.TrimEnd(',').TrimEnd(':').Trim();
        return word.Equals("Mengetahui", StringComparison.OrdinalIgnoreCase)
            || word.Equals("Menyetujui", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ttd", StringComparison.OrdinalIgnoreCase)
            || word.Equals("(ttd)", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ttd.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !s.IsEmpty;
    }
}
