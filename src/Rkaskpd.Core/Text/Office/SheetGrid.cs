using System;
using System.Collections.Generic;
using System.Text;

namespace Rkaskpd.Text.Office;

/// <summary>The cells of one sheet, collected row by row and then written as the sheet's lines: each row a line, its
/// cells joined by tabs in column order (a gap between columns filled with empty cells), a skipped row number an empty
/// line. A column empty in every row (a spacer column that a web application's export puts left of the form or between
/// its parts) gives no cell. Shared by the Excel (<see cref="ExcelSheetRows"/>) and OpenDocument
/// (<see cref="OpenDocumentSheets"/>) readers, so a sheet reads the same from either. Stops, marking the budget cut, when
/// the text would pass the reader's document limit (a sheet that names row 1 048 576 after row 1 makes a million empty
/// lines).</summary>
internal sealed class SheetGrid
{
    /// <summary>Excel's and Calc's last column (XFD); a cell beyond it is no cell of a sheet.</summary>
    public const int MaxColumn = 16_384;

    private readonly StringBuilder text;
    private readonly PartBudget budget;
    private readonly string part;
    private readonly List<(int Row, int Column, string Value)> cells = [];
    private readonly List<bool> usedColumns = [];
    private long size;

    /// <summary>Initializes an empty grid that will write to <paramref name="text"/>.</summary>
    /// <param name="text">Receives the lines.</param>
    /// <param name="budget">The package's budget (its limit also bounds the text).</param>
    /// <param name="part">The sheet's part name, for the note when the text reaches the limit.</param>
    public SheetGrid(StringBuilder text, PartBudget budget, string part)
    {
        this.text = text;
        this.budget = budget;
        this.part = part;
        size = text.Length;
    }

    /// <summary>Adds a row's line, with or without cells; rows are added in increasing order.</summary>
    /// <param name="row">The 1-based row number.</param>
    public void AddRow(int row) => cells.Add((row, 0, string.Empty));

    /// <summary>Adds a cell of the row added last.</summary>
    /// <param name="row">The row's number.</param>
    /// <param name="column">The 1-based column, at most <see cref="MaxColumn"/>, increasing within the row.</param>
    /// <param name="value">The cell's text.</param>
    /// <returns>Whether the cell was added; false (and the budget marked cut) when the text would pass the limit, after
    /// which no cell should be added.</returns>
    public bool AddCell(int row, int column, string value)
    {
        size += value.Length + 1;
        if (size >= budget.Limit)
        {
            budget.MarkCut(part);
            return false;
        }

        cells.Add((row, column, value));
        while (usedColumns.Count <= column)
        {
            usedColumns.Add(false);
        }

        usedColumns[column] |= !string.IsNullOrWhiteSpace(value);
        return true;
    }

    /// <summary>Writes the collected rows as lines, each used column a cell.</summary>
    public void Write()
    {
        int[] cellOf = new int[usedColumns.Count];
        int used = 0;
        for (int c = 1; c < usedColumns.Count; c++)
        {
            used += usedColumns[c] ? 1 : 0;
            cellOf[c] = used;
        }

        int row = 0;
        int cell = 0;
        foreach ((int number, int column, string value) in cells)
        {
            if (column == 0)
            {
                if (row > 0)
                {
                    text.Append('\n');
                }

                if (!Room(number - row - 1))
                {
                    return;
                }

                text.Append('\n', Math.Max(number - row - 1, 0));
                row = number;
                cell = 0;
                continue;
            }

            if (!usedColumns[column])
            {
                continue;
            }

            if (!Room(value.Length + cellOf[column] - cell))
            {
                return;
            }

            text.Append('\t', cell == 0 ? cellOf[column] - 1 : cellOf[column] - cell).Append(value);
            cell = cellOf[column];
        }

        if (row > 0)
        {
            text.Append('\n');
        }
    }

    /// <summary>Whether <paramref name="characters"/> more fit within the limit; marks the budget cut when not.</summary>
    private bool Room(int characters)
    {
        if (text.Length + (long)characters < budget.Limit)
        {
            return true;
        }

        budget.MarkCut(part);
        return false;
    }
}
