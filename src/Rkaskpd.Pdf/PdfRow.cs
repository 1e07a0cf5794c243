using System.Collections.Generic;

namespace Rkaskpd.Pdf;

/// <summary>A logical row of a page: the cells of one line with the lines that wrap inside them joined in.</summary>
internal sealed class PdfRow
{
    /// <summary>Starts a row with its first line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="page">The 1-based page.</param>
    public PdfRow(PdfLine line, int page)
    {
        Page = page;
        Cells = line.Cells;
        Last = line;
        Starts = new List<double>(line.Words.Count);
        foreach (PlacedWord word in line.Words)
        {
            Starts.Add(word.Left);
        }
    }

    /// <summary>Gets the 1-based page the row starts on.</summary>
    public int Page { get; }

    /// <summary>Gets the cells, left to right.</summary>
    public List<PdfCell> Cells { get; }

    /// <summary>Gets or sets a value indicating whether the row's first column is empty (its first cell stands under
    /// the second column of the rows above).</summary>
    public bool EmptyFirstColumn { get; set; }

    /// <summary>Gets the row's last line so far (its first, or the last wrapped line joined).</summary>
    public PdfLine Last { get; private set; }

    /// <summary>Gets where each word of the row starts: a wrapped line starts where a word of its cell did.</summary>
    public List<double> Starts { get; }

    /// <summary>Joins a wrapped line: each of its cells goes to the row's cell it lies under.</summary>
    /// <param name="line">The wrapped line.</param>
    public void Join(PdfLine line)
    {
        foreach (PdfCell part in line.Cells)
        {
            int target = 0;
            for (int i = 1; i < Cells.Count; i++)
            {
                if (Cells[i].Left <= part.Left + PdfTextBuilder.AlignTolerance(line.Size))
                {
                    target = i;
                }
            }

            Cells[target].Append(part);
        }

        Last = line;
        foreach (PlacedWord word in line.Words)
        {
            Starts.Add(word.Left);
        }
    }

    /// <summary>Gets the row as the text reader's canonical line: <c>Label : value</c> when its second cell is a colon
    /// (or starts with one), otherwise its cells separated by tabs.</summary>
    /// <returns>The line.</returns>
    public string ToLine()
    {
        if (Cells.Count == 1 && !EmptyFirstColumn)
        {
            return Cells[0].Text;
        }

        string label = Cells[0].Text;
        string second = Cells[1].Text;
        if (!EmptyFirstColumn && second.StartsWith(':'))
        {
            var values = new List<string>(Cells.Count);
            string first = second[1..].Trim();
            if (first.Length > 0)
            {
                values.Add(first);
            }

            for (int i = 2; i < Cells.Count; i++)
            {
                values.Add(Cells[i].Text);
            }

            return label + " : " + string.Join(' ', values);
        }

        if (!EmptyFirstColumn && label.EndsWith(':') && label.Length > 1)
        {
            return label[..^1].TrimEnd() + " : " + string.Join(' ', Cells.GetRange(1, Cells.Count - 1).ConvertAll(c => c.Text));
        }

        string cells = string.Join('\t', Cells.ConvertAll(c => c.Text));
        return EmptyFirstColumn ? "\t" + cells : cells;
    }
}
