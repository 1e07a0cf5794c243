using System;
using System.Collections.Generic;
using System.Text;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Turns an OpenDocument spreadsheet's body (<c>office:spreadsheet</c> of LibreOffice Calc's <c>content.xml</c>, or of
/// a flat <c>.fods</c>) into the text <see cref="ExcelWorkbookText"/> gives for the same workbook saved as
/// <c>.xlsx</c>, through the same <see cref="SheetGrid"/>: the sheets (<c>table:table</c>) in order, one after another;
/// each row a line, its cells joined by tabs in column order; a column empty in every row and a hidden column
/// (<c>table:visibility="collapse"</c>) give no cell; a hidden or filtered row, like an empty one, is an empty line; a
/// covered cell (the rest of a merged cell) is empty. A cell's text is what the sheet shows, its paragraphs joined by
/// line breaks: Calc writes a number as its format shows it (<c>Rp 70.992.500,00</c>, <c>100%</c>, a date with its
/// month's name), which is what the Excel reader makes of a number format; a number cell without that text gives its
/// value (<c>office:value</c>, <c>office:date-value</c>), as a General number does. Repetition is followed as far as it
/// shows something: a cell or row repeated with text (<c>table:number-columns-repeated</c>,
/// <c>table:number-rows-repeated</c>) stands at most <see cref="MaxRepeat"/> times, and the empty cells and rows Calc
/// repeats to the sheet's end (<c>table:number-rows-repeated="1048000"</c>) cost nothing. Annotations, drawings and
/// nested tables in a cell are left out.
/// </summary>
internal sealed class OpenDocumentSheets
{
    /// <summary>The most times a repeated cell or row with text stands.</summary>
    public const int MaxRepeat = 1000;

    /// <summary>Calc's last row; a row beyond it is no row of a sheet.</summary>
    private const int MaxRow = 1_048_576;

    private readonly StringBuilder text;
    private readonly PartBudget budget;
    private readonly string part;
    private readonly List<string> names;
    private readonly List<(int Min, int Max)> hiddenColumns = [];
    private readonly List<(int Column, string Value)> rowCells = [];
    private readonly StringBuilder cell = new();
    private SheetGrid? grid;
    private bool full;
    private int definedColumns;
    private int row;
    private int column;
    private int rowRepeat;
    private bool rowHidden;

    /// <summary>Initializes a reader of a spreadsheet's sheets.</summary>
    /// <param name="text">Receives the lines.</param>
    /// <param name="budget">The package's budget (its limit also bounds the text).</param>
    /// <param name="part">The part's name, for the note when the text reaches the limit.</param>
    /// <param name="names">Receives the names of the sheets read.</param>
    public OpenDocumentSheets(StringBuilder text, PartBudget budget, string part, List<string> names)
    {
        this.text = text;
        this.budget = budget;
        this.part = part;
        this.names = names;
    }

    /// <summary>Reads the sheets.</summary>
    /// <param name="reader">The XML, on the <c>office:spreadsheet</c> element; it ends after that element.</param>
    /// <exception cref="XmlException">The XML is not well formed (or declares a DTD); the sheet being read keeps the
    /// rows read before.</exception>
    public void Read(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        int depth = reader.Depth;
        reader.Read();
        try
        {
            while (!reader.EOF && reader.Depth > depth && budget.Cut is null)
            {
                if (reader.NodeType == XmlNodeType.Element && Start(reader))
                {
                    continue;
                }

                if (reader.NodeType == XmlNodeType.EndElement && reader.NamespaceURI == OpenDocumentNamespaces.Table)
                {
                    End(reader.LocalName);
                }

                reader.Read();
            }

            if (budget.Cut is null)
            {
                reader.Read(); // past office:spreadsheet's end
            }
        }
        finally
        {
            EndSheet(); // a sheet cut off by the limit keeps the rows read
        }
    }

    /// <summary>Handles an element's start; returns whether the reader was already moved past it.</summary>
    private bool Start(XmlReader reader)
    {
        string ns = reader.NamespaceURI;
        if (ns == OpenDocumentNamespaces.Draw || (ns == OpenDocumentNamespaces.Office && reader.LocalName == "annotation"))
        {
            reader.Skip();
            return true;
        }

        if (ns != OpenDocumentNamespaces.Table)
        {
            return false;
        }

        bool empty = reader.IsEmptyElement;
        switch (reader.LocalName)
        {
            case "table" when grid is null && budget.Cut is null && !full:
                names.Add(reader.GetAttribute("name", OpenDocumentNamespaces.Table) ?? string.Empty);
                grid = new SheetGrid(text, budget, part);
                hiddenColumns.Clear();
                definedColumns = 0;
                row = 0;
                if (empty)
                {
                    EndSheet();
                }

                break;
            case "table":
            case "shapes" or "named-expressions" or "database-ranges" or "data-pilot-tables" or "content-validations"
                or "label-ranges" or "tracked-changes" or "calculation-settings":
                reader.Skip(); // a sheet after the limit, or no rows of a sheet
                return true;
            case "table-column" when grid is not null:
                int columns = OpenDocumentParagraph.Count(reader.GetAttribute("number-columns-repeated", OpenDocumentNamespaces.Table), SheetGrid.MaxColumn);
                if (reader.GetAttribute("visibility", OpenDocumentNamespaces.Table) is "collapse" or "filter")
                {
                    hiddenColumns.Add((definedColumns + 1, definedColumns + columns));
                }

                definedColumns = Math.Min(definedColumns + columns, SheetGrid.MaxColumn);
                break;
            case "table-row" when grid is not null:
                rowRepeat = OpenDocumentParagraph.Count(reader.GetAttribute("number-rows-repeated", OpenDocumentNamespaces.Table), MaxRow);
                rowHidden = reader.GetAttribute("visibility", OpenDocumentNamespaces.Table) is "collapse" or "filter";
                rowCells.Clear();
                column = 1;
                if (empty)
                {
                    EndRow();
                }

                break;
            case "table-cell" or "covered-table-cell" when grid is not null:
                Cell(reader);
                return true;
        }

        return false;
    }

