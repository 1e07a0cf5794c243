using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>Reads one worksheet's rows into text: each row a line, its cells joined by tabs in column order (gaps
/// filled by the cells' references), skipped rows as empty lines. Stops, marking the budget cut, when the text would
/// pass the reader's document limit (a sheet that names row 1 048 576 after row 1 makes a million empty lines).</summary>
internal sealed class ExcelSheetRows
{
    private readonly StringBuilder text;
    private readonly List<string> strings;
    private readonly ExcelNumberStyles styles;
    private readonly PartBudget budget;
    private readonly string part;
    private readonly StringBuilder inline = new();
    private int lastRow;

    /// <summary>Initializes a reader for one sheet.</summary>
    /// <param name="text">Receives the lines.</param>
    /// <param name="strings">The workbook's shared strings.</param>
    /// <param name="styles">The workbook's number styles.</param>
    /// <param name="budget">The package's budget (its limit also bounds the text).</param>
    /// <param name="part">The sheet's part name, for the note when the text reaches the limit.</param>
    public ExcelSheetRows(StringBuilder text, List<string> strings, ExcelNumberStyles styles, PartBudget budget, string part)
    {
        this.part = part;
        this.text = text;
        this.strings = strings;
        this.styles = styles;
        this.budget = budget;
    }

    /// <summary>Reads the sheet's XML.</summary>
    /// <param name="xml">The part's XML.</param>
    public void Read(XmlReader xml)
    {
        int column = 0;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row")
            {
                int row = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out int r) ? r : lastRow + 1;
                if (!Room(row > lastRow + 1 ? row - lastRow - 1 : 0))
                {
                    return;
                }

                for (int gap = lastRow + 1; gap < row; gap++)
                {
                    text.Append('\n');
                }

                lastRow = row > lastRow ? row : lastRow + 1;
                column = 0;
                if (xml.IsEmptyElement)
                {
                    text.Append('\n');
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "row")
            {
                text.Append('\n');
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c")
            {
                int at = ColumnOf(xml.GetAttribute("r"), column + 1);
                if (!Room(at - column))
                {
                    return;
                }

                text.Append('\t', column == 0 ? at - 1 : at - column);
                column = at;
                text.Append(Cell(xml));
            }
        }
    }

    /// <summary>Reads a cell's value (the reader ends on the cell's end) as the sheet shows it.</summary>
    private string Cell(XmlReader xml)
    {
        string? type = xml.GetAttribute("t");
        int style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out int s) ? s : -1;
        if (xml.IsEmptyElement)
        {
            return string.Empty;
        }

        string? value = null;
        inline.Clear();
        int depth = xml.Depth;
        xml.Read();
        while (!xml.EOF && xml.Depth > depth)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "v")
            {
                value = xml.ReadElementContentAsString();
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                inline.Append(xml.ReadElementContentAsString());
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "rPh")
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }

        return type switch
        {
            "s" => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < strings.Count ? strings[index] : string.Empty,
            "inlineStr" => inline.ToString(),
            "str" or "e" or "b" or "d" => value ?? string.Empty,
            _ => value is null ? string.Empty : styles.Format(value, style),
        };
    }

    /// <summary>Whether <paramref name="characters"/> more fit within the limit; marks the budget cut when not.</summary>
    private bool Room(int characters)
    {
        if (text.Length + (long)characters < budget.Limit)
        {
            return true;
        }

        budget.MarkCut(part);
        return false;
    }

    /// <summary>The 1-based column of a cell reference (<c>C5</c> → 3), or <paramref name="next"/> without one.</summary>
    private static int ColumnOf(string? reference, int next)
    {
        if (reference is null)
        {
            return next;
        }

        int column = 0;
        int i = 0;
        for (; i < reference.Length && i < 3 && char.IsAsciiLetterUpper(reference[i]); i++)
        {
            column = (column * 26) + (reference[i] - 'A' + 1);
        }

        return i == 0 || column < next ? next : column;
    }
}
