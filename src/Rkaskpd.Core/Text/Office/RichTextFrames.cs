using System;
using System.Collections.Generic;
using System.Text;
using Rkaskpd.Text.Layout;

namespace Rkaskpd.Text.Office;

/// <summary>
/// The paragraphs of a Rich Text Format document placed on their page: frames (<c>\posxN\posyN</c>, with
/// <c>\abswN</c>, <c>\abshN</c>), as Crystal Reports' export writes every field and label of a report (SIMDA's prints),
/// and text boxes (<c>\shp</c> with <c>\shptxt</c>). When a document has many (<see cref="WordAnchors.MinPlacedBoxes"/>
/// or more), each box's lines are <see cref="PlacedRun"/>s, laid out after the flow text as <c>pdftotext -layout</c>
/// writes a page (<see cref="PlacedRunLayout"/>); a few boxes in a document of its own text (a framed title, a drop cap)
/// stay where they stand in the text, as <see cref="WordAnchors"/> does for a Word document's.
/// </summary>
/// <remarks>
/// A frame's place is its left and top in twips; its text is right-aligned (<c>\qr</c>) or centred (<c>\qc</c>) within
/// its width, so a number's run starts where its estimated width puts it, with the character width the layout will
/// estimate (<see cref="PlacedRunLayout.WidthPerHeight"/> of the runs' median line height). A frame of several lines'
/// height whose text is wider than the frame is wrapped at its width, as Word and the report wrapped it on the page.
/// </remarks>
internal sealed class RichTextFrames
{
    /// <summary>An average character's width in font sizes, for telling whether a frame's text fills more than its width.</summary>
    private const double WrapWidthPerSize = 0.5;

    private readonly List<Box> boxes = [];

    /// <summary>Gets how many boxes were added.</summary>
    public int Count => boxes.Count;

    /// <summary>Adds a box's text.</summary>
    /// <param name="page">The 1-based page.</param>
    /// <param name="x">The box's left from the page's left, in twips.</param>
    /// <param name="y">The box's top from the page's top, in twips.</param>
    /// <param name="width">The box's width in twips; 0 when not given.</param>
    /// <param name="height">The box's height in twips; 0 when not given.</param>
    /// <param name="align">The text's alignment: <c>'r'</c>, <c>'c'</c>, or left.</param>
    /// <param name="fontSize">The font size in twips.</param>
    /// <param name="text">The box's text, lines parted by <c>'\n'</c>.</param>
    /// <param name="at">Where in the flow text the box stands.</param>
    public void Add(int page, double x, double y, double width, double height, char align, double fontSize, string text, int at)
    {
        string[] lines = text.Replace('\t', ' ').Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            return;
        }

        if (boxes.Count > 0 && boxes[^1] is { } last && last.Page == page && last.X == x && last.Y == y && last.Width == Math.Max(0, width)
            && last.Height == Math.Abs(height) && last.At == at)
        {
            // Paragraphs one after another with the same frame share it, one under the other.
            boxes[^1] = last with { Lines = [.. last.Lines, .. lines] };
            return;
        }

        boxes.Add(new Box(page, x, y, Math.Max(0, width), Math.Abs(height), align, fontSize > 0 ? fontSize : 240, lines, at));
    }

    /// <summary>Writes the boxes: laid out by their places after the text when there are many, each where it stands
    /// otherwise; returns whether they were laid out by their places.</summary>
    /// <param name="text">The flow text; receives the boxes' lines.</param>
    /// <param name="maxLength">The most characters the text may hold: the layout stops once it holds more.</param>
    /// <returns>Whether the boxes were laid out by their places.</returns>
    public bool WriteTo(StringBuilder text, long maxLength)
    {
        if (boxes.Count == 0)
        {
            return false;
        }

        if (boxes.Count < WordAnchors.MinPlacedBoxes)
        {
            for (int i = boxes.Count - 1; i >= 0; i--)
            {
                Box box = boxes[i];
                int at = Math.Min(box.At, text.Length);
                string before = at > 0 && text[at - 1] != '\n' ? "\n" : string.Empty;
                string after = at >= text.Length || text[at] != '\n' ? "\n" : string.Empty;
                text.Insert(at, before + string.Join('\n', box.Lines) + after);
            }

            return false;
        }

        // The layout's character width comes from the runs' median line height, which wrapping changes little: it is
        // estimated from the boxes wrapped by their font size, then each box is wrapped where no line passes its width
        // in the layout's characters either.
        double charWidth = CharWidth(boxes, 0);
        var lines = new List<(Box Box, string[] Lines, double LineHeight)>(boxes.Count);
        foreach (Box box in boxes)
        {
            string[] wrapped = Wrap(box, charWidth);
            lines.Add((box, wrapped, LineHeight(box, wrapped.Length)));
        }

        charWidth = CharWidth(boxes, charWidth);
        var runs = new List<PlacedRun>();
        foreach ((Box box, string[] boxLines, double lineHeight) in lines)
        {
            for (int i = 0; i < boxLines.Length; i++)
            {
                string line = boxLines[i];
                double spare = box.Width - (line.Length * charWidth);
                double x = box.Width <= 0 || spare <= 0 ? box.X
                    : box.Align == 'r' ? box.X + spare
                    : box.Align == 'c' ? box.X + (spare / 2)
                    : box.X;
                runs.Add(new PlacedRun(box.Page, x, box.Y + (i * lineHeight), 0, lineHeight, line));
            }
        }

        return PlacedRunLayout.WriteAfter(runs, text, maxLength);
    }

    /// <summary>The character width the layout will estimate: <see cref="PlacedRunLayout.WidthPerHeight"/> of the
    /// median line height of the boxes wrapped with <paramref name="charWidth"/> (0: by their font size alone).</summary>
    private static double CharWidth(List<Box> boxes, double charWidth)
    {
        var heights = new List<double>(boxes.Count);
        foreach (Box box in boxes)
        {
            heights.Add(LineHeight(box, Wrap(box, charWidth).Length));
        }

        heights.Sort();
        return PlacedRunLayout.WidthPerHeight * heights[heights.Count / 2];
    }

    /// <summary>A line's height in a box of <paramref name="count"/> lines: the box's height shared, or a little more
    /// than its font size when the box has no height.</summary>
    private static double LineHeight(Box box, int count) => box.Height > 0 ? box.Height / count : box.FontSize * 1.2;

    /// <summary>A box's lines, each wrapped at the box's width when the box is high enough for more than one line and
    /// the line is wider than the box, in characters of the font's size or of <paramref name="charWidth"/>, whichever
    /// is wider.</summary>
    private static string[] Wrap(Box box, double charWidth)
    {
        double size = Math.Max(box.FontSize * WrapWidthPerSize, charWidth);
        if (box.Width <= 0 || box.Height < 2 * box.FontSize)
        {
            return box.Lines;
        }

        int capacity = Math.Max(1, (int)(box.Width / size));
        var wrapped = new List<string>(box.Lines.Length);
        var line = new StringBuilder();
        foreach (string text in box.Lines)
        {
            if (text.Length <= capacity)
            {
                wrapped.Add(text);
                continue;
            }

            line.Clear();
            foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > capacity)
                {
                    wrapped.Add(line.ToString());
                    line.Clear();
                }

                line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
            }

            if (line.Length > 0)
            {
                wrapped.Add(line.ToString());
            }
        }

        return [.. wrapped];
    }

    /// <summary>A box read: its page, place and size in twips, alignment, font size in twips, lines, and where in the
    /// flow text it stands.</summary>
    private sealed record Box(int Page, double X, double Y, double Width, double Height, char Align, double FontSize, string[] Lines, int At);
}
