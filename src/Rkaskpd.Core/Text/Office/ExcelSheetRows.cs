using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>Reads one worksheet's rows into text through a <see cref="SheetGrid"/>: each row a line, its cells joined by
/// tabs in column order (gaps filled by the cells' references), skipped rows as empty lines. A column empty in every row
/// (a spacer column that a web application's export puts left of the form or between its parts) gives no cell, and
/// neither does a hidden column (<c>&lt;col hidden="1"&gt;</c>, where an export keeps its internal IDs); a hidden row is
/// an empty line: the rows read as the sheet shows them, not shifted by an empty cell. Stops, marking the budget cut,
/// when the text would pass the reader's document limit (a sheet that names row 1 048 576 after row 1 makes a million
/// empty lines).</summary>
internal sealed class ExcelSheetRows
{
    private readonly List<string> strings;
    private readonly ExcelNumberStyles styles;
    private readonly SheetGrid grid;
    private readonly StringBuilder inline = new();
    private readonly List<(int Min, int Max)> hiddenColumns = [];

    /// <summary>Initializes a reader for one sheet.</summary>
    /// <param name="text">Receives the lines.</param>
    /// <param name="strings">The workbook's shared strings.</param>
    /// <param name="styles">The workbook's number styles.</param>
    /// <param name="budget">The package's budget (its limit also bounds the text).</param>
    /// <param name="part">The sheet's part name, for the note when the text reaches the limit.</param>
    public ExcelSheetRows(StringBuilder text, List<string> strings, ExcelNumberStyles styles, PartBudget budget, string part)
    {
        this.strings = strings;
        this.styles = styles;
        grid = new SheetGrid(text, budget, part);
    }

    /// <summary>Reads the sheet's XML: its cells first, then the lines, without the columns no row uses.</summary>
    /// <param name="xml">The part's XML.</param>
    public void Read(XmlReader xml)
    {
        Collect(xml);
        grid.Write();
    }

    /// <summary>Collects the rows' cells (a row without cells as a cell-less entry) and which columns hold a value;
    /// stops, marking the budget cut, when the cells' text passes the limit.</summary>
    private void Collect(XmlReader xml)
    {
        int lastRow = 0;
        int column = 0;
        bool hiddenRow = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "col" && IsTrue(xml.GetAttribute("hidden"))
                && int.TryParse(xml.GetAttribute("min"), NumberStyles.None, CultureInfo.InvariantCulture, out int min)
                && int.TryParse(xml.GetAttribute("max"), NumberStyles.None, CultureInfo.InvariantCulture, out int max))
            {
                hiddenColumns.Add((min, max));
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row")
            {
                int row = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out int r) ? r : lastRow + 1;
                lastRow = row > lastRow ? row : lastRow + 1;
                column = 0;
                hiddenRow = IsTrue(xml.GetAttribute("hidden"));
                grid.AddRow(lastRow); // the row's line, with or without cells
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c")
            {
                column = ColumnOf(xml.GetAttribute("r"), column + 1);
                string value = Cell(xml);
                if (column > SheetGrid.MaxColumn || hiddenRow || IsHidden(column))
                {
                    continue;
                }

                if (!grid.AddCell(lastRow, column, value))
                {
                    break;
                }
            }
        }
    }

    private static bool IsTrue(string? attribute) => attribute is "1" or "true";

    private bool IsHidden(int column)
    {
        foreach ((int min, int max) in hiddenColumns)
        {
            if (column >= min && column <= max)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a cell's value (the reader ends on the cell's end) as the sheet shows it.</summary>
    private string Cell(XmlReader xml)
    {
        string? type = xml.GetAttribute("t");
        int style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : -1;
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        string? value = null;
        inline.Clear();
        int depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
            {
                value = xml.ReadElementContentAsString();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                inline.Append(xml.ReadElementContentAsString());
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }

        return type switch
        {
            "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < strings.Count ? strings[index] : string.Empty,
            "inlineStr" => inline.ToString(),
            "str" or "e" or "b" or "d" => value ?? string.Empty,
            _ => value is null ? string.Empty : styles.Format(value, style),
        };
    }

    /// <summary>The 1-based column of a cell reference (<c>C5</c> → 3), or <paramref name="next"/> without one.</summary>
    private static int ColumnOf(string? reference, int next)
    {
        if (reference is null)
        {
            return next;
        }

        int column = 0;
        int i = 0;
        for (; i < reference.Length && i < 3 && char.IsAsciiLetterUpper(reference[i]); i++)
        {
            column = (column * 26) + (reference[i] - 'A' + 1);
        }

        return i == 0 || column < next ? next : column;
    }
}
