using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// The layout normalisation stage of the text reader, between the line reader and the scanner: it turns the source
/// lines of any layout family into logical rows in the one shape the scanner reads (<c>Label : value</c> lines, and
/// tab-separated cells for table rows), each row keeping the source line number of its first line.
/// </summary>
/// <remarks>
/// <para>The family is decided per line from a small window of what follows, never once per document, since real
/// documents mix layouts (a cover page one cell per line, then a form in another shape):</para>
/// <list type="bullet">
/// <item>6, the seed's tab layout, and plain <c>Label : value</c> lines pass through unchanged (the same string);
/// a tab line arriving with nothing held takes no work at all.</item>
/// <item>1, flattened rows with single spaces, pass through unchanged (the scanner reads them).</item>
/// <item>2, one cell per line: <see cref="OneCellPerLine"/>, with <see cref="IndicatorCells"/> for the indicator table.</item>
/// <item>3, several pairs on one line: <see cref="MergedPairs"/>.</item>
/// <item>4, a labels line then a values line: <see cref="LabelsThenValues"/>.</item>
/// <item>5, fixed-width columns: <see cref="FixedWidthColumns"/>, with <see cref="PerubahanTable"/> for a perubahan
/// rincian table, whose cells are placed by its header's column positions.</item>
/// </list>
/// <para>A line's shape is computed once (<see cref="LineClassifier"/>); the window holds at most
/// <see cref="LayoutWindow.MaxLines"/> lines, so the work per line is bounded by a constant and memory by the window,
/// whatever the input. The stage never throws; what it cannot pair it reports as a <see cref="LogicalRow"/> carrying a
/// note code (<c>RKA015</c>).</para>
/// <para>Use: <see cref="Push"/> each line, then take the rows ready with <see cref="TryTake"/>; at the end of the
/// text call <see cref="Complete"/> and take the rest.</para>
/// </remarks>
internal sealed class LayoutNormaliser : ILineTarget
{
    private readonly List<LogicalRow> output = new(8);
    private readonly LayoutWindow window;
    private readonly List<int> columns = new(8);
    private readonly TableColumns tableColumns = new();
    private int taken;
    private bool indicatorCells;
    private bool rincianCells;
    private bool rincianBlocks;
    private int rincianColumns;

    /// <summary>Initialises an empty stage.</summary>
    public LayoutNormaliser() => window = new LayoutWindow(output);

    /// <summary>Gets the number of source lines held undecided (never more than <see cref="LayoutWindow.MaxLines"/>).</summary>
    public int Held => window.Count;

    /// <summary>Adds the next source line.</summary>
    /// <param name="text">The line as read.</param>
    /// <param name="line">Its 1-based line number.</param>
    public void Push(string text, int line)
    {
        if (TryPassThrough(text))
        {
            output.Add(new LogicalRow(line, text));
            return;
        }

        if (Sections.ClosingBlock.IsBrowserPageMark(text.AsSpan().Trim()))
        {
            // A browser's page header or footer (date and title, address and page number) spaced like a fixed-width
            // row: no row of the page's layout. What is held is decided before it, and it passes as a row of its own.
            bool final = window.Final;
            window.Final = true;
            Decide();
            window.Final = final;
            output.Add(new LogicalRow(line, text));
            return;
        }

        window.Add(LineClassifier.Classify(text, line));
        Decide();
    }

    /// <summary>Takes a tab line that arrives with nothing held (the seed's layout): it is a row as it is, with no work
    /// and no copy; the reader then reads it in place instead of pushing it. False when the line must be pushed.</summary>
    /// <param name="text">The line as read.</param>
    public bool TryPassThrough(ReadOnlySpan<char> text)
    {
        if (window.Count == 0 && columns.Count == 0 && tableColumns.Count == 0 && text.Contains('\t'))
        {
            indicatorCells = false;
            return true;
        }

        return false;
    }

    /// <summary>Adds a finding of a stage in front of this one (<see cref="DelimitedLines"/>) to the rows.</summary>
    /// <param name="line">The 1-based line it is about, or 0 for the document.</param>
    /// <param name="code">Its reader code.</param>
    /// <param name="message">Its message.</param>
    public void Note(int line, string code, string message) => output.Add(new LogicalRow(line, message, code));

    /// <summary>Ends the text: every line still held is decided.</summary>
    public void Complete()
    {
        window.Final = true;
        Decide();
    }

