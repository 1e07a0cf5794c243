using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml;
using Rkaskpd.Text.Layout;

namespace Rkaskpd.Text.Office;

/// <summary>
/// The text boxes of a Word document anchored at a place (<c>wp:anchor</c> with <c>wp:positionH</c> and
/// <c>wp:positionV</c> offsets, in EMU, holding <c>wps:txbx</c>/<c>w:txbxContent</c>): LibreOffice's PDF import saved
/// as .docx writes every line of a PDF as such a box, all anchored in one paragraph, top to bottom page by page. Each
/// line of a box's paragraphs is a <see cref="PlacedRun"/>; a page ends where a box's offset goes back up the page by
/// more than <see cref="PageStep"/> points. Once the document is read they are laid out as <c>pdftotext -layout</c>
/// writes a PDF's pages (<see cref="PlacedRunLayout"/>). An anchor whose place is not an offset (<c>wp:align</c>)
/// gives its boxes' lines where it stands, as before.
/// </summary>
internal sealed class WordAnchors
{
    /// <summary>The drawing namespace of Word's anchors (<c>wp:</c>).</summary>
    public const string DrawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";

    /// <summary>How far (in points) a box may stand above the one before on the same page: a larger step back up is a
    /// new page.</summary>
    public const double PageStep = 144;

    /// <summary>The fewest boxes laid out by their places: fewer (a Word document's drawn box for the form's number,
    /// a caption) are no PDF import, and their lines stay where their anchors stand in the text.</summary>
    public const int MinPlacedBoxes = 20;

    private const double EmuPerPoint = 12700;

    private readonly List<PlacedRun> runs = [];
    private readonly List<(int At, string Lines)> boxes = [];
    private readonly StringBuilder lines = new();
    private int page = 1;
    private double lastY = double.NegativeInfinity;

    /// <summary>Reads an anchor; the reader, on the <c>wp:anchor</c> start, ends after it.</summary>
    /// <param name="reader">The XML, on a <c>wp:anchor</c> element.</param>
    /// <param name="main">WordprocessingML's transitional namespace (atomized in the reader's name table).</param>
    /// <param name="strict">WordprocessingML's strict namespace (atomized).</param>
    /// <param name="text">Receives the boxes' lines when the anchor has no offsets.</param>
    /// <exception cref="XmlException">The XML is not well formed.</exception>
    public void Read(XmlReader reader, string main, string strict, StringBuilder text)
    {
        double? x = null;
        double? y = null;
        double height = 0;
        double width = 0;
        lines.Clear();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        int depth = reader.Depth;
        string? axis = null;
        reader.Read();
        while (!reader.EOF && reader.Depth > depth)
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                string name = reader.LocalName;
                if (reader.NamespaceURI == DrawingNamespace)
                {
                    if (name is "positionH" or "positionV")
                    {
                        axis = name;
                    }
                    else if (name == "posOffset" && axis is not null)
                    {
                        double offset = Emu(reader.ReadElementContentAsString());
                        if (axis == "positionH")
                        {
                            x = offset;
                        }
                        else
                        {
                            y = offset;
                        }

                        continue;
                    }
                    else if (name == "extent")
                    {
                        width = Emu(reader.GetAttribute("cx"));
                        height = Emu(reader.GetAttribute("cy"));
                    }
                }
                else if (ReferenceEquals(reader.NamespaceURI, main) || ReferenceEquals(reader.NamespaceURI, strict))
                {
                    switch (name)
                    {
                        case "t":
                            lines.Append(reader.ReadElementContentAsString());
                            continue;
                        case "pPr" or "rPr" or "delText" or "instrText" or "del":
                            reader.Skip();
                            continue;
                        case "tab" or "ptab":
                            lines.Append('\t');
                            break;
                        case "br" or "cr":
                            lines.Append('\n');
                            break;
                    }
                }
                else if (name == "Fallback")
                {
                    reader.Skip(); // mc:Fallback: the VML copy of the same box
                    continue;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement && (ReferenceEquals(reader.NamespaceURI, main) || ReferenceEquals(reader.NamespaceURI, strict)) && reader.LocalName == "p")
            {
                lines.Append('\n');
            }

            reader.Read();
        }

        reader.Read(); // past the anchor's end
        Add(x, y, width, height, text);
    }

    /// <summary>Lays the boxes read out after the text, as <c>pdftotext -layout</c> writes pages; returns whether
    /// there were any.</summary>
    /// <param name="text">Receives the lines.</param>
    /// <returns>Whether boxes with an offset were read.</returns>
    public bool WriteTo(StringBuilder text)
    {
        if (runs.Count == 0)
        {
            return false;
        }

        if (boxes.Count < MinPlacedBoxes)
        {
            // A few boxes in a document of its own text: each box's lines where its anchor stands, last first so that
            // the earlier places stay where they were.
            for (int i = boxes.Count - 1; i >= 0; i--)
            {
                (int at, string box) = boxes[i];
                string before = at > 0 && text[at - 1] != '\n' ? "\n" : string.Empty;
                string after = at >= text.Length || text[at] != '\n' ? "\n" : string.Empty;
                text.Insert(at, before + box + after);
            }

            return false;
        }

        return PlacedRunLayout.WriteAfter(runs, text);
    }

    private void Add(double? x, double? y, double width, double height, StringBuilder text)
    {
        string[] parts = lines.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            return;
        }

        if (x is null || y is null)
        {
            foreach (string part in parts)
            {
                text.Append(part).Append('\n');
            }

            return;
        }

        if (y.Value < lastY - PageStep)
        {
            page++;
        }

        lastY = y.Value;
        boxes.Add((text.Length, string.Join('\n', parts)));
        PlacedRunLayout.AddBox(runs, page, x.Value, y.Value, width, height, Array.ConvertAll(parts, part => part.Replace('\t', ' ')));
    }

    /// <summary>An EMU count in points; 0 for anything else.</summary>
    private static double Emu(string? value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long emu) ? emu / EmuPerPoint : 0;
}
