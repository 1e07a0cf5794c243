namespace Rkaskpd.Spreadsheet;

/// <summary>The few looks a cell of an exported sheet can have; each maps to one workbook style.</summary>
internal enum CellStyle
{
    /// <summary>No style: general number format, default font.</summary>
    Plain,

    /// <summary>Bold text, used for labels and table headings.</summary>
    Bold,

    /// <summary>The sheet title: bold and larger.</summary>
    Title,

    /// <summary>Text that wraps inside its column, for text longer than the column's capped width.</summary>
    Wrap,

    /// <summary>A number in the Rupiah number format.</summary>
    Money,

    /// <summary>A number in the Rupiah number format, bold (subtotals and totals).</summary>
    MoneyBold,

    /// <summary>A fraction shown as a whole percentage (<c>0%</c>): 0,78 shows as 78%.</summary>
    Percent,

    /// <summary>A fraction shown as a percentage with two decimals (<c>0.00%</c>): 0,8632 shows as 86,32%.</summary>
    PercentDecimal,
}
