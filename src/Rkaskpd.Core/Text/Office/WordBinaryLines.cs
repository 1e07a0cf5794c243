using System;
using System.Text;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Turns a Word 97-2003 document's main text (its characters in CP order, [MS-DOC] 2.8.25 for the special characters)
/// into the lines <see cref="WordDocumentText"/> writes for the same document saved as <c>.docx</c>: a paragraph mark
/// (<c>0x0D</c>) ends a line, a line break (<c>0x0B</c>) and a page or section break (<c>0x0C</c>, which the
/// <c>.docx</c> path also writes as a line break) too; in a table, a cell mark (<c>0x07</c>) ends a cell, cells are
/// joined by tabs and the row's end mark (a second <c>0x07</c>, told from an empty cell by its paragraph's
/// <c>sprmPFTtp</c>) ends the row's line, so a row is one line and a cell's paragraphs are joined by line breaks; a
/// nested table's rows are lines within its cell. Of a field (<c>0x13</c> instruction <c>0x14</c> result
/// <c>0x15</c>, nested) only the result is kept; pictures and drawn objects (<c>0x01</c>, <c>0x08</c>), footnote and
/// comment references and other control characters are dropped; a non-breaking hyphen (<c>0x1E</c>) is <c>-</c>, an
/// optional hyphen (<c>0x1F</c>) nothing, a no-break space (<c>0xA0</c>) a space.
/// </summary>
internal sealed class WordBinaryLines
{
    /// <summary>Fields nested deeper than this are counted, not tracked (their instructions stay hidden).</summary>
    private const int MaxFieldDepth = 64;

    private readonly StringBuilder text;
    private readonly Func<int, WordParagraphKind?> kindAt;
    private readonly bool[] instruction = new bool[MaxFieldDepth];
    private int depth;
    private int hidden;
    private bool pendingTab;
    private bool pendingBreak;
    private bool afterCellMark;

    /// <summary>Initializes a builder writing into <paramref name="text"/>.</summary>
    /// <param name="text">Receives the lines, each ended by <c>'\n'</c>.</param>
    /// <param name="kindAt">The table kind of the paragraph whose mark stands at a CP, or null when its properties
    /// are unknown (then a <c>0x07</c> right after another is taken for a row's end).</param>
    public WordBinaryLines(StringBuilder text, Func<int, WordParagraphKind?> kindAt)
    {
        this.text = text;
        this.kindAt = kindAt;
    }

    /// <summary>Writes the lines of the characters, the first at CP 0.</summary>
    /// <param name="characters">The main document's characters.</param>
    public void Write(ReadOnlySpan<char> characters)
    {
        for (int cp = 0; cp < characters.Length; cp++)
        {
            char c = characters[cp];
            bool cellMark = false;
            switch (c)
            {
                case '\u0013':
                    Open();
                    break;
                case '\u0014':
                    Separate();
                    break;
                case '\u0015':
                    Close();
                    break;
                case '\u0007' when hidden == 0:
                    cellMark = true;
                    EndCell(cp);
                    break;
                case '\r' when hidden == 0:
                    EndParagraph(cp);
                    break;
                case '\u000B' or '\u000C' when hidden == 0:
                    Append('\n');
                    break;
                case '\t' when hidden == 0:
                    Append('\t');
                    break;
                case '\u001E' when hidden == 0:
                    Append('-');
                    break;
                case '\u00A0' when hidden == 0:
                    Append(' ');
                    break;
                default:
                    if (hidden == 0 && c >= ' ')
                    {
                        Append(c);
                    }

                    break;
            }

            afterCellMark = cellMark;
        }

        if (pendingTab || pendingBreak || (text.Length > 0 && text[^1] != '\n'))
        {
            pendingTab = false;
            pendingBreak = false;
            text.Append('\n');
        }
    }

    /// <summary>A field begins: its instruction follows, hidden.</summary>
    private void Open()
    {
        if (depth < MaxFieldDepth)
        {
            instruction[depth] = true;
        }

        depth++;
        hidden++;
    }

    /// <summary>The innermost field's result follows, shown.</summary>
    private void Separate()
    {
        if (depth > 0 && depth <= MaxFieldDepth && instruction[depth - 1])
        {
            instruction[depth - 1] = false;
            hidden--;
        }
    }

    /// <summary>The innermost field ends.</summary>
    private void Close()
    {
        if (depth == 0)
        {
            return;
        }

        depth--;
        if (depth >= MaxFieldDepth || instruction[depth])
        {
            hidden--;
        }
    }

    /// <summary>A cell mark: a cell's end (the next cell's tab is held until something follows it), or the row's end
    /// mark, which ends the row's line.</summary>
    private void EndCell(int cp)
    {
        WordParagraphKind? kind = kindAt(cp);
        bool rowEnd = kind is null ? afterCellMark : kind == WordParagraphKind.RowEnd;
        if (rowEnd)
        {
            pendingTab = false;
            pendingBreak = false;
            text.Append('\n');
            return;
        }

        pendingBreak = false;
        FlushTab();
        pendingTab = true;
    }

    /// <summary>A paragraph mark: the line ends; in a nested table it ends the inner cell or row instead.</summary>
    private void EndParagraph(int cp)
    {
        switch (kindAt(cp))
        {
            case WordParagraphKind.InnerCell:
                pendingBreak = false;
                FlushTab();
                pendingTab = true;
                break;
            case WordParagraphKind.InnerRowEnd:
                pendingTab = false;
                pendingBreak = true;
                break;
            default:
                Append('\n');
                break;
        }
    }

    private void Append(char c)
    {
        FlushTab();
        if (pendingBreak)
        {
            pendingBreak = false;
            text.Append('\n');
        }

        text.Append(c);
    }

    private void FlushTab()
    {
        if (pendingTab)
        {
            pendingTab = false;
            text.Append('\t');
        }
    }
}
