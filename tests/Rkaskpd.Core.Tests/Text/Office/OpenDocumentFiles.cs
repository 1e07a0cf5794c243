using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>
/// Builds minimal OpenDocument packages in memory with <see cref="ZipArchive"/>, as LibreOffice writes them (the
/// <c>mimetype</c> entry first and stored, then <c>META-INF/manifest.xml</c> and <c>content.xml</c>), for the tests of the
/// Office stage: from raw body XML (with the <c>office</c>, <c>text</c>, <c>table</c> and <c>draw</c> prefixes bound), or
/// from form text laid out as Writer paragraphs, Writer table rows (with <c>multiLineCells</c> two consecutive one-cell
/// lines one cell of two paragraphs) or Calc sheet rows.
/// </summary>
internal static class OpenDocumentFiles
{
    /// <summary>The MIME type of an OpenDocument text.</summary>
    public const string TextType = "application/vnd.oasis.opendocument.text";

    /// <summary>The MIME type of an OpenDocument spreadsheet.</summary>
    public const string SpreadsheetType = "application/vnd.oasis.opendocument.spreadsheet";

    private const string Namespaces = " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\""
        + " xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\""
        + " xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\"";

    /// <summary>A package of a <c>mimetype</c> entry and the given <c>content.xml</c>.</summary>
    public static byte[] Package(string mimetype, string content)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "mimetype", mimetype, CompressionLevel.NoCompression);
            Add(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"" + mimetype + "\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>", CompressionLevel.Fastest);
            Add(zip, "content.xml", content, CompressionLevel.Fastest);
        }

        return memory.ToArray();
    }

    /// <summary>A <c>content.xml</c> whose body holds <paramref name="bodyXml"/> (e.g. <c>&lt;office:text&gt;...</c>),
    /// after automatic styles with paragraph styles named <c>text:p</c>'s attributes use.</summary>
    public static string Content(string bodyXml) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content" + Namespaces + " office:version=\"1.3\">"
        + "<office:scripts/><office:automatic-styles><style:style style:name=\"P1\" style:family=\"paragraph\"><text:p>no text of the body</text:p></style:style></office:automatic-styles>"
        + "<office:body>" + bodyXml + "</office:body></office:document-content>";

    /// <summary>An OpenDocument text whose <c>office:text</c> holds <paramref name="textXml"/>.</summary>
    public static byte[] OdtXml(string textXml) => Package(TextType, Content("<office:text><text:sequence-decls><text:sequence-decl text:name=\"Table\"/></text:sequence-decls>" + textXml + "</office:text>"));

    /// <summary>An OpenDocument spreadsheet whose <c>office:spreadsheet</c> holds <paramref name="sheetsXml"/>.</summary>
    public static byte[] OdsXml(string sheetsXml) => Package(SpreadsheetType, Content("<office:spreadsheet>" + sheetsXml + "</office:spreadsheet>"));

    /// <summary>Form text as an OpenDocument text: every line a paragraph, or tab lines as table rows.</summary>
    /// <param name="text">Tab-separated text, lines ended by LF or CR LF.</param>
    /// <param name="tables">Whether consecutive lines with tabs become the rows of a table.</param>
    /// <param name="multiLineCells">With <paramref name="tables"/>, whether two consecutive one-cell lines become one
    /// single-cell row whose cell holds two paragraphs.</param>
    public static byte[] Odt(string text, bool tables, bool multiLineCells)
    {
        string[] lines = Lines(text);
        var body = new StringBuilder();
        bool inTable = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            bool joined = tables && multiLineCells && line.Length > 0 && !line.Contains('\t')
                && i + 1 < lines.Length && lines[i + 1].Length > 0 && !lines[i + 1].Contains('\t');
            bool row = tables && (line.Contains('\t') || joined);
            if (row != inTable)
            {
                body.Append(row ? "<table:table table:name=\"T\"><table:table-column table:number-columns-repeated=\"3\"/>" : "</table:table>");
                inTable = row;
            }

            if (joined)
            {
                body.Append("<table:table-row><table:table-cell office:value-type=\"string\">")
                    .Append(Paragraph(lines[i])).Append(Paragraph(lines[i + 1])).Append("</table:table-cell></table:table-row>");
                i++;
            }
            else if (row)
            {
                body.Append("<table:table-row>");
                foreach (string cell in line.Split('\t'))
                {
                    body.Append("<table:table-cell office:value-type=\"string\">").Append(Paragraph(cell)).Append("</table:table-cell>");
                }

                body.Append("</table:table-row>");
            }
            else
            {
                body.Append(Paragraph(line));
            }
        }

        if (inTable)
        {
            body.Append("</table:table>");
        }

        return OdtXml(body.ToString());
    }

    /// <summary>A paragraph of one line as Writer writes it: a run of spaces as one space and a <c>text:s</c>, a tab as
    /// <c>text:tab</c>, every other cell in a span.</summary>
    public static string Paragraph(string line)
    {
        var p = new StringBuilder("<text:p text:style-name=\"P1\">");
        string[] cells = line.Split('\t');
        for (int c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                p.Append("<text:tab/>");
            }

            string cell = Spaces(OfficeFiles.Escape(cells[c]));
            p.Append(c % 2 == 1 ? "<text:span>" + cell + "</text:span>" : cell);
        }

        return p.Append("</text:p>").ToString();
    }

    /// <summary>Form text as a Calc spreadsheet of one sheet: each line a row (an empty line an empty row, and a run of
    /// them one row repeated), each cell a cell whose text is its paragraph (an empty cell, and a run of them, one empty
    /// cell repeated), the rest of the row and the rest of the sheet repeated as Calc writes them.</summary>
    public static byte[] Ods(string text)
    {
        string[] lines = Lines(text);
        var sheet = new StringBuilder("<table:table table:name=\"RKA\"><table:table-column table:number-columns-repeated=\"1024\"/>");
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                int empty = 1;
                while (i + 1 < lines.Length && lines[i + 1].Length == 0)
                {
                    empty++;
                    i++;
                }

                sheet.Append("<table:table-row table:number-rows-repeated=\"").Append(empty).Append("\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>");
                continue;
            }

            sheet.Append("<table:table-row>");
            string[] cells = lines[i].Split('\t');
            int used = 0;
            for (int c = 0; c < cells.Length; c++)
            {
                if (cells[c].Length == 0)
                {
                    int run = 1;
                    while (c + 1 < cells.Length && cells[c + 1].Length == 0)
                    {
                        run++;
                        c++;
                    }

                    sheet.Append("<table:table-cell table:number-columns-repeated=\"").Append(run).Append("\"/>");
                    used += run;
                    continue;
                }

                sheet.Append("<table:table-cell office:value-type=\"string\"><text:p>").Append(Spaces(OfficeFiles.Escape(cells[c]))).Append("</text:p></table:table-cell>");
                used++;
            }

            sheet.Append("<table:table-cell table:number-columns-repeated=\"").Append(1024 - used).Append("\"/></table:table-row>");
        }

        sheet.Append("<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row></table:table>");
        return OdsXml(sheet.ToString());
    }

    /// <summary>Text with runs of spaces as OpenDocument keeps them: the first a space, the rest a <c>text:s</c>, and a
    /// leading space a <c>text:s</c>.</summary>
    private static string Spaces(string text)
    {
        var result = new StringBuilder();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != ' ')
            {
                result.Append(text[i]);
                continue;
            }

            int run = 1;
            while (i + 1 < text.Length && text[i + 1] == ' ')
            {
                run++;
                i++;
            }

            bool leading = result.Length == 0;
            int kept = leading ? 0 : 1;
            result.Append(' ', kept);
            if (run > kept)
            {
                result.Append("<text:s text:c=\"").Append(run - kept).Append("\"/>");
            }
        }

        return result.ToString();
    }

    private static void Add(ZipArchive zip, string name, string content, CompressionLevel level)
    {
        ZipArchiveEntry entry = zip.CreateEntry(name, level);
        using Stream stream = entry.Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }

    private static string[] Lines(string text)
    {
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }
}
