using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// The columns of a fixed-width table, taken from the character positions of its header lines, and the splitting of
/// a row into one cell per column by where its words stand. Used for the perubahan rincian table
/// (<see cref="PerubahanTable"/>), whose rows print two groups of the same columns side by side: splitting at runs of
/// spaces alone cannot tell which group a lone jumlah belongs to, nor split two numbers only one space apart.
/// </summary>
/// <remarks>
/// <para>Text (uraian, koefisien, satuan) is left-aligned in these prints and numbers right-aligned, so a text cell
/// belongs to the last column that starts at or before its first character (within <see cref="Tolerance"/>), a number
/// to the last column that starts at or before its last character; a kode rekening is placed as text. Inside a cell
/// (two or more spaces around it) a number starts a cell of its own when it stands under a later column and follows
/// another number or is an amount (<c>0 11.250.000,00</c>: PPN, then jumlah); words of text never split off, so an
/// uraian that runs under the next column's heading stays whole.</para>
/// <para>A text cell under a number column (the total row's <c>Jumlah Total</c>, printed once a group) becomes the
/// row's uraian when that is empty; the same text printed again is dropped.</para>
/// </remarks>
internal sealed class TableColumns
{
    /// <summary>How far (in characters) text may start to the right of its column's start and still belong to the
    /// column before.</summary>
    public const int Tolerance = 2;

    private readonly List<int> starts = new(16);
    private readonly List<TableColumnKind> kinds = new(16);

    /// <summary>Gets the number of columns; 0 when none are set.</summary>
    public int Count => starts.Count;

    /// <summary>Gets what the column at <paramref name="index"/> holds.</summary>
    public TableColumnKind KindOf(int index) => kinds[index];

    /// <summary>Forgets the columns (the table ended).</summary>
    public void Clear()
    {
        starts.Clear();
        kinds.Clear();
    }

    /// <summary>Takes the columns of a perubahan rincian header: <paramref name="groups"/> names <c>Kode Rekening</c>,
    /// <c>Uraian</c>, the group titles and perhaps <c>Bertambah/(Berkurang)</c> and <c>Penjelasan</c>;
    /// <paramref name="names"/> names each group's columns (<c>Koefisien Satuan Harga PPN Jumlah</c> or <c>Volume
    /// Satuan Harga Satuan Jumlah</c>, twice). Returns false, with no columns set, when the lines are not such a
    /// header (two jumlah columns, a kode rekening and an uraian are needed).</summary>
    public bool TrySet(string groups, string names)
    {
        Clear();
        bool kode = false, uraian = false;
        foreach ((int start, int length) in FixedWidthColumns.Cells(groups))
        {
            ReadOnlySpan<char> cell = groups.AsSpan(start, length);
            if (Starts(cell, "Kode"))
            {
                kode = Add(start, TableColumnKind.Kode);
            }
            else if (Starts(cell, "Uraian"))
            {
                uraian = Add(start, TableColumnKind.Uraian);
            }
            else if (Starts(cell, "Bertambah") || Starts(cell, "(Berkurang"))
            {
                Add(start, TableColumnKind.Number);
            }
            else if (Starts(cell, "Penjelasan") || Starts(cell, "Keterangan"))
            {
                Add(start, TableColumnKind.Text);
            }
        }

        int jumlah = 0;
        foreach ((int start, int length) in FixedWidthColumns.Cells(names))
        {
            ReadOnlySpan<char> cell = names.AsSpan(start, length);
            if (Starts(cell, "Jumlah"))
            {
                jumlah++;
            }

            if (!TryKind(cell, out TableColumnKind kind))
            {
                Clear();
                return false; // a line of something else
            }

            Add(start, kind);
        }

        if (!kode || !uraian || jumlah < 2 || kinds[0] != TableColumnKind.Kode)
        {
            Clear();
            return false;
        }

        return true;
    }

    /// <summary>Splits <paramref name="text"/> into one cell per column (empty where nothing stands); a header line
    /// (<paramref name="row"/> false) keeps its names where they stand.</summary>
    public string[] Split(string text, bool row)
    {
        string[] cells = new string[starts.Count];
        Array.Fill(cells, string.Empty);
        foreach ((int start, int length) in FixedWidthColumns.Cells(text))
        {
            int end = start + length;
            int pieceStart = start, column = -1;
            bool previousNumber = false;
            int i = start;
            while (i < end)
            {
                int w = i;
                while (i < end && text[i] != ' ')
                {
                    i++;
                }

                ReadOnlySpan<char> word = text.AsSpan(w, i - w);
                bool number = IsNumber(word);
                if (column < 0 && !IsRp(word))
                {
                    column = number && !LineClassifier.LooksLikeCode(word) ? ColumnAt(i - 1) : ColumnAt(w + Tolerance);
                }
                else if (column >= 0 && number && (previousNumber || IsAmount(word)) && ColumnAt(i - 1) > column)
                {
                    Put(cells, column, text.AsSpan(pieceStart, w - 1 - pieceStart), row);
                    (pieceStart, column) = (w, ColumnAt(i - 1));
                }

                previousNumber = number;
                i++;
            }

            Put(cells, column >= 0 ? column : ColumnAt(pieceStart + Tolerance), text.AsSpan(pieceStart, end - pieceStart), row);
        }

        return cells;
    }

