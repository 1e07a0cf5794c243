using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Rkaskpd.Pdf;

/// <summary>
/// Recognises a page's furniture, the lines that belong to the page rather than the form: page numbers at its top or
/// bottom (<c>Halaman 2 dari 5</c>, <c>Hal. 2</c>, <c>Page 2 of 5</c>, <c>- 2 -</c>, <c>2 / 5</c>, <c>2</c>) and a
/// footer line repeated at the bottom of most pages (a print stamp), digits aside.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>How many lines at each end of a page are looked at for a page number.</summary>
    private const int Band = 2;

    /// <summary>Finds the furniture of every page.</summary>
    /// <param name="pages">Each page's lines, top to bottom.</param>
    /// <returns>For each page, the indexes of its furniture lines.</returns>
    public static HashSet<int>[] Find(List<List<PdfLine>> pages)
    {
        var found = new HashSet<int>[pages.Count];
        var footers = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (int p = 0; p < pages.Count; p++)
        {
            List<PdfLine> lines = pages[p];
            found[p] = [];
            for (int i = 0; i < lines.Count; i++)
            {
                if ((i < Band || i >= lines.Count - Band) && IsPageNumber(lines[i].Text) && !WrapsLineAbove(lines, i))
                {
                    found[p].Add(i);
                }
            }

            if (FooterCandidate(lines, found[p]) is { } last)
            {
                string key = WithoutDigits(lines[last].Text);
                if (!footers.TryGetValue(key, out List<double>? baselines))
                {
                    footers[key] = baselines = [];
                }

                baselines.Add(lines[last].Baseline);
            }
        }

        // A footer repeated on at least two pages and at least half of them, digits aside (dates, page numbers), at
        // the same height: a print stamp stands in the page's bottom margin, where the last line of a form's text
        // (the NIP of the same signatory under two forms) does not stand page after page.
        int needed = Math.Max(2, (pages.Count + 1) / 2);
        for (int p = 0; p < pages.Count; p++)
        {
            if (FooterCandidate(pages[p], found[p]) is { } last
                && AtTheSameHeight(footers[WithoutDigits(pages[p][last].Text)], pages[p][last]) >= needed)
            {
                found[p].Add(last);
            }
        }

        return found;
    }

    /// <summary>The last line of a page that is no page number and could be a footer (a signatory's <c>NIP</c> line
    /// never is), or null.</summary>
    private static int? FooterCandidate(List<PdfLine> lines, HashSet<int> furniture) =>
        LastOther(lines, furniture) is { } last && !lines[last].Text.TrimStart().StartsWith("NIP", StringComparison.OrdinalIgnoreCase)
            ? last
            : null;

    /// <summary>How many of the <paramref name="baselines"/> of a footer's text stand at the height of
    /// <paramref name="line"/>, within a line's height.</summary>
    private static int AtTheSameHeight(List<double> baselines, PdfLine line)
    {
        int count = 0;
        foreach (double baseline in baselines)
        {
            count += Math.Abs(baseline - line.Baseline) <= Math.Max(1.0, line.Size) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Whether a line is a page number.</summary>
    /// <param name="text">The line's text.</param>
    /// <returns>True for a page number.</returns>
    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text.Trim());

    /// <summary>Whether a line follows the line above it at a line's height and starts where a word of it starts: a
    /// cell's last wrapped line (a year, <c>2020</c>, on a line of its own at the foot of a page), which a page number,
    /// set apart from the text, is not.</summary>
    private static bool WrapsLineAbove(List<PdfLine> lines, int i)
    {
        if (i == 0)
        {
            return false;
        }

        PdfLine above = lines[i - 1], line = lines[i];
        double size = Math.Max(above.Size, line.Size);
        if (above.Baseline - line.Baseline > PdfTextBuilder.WrapStep * size)
        {
            return false;
        }

        foreach (PlacedWord word in above.Words)
        {
            if (Math.Abs(word.Left - line.Left) <= PdfTextBuilder.AlignTolerance(size))
            {
                return true;
            }
        }

        return false;
    }

    private static int? LastOther(List<PdfLine> lines, HashSet<int> furniture)
    {
        for (int i = lines.Count - 1; i >= 0; i--)
        {
            if (!furniture.Contains(i))
            {
                return i;
            }
        }

        return null;
    }

    private static string WithoutDigits(string text) => Digits().Replace(text, "#");

    [GeneratedRegex(@"^(?:(?:halaman|hal\.?|page|pg\.?)\s*\d{1,5}(?:\s*(?:dari|of|/)\s*\d{1,5})?|[-–]?\s*\d{1,5}\s*[-–]?|\d{1,5}\s*/\s*\d{1,5})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Digits();
}
