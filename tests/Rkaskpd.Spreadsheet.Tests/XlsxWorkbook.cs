using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace Rkaskpd.Spreadsheet.Tests;

/// <summary>A written workbook read back with the Open XML SDK, reduced to what the tests look at.</summary>
internal sealed class XlsxWorkbook
{
    private XlsxWorkbook(List<XlsxSheet> sheets, List<string> validationErrors)
    {
        Sheets = sheets;
        ValidationErrors = validationErrors;
    }

    public IReadOnlyList<XlsxSheet> Sheets { get; }

    public IReadOnlyList<string> ValidationErrors { get; }

    public XlsxSheet this[string name] => Sheets.Single(s => s.Name == name);

    public static XlsxWorkbook Write(Forms.RkaDocument document)
    {
        var stream = new MemoryStream();
        RkaXlsxWriter.Write(document, stream);
        return Read(stream.ToArray());
    }

    public static XlsxWorkbook Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using SpreadsheetDocument package = SpreadsheetDocument.Open(stream, false);
        WorkbookPart workbookPart = package.WorkbookPart ?? throw new InvalidDataException("No workbook part.");
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(package)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
        Stylesheet? stylesheet = workbookPart.WorkbookStylesPart?.Stylesheet;
        string[] sharedStrings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>()
            .Select(i => i.InnerText).ToArray() ?? [];
        var sheets = new List<XlsxSheet>();
        foreach (Sheet sheet in workbookPart.Workbook!.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbookPart.GetPartById(sheet.Id!.Value!);
            Worksheet worksheet = part.Worksheet!;
            Pane? pane = worksheet.Descendants<Pane>().FirstOrDefault();
            int? frozenRows = pane is not null && pane.State?.Value == PaneStateValues.Frozen ? (int?)pane.VerticalSplit?.Value : null;
            var rows = new List<List<XlsxCell>>();
            foreach (Row row in worksheet.Descendants<Row>())
            {
                int rowIndex = row.RowIndex is { } r ? (int)r.Value : rows.Count + 1;
                while (rows.Count < rowIndex)
                {
                    rows.Add([]);
                }

                List<XlsxCell> cells = rows[rowIndex - 1];
                foreach (Cell cell in row.Elements<Cell>())
                {
                    int column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count + 1;
                    while (cells.Count < column - 1)
                    {
                        cells.Add(new XlsxCell(null, null, null));
                    }

                    cells.Add(ReadCell(cell, sharedStrings, stylesheet));
                }
            }

            double[] widths = worksheet.Descendants<Column>().Select(c => c.Width?.Value ?? 0).ToArray();
            sheets.Add(new XlsxSheet(sheet.Name!.Value!, rows, frozenRows, widths));
        }

        return new XlsxWorkbook(sheets, errors);
    }

    private static XlsxCell ReadCell(Cell cell, string[] sharedStrings, Stylesheet? stylesheet)
    {
        string? format = null;
        if (cell.StyleIndex?.Value is { } styleIndex && stylesheet?.CellFormats is { } formats)
        {
            var cellFormat = (CellFormat)formats.ChildElements[(int)styleIndex];
            uint id = cellFormat.NumberFormatId?.Value ?? 0;
            format = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
                .FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value
                ?? id switch { 9 => "0%", 10 => "0.00%", _ => null }; // built-in formats (ECMA-376 18.8.30)
        }

        string? formula = cell.CellFormula?.Text;

        CellValues? type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return new XlsxCell(cell.InlineString?.InnerText, null, format);
        }

        if (type == CellValues.SharedString)
        {
            return new XlsxCell(sharedStrings[int.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture)], null, format);
        }

        if (type == CellValues.String)
        {
            return new XlsxCell(cell.CellValue?.Text, null, format);
        }

        return cell.CellValue?.Text is { } text
            ? new XlsxCell(null, decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), format, formula)
            : new XlsxCell(null, null, format, formula);
    }

    private static int ColumnIndex(string reference)
    {
        int column = 0;
        foreach (char c in reference.TakeWhile(char.IsAsciiLetter))
        {
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return column;
    }
}

/// <summary>One worksheet read back.</summary>
internal sealed record XlsxSheet(string Name, List<List<XlsxCell>> Rows, int? FrozenRows, double[] ColumnWidths)
{
    public XlsxCell Cell(int row, int column) =>
        row < Rows.Count && column < Rows[row].Count ? Rows[row][column] : new XlsxCell(null, null, null);

    /// <summary>The first row whose column A holds <paramref name="label"/>.</summary>
    public List<XlsxCell> RowLabelled(string label) =>
        Rows.FirstOrDefault(r => r.Count > 0 && r[0].Text == label)
        ?? throw new InvalidOperationException($"No row labelled '{label}' in sheet '{Name}'.");

    public IEnumerable<string> Texts => Rows.SelectMany(r => r).Where(c => c.Text is not null).Select(c => c.Text!);
}

/// <summary>One cell read back: text or number, and its number format code if any.</summary>
internal sealed record XlsxCell(string? Text, decimal? Number, string? Format, string? Formula = null);
