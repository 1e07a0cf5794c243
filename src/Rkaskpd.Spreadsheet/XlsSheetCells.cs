using System;
using System.Globalization;
using ExcelDataReader;
using Rkaskpd.Text;

namespace Rkaskpd.Spreadsheet;

/// <summary>Hands the current sheet of an ExcelDataReader reader to <see cref="RkaWorkbookCells"/>: its name, its
/// hidden columns (width 0), then each row (hidden when its height is 0) with its cells' values: a string as written, a
/// number or date with its number format, a logical value as <c>1</c> or <c>0</c>; an empty cell or a formula error
/// gives no cell.</summary>
internal static class XlsSheetCells
{
    /// <summary>Adds the reader's current sheet, reading its rows to their end.</summary>
    /// <param name="reader">The reader, at the start of a sheet.</param>
    /// <param name="cells">Receives the sheet.</param>
    public static void Add(IExcelDataReader reader, RkaWorkbookCells cells)
    {
        cells.AddSheet(reader.Name ?? string.Empty);
        int columns = reader.FieldCount;
        for (int column = 0; column < columns; column++)
        {
            if (reader.GetColumnWidth(column) <= 0)
            {
                cells.HideColumn(column + 1);
            }
        }

        int row = 0;
        while (reader.Read())
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
