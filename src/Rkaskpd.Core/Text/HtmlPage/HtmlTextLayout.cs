using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.HtmlPage;

/// <summary>
/// The rendering half of <see cref="HtmlTextReader"/>: lays out a page's text as a browser's copy (innerText) does,
/// from the text characters and element boundaries the tokenizer hands it, and holds the text made until it is read.
/// </summary>
/// <remarks>
/// <para>Cells of a row are joined by <c>\t</c> (one before every cell but the first, so empty trailing cells keep
/// their tabs) and every row ends with a line break, an empty row too (a blank line). <c>&lt;br&gt;</c> is a line
/// break, except inside a cell with cells of its row on both sides (an uraian wrapped by a <c>&lt;br&gt;</c> between
/// the kode and the volume): there a line break, of a <c>&lt;br&gt;</c> or a block, is a space, so the row stays one
/// line, as the CSV stage joins a quoted table cell's lines. A cell that starts or ends its row (a title cell, a
/// terbilang, a KAK list) keeps its line breaks. Until the next cell tells, the text from the cell's first line break
/// on is held (at most <see cref="MaxHeldCharacters"/> characters; past that the breaks stay), and the <c>&amp;nbsp;</c>
/// that indent a line after such a break are dropped. A block element (<c>p</c>, <c>div</c>, <c>li</c>, headings, ...)
/// starts and ends a line, but only between text: a block at the start or end of a cell, or after a line break, adds none, so <c>&lt;td&gt;&lt;p&gt;a&lt;/p&gt;
/// &lt;p&gt;b&lt;/p&gt;&lt;/td&gt;</c> is the cell <c>a</c>, line break, <c>b</c>.</para>
/// <para>Outside <c>&lt;pre&gt;</c>, every run of spaces, tabs and line breaks of the source is one space, and none at
/// the start or end of a line or cell, nor beside a U+00A0 (<c>&amp;nbsp;</c>), which is text and is kept (Word's space
/// runs, <c>&amp;nbsp; </c>, are one space as a reader reads them). Inside <c>&lt;pre&gt;</c> the text is kept as
/// written.</para>
/// <para>Nested tables keep their own row state up to <see cref="MaxTableDepth"/> levels; deeper tables share the
/// deepest level's state, so memory stays bounded whatever the nesting. The text waiting to be read grows by at most
/// a few characters a source character and is drained by every read.</para>
/// </remarks>
internal sealed class HtmlTextLayout
{
    /// <summary>The most nested tables that keep a row state of their own.</summary>
    public const int MaxTableDepth = 32;

    /// <summary>The most characters held while a middle cell's line breaks wait for the next cell.</summary>
    public const int MaxHeldCharacters = 1 << 16;

    private readonly List<long> cellBreaks = [];

    private readonly TableLevel[] tables = new TableLevel[MaxTableDepth + 1];
    private char[] buffer = new char[1 << 14];
    private char last;
    private int start;
    private int end;
    private int depth;
    private int cellBreaksDepth;
    private int overflow;
    private int preDepth;
    private long written;
    private bool atLineStart = true;
    private bool segmentEmpty = true;
    private bool pendingBreak;
    private bool pendingSpace;
    private bool skipLineFeed;

    /// <summary>Gets the number of characters made that may be read (not held for a cell's line breaks).</summary>
    public int Available => (cellBreaks.Count > 0 ? IndexOf(cellBreaks[0]) : end) - start;

    /// <summary>Moves up to <paramref name="destination"/>'s length of the text made into it.</summary>
    /// <param name="destination">Receives the text.</param>
    /// <returns>The characters moved.</returns>
    public int Drain(Span<char> destination)
    {
        int count = Math.Min(destination.Length, Available);
        buffer.AsSpan(start, count).CopyTo(destination);
        start += count;
        if (start == end)
        {
            start = 0;
            end = 0;
        }

        return count;
    }

    /// <summary>Returns the next character made without taking it, or -1 when none is waiting.</summary>
    public int PeekChar() => Available > 0 ? buffer[start] : -1;

