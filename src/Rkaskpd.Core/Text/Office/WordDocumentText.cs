using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Turns a Word document's main part (<c>word/document.xml</c>) into the text a person gets by copying the document
/// out of Word: each paragraph a line, runs' text concatenated, a tab as <c>'\t'</c>, a line break as a line break, a
/// table row one line with its cells joined by tabs (paragraphs inside a cell joined by line breaks, as a copied
/// multi-line cell is), a nested table's rows as lines inside its cell. Deleted revisions, field instructions,
/// properties (tab stops among them) and the fallback copies of alternate content are skipped. Text boxes anchored at
/// an offset (a PDF import's lines) are laid out by their places after the text (<see cref="WordAnchors"/>). Streams
/// the XML, so memory stays proportional to the text.
/// </summary>
internal static class WordDocumentText
{
    /// <summary>Tables nested deeper than this are read as paragraphs of the cell that holds them.</summary>
    private const int MaxTableDepth = 32;

    /// <summary>WordprocessingML's transitional namespace.</summary>
    private const string Main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>WordprocessingML's strict namespace (ISO 29500 strict).</summary>
    private const string Strict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /// <summary>The markup-compatibility namespace (<c>mc:AlternateContent</c>).</summary>
    private const string Compatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>Reads the part's text into <paramref name="text"/>.</summary>
    /// <param name="reader">The part's XML, positioned before its root.</param>
    /// <param name="text">Receives the text, lines ended by <c>'\n'</c>.</param>
    /// <returns>Whether text boxes anchored at an offset were laid out by their places.</returns>
    /// <exception cref="XmlException">The XML is not well formed (or declares a DTD).</exception>
    public static bool Read(XmlReader reader, StringBuilder text)
    {
        var anchors = new WordAnchors();
        var tables = new List<TableFrame>();
        int overflow = 0;

        // The reader atomizes names in its name table: the namespaces compare by reference.
        string main = reader.NameTable.Add(Main);
        string strict = reader.NameTable.Add(Strict);
        string compatibility = reader.NameTable.Add(Compatibility);
        while (!reader.EOF)
        {
            XmlNodeType type = reader.NodeType;
            if (type is XmlNodeType.Element or XmlNodeType.EndElement)
            {
                string ns = reader.NamespaceURI;
                bool word = ReferenceEquals(ns, main) || ReferenceEquals(ns, strict);
                if (type == XmlNodeType.Element && word && Start(reader, text, tables, ref overflow))
                {
                    continue;
                }

                if (type == XmlNodeType.Element && ReferenceEquals(ns, compatibility) && reader.LocalName == "Fallback")
                {
                    reader.Skip();
                    continue;
                }

                if (type == XmlNodeType.Element && ns == WordAnchors.DrawingNamespace && reader.LocalName == "anchor")
                {
                    anchors.Read(reader, main, strict, text);
                    continue;
                }

                if (type == XmlNodeType.EndElement && word)
                {
                    End(reader.LocalName, text, tables, ref overflow);
                }
            }

            reader.Read();
        }

        return anchors.WriteTo(text);
    }

    /// <summary>Handles an element's start; returns whether the reader was already moved past it.</summary>
    private static bool Start(XmlReader reader, StringBuilder text, List<TableFrame> tables, ref int overflow)
    {
        bool empty = reader.IsEmptyElement;
        switch (reader.LocalName)
        {
            case "t":
                text.Append(reader.ReadElementContentAsString());
                return true;
            case "pPr" or "rPr" or "sectPr" or "tblPr" or "trPr" or "tcPr" or "tblGrid" or "delText" or "delInstrText"
                or "instrText" or "del" or "moveFrom":
                reader.Skip();
                return true;
            case "tab" or "ptab":
                text.Append('\t');
                break;
            case "br" or "cr":
                text.Append('\n');
                break;
            case "noBreakHyphen":
                text.Append('-');
                break;
            case "sym":
                AppendSymbol(reader.GetAttribute("char", reader.NamespaceURI), text);
                break;
            case "p":
                BeginBlock(text, tables);
                if (empty)
                {
                    EndBlock(text, tables, 0);
                }

                break;
            case "tbl":
                if (tables.Count >= MaxTableDepth)
                {
                    overflow++;
                }
                else
                {
                    tables.Add(new TableFrame());
                }

                if (empty)
                {
                    End("tbl", text, tables, ref overflow);
                }

                break;
            case "tr" when overflow == 0 && tables.Count > 0:
                if (tables.Count > 1)
                {
                    BeginBlock(text, tables, 1);
                }

                tables[^1] = new TableFrame { Cell = -1 };
                if (empty)
                {
                    End("tr", text, tables, ref overflow);
                }

                break;
            case "tc" when overflow == 0 && tables.Count > 0:
                TableFrame frame = tables[^1];
                frame.Cell++;
                frame.Block = false;
                tables[^1] = frame;
                if (frame.Cell > 0)
                {
                    text.Append('\t');
                }

                break;
        }

        return false;
    }

    /// <summary>Handles an element's end.</summary>
    private static void End(string name, StringBuilder text, List<TableFrame> tables, ref int overflow)
    {
        switch (name)
        {
            case "p":
                EndBlock(text, tables, 0);
                break;
            case "tr" when overflow == 0 && tables.Count > 0:
                EndBlock(text, tables, 1);
                break;
            case "tbl":
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

    /// <summary>Starts a block (a paragraph, or a nested table's row) in the cell <paramref name="up"/> levels above
    /// the innermost table: a line break when that cell already holds one.</summary>
    private static void BeginBlock(StringBuilder text, List<TableFrame> tables, int up = 0)
    {
        if (tables.Count > up && tables[^(up + 1)].Block)
        {
            text.Append('\n');
        }
    }

    /// <summary>Ends a block: outside any table its line ends; in a cell, the cell now holds a block.</summary>
    private static void EndBlock(StringBuilder text, List<TableFrame> tables, int up)
    {
        if (tables.Count <= up)
        {
            text.Append('\n');
            return;
        }

        TableFrame frame = tables[^(up + 1)];
        frame.Block = true;
        tables[^(up + 1)] = frame;
    }

    /// <summary>Appends a <c>w:sym</c> character: its hexadecimal code, a symbol font's private-use code
    /// (<c>F020</c>–<c>F0FF</c>) as the character it stands for; a control or unpaired surrogate code is skipped.</summary>
    private static void AppendSymbol(string? code, StringBuilder text)
    {
        if (!int.TryParse(code, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int value))
        {
            return;
        }

        if (value is >= 0xF020 and <= 0xF0FF)
        {
            value -= 0xF000;
        }

        if (value is >= 0x20 and <= 0xFFFF and not (>= 0xD800 and <= 0xDFFF))
        {
            text.Append((char)value);
        }
    }
}