    /// <summary>Handles an element's end.</summary>
    private void End(string name)
    {
        switch (name)
        {
            case "table-row" when grid is not null:
                EndRow();
                break;
            case "table":
                EndSheet();
                break;
        }
    }

    /// <summary>Reads a cell (the reader ends after it) into the row's cells, as many times as it is repeated.</summary>
    private void Cell(XmlReader reader)
    {
        bool covered = reader.LocalName == "covered-table-cell";
        int repeat = OpenDocumentParagraph.Count(reader.GetAttribute("number-columns-repeated", OpenDocumentNamespaces.Table), SheetGrid.MaxColumn);
        string value = covered ? Skip(reader) : Value(reader);
        if (value.Length > 0 && !rowHidden)
        {
            int last = Math.Min(column + Math.Min(repeat, MaxRepeat) - 1, SheetGrid.MaxColumn);
            for (int c = column; c <= last; c++)
            {
                if (!IsHidden(c))
                {
                    rowCells.Add((c, value));
                }
            }
        }

        column = (int)Math.Min((long)column + repeat, SheetGrid.MaxColumn + 1);
    }

    /// <summary>Passes over an element; its content is no text of the sheet.</summary>
    private static string Skip(XmlReader reader)
    {
        reader.Skip();
        return string.Empty;
    }

    /// <summary>Reads a cell's text (the reader ends after the cell): its paragraphs joined by line breaks, or its value
    /// when it has none.</summary>
    private string Value(XmlReader reader)
    {
        string? raw = reader.GetAttribute("value-type", OpenDocumentNamespaces.Office) switch
        {
            "float" or "percentage" or "currency" => reader.GetAttribute("value", OpenDocumentNamespaces.Office),
            "date" => reader.GetAttribute("date-value", OpenDocumentNamespaces.Office),
            "time" => reader.GetAttribute("time-value", OpenDocumentNamespaces.Office),
            "boolean" => reader.GetAttribute("boolean-value", OpenDocumentNamespaces.Office),
            _ => null,
        };
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return raw ?? string.Empty;
        }

        cell.Clear();
        bool paragraph = false;
        int depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            string ns = reader.NamespaceURI;
            if (ns == OpenDocumentNamespaces.Text && reader.LocalName is "p" or "h")
            {
                if (paragraph)
                {
                    cell.Append('\n');
                }

                paragraph = true;
                OpenDocumentParagraph.Append(reader, cell, budget, part);
            }
            else if (ns == OpenDocumentNamespaces.Table || ns == OpenDocumentNamespaces.Draw
                || (ns == OpenDocumentNamespaces.Office && reader.LocalName == "annotation"))
            {
                reader.Skip();
            }
            else
            {
                reader.Read(); // a list, a section: its paragraphs follow
            }
        }

        reader.Read(); // past the cell's end
        return paragraph ? cell.ToString() : raw ?? string.Empty;
    }

    private bool IsHidden(int c)
    {
        foreach ((int min, int max) in hiddenColumns)
        {
            if (c >= min && c <= max)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ends a row: a row with text gives its lines (once for each repetition, at most
    /// <see cref="MaxRepeat"/>); an empty or hidden one only moves the row number on.</summary>
    private void EndRow()
    {
        if (rowCells.Count > 0 && !full)
        {
            int times = Math.Min(rowRepeat, MaxRepeat);
            for (int r = 1; r <= times && row + r <= MaxRow && !full; r++)
            {
                grid!.AddRow(row + r);
                foreach ((int c, string value) in rowCells)
                {
                    if (!grid.AddCell(row + r, c, value))
                    {
                        full = true;
                        break;
                    }
                }
            }
        }

        row = (int)Math.Min((long)row + rowRepeat, MaxRow);
        rowCells.Clear();
    }

    /// <summary>Ends a sheet: writes its lines.</summary>
    private void EndSheet()
    {
        grid?.Write();
        grid = null;
    }
}
