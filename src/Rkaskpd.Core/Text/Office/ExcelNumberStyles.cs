using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Which cell styles of a workbook (<c>xl/styles.xml</c>) show numbers with thousands separators, and with how many
/// decimals: the built-in formats <c>#,##0</c> (3, 37, 38, 41, 42) and <c>#,##0.00</c> (4, 39, 40, 43, 44), and any
/// custom format containing <c>#,##0</c>. Such a number is written in the forms' Indonesian style
/// (<c>551.204.390,00</c>); any other number keeps its raw value.
/// </summary>
internal sealed class ExcelNumberStyles
{
    /// <summary>No thousands separators: the raw value.</summary>
    private const int Raw = -1;

    private static readonly NumberFormatInfo Indonesian = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    private readonly Dictionary<int, int> customDecimals = [];
    private readonly List<int> styleFormats = [];

    /// <summary>Reads the styles part: custom number formats and the cell styles' format IDs.</summary>
    /// <param name="xml">The part's XML.</param>
    public void Read(XmlReader xml)
    {
        bool inCellStyles = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "numFmt"
                && int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out int id))
            {
                customDecimals[id] = DecimalsOf(xml.GetAttribute("formatCode") ?? string.Empty);
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "cellXfs")
            {
                inCellStyles = !xml.IsEmptyElement;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                inCellStyles = false;
            }
            else if (inCellStyles && xml.NodeType == XmlNodeType.Element && xml.LocalName == "xf" && xml.Depth <= 2)
            {
                styleFormats.Add(int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out int format) ? format : 0);
            }
        }
    }

    /// <summary>Writes a number cell's raw value as its style shows it.</summary>
    /// <param name="value">The raw value (invariant notation, e.g. <c>551204390</c> or <c>1.5E-3</c>).</param>
    /// <param name="style">The cell's style index (<c>s</c>), or -1.</param>
    /// <returns>The text.</returns>
    public string Format(string value, int style)
    {
        int decimals = style >= 0 && style < styleFormats.Count ? DecimalsFor(styleFormats[style]) : Raw;
        if (decimals == Raw
            || !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            return value;
        }

        return Math.Round(number, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Indonesian);
    }

    /// <summary>The decimals a custom format shows after <c>#,##0</c>, or <see cref="Raw"/> without it.</summary>
    private static int DecimalsOf(string code)
    {
        int at = code.IndexOf("#,##0", StringComparison.Ordinal);
        if (at < 0)
        {
            return Raw;
        }

        int i = at + 5;
        if (i >= code.Length || code[i] != '.')
        {
            return 0;
        }

        int decimals = 0;
        while (++i < code.Length && code[i] == '0' && decimals < 10)
        {
            decimals++;
        }

        return decimals;
    }

    private int DecimalsFor(int format) => format switch
    {
        3 or 37 or 38 or 41 or 42 => 0,
        4 or 39 or 40 or 43 or 44 => 2,
        _ => customDecimals.TryGetValue(format, out int decimals) ? decimals : Raw,
    };
}
