using System;
using System.Collections.Generic;

namespace Rkaskpd.Spreadsheet;

/// <summary>
/// A sheet laid out in memory before it is streamed: its rows, how many top rows stay frozen, and column widths
/// computed from the content (the streaming writer needs the widths before the first row).
/// </summary>
internal sealed class SheetLayout
{
    /// <summary>The narrowest column, in characters of the standard font.</summary>
    public const double MinimumWidth = 8;

    /// <summary>The widest column; longer text wraps.</summary>
    public const double MaximumWidth = 70;

    private readonly List<SheetCell[]> rows = [];

    /// <summary>Gets the rows, top to bottom.</summary>
    public IReadOnlyList<SheetCell[]> Rows => rows;

    /// <summary>Gets or sets how many top rows stay visible when scrolling.</summary>
    public int FrozenRows { get; set; }

    /// <summary>Gets or sets whether the sheet prints on landscape paper (the recap's many columns); portrait otherwise.
    /// The frozen rows are the ones repeated at the top of every printed page.</summary>
    public bool Landscape { get; set; }

    /// <summary>Adds a row.</summary>
    /// <param name="cells">The row's cells, from column A.</param>
    public void Add(params SheetCell[] cells) => rows.Add(cells);

    /// <summary>Adds an empty row.</summary>
    public void AddBlank() => rows.Add([]);

    /// <summary>
    /// Computes each column's width from the longest content in it (plus a margin), between
    /// <see cref="MinimumWidth"/> and <see cref="MaximumWidth"/>, and marks text longer than the cap to wrap.
    /// </summary>
    /// <returns>One width per column, column A first.</returns>
    public double[] ComputeColumnWidths()
    {
        var widths = new List<double>();
        foreach (SheetCell[] row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                while (widths.Count <= i)
                {
                    widths.Add(MinimumWidth);
                }

                widths[i] = Math.Clamp(row[i].DisplayLength + 2, widths[i], MaximumWidth);
            }
        }

        foreach (SheetCell[] row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                if (row[i] is { Text: not null, Style: CellStyle.Plain } cell
                    && (cell.DisplayLength + 2 > MaximumWidth || cell.Text.Contains('\n', StringComparison.Ordinal)))
                {
                    row[i] = cell with { Style = CellStyle.Wrap };
                }
            }
        }

        return [.. widths];
    }
}
