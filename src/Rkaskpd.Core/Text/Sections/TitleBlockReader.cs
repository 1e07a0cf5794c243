using System;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads a form's title block: which lines are form titles, and the form number, tahun anggaran and
/// pemerintah daerah written in the title lines before the first field.</summary>
internal static class TitleBlockReader
{
    /// <summary>Reads a title line of <paramref name="current"/>: keeps it, and takes from its cells the form number,
    /// the tahun anggaran (<c>Tahun Anggaran : 2019</c>, <c>TAHUN ANGGARAN 2017</c>, inside a longer title, or a bare
    /// year line after the form number) and the pemerintah daerah (without a form number printed beside it).</summary>
    /// <param name="current">The form.</param>
    /// <param name="raw">The line as written.</param>
    /// <param name="titleCells">The line's cells.</param>
    /// <param name="line">The 1-based line number.</param>
    public static void Read(RawFormBuilder current, string raw, LineCells titleCells, int line)
    {
        current.TitleLines.Add(new RawLine(line, raw.Trim()));
        current.EndLine = line;
        for (int c = 0; c < titleCells.Count; c++)
        {
            // Cells are tested as spans; a string is made only for a part that is kept (the first of each kind).
            ReadOnlySpan<char> cell = titleCells[c];
            if (cell.Length == 0)
            {
                continue;
            }

            if (cell.Contains("PERUBAHAN", StringComparison.OrdinalIgnoreCase))
            {
                current.RevisedEvidence ??= new RawLine(line, titleCells.StringOf(c));
            }

            int number = TrailingFormNumber(cell);
            if (number >= 0 && current.FormNumber is null
                && (cell.Contains("FORMULIR", StringComparison.OrdinalIgnoreCase) || cell.Contains("RKA", StringComparison.OrdinalIgnoreCase)
                    || cell.Contains("DPA", StringComparison.OrdinalIgnoreCase)))
            {
                current.FormNumber = new RawLine(line, cell[number..].Trim().ToString());
            }

            int ta = cell.IndexOf("TAHUN ANGGARAN", StringComparison.OrdinalIgnoreCase);
            if (ta < 0 && cell.Length == 4 && IsDigits(cell) && cell[0] is '1' or '2' && current.TahunAnggaran is null
                && current.FormNumber is not null)
            {
                current.TahunAnggaran = new RawLine(line, cell.ToString()); // a bare year line after the form number
            }

            if (ta >= 0)
            {
                ReadOnlySpan<char> year = cell[(ta + "TAHUN ANGGARAN".Length)..].Trim().TrimStart(':').Trim();
                if (year.Length > 5 && IsDigits(year[..4]) && !char.IsAsciiDigit(year[4]))
                {
                    year = year[..4]; // "TAHUN ANGGARAN 2018 BELANJA LANGSUNG": the year inside a longer title
                }

                if (year.Length > 0 && current.TahunAnggaran is null)
                {
                    current.TahunAnggaran = new RawLine(line, year.ToString());
                }

                ReadOnlySpan<char> before = cell[..ta].Trim();
                if (IsPemdaText(before) && current.PemerintahDaerah is null)
                {
                    current.PemerintahDaerah = new RawLine(line, before.ToString());
                }
            }
            else if (IsPemdaText(cell) && current.PemerintahDaerah is null)
            {
                // "KABUPATEN LOMBOK BARAT 2.2.1": the form number printed beside the region is not part of its name.
                int formNumber = TrailingFormNumber(cell);
                current.PemerintahDaerah = formNumber > 0
                    ? new RawLine(line, WithoutFormName(cell[..formNumber]).ToString())
                    : new RawLine(line, titleCells.StringOf(c));
                if (formNumber > 0 && current.FormNumber is null)
                {
                    current.FormNumber = new RawLine(line, cell[formNumber..].Trim().ToString());
                }
            }
            else if (current.FormNumber is null && TrailingFormNumber(cell) == 0 && cell.Length <= 8)
            {
                current.FormNumber = new RawLine(line, cell.Trim().ToString()); // a bare "2.2.1" line of the title
            }
        }
    }

    /// <summary>
    /// Returns whether the title line <paramref name="trimmed"/> starts the title block of <paramref name="current"/>
    /// again: it opens as one of its earlier title lines does (<c>RENCANA KERJA ...</c>, <c>DOKUMEN PELAKSANAAN
    /// ...</c>) and the form has read nothing but at least four title lines since. The lines before are then a cover
    /// page (the book's title, the SKPD, the region and its address, the list of forms) printed before the form's own
    /// title; <paramref name="coverTitle"/> gets the cover's first title lines.
    /// </summary>
    public static bool StartsAgain(RawFormBuilder current, string trimmed, out string coverTitle)
    {
        coverTitle = string.Empty;
        int opening = OpeningOf(trimmed);
        if (opening == 0 || current.HasContent || current.TitleLines.Count < 4)
        {
            return false;
        }

        foreach (RawLine title in current.TitleLines)
        {
            if (OpeningOf(title.Text) == opening)
            {
                coverTitle = CoverTitle(current);
                return true;
            }
        }

        return false;
    }

