using System;
using System.Collections.Generic;
using System.Text;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Turns an OpenDocument text's body (<c>office:text</c> of LibreOffice Writer's <c>content.xml</c>, or of a flat
/// <c>.fodt</c>) into the text <see cref="WordDocumentText"/> gives for the same document saved as <c>.docx</c>: each
/// paragraph or heading (<c>text:p</c>, <c>text:h</c>, a list item's paragraphs among them) a line
/// (<see cref="OpenDocumentParagraph"/>: spaces, tabs and line breaks kept); a table row (<c>table:table-row</c>, in
/// header rows and row groups too) one line of its cells joined by tabs, a cell's paragraphs joined by line breaks, a
/// nested table's rows lines inside its cell (deeper than 32 tables: paragraphs of the cell). Merged cells give the
/// cells Word gives: the covered cells of a cell spanning columns (<c>table:covered-table-cell</c>) none, a cell covered
/// from the row above (a vertical merge) one empty cell for the whole span; a cell repeated
/// (<c>table:number-columns-repeated</c>) stands that many times, at most <see cref="MaxRepeat"/>. Skipped: tracked
/// changes (the deleted text they keep), notes, annotations, drawings and text boxes (but for text frames anchored to
/// a page, a PDF import's lines, which <see cref="OpenDocumentFrames"/> collects), forms, declarations and the
/// templates of indexes (<c>text:table-of-content-source</c>; an index's body is read). Streams the XML, so memory
/// stays proportional to the text, which stops at the reader's limit (spaces and repeated cells, which give more text
/// than their XML, are counted against it).
/// </summary>
internal static class OpenDocumentText
{
    /// <summary>The most times a repeated cell stands.</summary>
    public const int MaxRepeat = 256;

    /// <summary>Tables nested deeper than this are read as paragraphs of the cell that holds them.</summary>
    private const int MaxTableDepth = 32;

    /// <summary>Reads the body's text into <paramref name="text"/>.</summary>
    /// <param name="reader">The XML, on the <c>office:text</c> element; it ends after that element.</param>
    /// <param name="text">Receives the text, lines ended by <c>'\n'</c>.</param>
    /// <param name="budget">The package's budget (its limit bounds the text).</param>
    /// <param name="part">The part's name, for the note when the text reaches the limit.</param>
    /// <param name="frames">Collects the text frames anchored to a page.</param>
    /// <exception cref="XmlException">The XML is not well formed (or declares a DTD).</exception>
    public static void Read(XmlReader reader, StringBuilder text, PartBudget budget, string part, OpenDocumentFrames frames)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var tables = new List<OpenDocumentTable>();
        int overflow = 0;
        int depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (budget.Cut is not null)
            {
                return; // the text reached the limit: the rest is not read
            }

            XmlNodeType type = reader.NodeType;
            if (type == XmlNodeType.Element && Start(reader, text, tables, ref overflow, budget, part, frames))
            {
                continue;
            }

            if (type == XmlNodeType.EndElement && reader.NamespaceURI == OpenDocumentNamespaces.Table)
            {
                End(reader.LocalName, text, tables, ref overflow, budget, part);
            }

