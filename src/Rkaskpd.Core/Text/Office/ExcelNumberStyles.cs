using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;

namespace Rkaskpd.Text.Office;

/// <summary>
/// How the cell styles of a workbook (<c>xl/styles.xml</c>) show numbers: the built-in formats <c>0</c> (1),
/// <c>0.00</c> (2), <c>#,##0</c> (3, 37, 38, 41, 42), <c>#,##0.00</c> (4, 39, 40, 43, 44), <c>0%</c> (9) and
/// <c>0.00%</c> (10), and custom formats made of digit placeholders, a thousands comma, a percent sign and literal
/// text (<c>[$-421]"Rp "#,##0.00</c>, <c>[$Rp-421] #,##0</c>, <c>0.0" m²"</c>). Such a number is written as the sheet
/// shows it, in the forms' Indonesian style (<c>Rp 70.992.500,00</c>, <c>100%</c>). A date format (the built-in
/// 14 to 17, or a custom one of day, month and year placeholders, <see cref="DateShape"/>) writes the date as the sheet
/// shows it with Indonesian month names (<c>12 Oktober 2015</c>); any other number (the General format, times,
/// scientific notation) keeps its raw value.
/// </summary>
internal sealed class ExcelNumberStyles
{
    private static readonly NumberFormatInfo Indonesian = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    private readonly Dictionary<int, NumberShape?> customShapes = [];
    private readonly Dictionary<int, DateShape?> customDates = [];
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
                Define(id, xml.GetAttribute("formatCode") ?? string.Empty);
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

    /// <summary>Defines a custom number format (a <c>numFmt</c> of the styles part, or a <c>FORMAT</c> record of an
    /// Excel 97-2003 workbook); a later definition of the same ID replaces it.</summary>
    /// <param name="id">The format ID.</param>
    /// <param name="code">The format code.</param>
    public void Define(int id, string code)
    {
        customShapes[id] = NumberShape.Parse(code);
        customDates[id] = DateShape.Parse(code);
    }

    /// <summary>Gets whether an ID names one of Excel's built-in formats that this reader knows without its code (the
    /// numbers, percentages and dates); the locale's currency formats (5 to 8: <c>"Rp"#,##0.00</c> in an Indonesian
    /// workbook) and the others are read from their code.</summary>
    /// <param name="id">The format ID.</param>
    /// <returns>Whether the format is known by its ID.</returns>
    public static bool IsKnownBuiltIn(int id) =>
        id is 0 or (>= 1 and <= 4) or 9 or 10 or (>= 37 and <= 44) || DateShape.BuiltIn(id) is not null;

    /// <summary>Gets whether a custom format of this ID has been defined.</summary>
    /// <param name="id">The format ID.</param>
    /// <returns>Whether <see cref="Define"/> was called with it.</returns>
    public bool IsDefined(int id) => customShapes.ContainsKey(id);

    /// <summary>Writes a number cell's raw value as its style shows it.</summary>
    /// <param name="value">The raw value (invariant notation, e.g. <c>551204390</c> or <c>1.5E-3</c>).</param>
    /// <param name="style">The cell's style index (<c>s</c>), or -1.</param>
    /// <returns>The text.</returns>
    public string Format(string value, int style) =>
        FormatNumber(value, style >= 0 && style < styleFormats.Count ? styleFormats[style] : 0);

    /// <summary>Writes a number's raw value as a number format shows it.</summary>
    /// <param name="value">The raw value (invariant notation, e.g. <c>551204390</c> or <c>1.5E-3</c>).</param>
    /// <param name="format">The number format ID: a built-in one, or one given to <see cref="Define"/>.</param>
    /// <returns>The text.</returns>
    public string FormatNumber(string value, int format)
    {
        if ((DateShape.BuiltIn(format) ?? customDates.GetValueOrDefault(format)) is { } date
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double serial)
            && date.Format(serial) is { } shown)
        {
            return shown;
        }

        NumberShape? shape = ShapeOf(format);
        if (shape is not { } s
            || !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            return value;
        }

        if (s.Percent)
        {
            number *= 100;
        }

        string digits = Math.Round(number, s.Decimals, MidpointRounding.AwayFromZero)
            .ToString((s.Grouped ? "N" : "F") + s.Decimals.ToString(CultureInfo.InvariantCulture), Indonesian);
        return s.Prefix.Length + s.Suffix.Length == 0 ? digits : s.Prefix + digits + s.Suffix;
    }

    private NumberShape? ShapeOf(int format) => format switch
    {
        1 => new NumberShape(0, false, false, string.Empty, string.Empty),
        2 => new NumberShape(2, false, false, string.Empty, string.Empty),
        3 or 37 or 38 or 41 or 42 => new NumberShape(0, true, false, string.Empty, string.Empty),
        4 or 39 or 40 or 43 or 44 => new NumberShape(2, true, false, string.Empty, string.Empty),
        9 => new NumberShape(0, false, true, string.Empty, "%"),
        10 => new NumberShape(2, false, true, string.Empty, "%"),
        _ => customShapes.GetValueOrDefault(format),
    };
}
