using System.Collections.Generic;
using System.Text;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Reads an OpenDocument file's content (a package's <c>content.xml</c>, whose root is
/// <c>office:document-content</c>, or a flat file's <c>office:document</c>): finds its body and reads a text document
/// through <see cref="OpenDocumentText"/> or a spreadsheet through <see cref="OpenDocumentSheets"/>. The metadata,
/// settings, scripts, fonts and styles before the body are passed over. What the body holds is known as soon as it
/// starts, so a part cut at the reader's limit still says what it was.
/// </summary>
internal sealed class OpenDocumentContent
{
    private readonly StringBuilder text;
    private readonly PartBudget budget;
    private readonly string part;

    /// <summary>Initializes a reader that writes to <paramref name="text"/>.</summary>
    /// <param name="text">Receives the text, lines ended by <c>'\n'</c>.</param>
    /// <param name="budget">The package's budget (its limit also bounds the text).</param>
    /// <param name="part">The part's name, for the note when the text reaches the limit.</param>
    public OpenDocumentContent(StringBuilder text, PartBudget budget, string part)
    {
        this.text = text;
        this.budget = budget;
        this.part = part;
    }

    /// <summary>Gets what the body holds.</summary>
    public OpenDocumentBody Body { get; private set; }

    /// <summary>Gets whether the text held frames placed on pages (a PDF import), laid out after the flow text.</summary>
    public bool Positioned { get; private set; }

    /// <summary>Gets the names of the sheets read, for a spreadsheet.</summary>
    public List<string> Sheets { get; } = [];

    /// <summary>Reads the content.</summary>
    /// <param name="reader">The XML, before its root.</param>
    /// <exception cref="XmlException">The XML is not well formed (or declares a DTD).</exception>
    public void Read(XmlReader reader)
    {
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.NamespaceURI == OpenDocumentNamespaces.Office)
            {
                switch (reader.LocalName)
                {
                    case "meta" or "settings" or "scripts" or "font-face-decls" or "styles" or "automatic-styles" or "master-styles":
                        reader.Skip();
                        continue;
                    case "text":
                        Body = OpenDocumentBody.Text;
                        var frames = new OpenDocumentFrames();
                        OpenDocumentText.Read(reader, text, budget, part, frames);
                        Positioned = frames.WriteTo(text);
                        return;
                    case "spreadsheet":
                        Body = OpenDocumentBody.Spreadsheet;
                        new OpenDocumentSheets(text, budget, part, Sheets).Read(reader);
                        return;
                }
            }

            reader.Read();
        }
    }
}
