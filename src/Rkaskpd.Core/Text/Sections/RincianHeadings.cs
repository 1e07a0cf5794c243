using System;
using System.Buffers;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Recognises the lines of a rincian table that carry no row: its title (<c>RINCIAN ANGGARAN BELANJA ...</c>),
/// its header rows in the tab and flattened layouts, and the column numbers (<c>1 2 3 4 5 6</c>).</summary>
internal static class RincianHeadings
{
    private static readonly SearchValues<char> CodeCharacters = SearchValues.Create("0123456789.");


    /// <summary>Returns whether a flattened line numbers the columns (<c>1 2 3 4 5 6</c>), at least
    /// <paramref name="minimum"/> of them, perhaps with the jumlah column's formula after its number
    /// (<c>1 2 3 4 5 6 = 3 x 5</c>, <c>6 = (3 x 5)</c>), its sign perhaps read by an OCR as a dash and its factors
    /// run together (<c>6-(3x5)</c>, <c>6- (3x5)</c>).</summary>
    internal static bool IsFlatColumnNumbers(string trimmed, int minimum = 3)
    {
        int count = 0;
        bool formula = false;
        // "6- (3x5)": an OCR's dash for the sign, parted from the formula.
        string joined = trimmed.Contains("- (", StringComparison.Ordinal) ? trimmed.Replace("- (", "-(", StringComparison.Ordinal) : trimmed;
        foreach (string word in joined.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = word.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0 && !formula && count > 0 && OcrSignOf(word) is > 0 and int dash)
            {
                eq = dash; // "6-(3x5)": an OCR's dash for the sign, only with a formula after it
            }

            string number = formula ? string.Empty : eq >= 0 ? word[..eq] : word;
            if (number.Length > 2 || (number.Length > 0 && !IsDigits(number)) || (formula && !IsFormulaWord(word)))
            {
                return false;
            }

            count += number.Length > 0 ? 1 : 0;
            if (eq >= 0 && !formula)
            {
                formula = count > 0 && (eq == word.Length - 1 || IsFormulaWord(word[(eq + 1)..]));
                if (!formula)
                {
                    return false;
                }
            }
        }

