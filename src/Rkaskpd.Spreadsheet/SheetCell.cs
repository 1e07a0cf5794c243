using System;
using System.Globalization;

namespace Rkaskpd.Spreadsheet;

/// <summary>One cell of a laid-out sheet: empty, text or a number, with its look.</summary>
/// <param name="Text">The text, or <see langword="null"/> for a number or an empty cell.</param>
/// <param name="Number">The number, or <see langword="null"/> for text or an empty cell.</param>
/// <param name="Style">The cell's look.</param>
internal readonly record struct SheetCell(string? Text, decimal? Number, CellStyle Style)
{
    /// <summary>The empty cell.</summary>
    public static SheetCell Empty => default;

    /// <summary>Gets the number of characters the cell needs to be read without clipping, on its longest line.</summary>
    public int DisplayLength
    {
        get
        {
            if (Number is { } number)
            {
                // "Rp " + digits with group separators + ",00": the same length in every locale.
                string digits = decimal.Truncate(Math.Abs(number)).ToString(CultureInfo.InvariantCulture);
                int groups = (digits.Length - 1) / 3;
                int length = digits.Length + groups + (number < 0 ? 1 : 0);
                return Style is CellStyle.Money or CellStyle.MoneyBold ? length + 6 : length;
            }

            if (Text is null)
            {
                return 0;
            }

            int longest = 0;
            foreach (ReadOnlySpan<char> line in Text.AsSpan().EnumerateLines())
            {
                longest = Math.Max(longest, line.Length);
            }

            return longest;
        }
    }

    /// <summary>Creates a text cell, cleaned of characters a workbook cannot hold; <see langword="null"/> gives an empty cell.</summary>
    public static SheetCell OfText(string? text, CellStyle style = CellStyle.Plain) =>
        string.IsNullOrEmpty(text) ? default : new(XlsxText.Clean(text), null, style);

    /// <summary>Creates a number cell in the Rupiah number format; <see langword="null"/> gives an empty cell.</summary>
    public static SheetCell OfRupiah(Rupiah? amount, bool bold = false) =>
        amount is { } value ? new(null, value.Amount, bold ? CellStyle.MoneyBold : CellStyle.Money) : default;

    /// <summary>Creates a plain number cell; <see langword="null"/> gives an empty cell.</summary>
    public static SheetCell OfNumber(decimal? number) => number is { } value ? new(null, value, CellStyle.Plain) : default;
}
