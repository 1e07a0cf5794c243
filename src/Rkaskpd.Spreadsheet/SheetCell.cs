using System;
using System.Globalization;

namespace Rkaskpd.Spreadsheet;

/// <summary>One cell of a laid-out sheet: empty, text, a number or a formula with its computed value, with its look.</summary>
/// <param name="Text">The text, or <see langword="null"/> for a number or an empty cell.</param>
/// <param name="Number">The number (for a formula, its value, cached in the file), or <see langword="null"/> for text
/// or an empty cell.</param>
/// <param name="Style">The cell's look.</param>
/// <param name="Formula">The formula without its leading <c>=</c> (e.g. <c>SUM(F12,F15)</c>), or
/// <see langword="null"/>.</param>
internal readonly record struct SheetCell(string? Text, decimal? Number, CellStyle Style, string? Formula = null)
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
                return Style switch
                {
                    CellStyle.Money or CellStyle.MoneyBold => length + 6,
                    CellStyle.Percent => length + 1,
                    CellStyle.PercentDecimal => length + 4,
                    _ => length,
                };
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

    /// <summary>Creates a bold Rupiah total computed by a formula, with its value cached in the file (so that readers
    /// that do not calculate, and the file's first view, show the total).</summary>
    /// <param name="formula">The formula without its leading <c>=</c>.</param>
    /// <param name="value">The formula's value.</param>
    public static SheetCell OfRupiahFormula(string formula, Rupiah value) => new(null, value.Amount, CellStyle.MoneyBold, formula);

    /// <summary>Creates a percentage cell: <paramref name="percent"/> 78 is stored as the number 0,78 and shown as
    /// <c>78%</c> (<c>86,32%</c> with two decimals when it has a fraction).</summary>
    /// <param name="percent">The percentage, as written (78 for 78 %).</param>
    public static SheetCell OfPercent(decimal percent) =>
        new(null, percent / 100m, decimal.Truncate(percent) == percent ? CellStyle.Percent : CellStyle.PercentDecimal);

    /// <summary>Creates a plain number cell; <see langword="null"/> gives an empty cell.</summary>
    public static SheetCell OfNumber(decimal? number) => number is { } value ? new(null, value, CellStyle.Plain) : default;
}
