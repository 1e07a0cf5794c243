using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml;
using Rkaskpd.Text.Layout;

namespace Rkaskpd.Text.Office;

/// <summary>
/// The text frames of an OpenDocument text that are anchored to a page (<c>draw:frame text:anchor-type="page"</c>
/// with <c>svg:x</c>, <c>svg:y</c>, <c>text:anchor-page-number</c>): LibreOffice's PDF import writes every line of a
/// PDF as such a frame holding a <c>draw:text-box</c>, in no reading order. Each paragraph line of a frame is a
/// <see cref="PlacedRun"/> (the frame's height shared by its lines); once the body is read they are laid out as
/// <c>pdftotext -layout</c> writes a PDF's pages (<see cref="PlacedRunLayout"/>). Frames anchored to a paragraph or
/// character, a Writer document's own text boxes and images, stay left out as before.
/// </summary>
internal sealed class OpenDocumentFrames
{
    private const string SvgNamespace = OpenDocumentNamespaces.Svg;

    private readonly List<PlacedRun> runs = [];
    private readonly StringBuilder lines = new();
    private long framesText;

    /// <summary>Reads a frame anchored to a page; the reader, on the <c>draw:frame</c> start, then ends after it.
    /// Returns false (the reader not moved) for any other frame.</summary>
    /// <param name="reader">The XML, on a <c>draw:frame</c> element.</param>
    /// <param name="budget">The package's budget: its limit bounds the text.</param>
    /// <param name="part">The part's name.</param>
    /// <returns>Whether the frame was read.</returns>
    /// <exception cref="XmlException">The XML is not well formed.</exception>
    public bool TryRead(XmlReader reader, PartBudget budget, string part)
    {
        if (reader.GetAttribute("anchor-type", OpenDocumentNamespaces.Text) != "page"
            || Points(reader.GetAttribute("x", SvgNamespace)) is not { } x
            || Points(reader.GetAttribute("y", SvgNamespace)) is not { } y)
        {
            return false;
        }

        int page = OpenDocumentParagraph.Count(reader.GetAttribute("anchor-page-number", OpenDocumentNamespaces.Text), int.MaxValue);
        double width = Points(reader.GetAttribute("width", SvgNamespace)) ?? 0;
        double height = Points(reader.GetAttribute("height", SvgNamespace)) ?? 0;
        lines.Clear();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return true;
        }

        int depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == OpenDocumentNamespaces.Text && reader.LocalName is "p" or "h")
            {
                if (framesText + lines.Length >= budget.Limit)
                {
                    // All frames' text together is bounded as the body's is (each frame's own count starts afresh).
                    budget.MarkCut(part);
                    reader.Skip();
                    continue;
                }

                OpenDocumentParagraph.Append(reader, lines, budget, part);
                lines.Append('\n');
                continue;
            }

            reader.Read();
        }

        reader.Read(); // past the frame's end
        framesText += lines.Length;
        PlacedRunLayout.AddBox(runs, page, x, y, width, height, lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return true;
    }

    /// <summary>Lays the frames read out after the text, as <c>pdftotext -layout</c> writes pages; returns whether
    /// there were any.</summary>
    /// <param name="text">Receives the lines.</param>
    /// <returns>Whether frames were read.</returns>
    public bool WriteTo(StringBuilder text) => PlacedRunLayout.WriteAfter(runs, text);

    /// <summary>Reads an ODF length (<c>7.1319in</c>, <c>2.5cm</c>, <c>12mm</c>, <c>10pt</c>, <c>1pc</c>,
    /// <c>96px</c>) in points; null for anything else.</summary>
    /// <param name="value">The attribute's value.</param>
    /// <returns>The length in points.</returns>
    public static double? Points(string? value)
    {
        if (value is null || value.Length < 3)
        {
            return null;
        }

        double factor = value[^2..] switch
        {
            "in" => 72,
            "cm" => 72 / 2.54,
            "mm" => 72 / 25.4,
            "pt" => 1,
            "pc" => 12,
            "px" => 0.75,
            _ => double.NaN,
        };
        return !double.IsNaN(factor) && double.TryParse(value.AsSpan(0, value.Length - 2), NumberStyles.Float, CultureInfo.InvariantCulture, out double number) && double.IsFinite(number)
            ? number * factor : null;
    }
}