        return count >= minimum;
    }

    /// <summary>Where an OCR's dash stands for the sign of the jumlah column's formula (<c>6-(3x5)</c>): the dash
    /// after the column's number, with a product of column numbers after it; -1 when the word is none.</summary>
    private static int OcrSignOf(string word)
    {
        int dash = word.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && dash < word.Length - 1 && word.AsSpan(dash + 1).IndexOfAny("xX\u00D7*") >= 0
            && IsFormulaWord(word[(dash + 1)..]) ? dash : -1;
    }

    /// <summary>A word of a column formula: a column number, <c>x</c> or <c>×</c>, or two column numbers with the sign
    /// between them (<c>3x5</c>, as an OCR runs them together), perhaps in parentheses.</summary>
    private static bool IsFormulaWord(string word)
    {
        string inner = word.Trim('(', ')');
        int times = inner.AsSpan().IndexOfAny("xX\u00D7*");
        return inner.Length == 0 || inner is "x" or "X" or "\u00D7" or "*" || (inner.Length <= 2 && IsDigits(inner))
            || (times is 1 or 2 && inner.Length - times - 1 is 1 or 2 && IsDigits(inner.AsSpan(0, times))
                && IsDigits(inner.AsSpan(times + 1)));
    }

    /// <summary>Returns whether a flattened line (no cells) is a header row of the rincian table: every word is a
    /// column heading (<c>KODE URAIAN JUMLAH</c>, <c>REKENING Volume Satuan (Rp)</c>, <c>Harga</c>) or a stray mark
    /// between them (<c>Kode . Rincian Perhitungan Jumlah</c>, an OCR's speck or table rule), at least one heading;
    /// outside the table it must name <c>Rekening</c> and <c>Uraian</c>.</summary>
    public static bool IsFlatRincianHeader(string trimmed, bool requireKodeRekening)
    {
        if (trimmed.Length > 200 || (requireKodeRekening
            && !(ContainsOrdinal(trimmed, "REKENING") && ContainsOrdinal(trimmed, "URAIAN"))))
        {
            return false;
        }

        bool rekening = false;
        bool uraian = false;
        int words = 0;
        ReadOnlySpan<char> line = trimmed;
        foreach (Range range in line.Split(' '))
        {
            ReadOnlySpan<char> w = line[range].TrimEnd(':');
            if (w.IsEmpty)
            {
                continue;
            }

            rekening |= w.Equals("REKENING", StringComparison.OrdinalIgnoreCase);
            uraian |= w.Equals("URAIAN", StringComparison.OrdinalIgnoreCase);
            if (!IsHeaderWord(w))
            {
                if (IsStrayMark(w))
                {
                    continue;
                }

                return false;
            }

            words++;
        }

        return words > 0 && (!requireKodeRekening || (rekening && uraian));
    }

    /// <summary>Returns whether a word is a stray mark: one or two characters with no letter or digit (<c>.</c>,
    /// <c>|</c>, <c>-</c>), as an OCR reads a speck or a table's rule between headings.</summary>
    internal static bool IsStrayMark(ReadOnlySpan<char> word) =>
        word.Length is 1 or 2 && !char.IsLetterOrDigit(word[0]) && !char.IsLetterOrDigit(word[^1]);

    /// <summary>Returns whether a line of a heading the OCR garbled is still a heading line: no number (a word starting
    /// with a digit; <c>(R0</c>, an OCR's <c>(Rp)</c>, is none), and at least two
    /// of its words, more than half of those with a letter, are heading words (<c>Rekenin Uraian (Rp)</c> /
    /// <c>g Volume | Satuan | Harga Satuan Pp</c>, a word broken over two lines; <c>Kode Vodan Rincian Perhitungan
    /// Jumlah</c>). The caller asks only inside the heading or atop a page, before any row: a row has a code or an
    /// amount, and an uraian of words is never mostly the table's headings. Inside the heading, one heading word is
    /// enough when every other word is a short scrap of at most four letters (<c>keni | Uraian | R</c>: the OCR's
    /// reading of <c>Kode Rekening</c>'s second line beside <c>Uraian</c> and <c>(Rp)</c>).</summary>
    internal static bool IsGarbledHeading(string trimmed, bool inHeading = false)
    {
        int words = 0;
        int headings = 0;
        bool scraps = true;
        ReadOnlySpan<char> line = trimmed;
        foreach (Range range in line.SplitAny(' ', '\t'))
        {
            ReadOnlySpan<char> word = line[range].Trim("|:\t");
            if (word.Length > 0 && char.IsAsciiDigit(word[0]))
            {
                return false; // a number: a code, a volume, an amount
            }

            if (HasLetter(word))
            {
                words++;
                bool heading = IsHeaderWord(word);
                headings += heading ? 1 : 0;
                scraps &= heading || word.Length <= 4;
            }
        }

        return (headings >= 2 && 2 * headings > words) || (inHeading && headings >= 1 && scraps && words <= 4);
    }

    private static bool HasLetter(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsHeaderWord(ReadOnlySpan<char> word)
    {
        ReadOnlySpan<string> known =
        [
            "KODE", "KD.", "REKENING", "URAIAN", "JUMLAH", "HARGA", "SATUAN", "VOLUME", "(RP)", "(RP.)", "RP", "%",
            "RINCIAN", "PERHITUNGAN", "TARIF", "KOEFISIEN", "SEBELUM", "SESUDAH", "SETELAH", "PERUBAHAN",
            "BERTAMBAH/BERKURANG", "BERTAMBAH/(BERKURANG)", "BERTAMBAH/", "BERTAMBAH", "(BERKURANG)", "BERKURANG", "PENJELASAN",
            "TOTAL", "BELANJA", "PPN",
        ];
        foreach (string k in known)
        {
            if (word.Equals(k, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether a line is a rincian table title: it starts with <c>RINCIAN</c> and names
    /// <c>BELANJA</c> or <c>ANGGARAN</c> (<c>RINCIAN ANGGARAN BELANJA LANGSUNG</c>, <c>Rincian Belanja</c>).</summary>
    public static bool IsRincianTitle(string trimmed) =>
        !trimmed.Contains(':', StringComparison.Ordinal)
        && RawLabels.TryMatchWords(trimmed.AsSpan().TrimStart("| \t"), 0, "RINCIAN", out _)
        && (ContainsOrdinal(trimmed, "BELANJA") || ContainsOrdinal(trimmed, "ANGGARAN"));

    /// <summary>Returns whether the cells are a header row of the rincian table: two or more header words
    /// (<c>Kode Rekening</c>, <c>Uraian</c>, <c>Volume</c>, <c>Satuan</c>, <c>Harga Satuan</c>, <c>Jumlah (Rp)</c>,
    /// <c>Rincian Perhitungan</c>, a perubahan column group such as <c>Sebelum Perubahan</c>) and no amount; outside the table it must name <c>Kode Rekening</c> and
    /// <c>Jumlah</c>, or both perubahan groups (<c>Sebelum</c> and <c>Setelah</c> or <c>Sesudah</c>).</summary>
    public static bool IsRincianHeaderRow(LineCells cells, bool requireKodeRekening)
    {
        int words = 0;
        bool kode = false;
        bool jumlah = false;
        for (int i = 0; i < cells.Count; i++)
        {
            ReadOnlySpan<char> cell = cells[i];
            if (cell.Length == 0)
            {
                continue;
            }

            if (char.IsAsciiDigit(cell[0]))
            {
                return false;
            }

            // Only a cell naming "(Rp" needs the removals (and a string); the others are trimmed in place.
            ReadOnlySpan<char> c = cell.Contains("(Rp", StringComparison.OrdinalIgnoreCase)
                ? cells.StringOf(i).Replace("(Rp.)", string.Empty, StringComparison.OrdinalIgnoreCase)
                    .Replace("(Rp)", string.Empty, StringComparison.OrdinalIgnoreCase)
                : cell;
            c = c.Trim().TrimEnd(':').Trim();
            if (requireKodeRekening)
            {
                // Only the two headings count here (this test runs on every body row): the other words are not matched.
                kode |= RawLabels.TryMatchWords(c, 0, "Kode Rekening", out _);
                jumlah |= RawLabels.TryMatchWords(c, 0, "Jumlah", out _);
            }
            else if (IsRincianHeaderWord(c) || PerubahanAmountRow.Classify(c) != PerubahanColumn.None)
            {
                words++;
            }
            else
            {
                words += ColumnWords(c);
            }
        }

        // A perubahan table's first header line names its groups, not its columns: "Kode Rekening  Uraian  Sebelum
        // Perubahan  Setelah Perubahan".
        return requireKodeRekening ? kode && (jumlah || IsBeforeAndAfter(cells.Text)) : words >= 2;
    }

    /// <summary>Returns whether a line is a table head's caption naming the kegiatan or sub kegiatan by its code
    /// (<c>Kegiatan 3.05.3.05.09.01.021 Pelayanan ...</c>, <c>Sub Kegiatan 1.02.02.2.02.0001 ...</c>): no budget line
    /// starts so.</summary>
    public static bool IsKegiatanCaption(string trimmed)
    {
        ReadOnlySpan<char> rest = trimmed.AsSpan().TrimStart("| \t");
        if (rest.StartsWith("Sub ", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[4..].TrimStart();
        }

        if (!rest.StartsWith("Kegiatan", StringComparison.OrdinalIgnoreCase) || rest.Length == 8 || !char.IsWhiteSpace(rest[8]))
        {
            return false;
        }

        rest = rest[8..].TrimStart();
        int end = rest.IndexOfAny(' ', '\t');
        ReadOnlySpan<char> code = end < 0 ? rest : rest[..end];
        return code.Count('.') >= 2 && char.IsAsciiDigit(code[0]) && !code.ContainsAnyExcept(CodeCharacters);
    }

    /// <summary>Returns whether a line is one of the table's two-word headings alone (<c>Rincian Perhitungan</c>,
    /// <c>Kode Rekening</c>), as a fixed-width text prints the first line of a heading repeated atop a page: never a
    /// row's wrapped text.</summary>
    public static bool IsHeadingPhrase(string trimmed)
    {
        ReadOnlySpan<char> line = trimmed.AsSpan().Trim("| \t");
        return (RawLabels.TryMatchWords(line, 0, "Rincian Perhitungan", out int end) || RawLabels.TryMatchWords(line, 0, "Kode Rekening", out end))
            && line[end..].Trim().IsEmpty;
    }

    /// <summary>Returns whether every word of the cells is a word of the table's headings (<c>Uraian</c>,
    /// <c>Rekening (Rp)</c>, <c>Rincian Perhitungan</c>) or a stray mark (<see cref="IsStrayMark"/>), at least one
    /// heading: a line of the heading when a report prints each heading at its own height, read as such only inside
    /// the heading.</summary>
    public static bool HasOnlyHeaderWords(LineCells cells)
    {
        bool any = false;
        for (int i = 0; i < cells.Count; i++)
        {
            foreach (Range range in cells[i].Split(' '))
            {
                ReadOnlySpan<char> word = cells[i][range];
                if (word.IsEmpty)
                {
                    continue;
                }

                if (IsHeaderWord(word))
                {
                    any = true;
                }
                else if (!IsStrayMark(word))
                {
                    return false;
                }
            }
        }

        return any;
    }

    /// <summary>The column names in a cell of header words only, as a fixed-width text sets a header line whose
    /// headings stand closer than its columns (<c>Volume Satuan Harga Satuan</c> in one cell); 0 when a word is no
    /// header word or the cell names no column (<c>Jumlah Total</c>).</summary>
    private static int ColumnWords(ReadOnlySpan<char> cell)
    {
        int columns = 0;
        foreach (Range range in cell.Split(' '))
        {
            ReadOnlySpan<char> word = cell[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!IsHeaderWord(word))
            {
                return 0;
            }

            columns += word.Equals("VOLUME", StringComparison.OrdinalIgnoreCase) || word.Equals("SATUAN", StringComparison.OrdinalIgnoreCase)
                || word.Equals("URAIAN", StringComparison.OrdinalIgnoreCase) || word.Equals("REKENING", StringComparison.OrdinalIgnoreCase)
                || word.Equals("KOEFISIEN", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        }

        return columns;
    }

    internal static bool IsRincianHeaderWord(ReadOnlySpan<char> cell)
    {
        ReadOnlySpan<string> starts = ["Kode Rekening", "Rincian Perhitungan", "Harga Satuan", "Kode", "Rekening"];
        foreach (string start in starts)
        {
            if (RawLabels.TryMatchWords(cell, 0, start, out _))
            {
                return true;
            }
        }

        ReadOnlySpan<string> whole = ["Uraian", "Volume", "Satuan", "Harga", "Jumlah", "Tarif", "Koefisien", "Keterangan", "PPN"];
        foreach (string word in whole)
        {
            if (cell.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether the cells number the columns (<c>1 2 3 4 5 6</c>, <c>6 = 3 x 5</c>, an OCR's
    /// <c>6-(3x5)</c>).</summary>
    internal static bool IsColumnNumberRow(LineCells cells)
    {
        int count = 0;
        for (int i = 0; i < cells.Count; i++)
        {
            ReadOnlySpan<char> cell = cells[i];
            if (cell.Length == 0)
            {
                continue;
            }

            count++;
            bool small = cell.Length <= 2 && IsDigits(cell);
            bool formula = cell.Length <= 20 && (cell.Contains('=') || (count > 1 && OcrSignOf(cell.ToString().Replace(" ", string.Empty, StringComparison.Ordinal)) > 0));
            if (!small && !formula)
            {
                return false;
            }
        }

        return count >= 3;
    }
}
