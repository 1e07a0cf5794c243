using System.Collections.Generic;

namespace Rkaskpd.Text.Office;

/// <summary>The state of one open table of an OpenDocument text while its XML is streamed, as
/// <see cref="TableFrame"/> is for a Word table: the current row's cell index and whether that cell holds a paragraph
/// (or a nested table's row) yet; and, to give the cells Word gives for merged cells, the grid column the next cell
/// element stands in, how many covered cells of the current row still belong to a cell spanning columns, and the span of
/// the cell that starts at each column.</summary>
internal sealed class OpenDocumentTable
{
    /// <summary>The most columns whose spans are remembered; a vertical merge further right is read as empty cells.</summary>
    private const int MaxColumns = 1024;

    private readonly List<int> spans = [];

    /// <summary>Gets or sets the index of the current cell in its row, -1 before the first.</summary>
    public int Cell { get; set; } = -1;

    /// <summary>Gets or sets a value indicating whether the current cell holds a paragraph or a nested row already.</summary>
    public bool Block { get; set; }

    /// <summary>Gets or sets the grid column (0-based) of the next cell element of the row.</summary>
    public int Column { get; set; }

    /// <summary>Gets or sets how many of the covered cells that follow are the rest of a cell that spans columns.</summary>
    public int Absorb { get; set; }

    /// <summary>Gets or sets the text's length where the current cell's text starts (to repeat the cell).</summary>
    public int CellStart { get; set; }

    /// <summary>Gets or sets how many times the current cell stands (<c>table:number-columns-repeated</c>).</summary>
    public int Repeat { get; set; } = 1;

    /// <summary>Starts a row.</summary>
    public void StartRow()
    {
        Cell = -1;
        Block = false;
        Column = 0;
        Absorb = 0;
    }

    /// <summary>Remembers that a cell spanning <paramref name="span"/> columns starts at the current column.</summary>
    /// <param name="span">The cell's <c>table:number-columns-spanned</c>, at least 1.</param>
    public void StartsHere(int span)
    {
        if (Column >= MaxColumns)
        {
            return;
        }

        while (spans.Count <= Column)
        {
            spans.Add(1);
        }

        spans[Column] = span;
    }

    /// <summary>Gets the columns spanned by the cell last started at the current column (1 when none is known).</summary>
    /// <returns>The span.</returns>
    public int SpanHere() => Column < spans.Count ? spans[Column] : 1;
}
