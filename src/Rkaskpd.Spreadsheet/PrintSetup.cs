using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Rkaskpd.Spreadsheet;

/// <summary>
/// Adds the print setup SpreadCheetah does not write to a finished workbook: A4 paper in each sheet's orientation,
/// fit to one page wide (as many pages tall as needed), narrow margins, a centred <c>Halaman &amp;P dari &amp;N</c> page
/// footer, and the sheet's header rows repeated at the top of every printed page (the defined name
/// <c>_xlnm.Print_Titles</c>).
/// </summary>
/// <remarks>
/// The package is rewritten entry by entry with <see cref="ZipArchive"/>; only <c>xl/workbook.xml</c> and the
/// worksheets' XML change. In a worksheet the <c>pageSetUpPr</c> goes into <c>sheetPr</c> (its first child) and
/// <c>printOptions</c>, <c>pageMargins</c>, <c>pageSetup</c> and <c>headerFooter</c> go before the parts the schema
/// puts after them (<c>drawing</c>, <c>legacyDrawing</c>, <c>tableParts</c>, <c>extLst</c>) or before the end.
/// </remarks>
internal static class PrintSetup
{
    /// <summary>The paper size code of A4 in <c>pageSetup/@paperSize</c>.</summary>
    public const int A4 = 9;

    private static readonly string[] AfterPageSetup = ["<drawing", "<legacyDrawing", "<legacyDrawingHF", "<picture", "<oleObjects", "<controls", "<webPublishItems", "<tableParts", "<extLst", "</worksheet>"];

    /// <summary>Copies the workbook in <paramref name="source"/> to <paramref name="target"/> with the print setup of each
    /// sheet added.</summary>
    /// <param name="source">The workbook as written, positioned anywhere.</param>
    /// <param name="target">Where to write the set-up workbook.</param>
    /// <param name="sheets">Per sheet, in workbook order: its name, the number of header rows to repeat (0 for none) and
    /// whether it prints landscape.</param>
    public static void Apply(Stream source, Stream target, IReadOnlyList<(string Name, int RepeatRows, bool Landscape)> sheets)
    {
        source.Position = 0;
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        foreach (ZipArchiveEntry entry in input.Entries)
        {
            ZipArchiveEntry copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = entry.LastWriteTime;
            int sheet = SheetIndex(entry.FullName);
            using Stream from = entry.Open();
            using Stream to = copy.Open();
            if (entry.FullName == "xl/workbook.xml")
            {
                Write(to, AddPrintTitles(Read(from), sheets));
            }
            else if (sheet >= 1 && sheet <= sheets.Count)
            {
                Write(to, AddPageSetup(Read(from), sheets[sheet - 1].Landscape));
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    /// <summary>Adds fit-to-width, margins, A4 page setup and the page-number footer to one worksheet's XML.</summary>
    internal static string AddPageSetup(string xml, bool landscape)
    {
        var builder = new StringBuilder(xml.Length + 512);
        int sheetPr = xml.IndexOf("<sheetPr", StringComparison.Ordinal);
        int start = xml.IndexOf("<worksheet", StringComparison.Ordinal);
        int afterRoot = xml.IndexOf('>', start) + 1;
        if (sheetPr < 0)
        {
            builder.Append(xml, 0, afterRoot).Append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
            start = afterRoot;
        }
        else
        {
            int close = xml.IndexOf('>', sheetPr);
            if (xml[close - 1] == '/')
            {
                builder.Append(xml, 0, close - 1).Append("><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
            }
            else
            {
                int end = xml.IndexOf("</sheetPr>", sheetPr, StringComparison.Ordinal);
                builder.Append(xml, 0, end).Append("<pageSetUpPr fitToPage=\"1\"/>").Append("</sheetPr>");
                close = end + "</sheetPr>".Length - 1;
            }

            start = close + 1;
        }

        int insert = xml.Length;
        foreach (string tag in AfterPageSetup)
        {
            int at = xml.IndexOf(tag, start, StringComparison.Ordinal);
            if (at >= 0 && at < insert)
            {
                insert = at;
            }
        }

        builder.Append(xml, start, insert - start)
            .Append("<printOptions horizontalCentered=\"1\"/>")
            .Append("<pageMargins left=\"0.5\" right=\"0.4\" top=\"0.5\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>")
            .Append("<pageSetup paperSize=\"").Append(A4.ToString(CultureInfo.InvariantCulture))
            .Append("\" orientation=\"").Append(landscape ? "landscape" : "portrait").Append("\" fitToWidth=\"1\" fitToHeight=\"0\"/>")
            .Append("<headerFooter><oddFooter>&amp;CHalaman &amp;P dari &amp;N</oddFooter></headerFooter>")
            .Append(xml, insert, xml.Length - insert);
        return builder.ToString();
    }

    /// <summary>Adds one <c>_xlnm.Print_Titles</c> defined name per sheet with rows to repeat.</summary>
    internal static string AddPrintTitles(string xml, IReadOnlyList<(string Name, int RepeatRows, bool Landscape)> sheets)
    {
        var names = new StringBuilder();
        for (int i = 0; i < sheets.Count; i++)
        {
            if (sheets[i].RepeatRows <= 0)
            {
                continue;
            }

            names.Append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").Append(i.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(EscapeXml("'" + sheets[i].Name.Replace("'", "''", StringComparison.Ordinal) + "'"))
                .Append("!$1:$").Append(sheets[i].RepeatRows.ToString(CultureInfo.InvariantCulture)).Append("</definedName>");
        }

        if (names.Length == 0)
        {
            return xml;
        }

        int existing = xml.IndexOf("<definedNames>", StringComparison.Ordinal);
        if (existing >= 0)
        {
            return xml.Insert(existing + "<definedNames>".Length, names.ToString());
        }

        int sheetsEnd = xml.IndexOf("</sheets>", StringComparison.Ordinal) + "</sheets>".Length;
        return xml.Insert(sheetsEnd, "<definedNames>" + names + "</definedNames>");
    }

    /// <summary>The 1-based number of a worksheet part (<c>xl/worksheets/sheet3.xml</c> → 3), or 0.</summary>
    private static int SheetIndex(string name)
    {
        const string prefix = "xl/worksheets/sheet";
        return name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".xml", StringComparison.Ordinal)
            && int.TryParse(name.AsSpan(prefix.Length, name.Length - prefix.Length - 4), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? n
            : 0;
    }

    private static string EscapeXml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Read(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Write(Stream stream, string xml)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.Write(xml);
    }
}
