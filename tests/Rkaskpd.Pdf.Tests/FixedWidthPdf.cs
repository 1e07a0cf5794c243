using System;
using System.Collections.Generic;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Rkaskpd.Pdf.Tests;

/// <summary>
/// Typesets a fixed-width text (what <c>pdftotext -layout</c> makes of a report) back into the PDF it could have come
/// from: every word drawn in Courier at its column, every line at its own baseline, as a report engine (SIMDA's
/// Crystal Reports, SIPD's printer) places text. No tabs, no spaces between columns: the PDF reader has only the
/// words' positions to rebuild rows and cells from, as with a real print.
/// </summary>
internal static class FixedWidthPdf
{
    /// <summary>Courier's advance, in font sizes: every glyph is 600 units of 1000 wide.</summary>
    private const double Advance = 0.6;

    private const double Margin = 28;

    /// <summary>Builds the PDF: a page for every form feed, and with <paramref name="linesPerPage"/> a new page once a
    /// page has that many lines, before the next line that starts at the margin; each page as wide as its longest line
    /// and at least A4; blank lines keep their height.</summary>
    /// <param name="text">The fixed-width text.</param>
    /// <param name="size">The font size, in points.</param>
    /// <param name="linesPerPage">The lines after which a page ends, or 0 for a page per form feed only.</param>
    /// <param name="proportional">Set each cell (words apart by single spaces) as one run of Helvetica at its column,
    /// as a report engine sets a field, instead of each word in Courier: the words of a cell stand apart by
    /// Helvetica's narrower spaces and the cells no longer end where the text's columns do.</param>
    public static byte[] Build(string text, double size = 7, int linesPerPage = 0, bool proportional = false)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(proportional ? Standard14Font.Helvetica : Standard14Font.Courier);
        double leading = size * 1.3;
        foreach (List<string> lines in Pages(text, linesPerPage))
        {
            int widest = 0;
            foreach (string line in lines)
            {
                widest = Math.Max(widest, line.Length);
            }

            double width = Math.Max(595, (2 * Margin) + (widest * Advance * size));
            double height = Math.Max(842, (2 * Margin) + (lines.Count * leading));
            PdfPageBuilder page = builder.AddPage(width, height);
            double y = height - Margin - size;
            foreach (string line in lines)
            {
                int column = 0;
                while (column < line.Length)
                {
                    if (line[column] == ' ')
                    {
                        column++;
                        continue;
                    }

                    int end = proportional ? line.IndexOf("  ", column, StringComparison.Ordinal) : line.IndexOf(' ', column);
                    end = end < 0 ? line.Length : end;
                    if (proportional && line[column] == ':' && end > column + 2)
                    {
                        end = column + 1; // the colon is a field of its own; the value's wrapped lines start under it
                    }

                    page.AddText(line[column..end], size, new PdfPoint(Margin + (column * Advance * size), y), font);
                    column = end;
                }

                y -= leading;
            }
        }

        return builder.Build();
    }

    private static IEnumerable<List<string>> Pages(string text, int linesPerPage)
    {
        foreach (string page in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\f'))
        {
            var lines = new List<string>();
            foreach (string line in page.Split('\n'))
            {
                // A page ends before a line that starts at the margin (a kode rekening, a label) or a blank one once
                // it is full: a report engine keeps a row and its wrapped lines together.
                if (linesPerPage > 0 && lines.Count >= linesPerPage && (line.Trim().Length == 0 || line.Length - line.TrimStart().Length <= 2))
                {
                    yield return lines;
                    lines = [];
                }

                lines.Add(line.Replace('\t', ' '));
            }

            if (lines.Exists(l => l.Trim().Length > 0))
            {
                yield return lines;
            }
        }
    }
}
