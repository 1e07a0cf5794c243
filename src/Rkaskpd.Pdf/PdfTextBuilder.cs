using System;
using System.Collections.Generic;
using System.Text;

namespace Rkaskpd.Pdf;

/// <summary>
/// Rebuilds the rows of a document's pages as text: page furniture dropped, lines that wrap inside a cell joined to
/// their row, a table header repeated at the top of the next page dropped, and each row written as one canonical line
/// (<see cref="PdfRow.ToLine"/>). Pages simply follow one another, so a form that continues on the next page stays one
/// form.
/// </summary>
internal static class PdfTextBuilder
{
    /// <summary>The widest vertical step from one line of a cell to the next, in font sizes: wrapped lines are set at
    /// their line height (about 1.2), while rows stand apart by their padding and borders as well.</summary>
    public const double WrapStep = 1.45;

    /// <summary>How far right of the page's leftmost text a row may start and still start at the margin, in font
    /// sizes: a table's first column stands a cell's padding (a character or so) right of the header's labels.</summary>
    private const double MarginSlack = 1.0;

    /// <summary>How far a wrapped line's start may lie from the start of a word above it, in points.</summary>
    /// <param name="size">The font size.</param>
    /// <returns>The tolerance.</returns>
    public static double AlignTolerance(double size) => 0.5 + (0.1 * size);

    /// <summary>Builds the text.</summary>
    /// <param name="pages">Each page's lines, top to bottom.</param>
    /// <returns>The text and the page of each line.</returns>
    public static PdfText Build(List<List<PdfLine>> pages)
    {
        HashSet<int>[] furniture = PageFurniture.Find(pages);
        var text = new StringBuilder();
        var pageOfLine = new List<int>();
        HashSet<string> previousHeaders = [];
        string? previousTitle = null;
        // Where the cells after the first start, in the rows that start at the left margin; kept from page to page, as
        // a table that continues on the next page keeps its columns (its first rows there may have no kode).
        var columns = new List<double>();
        for (int p = 0; p < pages.Count; p++)
        {
            List<PdfRow> rows = RowsOf(pages[p], furniture[p], p + 1, columns);
            HashSet<string> headers = [];
            for (int r = 0; r < rows.Count; r++)
            {
                string line = rows[r].ToLine();
                bool header = rows[r].Cells.Count >= 2 && !line.AsSpan().ContainsAnyInRange('0', '9');
                if (header)
                {
                    headers.Add(line);
                }

                // A table's header row printed again at the top of a page the table continues on; not a line that began
                // the page before as well and was kept there: that is the title printed atop every page ("RENCANA
                // KERJA DAN ANGGARAN | Formulir"), which the text reader needs whole to tell a new form from a new page.
                if (r == 0 && header && previousHeaders.Contains(line) && line != previousTitle)
                {
                    previousTitle = null;
                    continue;
                }

                if (r == 0)
                {
                    previousTitle = line;
                }

                // A page after the first starts with a form feed, as pdftotext writes one: the text reader knows a new
                // page without its footer (dropped above as the page's furniture).
                if (pageOfLine.Count > 0 && pageOfLine[^1] != p + 1)
                {
                    text.Append('\f');
                }

                text.Append(line).Append('\n');
                pageOfLine.Add(p + 1);
            }

            previousHeaders = headers;
        }

        return new PdfText(text.ToString(), [.. pageOfLine]);
    }

    private static List<PdfRow> RowsOf(List<PdfLine> lines, HashSet<int> furniture, int page, List<double> columns)
    {
        double left = double.PositiveInfinity;
        for (int i = 0; i < lines.Count; i++)
        {
            if (!furniture.Contains(i))
            {
                left = Math.Min(left, lines[i].Left);
            }
        }

        var rows = new List<PdfRow>();
        PdfRow? row = null;
        for (int i = 0; i < lines.Count; i++)
        {
            if (furniture.Contains(i))
            {
                continue;
            }

            PdfLine line = lines[i];
            if (row is not null && Wraps(row, line, left))
            {
                row.Join(line);
            }
            else
            {
                // A line with fewer cells than the row above, of the same table (its first two cells start where the
                // row's do), may hold a cell run into the next: split where the row's columns start.
                if (row is not null && row.Cells.Count > line.Cells.Count && line.Cells.Count >= 2
                    && Math.Abs(row.Cells[0].Left - line.Cells[0].Left) <= AlignTolerance(line.Size)
                    && Math.Abs(row.Cells[1].Left - line.Cells[1].Left) <= AlignTolerance(line.Size))
                {
                    line.SplitAtColumns(row.Cells);
                }

                row = new PdfRow(line, page);
                double size = line.Size;
                if (line.Left <= left + (MarginSlack * size))
                {
                    for (int c = 1; c < line.Cells.Count; c++)
                    {
                        columns.Add(line.Cells[c].Left);
                    }
                }
                else if (line.Cells.Count >= 2 && columns.Exists(x => Math.Abs(x - line.Left) <= AlignTolerance(size)))
                {
                    // Its first column is empty: the row keeps an empty first cell, as a table's text copy does.
                    row.EmptyFirstColumn = true;
                }

                rows.Add(row);
            }
        }

        return rows;
    }

    /// <summary>Whether a line continues the cells of the row above: its first column is empty, it follows at a
    /// line's height, and it starts where a word above it started.</summary>
    private static bool Wraps(PdfRow row, PdfLine line, double left)
    {
        double size = Math.Max(line.Size, row.Last.Size);
        // A wrapped line fills one or two columns (a long measure and its target); a line with more cells is a row
        // of its own whose first column is empty (a rincian line under its rekening). A signatory's NIP, centred under
        // the name so that it may start under one of the name's words, is a line of its own too.
        if (line.Cells.Count > 2 || line.Text.AsSpan().TrimStart().StartsWith("NIP", StringComparison.OrdinalIgnoreCase) || line.Left <= left + (MarginSlack * size) || row.Last.Baseline - line.Baseline > WrapStep * size || row.StacksNumbers(line))
        {
            return false;
        }

        double tolerance = AlignTolerance(size);
        // A line under the row's first word (its kode) is a row of its own, unless that word already stands in the
        // second column (a row without a kode: its wrapped uraian starts under it). The uraian's wrapped lines start
        // under the row's second word: the second cell's first, or, where a kode that fills its narrow column stands
        // less than a font size before the uraian and so in one cell with it (a print without rulings:
        // "5.1.02.01.01.0024 Belanja Alat/Bahan untuk"), the first cell's second. A detail row indented under the
        // rekening names, its kode column empty, starts with its uraian: one cell under its first word is the uraian's
        // wrapped rest ("Honor Pejabat Pelaksana Teknis Kegiatan  12  OB ...", then "(PPTK)").
        double firstCellEnd = row.EmptyFirstColumn || (line.Cells.Count == 1 && row.StartsWithUraian) ? double.NegativeInfinity
            : row.Starts.Count > 1 ? row.Starts[1] : double.PositiveInfinity;
        foreach (double start in row.Starts)
        {
            if (start >= firstCellEnd - tolerance && Math.Abs(start - line.Left) <= tolerance)
            {
                return true;
            }
        }

        return false;
    }
}
