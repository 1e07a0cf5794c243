using System;
using System.Buffers;
using System.Collections.Generic;
using System.Numerics;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Joins a rincian table printed one cell per line (plain <c>pdftotext</c> of an SIPD print) into tab rows. The
/// header is a run of header words from <c>Kode Rekening</c> on (<c>Uraian</c>, <c>Rincian Perhitungan</c>,
/// <c>Koefisien</c>, <c>Satuan</c>, <c>Harga</c>, <c>PPN</c>, <c>Jumlah</c>); a row then runs from a kode rekening or
/// a text cell to the amount that no other number cell follows: <c>5.1.02</c> / <c>Belanja Barang dan Jasa</c> /
/// <c>41.159.700,00</c>, or <c>Buku Tulis</c> / <c>60 Buah</c> / <c>Buah</c> / <c>5.000,00</c> / <c>0</c> /
/// <c>300.000,00</c>. A row without a code gets an empty first cell, as an indented row. The table ends at a blank
/// line or a line with a colon (other than SIPD's <c>Spesifikasi : ...</c> under a detail row's item, which goes on
/// with the row). A page footer (<c>Halaman 2 dari 4</c>) inside it is passed on as its own row, and so
/// are the columns' numbers under the header (<c>1</c> / <c>2</c> / ... / <c>6 = (3 x 5)</c>).
/// </summary>
/// <remarks>
/// <para>Plain <c>pdftotext</c> of a print whose table cells stand apart (Word's Save as PDF, a Crystal Reports print) writes
/// each cell as a block of lines with blank lines between the blocks, the header's too (<c>Kode</c> / <c>Rekening</c>,
/// blank, <c>Uraian</c>, blank, ..., <c>Jumlah</c> / <c>(Rp)</c>); after such a header the rows are read in blocks
/// (<see cref="RincianBlocks"/>).</para>
/// <para>A word processor's plain-text export (LibreOffice's "Text") writes every cell of a row on a line of its own,
/// an empty cell as an empty line: after a header of one word a line with no blank between, such a table is a grid of
/// as many lines a row as the header has words (<see cref="TryGridRow"/>).</para>
/// </remarks>
internal static class RincianCells
{
    private const int MaxRowLines = 12;

    /// <summary>The characters of an amount without <c>Rp</c>: digits, separators and spaces between digit groups.</summary>
    private static readonly SearchValues<char> AmountCharacters = SearchValues.Create("0123456789., ");

    private static readonly string[] HeaderWords =
    [
        "Kode Rekening", "Uraian", "Rincian Perhitungan", "Koefisien", "Satuan", "Harga", "Harga Satuan", "PPN",
        "Jumlah", "Jumlah (Rp)", "Volume",
    ];