    /// <summary>Applies an element boundary to the text: a line break, a cell, row or table starting or ending
    /// (<paramref name="isEnd"/>), a table section ending the open row, <c>&lt;pre&gt;</c> starting (unless
    /// <paramref name="selfClosing"/>) or ending, a block; other kinds change nothing.</summary>
    public void Apply(HtmlElementKind kind, bool isEnd, bool selfClosing)
    {
        switch (kind)
        {
            case HtmlElementKind.LineBreak:
                LineBreak(); // "</br>" too, as browsers read it
                break;
            case HtmlElementKind.Cell:
                if (isEnd)
                {
                    CellEnd();
                }
                else
                {
                    CellStart();
                }

                break;
            case HtmlElementKind.Row:
                if (isEnd)
                {
                    RowEnd();
                }
                else
                {
                    RowStart();
                }

                break;
            case HtmlElementKind.Table:
                if (isEnd)
                {
                    TableEnd();
                }
                else
                {
                    TableStart();
                }

                break;
            case HtmlElementKind.TableSection:
                RowEnd();
                break;
            case HtmlElementKind.Pre:
                if (isEnd)
                {
                    PreEnd();
                }
                else if (!selfClosing)
                {
                    PreStart();
                }

                break;
            case HtmlElementKind.Block:
                Block();
                break;
            default:
                break;
        }
    }

    /// <summary>Takes a character of text (decoded from an entity or as written).</summary>
    /// <param name="c">The character.</param>
    public void Text(char c)
    {
        if (preDepth > 0)
        {
            PreText(c);
            return;
        }

        if (c is ' ' or '\t' or '\n' or '\r' or '\f')
        {
            pendingSpace = true;
        }
        else if (c != '\0')
        {
            Visible(c);
        }
    }

    /// <summary>A <c>&lt;br&gt;</c>: a line break, after the one a block before it owes.</summary>
    public void LineBreak()
    {
        if (pendingBreak)
        {
            WriteBreak();
        }

        WriteBreak();
        atLineStart = true;
        segmentEmpty = true;
        pendingBreak = false;
        pendingSpace = false;
    }

    /// <summary>The start or end of a block element: what follows starts a new line, when text came before it in
    /// the same line or cell.</summary>
    public void Block()
    {
        if (!segmentEmpty)
        {
            pendingBreak = true;
        }

        pendingSpace = false;
    }

    /// <summary>The start of a <c>&lt;td&gt;</c> or <c>&lt;th&gt;</c>: a tab unless it is the row's first cell (a
    /// cell outside any row starts one).</summary>
    public void CellStart()
    {
        ref TableLevel table = ref tables[depth];
        if (!table.RowOpen)
        {
            RowStart();
        }

        pendingBreak = false;
        pendingSpace = false;
        if (cellBreaks.Count > 0 && cellBreaksDepth == depth)
        {
            // A cell follows the one with line breaks, and one came before it: a middle cell, one line.
            foreach (long at in cellBreaks)
            {
                buffer[IndexOf(at)] = ' ';
            }

            cellBreaks.Clear();
        }

        if (table.Cells > 0)
        {
            Write('\t');
            atLineStart = false;
            segmentEmpty = true;
        }

        table.Cells++;
    }

    /// <summary>The end of a cell: a line break or space owed at its end is dropped.</summary>
    public void CellEnd()
    {
        pendingBreak = false;
        pendingSpace = false;
    }

    /// <summary>The start of a <c>&lt;tr&gt;</c>: ends the row before it and starts a line.</summary>
    public void RowStart()
    {
        RowEnd();
        if (!atLineStart)
        {
            Write('\n');
            atLineStart = true;
            segmentEmpty = true;
        }

        pendingBreak = false;
        pendingSpace = false;
        ref TableLevel table = ref tables[depth];
        table.RowOpen = true;
        table.Cells = 0;
        table.WrittenAtStart = written;
    }

