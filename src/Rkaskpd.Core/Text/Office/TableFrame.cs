namespace Rkaskpd.Text.Office;

/// <summary>The state of one open Word table while its XML is streamed: the current row's cell index and whether that
/// cell holds a paragraph (or a nested table's row) yet.</summary>
internal struct TableFrame
{
    /// <summary>The index of the current cell in its row, -1 before the first.</summary>
    public int Cell;

    /// <summary>Whether the current cell holds a paragraph or a nested row already.</summary>
    public bool Block;
}
