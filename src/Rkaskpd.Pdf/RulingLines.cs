using System;
using System.Collections.Generic;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Rkaskpd.Pdf;

/// <summary>The vertical ruling lines of a page: the borders a bordered table draws between its columns. Two words
/// with such a line between them are in different cells however close they stand (narrow columns such as
/// <c>Volume</c> and <c>Satuan</c> often leave less than a font size between their texts).</summary>
/// <remarks>A ruling line is a straight stroke, or a filled rectangle at most <see cref="MaxThickness"/> wide, that
/// runs up the page for at least <see cref="MinLength"/> points; the edges of stroked rectangles (cell borders drawn
/// with <c>re</c>) count too. Only upright text is split by them: on a page with turned text the words' reading
/// frame is not the page's.</remarks>
internal sealed class RulingLines
{
    /// <summary>How far a line may lean and still be vertical, and how thick a filled bar may be, in points.</summary>
    private const double MaxThickness = 2;

    /// <summary>How long a vertical stroke must be to be a column border rather than a glyph-like mark, in points.</summary>
    private const double MinLength = 6;

    /// <summary>A page without ruling lines.</summary>
    public static readonly RulingLines None = new([]);

    private readonly List<(double X, double Bottom, double Top)> rules;

    private RulingLines(List<(double X, double Bottom, double Top)> rules) => this.rules = rules;

    /// <summary>Gets the number of vertical ruling lines found.</summary>
    public int Count => rules.Count;

    /// <summary>Collects the vertical ruling lines of a page.</summary>
    /// <param name="page">The page.</param>
    /// <returns>Its vertical ruling lines, possibly none.</returns>
    public static RulingLines Of(Page page)
    {
        var rules = new List<(double X, double Bottom, double Top)>();
        foreach (PdfPath path in page.Paths)
        {
            if (path.IsClipping || (!path.IsStroked && !path.IsFilled))
            {
                continue;
            }

            foreach (PdfSubpath subpath in path)
            {
                PdfRectangle? box = subpath.GetBoundingRectangle();
                if (box is { } bar && path.IsFilled && bar.Width <= MaxThickness && bar.Height >= MinLength)
                {
                    rules.Add(((bar.Left + bar.Right) / 2, bar.Bottom, bar.Top));
                    continue;
                }

                if (path.IsStroked)
                {
                    AddStrokes(subpath, rules);
                }
            }
        }

        return rules.Count == 0 ? None : new RulingLines(rules);
    }

    /// <summary>Whether a ruling line stands between two words of one baseline.</summary>
    /// <param name="right">Where the left word ends, in points.</param>
    /// <param name="left">Where the right word starts, in points.</param>
    /// <param name="baseline">The words' baseline, in points.</param>
    /// <param name="size">The font size, in points.</param>
    /// <returns><see langword="true"/> when a vertical line between the words crosses their baseline.</returns>
    public bool Separates(double right, double left, double baseline, double size)
    {
        double slack = 0.25 * size;
        foreach ((double x, double bottom, double top) in rules)
        {
            if (x >= right - 0.5 && x <= left + 0.5 && baseline >= bottom - slack && baseline <= top + slack)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddStrokes(PdfSubpath subpath, List<(double X, double Bottom, double Top)> rules)
    {
        PdfPoint start = default;
        PdfPoint current = default;
        foreach (PdfSubpath.IPathCommand command in subpath.Commands)
        {
            switch (command)
            {
                case PdfSubpath.Move move:
                    start = current = move.Location;
                    break;
                case PdfSubpath.Line line:
                    AddIfVertical(line.From, line.To, rules);
                    current = line.To;
                    break;
                case PdfSubpath.Close:
                    AddIfVertical(current, start, rules);
                    current = start;
                    break;
                default:
                    // Curves are not rules; carry on from where they end.
                    if (command.GetBoundingRectangle() is { } curve)
                    {
                        current = curve.TopRight;
                    }

                    break;
            }
        }
    }

    private static void AddIfVertical(PdfPoint from, PdfPoint to, List<(double X, double Bottom, double Top)> rules)
    {
        if (Math.Abs(from.X - to.X) <= MaxThickness && Math.Abs(from.Y - to.Y) >= MinLength)
        {
            rules.Add(((from.X + to.X) / 2, Math.Min(from.Y, to.Y), Math.Max(from.Y, to.Y)));
        }
    }
}
