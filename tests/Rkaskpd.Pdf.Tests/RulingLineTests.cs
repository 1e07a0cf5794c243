using System.Linq;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Xunit;

namespace Rkaskpd.Pdf.Tests;

/// <summary>A bordered table's column lines split cells whose texts stand closer than a font size apart (narrow
/// <c>Volume</c> and <c>Satuan</c> columns), whether the borders are strokes, cell rectangles or thin filled bars.</summary>
public class RulingLineTests
{
    private const double Size = 9;

    public enum Borders
    {
        None,
        Strokes,
        CellRectangles,
        FilledBars,
    }

    [Theory]
    [InlineData(Borders.Strokes)]
    [InlineData(Borders.CellRectangles)]
    [InlineData(Borders.FilledBars)]
    public void Column_lines_split_close_cells(Borders borders)
    {
        string[] lines = Lines(Build(borders));

        Assert.Contains("Kertas HVS\t10,5\trim\t50.000,00\t525.000,00", lines);
    }

    [Fact]
    public void Without_column_lines_close_texts_stay_one_cell()
    {
        // The same row unruled: "10,5" and "rim" stand a third of a font size apart, like two words of one cell.
        string[] lines = Lines(Build(Borders.None));

        Assert.Contains("Kertas HVS\t10,5 rim\t50.000,00\t525.000,00", lines);
    }

    [Fact]
    public void A_line_that_does_not_reach_the_row_splits_nothing()
    {
        // A column line of the row above ends before this row's baseline: it does not split this row.
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        page.AddText("Semen 40 sak", Size, new PdfPoint(100, 700), font);
        page.DrawLine(new PdfPoint(127, 720), new PdfPoint(127, 760), 0.5);

        Assert.Contains("Semen 40 sak", Lines(builder.Build()));
    }

    private static string[] Lines(byte[] pdf) => RkaPdfReader.Extract(pdf).Text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    private static byte[] Build(Borders borders)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfPageBuilder page = builder.AddPage(PageSize.A4);
        string[] cells = ["Kertas HVS", "10,5", "rim", "50.000,00", "525.000,00"];
        double[] starts = [42, 212, 232, 262, 342];
        double y = 700;
        double top = y + 10;
        double bottom = y - 4;
        double[] borderXs = [40, 210, 230, 260, 340, 420];

        for (int i = 0; i < cells.Length; i++)
        {
            page.AddText(cells[i], Size, new PdfPoint(starts[i], y), font);
        }

        switch (borders)
        {
            case Borders.Strokes:
                foreach (double x in borderXs)
                {
                    page.DrawLine(new PdfPoint(x, bottom), new PdfPoint(x, top), 0.5);
                }

                break;
            case Borders.CellRectangles:
                for (int i = 0; i + 1 < borderXs.Length; i++)
                {
                    page.DrawRectangle(new PdfPoint(borderXs[i], bottom), borderXs[i + 1] - borderXs[i], top - bottom, 0.5, fill: false);
                }

                break;
            case Borders.FilledBars:
                foreach (double x in borderXs)
                {
                    page.DrawRectangle(new PdfPoint(x - 0.3, bottom), 0.6, top - bottom, 0.6, fill: true);
                }

                break;
        }

        return builder.Build();
    }
}
