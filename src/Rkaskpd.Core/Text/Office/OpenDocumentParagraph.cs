using System;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Reads the text of one OpenDocument paragraph or heading (<c>text:p</c>, <c>text:h</c>) as a person copies it: its
/// character data with white space collapsed as OpenDocument says (a tab, CR or LF in the XML is a space, a run of
/// spaces one space, none at the paragraph's start), <c>text:s</c> as its <c>text:c</c> spaces (at most
/// <see cref="MaxSpaces"/>, and never past the reader's limit), <c>text:tab</c> as a tab, <c>text:line-break</c> as a line break; spans, links and fields
/// give their text. Left out: notes (<c>text:note</c>, whose citation and body are no part of the line), a list's
/// cached label (<c>text:number</c>, as Word's numbering is no text of its paragraph), ruby text, annotations
/// (<c>office:annotation</c>) and drawings (frames, shapes, text boxes).
/// </summary>
internal static class OpenDocumentParagraph
{
    /// <summary>The most spaces one <c>text:s</c> gives.</summary>
    public const int MaxSpaces = 1024;

    /// <summary>Appends the paragraph's text to <paramref name="text"/>; the reader, on the paragraph's start, ends
    /// after it.</summary>
    /// <param name="reader">The XML, on a <c>text:p</c> or <c>text:h</c> element.</param>
    /// <param name="text">Receives the text.</param>
    /// <param name="budget">The package's budget: its limit bounds the text, and marks <paramref name="part"/> cut when
    /// spaces are left out to stay within it.</param>
    /// <param name="part">The part's name.</param>
    /// <exception cref="XmlException">The XML is not well formed.</exception>
    public static void Append(XmlReader reader, StringBuilder text, PartBudget budget, string part)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        int depth = reader.Depth;
        bool space = true; // collapsible white space is dropped at the start and after a space
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    space = AppendCollapsed(reader.Value, text, space);
                    break;
                case XmlNodeType.Element when Skipped(reader):
                    reader.Skip();
                    continue;
                case XmlNodeType.Element when reader.NamespaceURI == OpenDocumentNamespaces.Text:
                    space = AppendControl(reader, text, space, budget, part);
                    break;
            }

            reader.Read();
        }

        reader.Read(); // past the paragraph's end
    }

    /// <summary>Whether an element inside a paragraph gives no text.</summary>
    private static bool Skipped(XmlReader reader)
    {
        string ns = reader.NamespaceURI;
        return ns == OpenDocumentNamespaces.Draw
            || (ns == OpenDocumentNamespaces.Office && reader.LocalName == "annotation")
            || (ns == OpenDocumentNamespaces.Text && reader.LocalName is "note" or "number" or "ruby-text" or "tracked-changes");
    }

    /// <summary>Appends what a <c>text:</c> element stands for; returns the white-space state after it.</summary>
    private static bool AppendControl(XmlReader reader, StringBuilder text, bool space, PartBudget budget, string part)
    {
        switch (reader.LocalName)
        {
            case "s":
                text.Append(' ', Within(Count(reader.GetAttribute("c", OpenDocumentNamespaces.Text), MaxSpaces), text, budget, part));
                return true;
            case "tab":
                text.Append('\t');
                return true;
            case "line-break":
                text.Append('\n');
                return true;
            default:
                return space; // a span, a link, a field, a bookmark or a soft page break: its text, if any, follows
        }
    }

    /// <summary>Appends character data with white space collapsed; returns whether it ended in a space.</summary>
    private static bool AppendCollapsed(string value, StringBuilder text, bool space)
    {
        foreach (char c in value)
        {
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                if (!space)
                {
                    text.Append(' ');
                    space = true;
                }
            }
            else
            {
                text.Append(c);
                space = false;
            }
        }

        return space;
    }

    /// <summary>How many of <paramref name="characters"/> more characters fit within the budget's limit; marks
    /// <paramref name="part"/> cut when not all do.</summary>
    /// <param name="characters">The characters to be added.</param>
    /// <param name="text">The text so far.</param>
    /// <param name="budget">The package's budget.</param>
    /// <param name="part">The part's name.</param>
    /// <returns>The characters that may be added.</returns>
    public static int Within(int characters, StringBuilder text, PartBudget budget, string part)
    {
        long room = Math.Max(budget.Limit - text.Length, 0);
        if (characters <= room)
        {
            return characters;
        }

        budget.MarkCut(part);
        return (int)room;
    }

    /// <summary>A repetition count attribute (<c>text:c</c>, <c>table:number-columns-repeated</c>): at least 1, at most
    /// <paramref name="max"/>; 1 when missing or not a number.</summary>
    /// <param name="value">The attribute's value, or null.</param>
    /// <param name="max">The most the count may be.</param>
    /// <returns>The count.</returns>
    public static int Count(string? value, int max)
    {
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long count))
        {
            return count > 1 ? (int)Math.Min(count, max) : 1;
        }

        // Digits too many for a long are still a count, and a huge one.
        return value is { Length: > 0 } && value.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0 ? max : 1;
    }
}