    /// <summary>Takes the next row ready, in order.</summary>
    /// <param name="row">The row.</param>
    /// <returns>False when no row is ready.</returns>
    public bool TryTake(out LogicalRow row)
    {
        if (taken < output.Count)
        {
            row = output[taken++];
            return true;
        }

        output.Clear();
        taken = 0;
        row = default;
        return false;
    }

    private void Decide()
    {
        bool final = window.Final;
        while (window.Count > 0)
        {
            if (window.IsConsumed(0))
            {
                window.RemoveHead(1);
                continue;
            }

            window.Final = final || window.Count >= LayoutWindow.MaxLines;
            int consumed = Handle();
            if (consumed == LayoutWindow.NeedMore)
            {
                break;
            }

            if (consumed == LayoutWindow.NotMine)
            {
                SourceLine head = window[0];
                if (!head.Is(LineShape.Blank))
                {
                    columns.Clear();
                    indicatorCells = false;
                }

                // A blank line ends a rincian table one cell a line, not one whose cells are blocks set apart by blank lines.
                rincianCells &= rincianBlocks && head.Is(LineShape.Blank);

                output.Add(new LogicalRow(head.Line, head.Text));
                consumed = 1;
            }

            window.RemoveHead(consumed);
        }

        window.Final = final;
    }

    private int Handle()
    {
        SourceLine head = window[0];
        int result;
        if ((result = PageFooterLines.TryJoin(window)) != LayoutWindow.NotMine)
        {
            return result;
        }

        if (tableColumns.Count > 0 && (result = PerubahanTable.TryRow(window, tableColumns)) != LayoutWindow.NotMine)
        {
            return result;
        }

        if (rincianCells && rincianColumns > 0 && (result = RincianCells.TryGridRow(window, rincianColumns)) != LayoutWindow.NotMine)
        {
            return result; // a grid's row, which may start with the empty line of its empty kode cell
        }

        if (head.IsAny(LineShape.Blank | LineShape.Tab))
        {
            return LayoutWindow.NotMine;
        }

        if (PerubahanTable.MayHead(head) && (result = PerubahanTable.TryHeader(window, tableColumns)) != LayoutWindow.NotMine)
        {
            columns.Clear();
            return result;
        }

        if (rincianCells)
        {
            if ((result = RincianCells.TryRow(window, rincianBlocks)) != LayoutWindow.NotMine)
            {
                return result;
            }

            // A table of blocks ends at the first block that starts no row; what follows is read afresh.
            rincianCells &= !rincianBlocks;
        }

        if (head.Is(LineShape.Merged))
        {
            MergedPairs.Split(head, output);
            return 1;
        }

        if (head.Is(LineShape.LabelsLine) && (result = LabelsThenValues.TryPair(window)) != LayoutWindow.NotMine)
        {
            return result;
        }

        if (indicatorCells && head.Is(LineShape.IndicatorKind) && (result = IndicatorCells.TryRow(window)) != LayoutWindow.NotMine)
        {
            return result;
        }

        if (indicatorCells && head.Is(LineShape.Short) && (result = IndicatorCells.TryWrappedKindRow(window)) != LayoutWindow.NotMine)
        {
            return result;
        }

        if (head.Is(LineShape.Short))
        {
            if ((result = LooseRincianCells.TryJoin(window)) != LayoutWindow.NotMine)
            {
                return result;
            }

            if ((result = RincianCells.TryHeader(window, out bool blocks, out int gridColumns)) != LayoutWindow.NotMine)
            {
                rincianCells = result > 0;
                rincianBlocks = blocks;
                rincianColumns = gridColumns;
                return result;
            }

            if ((result = CapaianCells.TryJoin(window)) != LayoutWindow.NotMine)
            {
                return result;
            }

            if ((result = IndicatorCells.TryHeader(window)) != LayoutWindow.NotMine)
            {
                indicatorCells = result > 0;
                return result;
            }

            if ((result = OneCellPerLine.TryJoin(window)) != LayoutWindow.NotMine)
            {
                return result;
            }

            if ((result = LabelColumnThenValues.TryPair(window)) != LayoutWindow.NotMine)
            {
                return result;
            }

            if ((result = LabelBlocksThenValueRuns.TryPair(window)) != LayoutWindow.NotMine)
            {
                return result;
            }

            if ((result = LabelAboveValue.TryJoin(window)) != LayoutWindow.NotMine)
            {
                return result;
            }
        }

        if (head.Is(LineShape.LabelPair) && (result = WrappedLabelWord.TryJoin(window)) != LayoutWindow.NotMine)
        {
            return result;
        }

        return FixedWidthColumns.TryRow(window, columns);
    }
}