    /// <summary>A cover page's title, for the note that reports it: its first three title lines.</summary>
    public static string CoverTitle(RawFormBuilder cover)
    {
        int count = Math.Min(cover.TitleLines.Count, 3);
        var parts = new string[count];
        for (int i = 0; i < count; i++)
        {
            parts[i] = cover.TitleLines[i].Text.Replace('\t', ' ');
        }

        return string.Join(' ', parts);
    }

    /// <summary>1 for a title line opening with <c>RENCANA KERJA</c>, 2 with <c>DOKUMEN PELAKSANAAN</c> (each possibly
    /// after <c>RANCANGAN</c>), else 0.</summary>
    private static int OpeningOf(string trimmed)
    {
        ReadOnlySpan<char> text = trimmed.AsSpan();
        if (text.StartsWith("RANCANGAN ", StringComparison.OrdinalIgnoreCase))
        {
            text = text["RANCANGAN ".Length..].TrimStart();
        }

        return text.StartsWith("RENCANA KERJA", StringComparison.OrdinalIgnoreCase) ? 1
            : text.StartsWith("DOKUMEN PELAKSANAAN", StringComparison.OrdinalIgnoreCase) ? 2
            : 0;
    }

    /// <summary>Returns whether a trimmed line is a form title: <c>RENCANA KERJA ... ANGGARAN</c>, <c>DOKUMEN
    /// PELAKSANAAN ... ANGGARAN</c> (each possibly after <c>RANCANGAN</c>), <c>PEMERINTAH ...</c> or <c>FORMULIR</c>.</summary>
    public static bool IsFormTitle(string trimmed)
    {
        if (trimmed.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }

        if (trimmed.StartsWith("RANCANGAN ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed["RANCANGAN ".Length..].TrimStart();
        }

        return (OpeningOf(trimmed) != 0 && ContainsOrdinal(trimmed, "ANGGARAN"))
            || (trimmed.Length < 80 && (trimmed.StartsWith("PEMERINTAH ", StringComparison.Ordinal)
                || trimmed.StartsWith("Pemerintah Kota ", StringComparison.Ordinal)
                || trimmed.StartsWith("Pemerintah Kabupaten ", StringComparison.Ordinal)
                || trimmed.StartsWith("Pemerintah Provinsi ", StringComparison.Ordinal)))
            || (trimmed.StartsWith("FORMULIR", StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == "FORMULIR".Length || ContainsOrdinal(trimmed, "RKA") || ContainsOrdinal(trimmed, "DPA")));
    }

    /// <summary>Returns whether a trimmed line is the end of SIPD's form name wrapped in the title box
    /// (<c>DPPA - RINCIAN BELANJA</c> over <c>SUB KEGIATAN</c>): the words of the Sub Kegiatan label, but in capitals
    /// and alone, before the form's first field (the field's label is written <c>Sub Kegiatan</c> with its value).</summary>
    public static bool IsFormNameTail(string trimmed) =>
        trimmed.Length <= "SUB  KEGIATAN".Length && RawLabels.TryMatchWords(trimmed, 0, "SUB KEGIATAN", out int end)
        && end == trimmed.Length && !HasLower(trimmed);

    private static bool IsPemdaText(ReadOnlySpan<char> cell) =>
        cell.StartsWith("PEMERINTAH", StringComparison.OrdinalIgnoreCase)
        || cell.StartsWith("PROVINSI", StringComparison.OrdinalIgnoreCase)
        || cell.StartsWith("KABUPATEN", StringComparison.OrdinalIgnoreCase)
        || cell.StartsWith("KOTA ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The region's name before a form number with the form's name taken off its end (<c>PEMERINTAH KABUPATEN
    /// SALU TAMBE RKA-SKPD</c>, as an OCR joins the title box's cells on one line; <c>... Formulir RKA SKPD</c>): a word
    /// that starts with <c>RKA</c> or <c>DPA</c>, <c>SKPD</c> or <c>Formulir</c> names the form, never the region.</summary>
    private static ReadOnlySpan<char> WithoutFormName(ReadOnlySpan<char> before)
    {
        before = before.Trim();
        while (true)
        {
            int space = before.LastIndexOf(' ');
            if (space <= 0)
            {
                return before;
            }

            ReadOnlySpan<char> word = before[(space + 1)..];
            if (!word.StartsWith("RKA", StringComparison.OrdinalIgnoreCase) && !word.StartsWith("DPA", StringComparison.OrdinalIgnoreCase)
                && !word.Equals("SKPD", StringComparison.OrdinalIgnoreCase) && !word.Equals("FORMULIR", StringComparison.OrdinalIgnoreCase))
            {
                return before;
            }

            before = before[..space].TrimEnd();
        }
    }

    private static int TrailingFormNumber(ReadOnlySpan<char> cell)
    {
        int end = cell.Length;
        while (end > 0 && char.IsWhiteSpace(cell[end - 1]))
        {
            end--;
        }

        int i = end;
        int dots = 0;
        while (i > 0 && (char.IsAsciiDigit(cell[i - 1]) || cell[i - 1] == '.'))
        {
            if (cell[i - 1] == '.')
            {
                dots++;
            }

            i--;
        }

        return dots > 0 && i < end && char.IsAsciiDigit(cell[i]) && char.IsAsciiDigit(cell[end - 1]) ? i : -1;
    }
}
