using System;
using System.Collections.Generic;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Util;

namespace Rkaskpd.Pdf;

/// <summary>Turns a page's words into lines: words in their reading frame (<see cref="PlacedWord"/>), grouped by
/// baseline, top to bottom, split into cells by gaps and by the page's vertical ruling lines
/// (<see cref="RulingLines"/>).</summary>
internal static class PageWords
{
    /// <summary>How far apart two baselines of one line may be, in font sizes (subscripts and mixed fonts).</summary>
    private const double BaselineTolerance = 0.35;

    /// <summary>How many times a page's usual gap between words (the median) a gap must exceed to part two cells, on an
    /// OCR text layer's page (<see cref="IsOcrTextLayer"/>).</summary>
    private const double OcrGapFactor = 1.5;

    /// <summary>The most a page's text may be turned off the horizontal and still be read as skewed (a scan fed
    /// slightly askew), in radians: 5°.</summary>
    private const double MaxSkew = Math.PI / 36;

    /// <summary>The fewest slanted words a page must have for its skew to be told.</summary>
    private const int MinimumSkewedWords = 20;

    /// <summary>The fewest gaps between words a page must have for its usual gap to be told.</summary>
    private const int MinimumGaps = 20;

    /// <summary>Reads the lines of a page.</summary>
    /// <param name="page">The page.</param>
    /// <returns>The lines, top to bottom; empty when the page holds no text.</returns>
    public static List<PdfLine> LinesOf(Page page)
    {
        bool turned = HasTurnedText(page);
        RulingLines rules = turned ? RulingLines.None : RulingLines.Of(page);
        var words = new List<PlacedWord>();
        IWordExtractor extractor = turned ? NearestNeighbourWordExtractor.Instance : DefaultWordExtractor.Instance;
        List<Word> found = [.. extractor.GetWords(page.Letters)];
        if (!turned && HasLetterByLetterRun(found))
        {
            // Text printed over a string's padding reads a letter a word: the words again without the covered spaces.
            found = [.. extractor.GetWords(CoveredSpaces.Without(page.Letters))];
        }

        double skew = turned ? SkewOf(found) : 0;
        foreach (Word word in found)
        {
            if (Place(word, skew) is { } placed)
            {
                words.Add(placed);
            }
        }

        // Top to bottom, then left to right.
        words.Sort(static (a, b) => b.Baseline != a.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        var grouped = new List<(List<PlacedWord> Words, double Size)>();
        var current = new List<PlacedWord>();
        double baseline = 0;
        double size = 0;
        foreach (PlacedWord word in words)
        {
            if (current.Count > 0 && baseline - word.Baseline > BaselineTolerance * Math.Max(size, word.Size))
            {
                grouped.Add(Sorted(current, size));
                current = [];
            }

            if (current.Count == 0)
            {
                baseline = word.Baseline;
                size = word.Size;
            }

            size = Math.Max(size, word.Size);
            current.Add(word);
        }

        if (current.Count > 0)
        {
            grouped.Add(Sorted(current, size));
        }

        bool ocrLayer = IsOcrTextLayer(page);
        double cellGap = ocrLayer ? CellGapOf(grouped) : PdfLine.CellGap;
        var lines = new List<PdfLine>(grouped.Count);
        foreach ((List<PlacedWord> lineWords, double lineSize) in grouped)
        {
            List<PlacedWord> kept = ocrLayer ? WithoutTableRules(lineWords) : lineWords;
            if (kept.Count > 0)
            {
                lines.Add(new PdfLine(kept, lineSize, rules, cellGap));
            }
        }

        return lines;
    }

    /// <summary>A line of an OCR text layer without the table rules the OCR read as bars: a word that is only bars
    /// (<c>|</c>) is dropped, and the bars at either end of a word are cut (<c>35.000,00|</c>), as a person sees
    /// ruling lines of the scan where the OCR wrote them. A printed PDF's bars are kept: this is only for an OCR text
    /// layer (<see cref="IsOcrTextLayer"/>).</summary>
    private static List<PlacedWord> WithoutTableRules(List<PlacedWord> words)
    {
        var kept = new List<PlacedWord>(words.Count);
        foreach (PlacedWord word in words)
        {
            string text = word.Text.Trim('|');
            if (text.Length == word.Text.Length)
            {
                kept.Add(word);
            }
            else if (text.Length > 0)
            {
                kept.Add(word with { Text = text });
            }
        }

        return kept;
    }

    /// <summary>Whether a page's text is an OCR's text layer over a scan: most of its letters are invisible (text
    /// rendering mode 3, neither filled nor stroked), as ocrmypdf, Tesseract's PDF output and scanners' OCR software
    /// write the text they read over the page's image. A printed page's text is drawn.</summary>
    private static bool IsOcrTextLayer(Page page)
    {
        int invisible = 0, letters = 0;
        foreach (Letter letter in page.Letters)
        {
            letters++;
            invisible += letter.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip ? 1 : 0;
        }

        return letters > 0 && 2 * invisible > letters;
    }

    /// <summary>The widest gap between two words of one cell on an OCR text layer's page (<see cref="IsOcrTextLayer"/>),
    /// in font sizes: <see cref="OcrGapFactor"/> times the page's usual gap between words, and at least
    /// <see cref="PdfLine.CellGap"/>. An OCR places each word where the image shows it and stretches its letters over
    /// the word's width, so that the gap after a word is the image's gap less nothing of the space: most of a font size,
    /// where a printed space is a quarter of one, and the fixed threshold would split every line into one cell a
    /// word.</summary>
    /// <param name="lines">The page's lines, each its words left to right and its font size.</param>
    /// <returns>The gap, in font sizes.</returns>
    private static double CellGapOf(List<(List<PlacedWord> Words, double Size)> lines)
    {
        var gaps = new List<double>();
        foreach ((List<PlacedWord> lineWords, double lineSize) in lines)
        {
            for (int i = 1; i < lineWords.Count; i++)
            {
                double gap = (lineWords[i].Left - lineWords[i - 1].Right) / lineSize;
                if (gap > 0 && double.IsFinite(gap))
                {
                    gaps.Add(gap);
                }
            }
        }

        if (gaps.Count < MinimumGaps)
        {
            return PdfLine.CellGap;
        }

        gaps.Sort();
        return Math.Max(PdfLine.CellGap, OcrGapFactor * gaps[gaps.Count / 2]);
    }

    /// <summary>Whether some of the page's letters are not upright. PdfPig's default word extractor joins letters
    /// along horizontal lines only and would split turned text letter by letter; the nearest-neighbour extractor
    /// follows each letter's own direction, at some cost, so it is used only where needed.</summary>
    private static bool HasTurnedText(Page page)
    {
        foreach (Letter letter in page.Letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a page's words hold a run of single letters one after another (<c>P e r s e n t a s e</c>),
    /// as words read through spaces that other text is printed over give them (see <see cref="CoveredSpaces"/>).</summary>
    private static bool HasLetterByLetterRun(List<Word> words)
    {
        const int Run = 4;
        int run = 0;
        foreach (Word word in words)
        {
            run = word.Text.Length == 1 && char.IsLetter(word.Text[0]) ? run + 1 : 0;
            if (run == Run)
            {
                return true;
            }
        }

        return false;
    }

    private static (List<PlacedWord> Words, double Size) Sorted(List<PlacedWord> words, double size)
    {
        words.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        return (words, size);
    }

    /// <summary>The angle, in radians, by which a page's text is turned a little off the horizontal, as a scan that
    /// was not fed straight leaves it and an OCR text layer keeps it (each line drawn along its slant): the median slant
    /// of the words of three letters or more that are neither horizontal nor a quarter turn; 0 when there are fewer than
    /// <see cref="MinimumSkewedWords"/> of them or the median is more than <see cref="MaxSkew"/> off.</summary>
    /// <remarks>A row of a table scanned at 0.4° drops 3.5 pt across an A4 page, more than a line's baseline tolerance,
    /// so its jumlah would stand on a line of its own; the words are placed turned back by this angle.</remarks>
    private static double SkewOf(List<Word> words)
    {
        var slants = new List<double>();
        foreach (Word word in words)
        {
            if (word.TextOrientation == TextOrientation.Other && word.Letters.Count >= 3)
            {
                var start = word.Letters[0].StartBaseLine;
                var end = word.Letters[^1].EndBaseLine;
                double slant = Math.Atan2(end.Y - start.Y, end.X - start.X);
                if (double.IsFinite(slant) && Math.Abs(slant) <= MaxSkew)
                {
                    slants.Add(slant);
                }
            }
        }

        if (slants.Count < MinimumSkewedWords)
        {
            return 0;
        }

        slants.Sort();
        return slants[slants.Count / 2];
    }

    /// <summary>Places a word in its reading frame, a slightly turned word (<see cref="SkewOf"/>) turned back by
    /// <paramref name="skew"/>; null for a word without visible characters.</summary>
    private static PlacedWord? Place(Word word, double skew)
    {
        string text = word.Text.Trim();
        if (text.Length == 0 || word.Letters.Count == 0)
        {
            return null;
        }

        Letter first = word.Letters[0];
        Letter last = word.Letters[^1];
        double size = first.PointSize > 0 ? first.PointSize : Math.Max(word.BoundingBox.Height, 1);
        var start = first.StartBaseLine;
        var end = last.EndBaseLine;
        return word.TextOrientation switch
        {
            // PdfPig names a word's orientation by its clockwise turn. Reading down the page (turned a quarter
            // clockwise): the page is read turned anticlockwise, so lines further left are lower.
            TextOrientation.Rotate90 => new PlacedWord(text, -start.Y, -end.Y, start.X, size),
            // Reading up the page (turned a quarter anticlockwise, a landscape table printed sideways on a portrait
            // page): the page is read turned clockwise, so lines further right are lower.
            TextOrientation.Rotate270 => new PlacedWord(text, start.Y, end.Y, -start.X, size),
            TextOrientation.Rotate180 => new PlacedWord(text, -start.X, -end.X, -start.Y, size),
            TextOrientation.Other when skew != 0 => TurnedBack(text, start.X, start.Y, end.X, end.Y, skew, size),
            _ => new PlacedWord(text, start.X, Math.Max(end.X, start.X), start.Y, size),
        };
    }

    /// <summary>A word from (<paramref name="x0"/>, <paramref name="y0"/>) to (<paramref name="x1"/>,
    /// <paramref name="y1"/>) placed turned back by <paramref name="skew"/> radians.</summary>
    private static PlacedWord TurnedBack(string text, double x0, double y0, double x1, double y1, double skew, double size)
    {
        (double cos, double sin) = (Math.Cos(skew), Math.Sin(skew));
        double left = (x0 * cos) + (y0 * sin);
        double right = (x1 * cos) + (y1 * sin);
        return new PlacedWord(text, left, Math.Max(left, right), (-x0 * sin) + (y0 * cos), size);
    }
}
