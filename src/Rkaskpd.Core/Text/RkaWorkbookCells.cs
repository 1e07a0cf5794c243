using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Rkaskpd.Text.Office;

namespace Rkaskpd.Text;

/// <summary>
/// The cells of an Excel 97-2003 workbook (<c>.xls</c>), given sheet by sheet and row by row by a reader of that binary
/// format (<c>RkaXlsReader</c> of the <c>Rkaskpd.Spreadsheet</c> package), read as <see cref="RkaTextReader"/> reads
/// the same workbook saved as <c>.xlsx</c>: the sheets one after another, each row a line of tab-separated cells (a
/// skipped row an empty line; a column empty in every row, or hidden, no cell; a hidden row an empty line), each number
/// as its number format shows it in the forms' style (<c>#,##0.00</c> as <c>551.204.390,00</c>, <c>"Rp "#,##0.00</c>
/// as <c>Rp 70.992.500,00</c>, <c>0%</c> as <c>100%</c>, a date format with Indonesian month names). <c>RKA022</c>
/// (info) says so and names the sheets.
/// </summary>
/// <remarks>
/// <para>The core reads no binary workbook itself (it stays free of dependencies); this type is the hook through which a
/// package that does hands it the cells, so that an <c>.xls</c> and its <c>.xlsx</c> read into the same model with the
/// same findings. The text is bounded by <see cref="RkaTextReader.MaxDocumentLength"/> (<c>RKA011</c> past it; later
/// cells are ignored).</para>
/// <para>An instance is filled by one thread and read once; it is not thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var cells = new RkaWorkbookCells();
/// cells.AddSheet("RKA 2.2.1");
/// cells.AddRow(1);
/// cells.AddText(1, "Jumlah Tahun n");
/// cells.AddNumber(2, 551204390, formatId: 4); // built-in #,##0.00: "551.204.390,00"
/// RkaReadResult result = cells.Read();
/// </code>
/// </example>
public sealed class RkaWorkbookCells
{
    private readonly StringBuilder text = new();
    private readonly PartBudget budget = new(RkaTextReader.MaxDocumentLength);
    private readonly ExcelNumberStyles styles = new();
    private readonly List<string> sheets = [];
    private readonly List<int> hiddenColumns = [];
    private SheetGrid? grid;
    private int row;
    private int column;
    private bool hiddenRow;
    private bool started;
    private RkaReadResult? result;

    /// <summary>Gets whether the text has reached <see cref="RkaTextReader.MaxDocumentLength"/>: cells added from now on
    /// are ignored (<c>RKA011</c> says so), so a reader may stop giving them.</summary>
    /// <example><code>if (cells.IsFull) { break; }</code></example>
    public bool IsFull => budget.Cut is not null;

