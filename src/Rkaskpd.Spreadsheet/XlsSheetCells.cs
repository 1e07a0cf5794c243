using System;
using System.Globalization;
using System.IO;
using ExcelDataReader;
using Rkaskpd.Text;

namespace Rkaskpd.Spreadsheet;

/// <summary>Hands the current sheet of an ExcelDataReader reader to <see cref="RkaWorkbookCells"/>: its name, its
/// hidden columns (width 0), then each row (hidden when its height is 0) with its cells' values: a string as written, a
/// number or date with its number format, a logical value as <c>1</c> or <c>0</c>; an empty cell or a formula error
/// gives no cell.</summary>
internal static class XlsSheetCells
{
    /// <summary>The most rows and columns of a BIFF8 sheet (Excel 97-2003); a sheet that declares more is damaged.</summary>
    private const int MaxRows = 65536, MaxColumns = 256;

    /// <summary>The most cells a workbook's sheets may declare together (every sheet at its largest would be 16.8 million
    /// each): a file that names one huge sheet many times is damaged, not read for hours.</summary>
    public const long MaxCells = 64L * 1024 * 1024;

    /// <summary>Adds the reader's current sheet, reading its rows to their end or until the text is full.</summary>
    /// <param name="reader">The reader, at the start of a sheet.</param>
    /// <param name="cells">Receives the sheet.</param>
    /// <param name="visited">The cells the sheets before declared; grows by this sheet's.</param>
    /// <exception cref="InvalidDataException">The sheet declares more rows or columns than a workbook of the format can
    /// hold, or the sheets together more than <see cref="MaxCells"/>.</exception>
    public static void Add(IExcelDataReader reader, RkaWorkbookCells cells, ref long visited)
    {
        int columns = reader.FieldCount;
        int rows = reader.RowCount;
        visited += (long)Math.Max(rows, 0) * Math.Max(columns, 0);
        if (columns > MaxColumns || rows > MaxRows || visited > MaxCells)
        {
            throw new InvalidDataException($"The sheet declares {rows} rows and {columns} columns.");
        }

        cells.AddSheet(reader.Name ?? string.Empty);
        for (int column = 0; column < columns; column++)
        {
            if (reader.GetColumnWidth(column) <= 0)
            {
                cells.HideColumn(column + 1);
            }
        }

        int row = 0;
        while (!cells.IsFull && reader.Read())
        {
            row++;
            cells.AddRow(row, hidden: reader.RowHeight <= 0);
            for (int column = 0; column < columns; column++)
            {
                Add(reader, column, cells);
            }
        }
    }

    private static void Add(IExcelDataReader reader, int column, RkaWorkbookCells cells)
    {
        switch (reader.GetValue(column))
        {
            case string text:
                cells.AddText(column + 1, text);
                break;
            case double number:
                cells.AddNumber(column + 1, number, reader.GetNumberFormatIndex(column), reader.GetNumberFormatString(column));
                break;
            case int number:
                cells.AddNumber(column + 1, number, reader.GetNumberFormatIndex(column), reader.GetNumberFormatString(column));
                break;
            case DateTime date:
                cells.AddNumber(column + 1, date.ToOADate(), reader.GetNumberFormatIndex(column), reader.GetNumberFormatString(column));
                break;
            case TimeSpan time:
                cells.AddNumber(column + 1, time.TotalDays, reader.GetNumberFormatIndex(column), reader.GetNumberFormatString(column));
                break;
            case bool logical:
                cells.AddText(column + 1, logical ? "1" : "0");
                break;
            case { } other:
                cells.AddText(column + 1, Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty);
                break;
        }
    }
}
