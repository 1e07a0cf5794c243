using System;
using System.Collections.Generic;

namespace Rkaskpd.Pdf;

/// <summary>The words of a page that share a baseline, left to right, grouped into cells where the gap between two
/// words is wider than a space or a ruling line stands between them.</summary>
internal sealed class PdfLine
{
    /// <summary>The widest gap between two words of one cell, in font sizes: a space is about a quarter of the font
    /// size (a justified line stretches it to half); table columns stand a font size or more apart.</summary>
    public const double CellGap = 0.9;

    /// <summary>Builds a line from its words.</summary>
    /// <param name="words">The words, left to right.</param>
    /// <param name="size">The line's font size, in points.</param>
    /// <param name="rules">The page's vertical ruling lines.</param>
    /// <param name="cellGap">The widest gap between two words of one cell, in font sizes: <see cref="CellGap"/>, or
    /// wider on a page whose words stand further apart (an OCR text layer).</param>
    public PdfLine(List<PlacedWord> words, double size, RulingLines rules, double cellGap = CellGap)
    {
        Words = words;
        Size = size;
        Baseline = words[0].Baseline;
        var cells = new List<PdfCell>();
        PdfCell? cell = null;
        double right = double.NegativeInfinity;
        foreach (PlacedWord word in words)
        {
            if (cell is null || word.Left - right > cellGap * size || (rules.Count > 0 && rules.Separates(right, word.Left, word.Baseline, size)))
            {
                cell = new PdfCell(word);
                cells.Add(cell);
            }
            else
            {
                cell.Append(word);
            }

            right = word.Right;
        }

        Cells = cells;
    }

    /// <summary>Starts a new cell at each word that stands where a cell of the row above starts: a cell filled to its
    /// column's edge, printed without padding or ruling lines, runs into the next one with no wider gap than a space
    /// (<c>(RKA</c> and the target <c>40 exemplar</c>), but no cell's text crosses into the next column of its
    /// table.</summary>
    /// <param name="above">The cells of the row above, which has more cells than this line.</param>
    public void SplitAtColumns(List<PdfCell> above)
    {
        double tolerance = PdfTextBuilder.AlignTolerance(Size);
        var cells = new List<PdfCell>(above.Count);
        int next = 0;
        PdfCell? cell = null;
        foreach (PlacedWord word in Words)
        {
            bool starts = next < Cells.Count && Cells[next].Left == word.Left;
            next += starts ? 1 : 0;
            if (cell is null || starts || (word.Left > cell.Left + tolerance && above.Exists(c => Math.Abs(c.Left - word.Left) <= tolerance)))
            {
                cell = new PdfCell(word);
                cells.Add(cell);
            }
            else
            {
                cell.Append(word);
            }
        }

        Cells.Clear();
        Cells.AddRange(cells);
    }

    /// <summary>Gets the words, left to right.</summary>
    public List<PlacedWord> Words { get; }

    /// <summary>Gets the cells, left to right.</summary>
    public List<PdfCell> Cells { get; }

    /// <summary>Gets the baseline's height, in points.</summary>
    public double Baseline { get; }

    /// <summary>Gets the font size, in points (the largest of the line).</summary>
    public double Size { get; }

    /// <summary>Gets where the line starts, in points.</summary>
    public double Left => Words[0].Left;

    /// <summary>Gets the line's text, cells separated by tabs (for the page-furniture checks).</summary>
    public string Text => string.Join('\t', Cells.ConvertAll(c => c.Text));
}