    private void Put(string[] cells, int column, ReadOnlySpan<char> piece, bool row)
    {
        piece = piece.Trim();
        if (piece.IsEmpty)
        {
            return;
        }

        if (row && kinds[column] == TableColumnKind.Number && piece.IndexOfAnyInRange('0', '9') < 0)
        {
            // A label under a number column: the total row's "Jumlah Total", printed once a group.
            int uraian = kinds.IndexOf(TableColumnKind.Uraian);
            if (cells[uraian].Length == 0 || piece.Equals(cells[uraian], StringComparison.Ordinal))
            {
                cells[uraian] = piece.ToString();
                return;
            }
        }

        if (row && kinds[column] == TableColumnKind.Volume && column + 1 < kinds.Count && cells[column].Length == 0
            && cells[column + 1].Length == 0 && piece.IndexOf(' ') is int space and > 0 && IsNumber(piece[..space])
            && !piece[(space + 1)..].ContainsAnyInRange('0', '9'))
        {
            // "12 OB": the volume and the satuan set one space apart, as one cell.
            cells[column] = piece[..space].ToString();
            cells[column + 1] = piece[(space + 1)..].TrimStart().ToString();
            return;
        }

        cells[column] = cells[column].Length == 0 ? piece.ToString() : string.Concat(cells[column], " ", piece);
    }

    private int ColumnAt(int position)
    {
        int column = 0;
        while (column + 1 < starts.Count && starts[column + 1] <= position)
        {
            column++;
        }

        return column;
    }

    /// <summary>Adds a column at <paramref name="start"/> in order, unless one starts there already (a heading on two
    /// lines, <c>Bertambah/</c> over <c>(Berkurang)</c>). Returns true.</summary>
    private bool Add(int start, TableColumnKind kind)
    {
        int at = 0;
        while (at < starts.Count && starts[at] < start - Tolerance)
        {
            at++;
        }

        if (at < starts.Count && starts[at] <= start + Tolerance)
        {
            return true;
        }

        starts.Insert(at, start);
        kinds.Insert(at, kind);
        return true;
    }

    private static bool TryKind(ReadOnlySpan<char> name, out TableColumnKind kind)
    {
        kind = TableColumnKind.Volume;
        if (Starts(name, "Volume") || Starts(name, "Vol"))
        {
            return true;
        }

        kind = TableColumnKind.Text;
        ReadOnlySpan<string> text = ["Koefisien", "Satuan", "Penjelasan", "Keterangan", "Rincian"];
        ReadOnlySpan<string> numbers = ["Harga", "PPN", "Jumlah", "Bertambah", "(Berkurang", "Berkurang", "(Rp", "Rp"];
        foreach (string word in text)
        {
            if (Starts(name, word))
            {
                return true;
            }
        }

        kind = TableColumnKind.Number;
        foreach (string word in numbers)
        {
            if (Starts(name, word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Starts(ReadOnlySpan<char> cell, string word) => cell.StartsWith(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsRp(ReadOnlySpan<char> word) =>
        word.Equals("Rp", StringComparison.OrdinalIgnoreCase) || word.Equals("Rp.", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a word is a number: digits with separators, a rate (<c>11%</c>), a decrease in parentheses,
    /// or <c>-</c> (nil).</summary>
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        if (word is "-" or "\u2013")
        {
            return true;
        }

        ReadOnlySpan<char> digits = word.TrimStart('(');
        if (digits.IsEmpty || !char.IsAsciiDigit(digits[0]))
        {
            return false;
        }

        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or '%' or ')' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a number word is written as an amount (<c>75.000</c>, <c>0,00</c>), not a count.</summary>
    private static bool IsAmount(ReadOnlySpan<char> word) =>
        word.IndexOfAny('.', ',') > 0 && !LineClassifier.LooksLikeCode(word) && LineClassifier.LooksLikeAmount(word.TrimStart('('));
}
