using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Rkaskpd.Forms;
using Rkaskpd.Recap;
using SpreadCheetah;
using SpreadCheetah.Metadata;
using SpreadCheetah.Worksheets;
using Workbook = SpreadCheetah.Spreadsheet;

namespace Rkaskpd.Spreadsheet;

/// <summary>
/// Writes RKA-SKPD 2.2.1 documents as Excel workbooks (XLSX, Office Open XML): one worksheet per form, named after
/// the <c>kegiatan</c> (activity) code, and the RKA-SKPD 2.2 recap as a last sheet of its own.
/// </summary>
/// <remarks>
/// <para>
/// Each sheet holds the header block (<c>pemerintah daerah</c>, <c>tahun anggaran</c>, <c>urusan</c>,
/// <c>organisasi</c>, <c>program</c> and <c>kegiatan</c> codes and names, <c>lokasi</c>), the three yearly amounts
/// as numbers with their <c>terbilang</c> (amount in words) as text, the indicator table, the <c>kelompok
/// sasaran</c> (target group), the KAK (terms of reference) sections as plain text, and the <c>rincian</c> (budget
/// detail) lines when the form has them (SIPD's koefisien and PPN in columns of their own), and the signature block. A
/// perubahan (amended budget) form also has its values before the amendment and the differences, as formulas where the
/// printed figures agree. The title and header block stay frozen while scrolling; column widths
/// follow the content, capped at 70 characters, and longer text wraps.
/// </para>
/// <para>
/// Amounts are written as numbers in the number format <see cref="RupiahNumberFormat"/>. In a number format code
/// <c>,</c> and <c>.</c> stand for "group separator" and "decimal separator": the spreadsheet program shows the
/// reader's own separators, so a reader with Indonesian regional settings sees <c>Rp 1.234.567,89</c> and one with
/// English settings sees <c>Rp 1,234,567.89</c>. The stored value is the same number either way.
/// </para>
/// <para>
/// Every sheet is set up to print on A4 (forms portrait, the recap landscape), fit to one page wide, with its frozen
/// header rows repeated at the top of every printed page and <c>Halaman n dari m</c> in the footer.
/// </para>
/// <para>
/// Sheet names follow Excel's rules: characters <c>: \ / ? * [ ]</c> become <c>_</c>, names are cut to 31
/// characters, a blank code becomes <c>Kegiatan</c>, and repeated names get a suffix <c> (2)</c>, <c> (3)</c>, ….
/// Text is cleaned of characters XML cannot hold and cut to Excel's 32,767 characters per cell. The output does
/// not depend on the current culture. The stream is left open.
/// </para>
/// </remarks>
public static class RkaXlsxWriter
{
    /// <summary>The number format code given to amounts: <c>"Rp "#,##0.00</c>.</summary>
    public const string RupiahNumberFormat = "\"Rp \"#,##0.00";

    /// <summary>The sheet name used for a form without a <c>kegiatan</c> code.</summary>
    public const string FallbackSheetName = "Kegiatan";

    /// <summary>The name of the one sheet written by <see cref="WriteRecap(RekapitulasiBelanja, Stream)"/>, and of the
    /// recap's sheet that closes the workbook written by <see cref="Write(RkaDocument, Stream)"/>.</summary>
    public const string RecapSheetName = "Rekapitulasi";

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> as an XLSX workbook.</summary>
    /// <param name="document">The document; a document without forms gives a workbook with one empty sheet, otherwise the
    /// forms' sheets are followed by the recap's sheet (<see cref="RecapSheetName"/>).</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <example>
    /// <code>
    /// RkaDocument document = RkaTextReader.Read(File.ReadAllText("rka.txt")).Document;
    /// using FileStream file = File.Create("rka.xlsx");
    /// RkaXlsxWriter.Write(document, file);
    /// </code>
    /// </example>
    public static void Write(RkaDocument document, Stream output) =>
        WriteAsync(document, output).AsTask().GetAwaiter().GetResult();

    /// <summary>Writes <paramref name="document"/> to <paramref name="output"/> as an XLSX workbook, asynchronously.</summary>
    /// <param name="document">The document; a document without forms gives a workbook with one empty sheet.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public static async ValueTask WriteAsync(RkaDocument document, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        CheckOutput(output);

