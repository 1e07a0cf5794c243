using System;
using System.Collections.Generic;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Turns an Excel workbook (<c>.xlsx</c>, as SIMDA and SIPD export) into the text a person gets by copying its sheets:
/// the sheets in workbook order, one after another; each row a line (a skipped row number an empty line), its cells
/// joined by tabs in column order (a skipped column an empty cell: A, C gives <c>a\t\tc</c>); shared and inline
/// strings as written; a number as its raw value, in the forms' Indonesian style (<c>551.204.390,00</c>) when its cell
/// shows thousands separators (see <see cref="ExcelNumberStyles"/>). Streams each part's XML.
/// </summary>
internal static class ExcelWorkbookText
{
    private const string RelationshipsPart = "xl/_rels/workbook.xml.rels";

    private const string SharedStringsPart = "xl/sharedStrings.xml";

    private const string StylesPart = "xl/styles.xml";

    /// <summary>Reads the workbook's sheets into <paramref name="text"/>.</summary>
    /// <param name="archive">The package.</param>
    /// <param name="budget">The decompressed bytes that may still be read.</param>
    /// <param name="text">Receives the text, lines ended by <c>'\n'</c>.</param>
    /// <param name="reading">Told the name of each part before it is read (for a message about a bad part).</param>
    /// <returns>The names of the sheets read, comma-separated.</returns>
    /// <exception cref="XmlException">A part is not well-formed XML.</exception>
    /// <exception cref="System.IO.InvalidDataException">The archive is damaged.</exception>
    public static string Read(ZipArchive archive, PartBudget budget, StringBuilder text, Action<string> reading)
    {
        reading("xl/workbook.xml");
        var sheets = new List<(string Name, string Id)>();
        budget.Read(archive.GetEntry("xl/workbook.xml")!, xml => ReadSheets(xml, sheets));
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (archive.GetEntry(RelationshipsPart) is { } relationships)
        {
            reading(RelationshipsPart);
            budget.Read(relationships, xml => ReadRelationships(xml, targets));
        }

        var strings = new List<string>();
        if (archive.GetEntry(SharedStringsPart) is { } shared)
        {
            reading(SharedStringsPart);
            budget.Read(shared, xml => ReadSharedStrings(xml, strings, budget.Limit));
        }

        var styles = new ExcelNumberStyles();
        if (archive.GetEntry(StylesPart) is { } stylesEntry)
        {
            reading(StylesPart);
            budget.Read(stylesEntry, styles.Read);
        }

        var names = new List<string>();
        foreach ((string name, string id) in sheets)
        {
            if (!targets.TryGetValue(id, out string? target) || archive.GetEntry(target) is not { } sheet || budget.Cut is not null)
            {
                continue;
            }

            reading(target);
            var rows = new ExcelSheetRows(text, strings, styles, budget, target);
            budget.Read(sheet, rows.Read);
            names.Add(name);
        }

        return string.Join(", ", names);
    }

    private static void ReadSheets(XmlReader xml, List<(string Name, string Id)> sheets)
    {
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") is { } name
                && RelationshipId(xml) is { } id)
            {
                sheets.Add((name, id));
            }
        }
    }

    /// <summary>The <c>r:id</c> attribute, whatever its namespace prefix (transitional or strict).</summary>
    private static string? RelationshipId(XmlReader xml)
    {
        for (bool more = xml.MoveToFirstAttribute(); more; more = xml.MoveToNextAttribute())
        {
            if (xml.LocalName == "id" && xml.NamespaceURI.Length > 0)
            {
                string value = xml.Value;
                xml.MoveToElement();
                return value;
            }
        }

        xml.MoveToElement();
        return null;
    }

    private static void ReadRelationships(XmlReader xml, Dictionary<string, string> targets)
    {
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship"
                && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
            {
                targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }
    }

    /// <summary>Reads the shared strings: each <c>si</c>'s text runs, phonetic runs (<c>rPh</c>) left out. Stops
    /// adding text past <paramref name="limit"/> characters in all.</summary>
    private static void ReadSharedStrings(XmlReader xml, List<string> strings, long limit)
    {
        var item = new StringBuilder();
        long total = 0;
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
                continue;
            }

            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                string run = xml.ReadElementContentAsString();
                total += run.Length;
                if (total <= limit)
                {
                    item.Append(run);
                }

                continue;
            }

            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "si")
            {
                strings.Add(item.ToString());
                item.Clear();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si" && xml.IsEmptyElement)
            {
                strings.Add(string.Empty);
            }

            xml.Read();
        }
    }
}
