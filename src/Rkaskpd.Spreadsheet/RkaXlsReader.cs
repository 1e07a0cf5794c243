using System;
using System.IO;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;
using Rkaskpd.Text;

namespace Rkaskpd.Spreadsheet;

/// <summary>
/// Reads RKA-SKPD forms from Excel 97-2003 workbooks (<c>.xls</c>, BIFF8 and the older BIFF5, as SIMDA and many
/// regional systems export them) as <see cref="RkaTextReader"/> reads the same workbook saved as <c>.xlsx</c>: the
/// sheets one after another, each row a line of tab-separated cells as the sheet shows them (numbers in their number
/// format, in the forms' style: <c>551.204.390,00</c>, <c>Rp 70.992.500,00</c>, <c>100%</c>; dates with Indonesian month
/// names; a hidden column no cell, a hidden row an empty line; a merged cell's text in its first cell), into the same
/// model with the same findings. <c>RKA022</c> (info) says the document was read as an <c>.xls</c> workbook.
/// </summary>
/// <remarks>
/// <para>The cells are read with <see href="https://github.com/ExcelDataReader/ExcelDataReader">ExcelDataReader</see>
/// and handed to the core through <see cref="RkaWorkbookCells"/>, which writes and reads them as the core's own
/// <c>.xlsx</c> reader does. A cell holding a formula error (<c>#DIV/0!</c>) reads empty (ExcelDataReader gives no
/// value for it), and a logical cell reads <c>1</c> or <c>0</c>, as its cached value in an <c>.xlsx</c> does.</para>
/// <para>Reading never throws for bad bytes: a damaged, truncated or password-protected workbook, or one larger than
/// <see cref="RkaTextReader.MaxDocumentLength"/> bytes, gives a result without forms and one <c>RKA001</c> (error) that
/// says why (<see cref="RkaWorkbookCells.Unreadable"/>). Bytes that are not an <c>.xls</c> workbook are read by
/// <see cref="RkaTextReader.Read(Stream)"/> (text, <c>.xlsx</c>, <c>.docx</c>, OpenDocument), and so is an Office 97-2003
/// file of another kind: a Word <c>.doc</c> is read as <see cref="RkaTextReader"/> reads it (<c>RKA021</c>), or, damaged,
/// gets the core's <c>RKA001</c> saying why.</para>
/// <para>The old workbooks' single-byte code pages (Windows-1252 and others) need .NET's
/// <see cref="CodePagesEncodingProvider"/>: the reader registers it for the process
/// (<see cref="Encoding.RegisterProvider"/>) before its first read. The reader is thread-safe: concurrent calls share
/// no state.</para>
/// </remarks>
public static class RkaXlsReader
{
    static RkaXlsReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Reads the forms of an Excel 97-2003 workbook file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The document, the reader's findings and the source lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be opened or read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <example>
    /// <code>
    /// RkaReadResult result = RkaXlsReader.Read("rka-skpd-221-simda.xls");
    /// foreach (Diagnostic diagnostic in result.Validate())
    /// {
    ///     Console.WriteLine(diagnostic); // e.g. RKA201 error 1.02.1.02.01.01.01 amounts.currentYear.terbilang (line 24): ...
    /// }
    /// </code>
    /// </example>
    public static RkaReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream file = File.OpenRead(path);
        return Read(file);
    }

    /// <summary>Reads the forms of an Excel 97-2003 workbook from a stream, from its current position to its end (the
    /// stream is not closed).</summary>
    /// <param name="stream">The workbook's bytes.</param>
    /// <returns>The document, the reader's findings and the source lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">The stream cannot be read (it is write-only or closed).</exception>
    /// <exception cref="IOException">The stream itself fails; bad bytes never throw.</exception>
    /// <example>
    /// <code>
    /// using FileStream file = File.OpenRead("rka-skpd-221-simda.xls");
    /// RkaReadResult result = RkaXlsReader.Read(file);
    /// Console.WriteLine($"{result.Document.Forms.Count} forms");
    /// </code>
    /// </example>
    public static RkaReadResult Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanRead)
        {
            throw new ArgumentException("The stream cannot be read (it is write-only or closed).", nameof(stream));
        }

        using var copy = new MemoryStream();
        byte[] buffer = new byte[1 << 16];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + read > RkaTextReader.MaxDocumentLength)
            {
                return RkaWorkbookCells.Unreadable(RkaWorkbookProblem.TooLarge);
            }

            copy.Write(buffer, 0, read);
        }

        ReadOnlySpan<byte> bytes = copy.GetBuffer().AsSpan(0, (int)copy.Length);
        if (!CompoundFileEntries.IsCompoundFile(bytes) || CompoundFileEntries.IsOtherThanWorkbook(bytes))
        {
            return RkaTextReader.Read(bytes);
        }

        copy.Position = 0;
        return ReadWorkbook(copy);
    }

    /// <summary>Reads a compound file that names a workbook stream.</summary>
    private static RkaReadResult ReadWorkbook(MemoryStream file)
    {
        var cells = new RkaWorkbookCells();
        try
        {
            using IExcelDataReader reader = ExcelReaderFactory.CreateBinaryReader(file, new ExcelReaderConfiguration { LeaveOpen = true });
            long visited = 0;
            do
            {
                XlsSheetCells.Add(reader, cells, ref visited);
            }
            while (!cells.IsFull && reader.NextResult());
        }
        catch (InvalidPasswordException)
        {
            return RkaWorkbookCells.Unreadable(RkaWorkbookProblem.Encrypted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // ExcelDataReader reports a damaged file with many exception types (header, compound document, argument,
            // index, invalid operation, end of stream...): every one of them means the same thing to a reader of the form.
            return RkaWorkbookCells.Unreadable(RkaWorkbookProblem.Damaged);
        }

        return cells.Read();
    }
}
