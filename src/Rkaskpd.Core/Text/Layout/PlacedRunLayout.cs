using System;
using System.Collections.Generic;
using System.Text;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Writes text runs placed on pages (<see cref="PlacedRun"/>) as <c>pdftotext -layout</c> writes a PDF's text: runs
/// at one height are a line, left to right, each at the column its position gives and padded with spaces, a blank line
/// where a line stands further below the one before than the page's lines usually do, and a form feed before each page after the
/// first. The fixed-width layout reader (<see cref="FixedWidthColumns"/>) then reads the text as it reads
/// <c>pdftotext -layout</c>'s.
/// </summary>
/// <remarks>
/// <para>A character's width is estimated once for the runs written together (a document, or a page of HTML): the runs' widths over their lengths where the source gives
/// widths, otherwise <see cref="WidthPerHeight"/> of the runs' median height. A run's column is its x over that width;
/// where the estimate would put it at or before the end of the run to its left, it follows that run after two spaces
/// (a new cell, as <see cref="FixedWidthColumns"/> reads two spaces), or after one when the runs nearly touch (one cell
/// split by a change of font).</para>
/// <para>This is not the PDF reader's row building (<c>PdfTextBuilder</c> in Rkaskpd.Pdf rebuilds table rows into tab
/// cells from word positions and ruling lines): converters give runs, not words, and no ruling lines, so their text is
/// laid out the way the fixed-width reader already reads.</para>
/// </remarks>
internal static class PlacedRunLayout
{
    /// <summary>An average character's width in font sizes (Liberation Sans, Arial, Helvetica: a little under half).</summary>
    public const double WidthPerHeight = 0.4;

    /// <summary>How far apart (in heights) two runs' vertical centres may be and still share a line.</summary>
    private const double LineTolerance = 0.4;

    /// <summary>A step from one line to the next wider than this many of the page's usual steps is written with a
    /// blank line between.</summary>
    private const double BlankLineStep = 1.5;

    /// <summary>A gap narrower than this (in characters) between two runs of a line is one space, not a new cell.</summary>
    private const double CellGap = 1.2;

    /// <summary>The rightmost column a run is placed at: a position far right of any page (a hostile or broken source)
    /// puts the run there instead of padding a line with millions of spaces.</summary>
    private const int MaxColumn = 1024;

    /// <summary>The white-space characters in a row that part a run into two texts (a cell's own text has one space
    /// between words; fixed-width columns part cells by two).</summary>
    public const int PaddingSpaces = 4;

    /// <summary>Adds the lines of a box placed on a page (a text frame, a text box) as runs: the box's height shared by
    /// its lines top to bottom, its width given to a line only when it is the box's one line.</summary>
    /// <param name="runs">Receives the runs.</param>
    /// <param name="page">The box's page.</param>
    /// <param name="x">The box's left.</param>
    /// <param name="y">The box's top.</param>
    /// <param name="width">The box's width; 0 when unknown.</param>
    /// <param name="height">The box's height; 0 when unknown.</param>
    /// <param name="lines">The box's lines, top to bottom.</param>
    public static void AddBox(List<PlacedRun> runs, int page, double x, double y, double width, double height, string[] lines)
    {
        double step = height / lines.Length;
        for (int i = 0; i < lines.Length; i++)
        {
            runs.Add(new PlacedRun(page, x, y + (i * step), lines.Length == 1 ? width : 0, step, lines[i]));
        }
    }

    /// <summary>Appends the text of <paramref name="runs"/> laid out as lines after the text already in
    /// <paramref name="text"/>, from a line of its own; returns whether there were any runs.</summary>
    /// <param name="runs">The runs, in any order; sorted in place.</param>
    /// <param name="text">The text so far; receives the lines.</param>
    /// <param name="maxLength">The most characters <paramref name="text"/> may hold (see <see cref="Write"/>).</param>
    /// <returns>Whether runs were written.</returns>
    public static bool WriteAfter(List<PlacedRun> runs, StringBuilder text, long maxLength = long.MaxValue)
    {
        if (runs.Count == 0)
        {
            return false;
        }

        if (text.Length > 0 && text[^1] != '\n')
        {
            text.Append('\n');
        }

        Write(runs, text, maxLength: maxLength);
        return true;
    }