    /// <summary>Joins the header at the window's head (from <c>Kode Rekening</c>, or <c>Kode</c> over
    /// <c>Rekening</c>); <see cref="LayoutWindow.NotMine"/> when it is not there.</summary>
    /// <param name="w">The window.</param>
    /// <param name="blocks">Set when blank lines stand between the header's words: the table's cells are blocks.</param>
    /// <param name="columns">The header's number of words, one a line with no blank between (0 otherwise): the
    /// columns of a grid (<see cref="TryGridRow"/>).</param>
    public static int TryHeader(LayoutWindow w, out bool blocks, out int columns)
    {
        blocks = false;
        columns = 0;
        string head = w[0].Text.Trim();
        int k;
        if (head.Equals("Kode Rekening", StringComparison.OrdinalIgnoreCase))
        {
            k = 1;
        }
        else if (head.Equals("Kode", StringComparison.OrdinalIgnoreCase))
        {
            if (w.Count < 2)
            {
                return w.Missing();
            }

            if (!w[1].Text.AsSpan().Trim().Equals("Rekening", StringComparison.OrdinalIgnoreCase))
            {
                return LayoutWindow.NotMine;
            }

            k = 2;
        }
        else
        {
            return LayoutWindow.NotMine;
        }

        var words = new List<string>(8) { "Kode Rekening" };
        int end = k;
        bool blank = false;
        string? code = null;
        ulong columnNumbers = 0; // the column numbers passed over, a bit each
        while (k < w.Count && words.Count < 12)
        {
            string text = w[k].Text.Trim();
            if (text.Length == 0)
            {
                blank = true;
                k++;
                continue;
            }

            if (text == "(Rp)" && words[^1].Equals("Jumlah", StringComparison.OrdinalIgnoreCase))
            {
                words[^1] = "Jumlah (Rp)"; // "Jumlah" over "(Rp)", one heading
            }
            else if (IsHeaderWord(text))
            {
                words.Add(text);
            }
            else if (blank && code is null && IsCode(text) && text.Contains('.', StringComparison.Ordinal))
            {
                // The first row's kode written among the header's words repeated atop a page (plain pdftotext orders
                // the blocks by column): it heads the row after the header.
                code = text;
                k++;
                end = k;
                continue;
            }
            else if (blank && ColumnNumber(text, out bool formula) is int number and > 0
                && (formula || ((columnNumbers & (1UL << number)) == 0
                    && number <= Math.Max(words.Count, 64 - BitOperations.LeadingZeroCount(columnNumbers)))))
            {
                // A print whose header cells stand at their own heights puts the columns' numbers between them
                // (Crystal Reports: "Uraian", "1", "2", "Volume", ...; plain pdftotext may write them out of order,
                // "2", "3", "4", "5", "1"): passed over with the header. A number is the first row's kode instead when
                // it repeats one passed over (SIMRAL's "5" after "1" to "6"), is past both the header's words and the
                // highest number so far by more than one ("1", "2", "3", then "5"), or when no other column number
                // stands with it (SIPD's "5" between the header and BELANJA DAERAH).
                if (!formula && columnNumbers == 0)
                {
                    int next = w.NextNonBlank(k + 1);
                    if (next < 0)
                    {
                        return w.Missing();
                    }

                    string after = w[next].Text.Trim();
                    if (!IsHeaderWord(after) && ColumnNumber(after, out _) == 0)
                    {
                        break;
                    }
                }

                columnNumbers |= 1UL << number;
                k++;
                end = k;
                continue;
            }
            else
            {
                break;
            }

            blocks |= blank;
            k++;
            end = k;
        }

        if (k == w.Count && !w.Final)
        {
            return LayoutWindow.NeedMore;
        }

        if (words.Count < 3 || !words.Exists(word => word.Equals("Uraian", StringComparison.OrdinalIgnoreCase)))
        {
            blocks = false;
            return LayoutWindow.NotMine;
        }

        var cells = new List<string>(6);
        int rowEnd = end;
        RincianBlocks.Kind row = code is null ? RincianBlocks.Kind.None : RincianBlocks.Parse(w, end, cells, out rowEnd);
        if (row == RincianBlocks.Kind.NeedMore)
        {
            return LayoutWindow.NeedMore;
        }

        // A two-level header's "Rincian Perhitungan" spans the columns under it and is no column of its own.
        columns = blocks || code is not null ? 0 : words.Count - words.FindAll(word => word.Equals("Rincian Perhitungan", StringComparison.OrdinalIgnoreCase)).Count;
        w.Emit(w[0].Line, string.Join('\t', words));
        if (code is not null && row is RincianBlocks.Kind.Row or RincianBlocks.Kind.Alone && !IsCode(cells[0]))
        {
            w.Emit(w[end].Line, code + "\t" + string.Join('\t', cells));
            return rowEnd;
        }

        if (code is not null)
        {
            w.Emit(w[0].Line, code);
        }

        return end;
    }