    /// <summary>Adds a sheet; the rows added next are its rows, after those of the sheet before.</summary>
    /// <param name="name">The sheet's name, as the workbook shows it on its tab.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Read"/> has been called.</exception>
    /// <example><code>cells.AddSheet("Sheet1");</code></example>
    public void AddSheet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ThrowIfRead();
        started = true;
        grid?.Write();
        grid = null;
        hiddenColumns.Clear();
        row = 0;
        column = 0;
        if (budget.Cut is null)
        {
            sheets.Add(name);
            grid = new SheetGrid(text, budget, name);
        }
    }

    /// <summary>Hides a column of the current sheet: its cells give no cell of their rows (as an export's column of
    /// internal IDs).</summary>
    /// <param name="column">The 1-based column (A is 1).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is below 1 or past Excel's last column (16 384).</exception>
    /// <exception cref="InvalidOperationException">No sheet has been added, or <see cref="Read"/> has been called.</exception>
    /// <example><code>cells.HideColumn(1); // SIMDA keeps its IDs in a hidden column A</code></example>
    public void HideColumn(int column)
    {
        ThrowIfRead();
        ThrowIfOutOfRange(column, nameof(column));
        ThrowIfNoSheet();
        hiddenColumns.Add(column);
    }

    /// <summary>Adds a row of the current sheet: a line of its own, with or without cells. Rows skipped between two
    /// added rows are empty lines.</summary>
    /// <param name="row">The 1-based row number, greater than the row added before in this sheet.</param>
    /// <param name="hidden">Whether the row is hidden: it is an empty line, its cells left out.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="row"/> is not greater than the row before.</exception>
    /// <exception cref="InvalidOperationException">No sheet has been added, or <see cref="Read"/> has been called.</exception>
    /// <example><code>cells.AddRow(3);</code></example>
    public void AddRow(int row, bool hidden = false)
    {
        ThrowIfNoSheet();
        if (row <= this.row)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, "A row must come after the row added before it.");
        }

        this.row = row;
        column = 0;
        hiddenRow = hidden;
        grid?.AddRow(row);
    }

    /// <summary>Adds a text cell (a string, or the cached text of a formula) to the row added last.</summary>
    /// <param name="column">The 1-based column, greater than the column of the cell added before in this row.</param>
    /// <param name="text">The cell's text, as the sheet shows it (line breaks inside the cell kept).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is out of range or not after the cell before.</exception>
    /// <exception cref="InvalidOperationException">No row has been added, or <see cref="Read"/> has been called.</exception>
    /// <example><code>cells.AddText(2, "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN");</code></example>
    public void AddText(int column, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Add(column, text);
    }

    /// <summary>Adds a number cell (a number, a date, or the cached number of a formula) to the row added last, written
    /// as its number format shows it: the built-in formats by their ID (<c>#,##0.00</c> is 4, <c>0%</c> is 9, dates 14 to
    /// 17), the locale's currency formats (5 to 8) and a workbook's own format (ID 164 or above) by its code. A date format writes the date with Indonesian month
    /// names (<c>dd mmmm yyyy</c>: <c>12 Oktober 2015</c>); the General format, times and scientific notation write the
    /// raw value (<c>551204390</c>, <c>0.5</c>).</summary>
    /// <param name="column">The 1-based column, greater than the column of the cell added before in this row.</param>
    /// <param name="value">The value; a date as its serial number (<see cref="DateTime.ToOADate"/>).</param>
    /// <param name="formatId">The cell's number format ID (0 for General).</param>
    /// <param name="formatCode">The format's code (<c>[$-421]"Rp "#,##0.00</c>), read for an ID not known by its ID
    /// (5 to 8, 164 or above); null when unknown.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is out of range or not after the cell before.</exception>
    /// <exception cref="InvalidOperationException">No row has been added, or <see cref="Read"/> has been called.</exception>
    /// <example><code>cells.AddNumber(5, 70992500, formatId: 164, formatCode: "\"Rp \"#,##0.00"); // "Rp 70.992.500,00"</code></example>
    public void AddNumber(int column, double value, int formatId, string? formatCode = null)
    {
        ThrowIfRead();
        ThrowIfOutOfRange(column, nameof(column));
        if (formatCode is not null && !ExcelNumberStyles.IsKnownBuiltIn(formatId) && !styles.IsDefined(formatId))
        {
            styles.Define(formatId, formatCode);
        }

        string raw = value.ToString("R", CultureInfo.InvariantCulture);
        Add(column, double.IsFinite(value) ? styles.FormatNumber(raw, formatId) : raw);
    }

    /// <summary>Reads the workbook's text, as <see cref="RkaTextReader"/> reads an <c>.xlsx</c> workbook's; after it no
    /// cell may be added, and a second call returns the same result.</summary>
    /// <returns>The document, the reader's findings (<c>RKA022</c> first, naming the sheets) and the source lines.</returns>
    /// <example>
    /// <code>
    /// RkaReadResult result = cells.Read();
    /// Console.WriteLine($"{result.Document.Forms.Count} forms");
    /// </code>
    /// </example>
    public RkaReadResult Read()
    {
        if (result is not null)
        {
            return result;
        }

        grid?.Write();
        grid = null;
        var notes = new List<RawNote> { new(0, TextReaderMessages.ReadAsExcel, TextReaderMessages.ExcelBinary(string.Join(", ", sheets))) };
        if (budget.Cut is { } cut)
        {
            notes.Add(new RawNote(0, TextReaderMessages.DocumentTooLong, TextReaderMessages.PartLimit(cut, budget.Limit)));
        }

        RawDocument raw = RawFormScanner.Scan(new StringReader(text.ToString()), RkaTextReader.MaxDocumentLength, RkaTextReader.MaxForms);
        text.Clear();
        result = RkaTextReader.Build(raw, notes);
        return result;
    }

    /// <summary>The result for an Excel 97-2003 workbook that could not be read: no form, and one <c>RKA001</c> (error)
    /// that says why and how to save the file instead.</summary>
    /// <param name="problem">Why it could not be read.</param>
    /// <returns>The result.</returns>
    /// <example>
    /// <code>
    /// RkaReadResult result = RkaWorkbookCells.Unreadable(RkaWorkbookProblem.Encrypted);
    /// Console.WriteLine(result.Diagnostics[0]); // RKA001 error (document): The document could not be read as ...
    /// </code>
    /// </example>
    public static RkaReadResult Unreadable(RkaWorkbookProblem problem) =>
        RkaTextReader.Build(new RawDocument([], [], 0), [new RawNote(0, TextReaderMessages.NotAnRka, TextReaderMessages.XlsUnreadable(problem))]);

    private void Add(int column, string value)
    {
        ThrowIfRead();
        ThrowIfOutOfRange(column, nameof(column));
        if (column <= this.column)
        {
            throw new ArgumentOutOfRangeException(nameof(column), column, "A cell must stand right of the cell added before it in its row.");
        }

        ThrowIfRead();
        if (row == 0)
        {
            throw new InvalidOperationException("A cell must be added to a row: call AddRow first.");
        }

        this.column = column;
        if (grid is null || hiddenRow || hiddenColumns.Contains(column))
        {
            return;
        }

        if (!grid.AddCell(row, column, value))
        {
            grid.Write();
            grid = null;
        }
    }

    private static void ThrowIfOutOfRange(int column, string name)
    {
        if (column is < 1 or > SheetGrid.MaxColumn)
        {
            throw new ArgumentOutOfRangeException(name, column, "A column is numbered from 1 (A) to 16384 (XFD).");
        }
    }

    private void ThrowIfNoSheet()
    {
        ThrowIfRead();
        if (!started)
        {
            throw new InvalidOperationException("A row or column must belong to a sheet: call AddSheet first.");
        }
    }

    private void ThrowIfRead()
    {
        if (result is not null)
        {
            throw new InvalidOperationException("The workbook has been read; no cell may be added after Read.");
        }
    }
}