    /// <summary>Appends the text of <paramref name="runs"/> laid out as lines, each ending with <c>\n</c>.</summary>
    /// <param name="runs">The runs, in any order; sorted in place.</param>
    /// <param name="text">Receives the lines.</param>
    /// <param name="partPadding">Whether a run padded with spaces is parted into a run per text
    /// (<see cref="SplitPadded"/>): a converter's HTML page keeps a padding's width on purpose; a text box's typed
    /// spaces are its own.</param>
    /// <param name="maxLength">The most characters <paramref name="text"/> may hold: the lines stop once it holds more
    /// (a hostile source's runs, each a line padded to a far column, would otherwise make a text many times its
    /// size); the caller tells the reader's limit was reached from the text's length.</param>
    public static void Write(List<PlacedRun> runs, StringBuilder text, bool partPadding = false, long maxLength = long.MaxValue)
    {
        runs.RemoveAll(static r => string.IsNullOrWhiteSpace(r.Text) || !double.IsFinite(r.X) || !double.IsFinite(r.Y)
            || !double.IsFinite(r.Width) || !double.IsFinite(r.Height));
        if (runs.Count == 0)
        {
            return;
        }

        double defaultHeight = MedianHeight(runs);
        double charWidth = CharWidth(runs, defaultHeight);
        if (partPadding)
        {
            SplitPadded(runs, charWidth);
        }
        runs.Sort((a, b) => a.Page != b.Page ? a.Page.CompareTo(b.Page) : Centre(a, defaultHeight).CompareTo(Centre(b, defaultHeight)));
        int first = 0;
        while (first < runs.Count)
        {
            int end = first;
            while (end < runs.Count && runs[end].Page == runs[first].Page)
            {
                end++;
            }

            if (first > 0)
            {
                text.Append('\f');
            }

            WritePage(runs.GetRange(first, end - first), defaultHeight, charWidth, text, maxLength);
            first = text.Length > maxLength ? runs.Count : end;
        }
    }

    /// <summary>Splits each run that pads two texts apart with a run of spaces (<c>Capaian Program</c>, forty spaces,
    /// <c>40 %</c>: groff writes an indicator row's kind and target as one string and places the tolok ukur over the
    /// spaces) into a run per text, each at the place its characters give; the text placed over the spaces then stands
    /// between them, as on the page.</summary>
    private static void SplitPadded(List<PlacedRun> runs, double charWidth)
    {
        int count = runs.Count;
        for (int i = 0; i < count; i++)
        {
            PlacedRun run = runs[i];
            string text = run.Text;
            int gap = PaddingStart(text, 0);
            if (gap < 0)
            {
                continue;
            }

            double width = run.Width > 0 ? run.Width / text.Length : charWidth;
            int start = 0;
            bool first = true;
            while (start < text.Length)
            {
                int end = gap < 0 ? text.Length : gap;
                string piece = text[start..end].Trim();
                if (piece.Length > 0)
                {
                    PlacedRun placed = run with { X = run.X + (start * width), Width = 0, Text = piece, Parted = !first };
                    if (first)
                    {
                        runs[i] = placed;
                        first = false;
                    }
                    else
                    {
                        runs.Add(placed);
                    }
                }

                if (gap < 0)
                {
                    break;
                }

                start = gap;
                while (start < text.Length && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                gap = PaddingStart(text, start);
            }
        }
    }

    /// <summary>Where the next run of <see cref="PaddingSpaces"/> or more white-space characters (spaces, U+00A0)
    /// after text starts in <paramref name="text"/> from <paramref name="from"/> on; -1 when there is none.</summary>
    private static int PaddingStart(string text, int from)
    {
        int run = 0;
        bool seenText = false;
        for (int i = from; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (seenText && ++run == PaddingSpaces)
                {
                    // The padding ends in text: a run of spaces at the end of the run is no gap between texts.
                    int next = i;
                    while (next < text.Length && char.IsWhiteSpace(text[next]))
                    {
                        next++;
                    }

                    return next < text.Length ? i - PaddingSpaces + 1 : -1;
                }
            }
            else
            {
                seenText = true;
                run = 0;
            }
        }

        return -1;
    }

