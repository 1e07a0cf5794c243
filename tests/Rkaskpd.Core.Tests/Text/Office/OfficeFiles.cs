using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>
/// Builds minimal valid Word (<c>.docx</c>) and Excel (<c>.xlsx</c>) packages in memory with <see cref="ZipArchive"/>,
/// for the tests of the Office stage: from raw part XML, or from form text laid out as Word paragraphs (a tab line a
/// paragraph with <c>w:tab</c> between its cells' runs), Word table rows (a tab line a row, its cells <c>w:tc</c>; with
/// <c>multiLineCells</c> two consecutive one-cell lines one cell of two paragraphs), or sheet rows.
/// </summary>
internal static partial class OfficeFiles
{
    /// <summary>The WordprocessingML namespace.</summary>
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The SpreadsheetML namespace.</summary>
    public const string S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private const string R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>A package of the given parts (name, XML), with <c>[Content_Types].xml</c> first.</summary>
    public static byte[] Zip(params (string Name, string Xml)[] parts)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, string xml) in parts)
            {
                ZipArchiveEntry entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                using Stream stream = entry.Open();
                byte[] bytes = Encoding.UTF8.GetBytes(xml);
                stream.Write(bytes);
            }
        }

        return memory.ToArray();
    }

    /// <summary>A Word document whose body is <paramref name="bodyXml"/> (with the <c>w</c> prefix bound).</summary>
    public static byte[] Docx(string bodyXml) => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
        ("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" + bodyXml + "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"));

    /// <summary>Form text as a Word document: every line a paragraph, or tab lines as table rows.</summary>
    /// <param name="text">Tab-separated text, lines ended by LF or CR LF.</param>
    /// <param name="tables">Whether consecutive lines with tabs become the rows of a table.</param>
    /// <param name="multiLineCells">With <paramref name="tables"/>, whether two consecutive one-cell lines become one
    /// single-cell row whose cell holds two paragraphs.</param>
    public static byte[] Docx(string text, bool tables, bool multiLineCells)
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
                body.Append(row ? "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>" : "</w:tbl>");
                inTable = row;
            }

            if (joined)
            {
                body.Append("<w:tr><w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>")
                    .Append(Paragraph(line)).Append(Paragraph(lines[i + 1])).Append("</w:tc></w:tr>");
                i++;
            }
            else if (row)
            {
                body.Append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                foreach (string cell in line.Split('\t'))
                {
                    body.Append("<w:tc>").Append(Paragraph(cell)).Append("</w:tc>");
                }

                body.Append("</w:tr>");
            }
            else
            {
                body.Append(Paragraph(line));
            }
        }

        if (inTable)
        {
            body.Append("</w:tbl>");
        }

        return Docx(body.ToString());
    }

    /// <summary>A paragraph of one line: a run a cell, <c>w:tab</c> between them, a tab stop and run properties that
    /// must not be read as text.</summary>
    public static string Paragraph(string line)
    {
        var p = new StringBuilder("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"2835\"/></w:tabs></w:pPr>");
        string[] cells = line.Split('\t');
        for (int c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                p.Append("<w:r><w:tab/></w:r>");
            }

            if (cells[c].Length > 0)
            {
                p.Append("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">").Append(Escape(cells[c])).Append("</w:t></w:r>");
            }
        }

        return p.Append("</w:p>").ToString();
    }

    /// <summary>Form text as an Excel workbook of one sheet (or the text split in two sheets at
    /// <paramref name="splitAt"/>): each non-empty line a row numbered by its line (an empty line a skipped row number),
    /// each non-empty cell a cell with its column reference (the empty lines at a split go to the second sheet); amounts written <c>1.234,00</c> as numbers styled
    /// <c>#,##0.00</c> (with <paramref name="rawNumbers"/>, in the General style), other cells alternately shared and
    /// inline strings.</summary>
    public static byte[] Xlsx(string text, int splitAt = -1, bool rawNumbers = false)
    {
        string[] lines = Lines(text);
        var shared = new List<string>();
        int split = splitAt < 0 || splitAt > lines.Length ? lines.Length : splitAt;
        while (split > 0 && split < lines.Length && lines[split - 1].Length == 0)
        {
            split--; // a sheet's trailing empty rows are not stored: the empty lines go to the next sheet's start
        }

        string first = Sheet(lines.AsSpan(0, split), shared, rawNumbers);
        string second = Sheet(lines.AsSpan(split), shared, rawNumbers);
        var strings = new StringBuilder("<sst xmlns=\"" + S + "\">");
        foreach (string s in shared)
        {
            strings.Append("<si><t xml:space=\"preserve\">").Append(Escape(s)).Append("</t><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>");
        }

        return Zip(
            ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"),
            ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<workbook xmlns=\"" + S + "\" xmlns:r=\"" + R + "\"><sheets><sheet name=\"RKA 2.2.1\" sheetId=\"1\" r:id=\"rId7\"/><sheet name=\"Lanjutan\" sheetId=\"2\" r:id=\"rId3\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId3\" Type=\"x\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId7\" Type=\"x\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>"),
            ("xl/styles.xml", "<styleSheet xmlns=\"" + S + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"_(&quot;Rp&quot;* #,##0.00_)\"/></numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"4\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>"),
            ("xl/sharedStrings.xml", strings.Append("</sst>").ToString()),
            ("xl/worksheets/sheet2.xml", first),
            ("xl/worksheets/sheet1.xml", second));
    }

    /// <summary>XML text content with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped.</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static string Sheet(ReadOnlySpan<string> lines, List<string> shared, bool rawNumbers)
    {
        var sheet = new StringBuilder("<worksheet xmlns=\"" + S + "\"><sheetData>");
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            sheet.Append("<row r=\"").Append(i + 1).Append("\">");
            string[] cells = lines[i].Split('\t');
            for (int c = 0; c < cells.Length; c++)
            {
                string cell = cells[c];
                if (cell.Length == 0)
                {
                    continue;
                }

                string reference = Column(c) + (i + 1);
                if (Amount().IsMatch(cell))
                {
                    string raw = cell.Replace(".", string.Empty, StringComparison.Ordinal).Replace(",00", string.Empty, StringComparison.Ordinal).Replace(',', '.'); // as Excel stores it
                    sheet.Append("<c r=\"").Append(reference).Append("\" s=\"").Append(rawNumbers ? 0 : c % 2 == 0 ? 1 : 2).Append("\"><v>").Append(raw).Append("</v></c>");
                }
                else if ((i + c) % 2 == 0)
                {
                    shared.Add(cell);
                    sheet.Append("<c r=\"").Append(reference).Append("\" t=\"s\"><v>").Append(shared.Count - 1).Append("</v></c>");
                }
                else
                {
                    sheet.Append("<c r=\"").Append(reference).Append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">").Append(Escape(cell)).Append("</t></is></c>");
                }
            }

            sheet.Append("</row>");
        }

        return sheet.Append("</sheetData></worksheet>").ToString();
    }

    private static string Column(int index) => index < 26
        ? ((char)('A' + index)).ToString()
        : Column((index / 26) - 1) + (char)('A' + (index % 26));

    private static string[] Lines(string text)
    {
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    [GeneratedRegex(@"^[1-9]\d{0,2}(\.\d{3})*,\d\d$|^0,00$", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
