using System;
using System.Buffers;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Joins a rincian table printed one cell per line (plain <c>pdftotext</c> of an SIPD print) into tab rows. The
/// header is a run of header words from <c>Kode Rekening</c> on (<c>Uraian</c>, <c>Rincian Perhitungan</c>,
/// <c>Koefisien</c>, <c>Satuan</c>, <c>Harga</c>, <c>PPN</c>, <c>Jumlah</c>); a row then runs from a kode rekening or
/// a text cell to the amount that no other number cell follows: <c>5.1.02</c> / <c>Belanja Barang dan Jasa</c> /
/// <c>41.159.700,00</c>, or <c>Buku Tulis</c> / <c>60 Buah</c> / <c>Buah</c> / <c>5.000,00</c> / <c>0</c> /
/// <c>300.000,00</c>. A row without a code gets an empty first cell, as an indented row. The table ends at a blank
/// line or a line with a colon. A page footer (<c>Halaman 2 dari 4</c>) inside it is passed on as its own row, and so
/// are the columns' numbers under the header (<c>1</c> / <c>2</c> / ... / <c>6 = (3 x 5)</c>).
/// </summary>
internal static class RincianCells
{
    private const int MaxRowLines = 8;

    /// <summary>The characters of an amount without <c>Rp</c>: digits, separators and spaces between digit groups.</summary>
    private static readonly SearchValues<char> AmountCharacters = SearchValues.Create("0123456789., ");

    private static readonly string[] HeaderWords =
    [
        "Kode Rekening", "Uraian", "Rincian Perhitungan", "Koefisien", "Satuan", "Harga", "Harga Satuan", "PPN",
        "Jumlah", "Jumlah (Rp)", "Volume",
    ];

    /// <summary>Joins the header at the window's head (from <c>Kode Rekening</c>); <see cref="LayoutWindow.NotMine"/>
    /// when it is not there.</summary>
    public static int TryHeader(LayoutWindow w)
    {
        if (!w[0].Text.Trim().Equals("Kode Rekening", StringComparison.OrdinalIgnoreCase))
        {
            return LayoutWindow.NotMine;
        }

        var words = new List<string>(8) { "Kode Rekening" };
        int k = 1;
        while (k < w.Count && words.Count < 12 && IsHeaderWord(w[k].Text.Trim()))
        {
            words.Add(w[k].Text.Trim());
            k++;
        }

        if (k == w.Count && !w.Final)
        {
            return LayoutWindow.NeedMore;
        }

        if (words.Count < 3 || !words.Exists(word => word.Equals("Uraian", StringComparison.OrdinalIgnoreCase)))
        {
            return LayoutWindow.NotMine;
        }

        w.Emit(w[0].Line, string.Join('\t', words));
        return k;
    }

    /// <summary>Joins one row at the window's head; <see cref="LayoutWindow.NotMine"/> at the table's end.</summary>
    public static int TryRow(LayoutWindow w)
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
            int numbers = TryColumnNumbers(w);
            if (numbers != LayoutWindow.NotMine)
            {
                return numbers;
            }
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
            if (text.Length == 0 || text.Contains(':', StringComparison.Ordinal) || text.Contains('\t', StringComparison.Ordinal)
                || (cells.Count > 0 && IsCode(text) && text.Contains('.', StringComparison.Ordinal)))
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

    /// <summary>Joins the columns' numbers under the header, one a line (<c>1</c> / <c>2</c> / ... /
    /// <c>6 = (3 x 5)</c>), into the one row they are, which the rincian reader passes over: at least four numbers
    /// counting up from 1, the last perhaps with its formula.</summary>
    private static int TryColumnNumbers(LayoutWindow w)
    {
        const int MaxColumns = 16;
        var numbers = new List<string>(8);
        for (int k = 0; k < MaxColumns; k++)
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
            string expected = (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            bool formula = text.StartsWith(expected, StringComparison.Ordinal) && text.AsSpan(expected.Length).TrimStart().StartsWith('=');
            if (text != expected && !formula)
            {
                break;
            }

            numbers.Add(text);
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
        return numbers.Count;
    }

    private static bool IsHeaderWord(string text)
    {
        foreach (string word in HeaderWords)
        {
            if (text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A kode rekening cell: digits and dots only, the akun first (4 pendapatan, 5 belanja, 6 pembiayaan:
    /// <c>5</c>, <c>5.1.02.01.01.0024</c>), so that a PPN cell <c>0</c> starts no row.</summary>
    private static bool IsCode(string text)
    {
        if (text.Length == 0 || text[0] is < '4' or > '6' || (text.Length > 1 && text[1] != '.'))
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
    private static bool IsAmount(string text)
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
