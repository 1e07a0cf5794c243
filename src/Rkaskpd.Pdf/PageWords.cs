using System;
using System.Collections.Generic;
using UglyToad.PdfPig.Content;
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

        foreach (Word word in found)
        {
            if (Place(word) is { } placed)
            {
                words.Add(placed);
            }
        }

        // Top to bottom, then left to right.
        words.Sort(static (a, b) => b.Baseline != a.Baseline ? b.Baseline.CompareTo(a.Baseline) : a.Left.CompareTo(b.Left));
        var lines = new List<PdfLine>();
        var current = new List<PlacedWord>();
        double baseline = 0;
        double size = 0;
        foreach (PlacedWord word in words)
        {
            if (current.Count > 0 && baseline - word.Baseline > BaselineTolerance * Math.Max(size, word.Size))
            {
                lines.Add(Line(current, size, rules));
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
            lines.Add(Line(current, size, rules));
        }

        return lines;
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

    private static PdfLine Line(List<PlacedWord> words, double size, RulingLines rules)
    {
        words.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        return new PdfLine(words, size, rules);
    }

    /// <summary>Places a word in its reading frame; null for a word without visible characters.</summary>
    private static PlacedWord? Place(Word word)
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
            _ => new PlacedWord(text, start.X, Math.Max(end.X, start.X), start.Y, size),
        };
    }
}