    /// <summary>The end of a row (<c>&lt;/tr&gt;</c>, or a row left open by the end of its table or table section):
    /// a line break, unless the row's own text already ended with one.</summary>
    public void RowEnd()
    {
        ref TableLevel table = ref tables[depth];
        if (!table.RowOpen)
        {
            return;
        }

        cellBreaks.Clear(); // the row's last cell: its line breaks stay

        if (!atLineStart || written == table.WrittenAtStart)
        {
            Write('\n');
            atLineStart = true;
            segmentEmpty = true;
        }

        pendingBreak = false;
        pendingSpace = false;
        table.RowOpen = false;
    }

    /// <summary>The start of a <c>&lt;table&gt;</c>.</summary>
    public void TableStart()
    {
        cellBreaks.Clear(); // a table inside the cell: the cell's line breaks stay
        Block();
        if (depth < MaxTableDepth)
        {
            tables[++depth] = default;
        }
        else
        {
            overflow++;
        }
    }

    /// <summary>The end of a <c>&lt;table&gt;</c> (a stray one ends nothing).</summary>
    public void TableEnd()
    {
        RowEnd();
        if (overflow > 0)
        {
            overflow--;
        }
        else if (depth > 0)
        {
            depth--;
        }

        Block();
    }

    /// <summary>The end of the page: the rows left open (in every table not closed) end, as a browser closes them.</summary>
    public void End()
    {
        while (true)
        {
            RowEnd();
            if (depth == 0)
            {
                break;
            }

            depth--;
        }

        overflow = 0;
    }

    /// <summary>The start of a <c>&lt;pre&gt;</c>: its text is kept as written (its first line break is not).</summary>
    public void PreStart()
    {
        Block();
        preDepth = preDepth == int.MaxValue ? preDepth : preDepth + 1;
        skipLineFeed = true;
    }

    /// <summary>The end of a <c>&lt;pre&gt;</c>.</summary>
    public void PreEnd()
    {
        if (preDepth > 0)
        {
            preDepth--;
            Block();
        }
    }

    private void PreText(char c)
    {
        bool first = skipLineFeed;
        skipLineFeed = false;
        switch (c)
        {
            case '\r':
                if (!first)
                {
                    LineBreak();
                }

                skipLineFeed = true;
                break;
            case '\n':
                if (!first)
                {
                    LineBreak();
                }

                break;
            case '\0':
                break;
            default:
                Visible(c);
                break;
        }
    }

    private void Visible(char c)
    {
        if (c == '\u00A0' && cellBreaks.Count > 0 && written == cellBreaks[^1] + 1)
        {
            return; // a line's indent after a held line break ("<br>&nbsp;&nbsp;di 9 ..."): the line break is a space
        }

        if (pendingBreak)
        {
            WriteBreak();
        }
        else if (pendingSpace && !segmentEmpty && c != '\u00A0' && last != '\u00A0')
        {
            Write(' ');
        }

        pendingBreak = false;
        pendingSpace = false;
        Write(c);
        atLineStart = false;
        segmentEmpty = false;
    }

    /// <summary>Writes a line break; one inside a cell with a cell before it in its row is held until the row tells
    /// whether a cell follows (<see cref="CellStart"/>).</summary>
    private void WriteBreak()
    {
        ref TableLevel table = ref tables[depth];
        if (table.RowOpen && table.Cells >= 2 && overflow == 0)
        {
            cellBreaksDepth = depth;
            cellBreaks.Add(written);
        }

        Write('\n');
    }

    /// <summary>The buffer index of the character written at <paramref name="position"/> (characters written before it).</summary>
    private int IndexOf(long position) => end - (int)(written - position);

    private void Write(char c)
    {
        if (cellBreaks.Count > 0 && end - IndexOf(cellBreaks[0]) >= MaxHeldCharacters)
        {
            cellBreaks.Clear(); // too long a cell to hold: its line breaks stay
        }

        if (end == buffer.Length)
        {
            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }
            else
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }
        }

        buffer[end++] = c;
        written++;
        last = c;
    }

    /// <summary>The row state of one table.</summary>
    private struct TableLevel
    {
        /// <summary>Whether a row is open.</summary>
        public bool RowOpen;

        /// <summary>The cells started in the open row.</summary>
        public int Cells;

        /// <summary>The characters written before the open row started.</summary>
        public long WrittenAtStart;
    }
}