    /// <summary>Joins one row at the window's head; <see cref="LayoutWindow.NotMine"/> at the table's end.</summary>
    /// <param name="w">The window.</param>
    /// <param name="blocks">Whether the table's cells are blocks set apart by blank lines (see the remarks).</param>
    public static int TryRow(LayoutWindow w, bool blocks = false)
    {
        if (Sections.ClosingBlock.IsPageFooter(w[0].Text.Trim(), indented: true))
        {
            // A page footer between two pages of the table ("Halaman 2 dari 4"): a row of its own, which the scanner
            // reads as the page break it is; the table goes on under its repeated header on the next page.
            w.Emit(w[0].Line, w[0].Text.Trim());
            return 1;
        }

        if (w[0].Text.AsSpan().Trim() is "1")
        {
            int numbers = TryColumnNumbers(w, blocks);
            if (numbers != LayoutWindow.NotMine)
            {
                return numbers;
            }
        }

        if (IsGroupHeading(w, out bool needMore))
        {
            // Also in a table of blocks: the heading's cell and the uraian of the row under it, printed with no gap
            // between them, are one block to pdftotext.
            w.Emit(w[0].Line, "\t" + w[0].Text.Trim());
            return 1;
        }

        if (needMore)
        {
            return LayoutWindow.NeedMore;
        }

        if (blocks)
        {
            return RincianBlocks.TryRow(w);
        }

        var cells = new List<string>(6);
        int k = 0;
        while (cells.Count < MaxRowLines)
        {
            if (k >= w.Count)
            {
                if (!w.Final)
                {
                    return LayoutWindow.NeedMore;
                }

                break;
            }

            string text = w[k].Text.Trim();
            if (text.Length == 0 || (text.Contains(':', StringComparison.Ordinal) && !(cells.Count > 0 && IsSpesifikasi(text)))
                || text.Contains('\t', StringComparison.Ordinal)
                || (cells.Count > 0 && IsCode(text) && text.Contains('.', StringComparison.Ordinal))
                || text.Equals("Kode Rekening", StringComparison.OrdinalIgnoreCase) || text.Equals("Kode", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }

            cells.Add(text);
            k++;
            if (IsAmount(text) && cells.Count > 1)
            {
                if (k >= w.Count && !w.Final)
                {
                    return LayoutWindow.NeedMore;
                }

                if (k >= w.Count || !IsAmount(w[k].Text.Trim()))
                {
                    if (!IsCode(cells[0]) && IsVolumeBeforeSatuan(w, k, text))
                    {
                        continue;
                    }

                    break;
                }
            }
        }

        if (cells.Count < 2 || !IsAmount(cells[^1]))
        {
            return LayoutWindow.NotMine; // not a row of this table: the table has ended
        }

        w.Emit(w[0].Line, (IsCode(cells[0]) ? string.Empty : "\t") + string.Join('\t', cells));
        return k;
    }

    /// <summary>Joins one row of a grid of <paramref name="columns"/> lines a row, an empty cell an empty line (see the
    /// remarks): a row whose first cell is a kode rekening or empty, whose uraian is there, and whose last cell is an
    /// amount (a group heading: empty after its uraian), with at least one empty cell (the kode of a detail row, the
    /// rincian perhitungan of a rekening row). <see cref="LayoutWindow.NotMine"/> for anything else, which the other
    /// readers of the table then try.</summary>
    public static int TryGridRow(LayoutWindow w, int columns)
    {
        if (w.Count < columns)
        {
            return w.Final ? LayoutWindow.NotMine : LayoutWindow.NeedMore;
        }

        bool empty = false;
        bool between = false;
        for (int i = 0; i < columns; i++)
        {
            ReadOnlySpan<char> text = w[i].Text.AsSpan().Trim();
            if (text.Contains(':') || text.Contains('\t') || Sections.ClosingBlock.IsPageFooter(text.ToString(), indented: true))
            {
                return LayoutWindow.NotMine;
            }

            empty |= text.IsEmpty;
            between |= i > 1 && i < columns - 1 && !text.IsEmpty;
        }

        string first = w[0].Text.Trim();
        string last = w[columns - 1].Text.Trim();
        string uraian = w[1].Text.Trim();
        bool heading = first.Length == 0 && last.Length == 0 && !between;
        if (!empty || uraian.Length == 0 || IsAmount(uraian) || (first.Length > 0 && !IsCode(first)) || !(heading || IsAmount(last)))
        {
            return LayoutWindow.NotMine;
        }

        var row = new System.Text.StringBuilder();
        for (int i = 0; i < columns; i++)
        {
            row.Append(i == 0 ? string.Empty : "\t").Append(w[i].Text.AsSpan().Trim());
        }

        w.Emit(w[0].Line, row.ToString().TrimEnd('\t'));
        return columns;
    }

    /// <summary>Joins the columns' numbers under the header, one a line (<c>1</c> / <c>2</c> / ... /
    /// <c>6 = (3 x 5)</c>), into the one row they are, which the rincian reader passes over: at least four numbers
    /// counting up from 1, the last perhaps with its formula; in a table of blocks, with blank lines between them.</summary>
    private static int TryColumnNumbers(LayoutWindow w, bool blocks)
    {
        const int MaxColumns = 16;
        var numbers = new List<string>(8);
        int k = 0;
        int end = 0;
        while (numbers.Count < MaxColumns)
        {
            if (blocks && k > 0)
            {
                k = w.NextNonBlank(k);
                k = k < 0 ? w.Count : k;
            }

            if (k >= w.Count)
            {
                if (!w.Final)
                {
                    return LayoutWindow.NeedMore;
                }

                break;
            }

            string text = w[k].Text.Trim();
            string expected = (numbers.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            bool formula = text.StartsWith(expected, StringComparison.Ordinal) && text.AsSpan(expected.Length).TrimStart().StartsWith('=');
            if (text != expected && !formula)
            {
                break;
            }

            numbers.Add(text);
            k++;
            end = k;
            if (formula)
            {
                break;
            }
        }

        if (numbers.Count < 4)
        {
            return LayoutWindow.NotMine;
        }

        w.Emit(w[0].Line, string.Join('\t', numbers));
        return end;
    }

    /// <summary>The column number under a header cell, <c>1</c> to <c>63</c>, alone or with its formula
    /// (<c>6 = (3 x 5)</c>, <paramref name="formula"/>); 0 when the text is none.</summary>
    private static int ColumnNumber(string text, out bool formula)
    {
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        formula = digits < text.Length && text.AsSpan(digits).TrimStart().StartsWith('=');
        if (digits is not (1 or 2) || !(digits == text.Length || formula))
        {
            formula = false;
            return 0;
        }

        int number = int.Parse(text.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture);
        return number < 64 ? number : 0;
    }

    private static bool IsHeaderWord(string text)
    {
        if (text.EndsWith("(Rp)", StringComparison.OrdinalIgnoreCase))
        {
            text = text[..^"(Rp)".Length].TrimEnd(); // "Harga Satuan (Rp)", "Jumlah (Rp)"
        }

        foreach (string word in HeaderWords)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the window's head is a group heading without amounts, a row of its own (SIMDA's italic
    /// <c>- Honorarium Narasumber</c> over the detail rows it groups): a <c>- </c> line followed by a line that starts
    /// with a capital and is neither a code nor an amount (a detail row's uraian wrapped onto a next line goes on in
    /// lower case, and a detail row's own next line is its volume).</summary>
    private static bool IsGroupHeading(LayoutWindow w, out bool needMore)
    {
        needMore = false;
        string head = w[0].Text.Trim();
        if (!head.StartsWith("- ", StringComparison.Ordinal) || head.Length < 4 || !char.IsLetter(head[2]))
        {
            return false;
        }

        if (w.Count < 2)
        {
            needMore = !w.Final;
            return false;
        }

        string next = w[1].Text.Trim();
        return next.Length > 0 && char.IsUpper(next[0]) && !IsCode(next) && !IsAmount(next) && !next.Contains('\t', StringComparison.Ordinal);
    }

    /// <summary>Whether a number without decimals (<c>18.000</c>) in a detail row (no kode rekening first) is its volume
    /// rather than its last amount: a satuan follows it (one short word) and then an amount with decimals
    /// (<c>18.000</c> / <c>liter</c> / <c>5.150,00</c>).</summary>
    public static bool IsVolumeBeforeSatuan(LayoutWindow w, int next, string number)
    {
        if (number.Contains(',', StringComparison.Ordinal) || next + 1 >= w.Count)
        {
            return false;
        }

        string satuan = w[next].Text.Trim();
        return satuan.Length is > 0 and <= 16 && char.IsLetter(satuan[0]) && !satuan.Contains(' ', StringComparison.Ordinal)
            && w[next + 1].Text.Contains(',', StringComparison.Ordinal) && IsAmount(w[next + 1].Text.Trim());
    }

    /// <summary>SIPD's second line of a detail row's uraian, its specification (<c>Spesifikasi : Ukuran A4, 60
    /// halaman,</c>): a line with a colon that goes on with the row instead of ending the table.</summary>
    public static bool IsSpesifikasi(string text) => text.StartsWith("Spesifikasi", StringComparison.OrdinalIgnoreCase)
        && text.AsSpan("Spesifikasi".Length).TrimStart().StartsWith(":");

    /// <summary>A kode rekening cell: digits and dots only, the akun first (4 pendapatan, 5 belanja, 6 pembiayaan:
    /// <c>5</c>, <c>5.1.02.01.01.0024</c>) and a one-digit kelompok after it, so that a PPN cell <c>0</c> starts no row
    /// and a volume with a thousands separator (<c>4.000</c>) is no kode.</summary>
    public static bool IsCode(string text)
    {
        if (text.Length == 0 || text[0] is < '4' or > '6' || (text.Length > 1 && text[1] != '.')
            || (text.Length > 3 && text[3] != '.'))
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
            {
                return false;
            }
        }

        return !text.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>An amount or PPN cell: <c>300.000,00</c>, <c>Rp 5.000</c>, <c>0</c>, <c>11%</c>; a number with a word
    /// after it is none (<c>1.000 Lembar</c> is a koefisien).</summary>
    public static bool IsAmount(string text)
    {
        if (text.EndsWith('%'))
        {
            return text.Length <= 6 && char.IsAsciiDigit(text[0]);
        }

        if (text == "0" || text.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            return text.Length > 0;
        }

        int comma = text.LastIndexOf(',');
        return !IsCode(text) && LineClassifier.LooksLikeAmount(text) && (comma > 0 || text.Contains('.', StringComparison.Ordinal))
            && !text.AsSpan().ContainsAnyExcept(AmountCharacters);
    }
}