        List<string> names = SheetNames.Assign(document.Forms.Select(form => form.KegiatanCodeText).Append(RecapSheetName), FallbackSheetName);
        var sheets = new List<(string Name, SheetLayout Layout)>(document.Forms.Count);
        for (int i = 0; i < document.Forms.Count; i++)
        {
            sheets.Add((names[i], FormSheet.Build(document.Forms[i])));
        }

        if (sheets.Count == 0)
        {
            sheets.Add((FallbackSheetName, new SheetLayout()));
        }
        else
        {
            sheets.Add((names[^1], RecapSheet.Build(Rekapitulasi.Compute(document))));
        }

        await WriteSheetsAsync(sheets, output, FormSheet.Title, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes an RKA-SKPD 2.2 <c>rekapitulasi belanja</c> (expenditure recap by <c>program</c> and <c>kegiatan</c>)
    /// to <paramref name="output"/> as an XLSX workbook with one sheet named <see cref="RecapSheetName"/>.
    /// </summary>
    /// <remarks>
    /// Each program row carries the program's subtotals (bold) and is followed by its <c>kegiatan</c> rows; then
    /// come the amounts of forms that could not be placed under a program (when not zero), the total row
    /// (<c>JUMLAH</c>), and the year-n split by <c>jenis belanja</c> when the recap has one. Amounts are numbers in
    /// <see cref="RupiahNumberFormat"/>; the rows down to the table heading stay frozen.
    /// </remarks>
    /// <param name="recap">The recap, e.g. from <see cref="Rekapitulasi.Compute(RkaDocument)"/>.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recap"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    /// <example>
    /// <code>
    /// using FileStream file = File.Create("rekap.xlsx");
    /// RkaXlsxWriter.WriteRecap(Rekapitulasi.Compute(document), file);
    /// </code>
    /// </example>
    public static void WriteRecap(RekapitulasiBelanja recap, Stream output) =>
        WriteRecapAsync(recap, output).AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// Writes an RKA-SKPD 2.2 <c>rekapitulasi belanja</c> to <paramref name="output"/> as an XLSX workbook,
    /// asynchronously; see <see cref="WriteRecap(RekapitulasiBelanja, Stream)"/>.
    /// </summary>
    /// <param name="recap">The recap, e.g. from <see cref="Rekapitulasi.Compute(RkaDocument)"/>.</param>
    /// <param name="output">A writable stream; it is left open.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when the workbook is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recap"/> or <paramref name="output"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="output"/> is not writable.</exception>
    public static async ValueTask WriteRecapAsync(RekapitulasiBelanja recap, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recap);
        CheckOutput(output);
        await WriteSheetsAsync([(RecapSheetName, RecapSheet.Build(recap))], output, RecapSheet.Title, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckOutput(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }
    }

    /// <summary>Streams the laid-out sheets into one workbook.</summary>
    private static async ValueTask WriteSheetsAsync(
        List<(string Name, SheetLayout Layout)> sheets, Stream output, string title, CancellationToken cancellationToken)
    {
        var options = new SpreadCheetahOptions
        {
            WriteCellReferenceAttributes = false,
            DocumentProperties = new DocumentProperties { Title = title },
        };
        using var written = new MemoryStream();
        Workbook spreadsheet = await Workbook.CreateNewAsync(written, options, cancellationToken).ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            var styles = new WorkbookStyles(spreadsheet);
            foreach ((string name, SheetLayout layout) in sheets)
            {
                double[] widths = layout.ComputeColumnWidths();
                var worksheetOptions = new WorksheetOptions { FrozenRows = layout.FrozenRows > 0 ? layout.FrozenRows : null };
                for (int i = 0; i < widths.Length; i++)
                {
                    worksheetOptions.Column(i + 1).Width = widths[i];
                }

                await spreadsheet.StartWorksheetAsync(name, worksheetOptions, cancellationToken).ConfigureAwait(false);
                var cells = new List<Cell>();
                foreach (SheetCell[] row in layout.Rows)
                {
                    cells.Clear();
                    foreach (SheetCell cell in row)
                    {
                        cells.Add(styles.ToCell(cell));
                    }

                    await spreadsheet.AddRowAsync(cells, cancellationToken).ConfigureAwait(false);
                }
            }

            await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
        }

        using var setUp = new MemoryStream();
        PrintSetup.Apply(written, setUp, [.. sheets.Select(s => (s.Name, s.Layout.FrozenRows, s.Layout.Landscape))]);
        setUp.Position = 0;
        await setUp.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
    }
}