    /// <summary>Writes one page: its runs grouped into lines, a blank line where the step from one line to the next
    /// is more than <see cref="BlankLineStep"/> times the page's usual step.</summary>
    private static void WritePage(List<PlacedRun> page, double defaultHeight, double charWidth, StringBuilder text, long maxLength)
    {
        var lines = new List<List<PlacedRun>>();
        var centres = new List<double>();
        double lineCentre = 0;
        double lineHeight = 0;
        double margin = double.PositiveInfinity;
        foreach (PlacedRun run in page)
        {
            margin = Math.Min(margin, run.X);
            double height = HeightOf(run, defaultHeight);
            double centre = Centre(run, defaultHeight);
            if (lines.Count == 0 || Math.Abs(centre - lineCentre) > LineTolerance * Math.Max(height, lineHeight))
            {
                lines.Add([]);
                centres.Add(centre);
                lineCentre = centre;
                lineHeight = height;
            }

            lineHeight = Math.Max(lineHeight, height);
            lines[^1].Add(run);
        }

        double step = UsualStep(centres);
        for (int i = 0; i < lines.Count && text.Length <= maxLength; i++)
        {
            if (i > 0 && step > 0 && centres[i] - centres[i - 1] > BlankLineStep * step)
            {
                text.Append('\n');
            }

            WriteLine(lines[i], margin, charWidth, text);
        }
    }

    /// <summary>The median step between successive lines of a page; 0 for a page of one line.</summary>
    private static double UsualStep(List<double> centres)
    {
        var steps = new List<double>(centres.Count);
        for (int i = 1; i < centres.Count; i++)
        {
            steps.Add(centres[i] - centres[i - 1]);
        }

        if (steps.Count == 0)
        {
            return 0;
        }

        steps.Sort();
        return steps[steps.Count / 2];
    }

    /// <summary>Writes one line's runs left to right, each at its column (its x less the page's margin).</summary>
    private static void WriteLine(List<PlacedRun> line, double margin, double charWidth, StringBuilder text)
    {
        line.Sort(static (a, b) => a.X.CompareTo(b.X));
        int lineStart = text.Length;
        double right = double.NegativeInfinity;
        foreach (PlacedRun run in line)
        {
            string words = run.Text.Trim();
            double place = Math.Round((run.X - margin) / charWidth);
            int column = place >= MaxColumn ? MaxColumn : place > 0 ? (int)place : 0;
            int written = text.Length - lineStart;
            if (written > 0)
            {
                // A gap of less than a space or two is one space (one cell in two fonts); a wider gap, or an overlap,
                // which only a short estimate of the run to the left gives, is a new cell.
                double gap = (run.X - right) / charWidth;
                bool sameCell = !run.Parted && gap >= 0 && gap < CellGap;
                int least = written + (sameCell ? 1 : 2);
                column = sameCell ? least : Math.Max(column, least);
            }

            text.Append(' ', column - written);
            text.Append(words);
            right = run.X + (run.Width > 0 ? run.Width : words.Length * charWidth);
        }

        text.Append('\n');
    }

    private static double HeightOf(PlacedRun run, double defaultHeight) => run.Height > 0 ? run.Height : defaultHeight;

    private static double Centre(PlacedRun run, double defaultHeight) => run.Y + (HeightOf(run, defaultHeight) / 2);

    /// <summary>The median of the runs' known heights; 1 when none is known (the unit is then the source's).</summary>
    private static double MedianHeight(List<PlacedRun> runs)
    {
        var heights = new List<double>(runs.Count);
        foreach (PlacedRun run in runs)
        {
            if (run.Height > 0)
            {
                heights.Add(run.Height);
            }
        }

        if (heights.Count == 0)
        {
            return 1;
        }

        heights.Sort();
        return heights[heights.Count / 2];
    }

    /// <summary>A character's width: from the runs' widths where known, else from their height.</summary>
    private static double CharWidth(List<PlacedRun> runs, double defaultHeight)
    {
        double width = 0;
        long characters = 0;
        foreach (PlacedRun run in runs)
        {
            if (run.Width > 0)
            {
                width += run.Width;
                characters += run.Text.Trim().Length;
            }
        }

        double estimate = characters > 0 && width > 0 ? width / characters : WidthPerHeight * defaultHeight;
        return double.IsFinite(estimate) && estimate > 0 ? estimate : 1; // runs too far apart or too small to measure
    }
}