            reader.Read();
        }

        reader.Read(); // past office:text's end
    }

    /// <summary>Handles an element's start; returns whether the reader was already moved past it.</summary>
    private static bool Start(XmlReader reader, StringBuilder text, List<OpenDocumentTable> tables, ref int overflow, PartBudget budget, string part, OpenDocumentFrames frames)
    {
        string ns = reader.NamespaceURI;
        string name = reader.LocalName;
        if (ns == OpenDocumentNamespaces.Text)
        {
            switch (name)
            {
                case "p" or "h":
                    BeginBlock(text, tables);
                    OpenDocumentParagraph.Append(reader, text, budget, part);
                    EndBlock(text, tables, 0);
                    return true;
                case "tracked-changes" or "note" or "number" or "sequence-decls" or "variable-decls" or "user-field-decls"
                    or "dde-connection-decls":
                    reader.Skip();
                    return true;
                case var _ when name.EndsWith("-source", StringComparison.Ordinal):
                    reader.Skip(); // an index's template: its title template and entry templates are no text
                    return true;
            }

            return false;
        }

        if (ns == OpenDocumentNamespaces.Draw || (ns == OpenDocumentNamespaces.Office && name is "annotation" or "forms"))
        {
            if (ns == OpenDocumentNamespaces.Draw && name == "frame" && frames.TryRead(reader, budget, part))
            {
                return true;
            }

            reader.Skip();
            return true;
        }

        if (ns != OpenDocumentNamespaces.Table)
        {
            return false;
        }

        bool empty = reader.IsEmptyElement;
        switch (name)
        {
            case "table":
                if (tables.Count >= MaxTableDepth)
                {
                    overflow++;
                }
                else
                {
                    tables.Add(new OpenDocumentTable());
                }

                if (empty)
                {
                    End(name, text, tables, ref overflow, budget, part);
                }

                break;
            case "table-row" when overflow == 0 && tables.Count > 0:
                if (tables.Count > 1)
                {
                    BeginBlock(text, tables, 1);
                }

                tables[^1].StartRow();
                if (empty)
                {
                    End(name, text, tables, ref overflow, budget, part);
                }

                break;
            case "table-cell" when overflow == 0 && tables.Count > 0:
                OpenDocumentTable table = tables[^1];
                NextCell(text, table);
                int span = OpenDocumentParagraph.Count(reader.GetAttribute("number-columns-spanned", OpenDocumentNamespaces.Table), MaxRepeat);
                table.StartsHere(span);
                table.Absorb = span - 1;
                table.Repeat = OpenDocumentParagraph.Count(reader.GetAttribute("number-columns-repeated", OpenDocumentNamespaces.Table), MaxRepeat);
                table.Column += table.Repeat;
                table.CellStart = text.Length;
                if (empty)
                {
                    End(name, text, tables, ref overflow, budget, part);
                }

                break;
            case "covered-table-cell" when overflow == 0 && tables.Count > 0:
                Covered(text, tables[^1], OpenDocumentParagraph.Count(reader.GetAttribute("number-columns-repeated", OpenDocumentNamespaces.Table), MaxRepeat));
                if (!empty)
                {
                    reader.Skip(); // a covered cell's content is hidden
                    return true;
                }

                break;
        }

        return false;
    }

    /// <summary>Handles an element's end.</summary>
    private static void End(string name, StringBuilder text, List<OpenDocumentTable> tables, ref int overflow, PartBudget budget, string part)
    {
        switch (name)
        {
            case "table-row" when overflow == 0 && tables.Count > 0:
                EndBlock(text, tables, 1);
                break;
            case "table-cell" when overflow == 0 && tables.Count > 0:
                RepeatCell(text, tables[^1], budget, part);
                break;
            case "table":
                if (overflow > 0)
                {
                    overflow--;
                }
                else if (tables.Count > 0)
                {
                    tables.RemoveAt(tables.Count - 1);
                }

                break;
        }
    }

    /// <summary>Starts the next cell of the row: a tab before every cell but the first.</summary>
    private static void NextCell(StringBuilder text, OpenDocumentTable table)
    {
        table.Cell++;
        table.Block = false;
        if (table.Cell > 0)
        {
            text.Append('\t');
        }
    }

    /// <summary>Covered cells: those that are the rest of a cell spanning columns in this row give no cell (Word's
    /// <c>w:gridSpan</c>); one covered from the row above gives one empty cell for the span of the cell above it (Word's
    /// <c>w:vMerge</c> cell).</summary>
    private static void Covered(StringBuilder text, OpenDocumentTable table, int repeat)
    {
        for (int i = 0; i < repeat; i++)
        {
            if (table.Absorb > 0)
            {
                table.Absorb--;
            }
            else
            {
                NextCell(text, table);
                table.Absorb = table.SpanHere() - 1;
            }

            table.Column++;
        }
    }

    /// <summary>Ends a cell: a repeated one stands again, as many times as it is repeated, within the limit.</summary>
    private static void RepeatCell(StringBuilder text, OpenDocumentTable table, PartBudget budget, string part)
    {
        if (table.Repeat <= 1)
        {
            return;
        }

        string cell = text.ToString(table.CellStart, text.Length - table.CellStart);
        for (int i = 1; i < table.Repeat; i++)
        {
            if (OpenDocumentParagraph.Within(cell.Length + 1, text, budget, part) <= cell.Length)
            {
                break;
            }

            NextCell(text, table);
            text.Append(cell);
        }

        table.Repeat = 1;
    }

    /// <summary>Starts a block (a paragraph, or a nested table's row) in the cell <paramref name="up"/> levels above
    /// the innermost table: a line break when that cell already holds one.</summary>
    private static void BeginBlock(StringBuilder text, List<OpenDocumentTable> tables, int up = 0)
    {
        if (tables.Count > up && tables[^(up + 1)].Block)
        {
            text.Append('\n');
        }
    }

    /// <summary>Ends a block: outside any table its line ends; in a cell, the cell now holds a block.</summary>
    private static void EndBlock(StringBuilder text, List<OpenDocumentTable> tables, int up)
    {
        if (tables.Count <= up)
        {
            text.Append('\n');
            return;
        }

        tables[^(up + 1)].Block = true;
    }
}
