using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// The rows of a rincian table whose cells are blocks of lines with blank lines between (plain <c>pdftotext</c> of
/// Word's Save as PDF or of a Crystal Reports print; see <see cref="RincianCells"/>, which reads the header): a cell is
/// a block, its lines joined by spaces (a wrapped uraian), except that each amount line is a cell of its own; blank
/// lines between the blocks neither end a row nor the table, and the table ends at the first block that starts no row.
/// </summary>
internal static class RincianBlocks
{
    private const int MaxRowCells = 8;

    /// <summary>Joins one row at the window's head: from a kode rekening or a text block to the amount that no other
    /// amount follows, passing over the blank lines between the blocks. An uraian that another text block follows
    /// stands alone (a group heading, a rekening printed without its jumlah) when a row comes after it.</summary>
    public static int TryRow(LayoutWindow w)
    {
        var cells = new List<string>(6);
        Kind kind = Parse(w, 0, cells, out int end);
        if (kind == Kind.Alone)
        {
            var next = new List<string>(6);
            int from = end;
            for (int depth = 0; depth < 3 && kind == Kind.Alone; depth++)
            {
                kind = Parse(w, from, next, out from);
            }

            kind = kind == Kind.Row ? Kind.Alone : kind == Kind.NeedMore ? Kind.NeedMore : Kind.None;
        }

        switch (kind)
        {
            case Kind.NeedMore:
                return LayoutWindow.NeedMore;
            case Kind.None:
                return LayoutWindow.NotMine; // not a row of this table: the table has ended
            default:
                w.Emit(w[0].Line, (RincianCells.IsCode(cells[0]) ? string.Empty : "\t") + string.Join('\t', cells));
                return end;
        }
    }

    /// <summary>Reads the blocks of one row from <paramref name="start"/> into <paramref name="cells"/>.</summary>
    /// <returns>What the blocks are: a row ending in its amount, an uraian standing alone (with its kode, if any), no
    /// row, or a row that needs lines not in the window yet.</returns>
    public static Kind Parse(LayoutWindow w, int start, List<string> cells, out int end)
    {
        cells.Clear();
        end = start;
        int k = start;
        while (cells.Count < MaxRowCells)
        {
            k = w.NextNonBlank(k);
            if (k < 0)
            {
                if (!w.Final)
                {
                    return Kind.NeedMore;
                }

                break;
            }

            string text = w[k].Text.Trim();
            if (text.Contains(':', StringComparison.Ordinal) || text.Contains('\t', StringComparison.Ordinal)
                || (cells.Count > 0 && ((RincianCells.IsCode(text) && text.Contains('.', StringComparison.Ordinal))
                    || Sections.ClosingBlock.IsPageFooter(text, indented: true))))
            {
                break;
            }

            bool textBlock = !RincianCells.IsAmount(text) && !RincianCells.IsCode(text);
            if (textBlock && IsUraianOnly(cells) && !char.IsAsciiDigit(text[0]))
            {
                break; // a text block right after the uraian, which no volume ("12", "12 OB") follows: the uraian stands alone
            }

            k++;
            if (textBlock)
            {
                // A text block: its lines, up to a blank line or an amount, are one cell.
                while (k < w.Count && !w[k].Is(LineShape.Blank) && !RincianCells.IsAmount(w[k].Text.Trim())
                    && !w[k].Text.Contains(':', StringComparison.Ordinal))
                {
                    text = string.Concat(text, " ", w[k].Text.Trim());
                    k++;
                }

                if (k >= w.Count && !w.Final)
                {
                    return Kind.NeedMore;
                }

                int space = text.IndexOf(' ', StringComparison.Ordinal);
                if (cells.Count == 0 && space > 0 && RincianCells.IsCode(text[..space]) && text.Contains('.', StringComparison.Ordinal))
                {
                    // A row kept on one line by the converter: "5.2.2.11.02 Belanja Makanan dan Minuman Rapat".
                    cells.Add(text[..space]);
                    text = text[(space + 1)..].TrimStart();
                }
            }

            cells.Add(text);
            end = k;
            if (RincianCells.IsAmount(text) && cells.Count > 1)
            {
                int next = w.NextNonBlank(k);
                if (next < 0 && !w.Final)
                {
                    return Kind.NeedMore;
                }

                if (next < 0 || !RincianCells.IsAmount(w[next].Text.Trim()))
                {
                    return Kind.Row;
                }
            }
        }

        return cells.Count >= 2 && RincianCells.IsAmount(cells[^1]) ? Kind.Row : IsUraianOnly(cells) ? Kind.Alone : Kind.None;
    }

    /// <summary>Whether the cells read so far are an uraian alone, after its kode rekening or none.</summary>
    private static bool IsUraianOnly(List<string> cells) =>
        (cells.Count == 1 && !RincianCells.IsCode(cells[0]) && !RincianCells.IsAmount(cells[0]))
        || (cells.Count == 2 && RincianCells.IsCode(cells[0]) && !RincianCells.IsAmount(cells[1]) && !RincianCells.IsCode(cells[1]));

    /// <summary>What the blocks at a row's start are (<see cref="Parse"/>).</summary>
    public enum Kind
    {
        /// <summary>Not a row: the table has ended.</summary>
        None,

        /// <summary>A row ending in its amount.</summary>
        Row,

        /// <summary>An uraian alone, with its kode if any.</summary>
        Alone,

        /// <summary>The row needs lines not in the window yet.</summary>
        NeedMore,
    }
}
