using SpreadCheetah;
using SpreadCheetah.Styling;
using Workbook = SpreadCheetah.Spreadsheet;

namespace Rkaskpd.Spreadsheet;

/// <summary>The workbook styles behind each <see cref="CellStyle"/>, registered once per workbook.</summary>
internal sealed class WorkbookStyles
{
    private readonly StyleId bold;
    private readonly StyleId title;
    private readonly StyleId wrap;
    private readonly StyleId money;
    private readonly StyleId moneyBold;
    private readonly StyleId percent;
    private readonly StyleId percentDecimal;

    /// <summary>Registers the styles in <paramref name="spreadsheet"/>.</summary>
    /// <param name="spreadsheet">The workbook being written.</param>
    public WorkbookStyles(Workbook spreadsheet)
    {
        NumberFormat rupiah = NumberFormat.Custom(RkaXlsxWriter.RupiahNumberFormat);
        bold = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Alignment = { Vertical = VerticalAlignment.Top } });
        title = spreadsheet.AddStyle(new Style { Font = { Bold = true, Size = 13 } });
        wrap = spreadsheet.AddStyle(new Style { Alignment = { WrapText = true, Vertical = VerticalAlignment.Top } });
        money = spreadsheet.AddStyle(new Style { Format = rupiah });
        moneyBold = spreadsheet.AddStyle(new Style { Format = rupiah, Font = { Bold = true } });
        percent = spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.Percent) });
        percentDecimal = spreadsheet.AddStyle(new Style { Format = NumberFormat.Standard(StandardNumberFormat.PercentTwoDecimalPlaces) });
    }

    /// <summary>Makes the workbook cell for <paramref name="cell"/>.</summary>
    /// <param name="cell">The laid-out cell.</param>
    /// <returns>The cell with its style.</returns>
    public Cell ToCell(SheetCell cell)
    {
        StyleId? style = cell.Style switch
        {
            CellStyle.Bold => bold,
            CellStyle.Title => title,
            CellStyle.Wrap => wrap,
            CellStyle.Money => money,
            CellStyle.MoneyBold => moneyBold,
            CellStyle.Percent => percent,
            CellStyle.PercentDecimal => percentDecimal,
            _ => null,
        };
        return cell.Formula is { } formula ? new Cell(new Formula(formula), cell.Number, style)
            : cell.Number is { } number ? new Cell(number, style)
            : cell.Text is { } text ? new Cell(text, style)
            : new Cell((string?)null, style);
    }
}
