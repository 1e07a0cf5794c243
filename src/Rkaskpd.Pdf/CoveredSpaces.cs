using System;
using System.Collections.Generic;
using UglyToad.PdfPig.Content;

namespace Rkaskpd.Pdf;

/// <summary>Drops the space characters that other text is printed over. Some producers (groff's <c>gropdf</c>) write a
/// table row's first and last cells as one string padded with spaces and place the middle cell's words over those
/// spaces; read in order along the line, every letter of the middle cell would stand between two spaces and make a
/// word of its own (<c>P e r s e n t a s e</c>). A space is only a gap, so one that has a visible letter over it is
/// no part of the text.</summary>
internal static class CoveredSpaces
{
    /// <summary>How far apart two baselines may be, in font sizes, for a letter to cover a space.</summary>
    private const double BaselineTolerance = 0.35;

    /// <summary>The largest font size taken as it is (a title's 72 points fit); a larger one, which only a broken or
    /// hostile file gives, counts as this, so the search around a space stays a few rows and letters wide.</summary>
    private const double MaxSize = 100;

    /// <summary>The farthest a letter may stand from the page's origin, in points, and still be placed (a page is at
    /// most a few thousand points; NaN is none).</summary>
    private const double MaxCoordinate = 1e6;

    /// <summary>Returns the letters without the upright spaces that an upright visible letter overlaps on the same
    /// baseline; the list itself when there is none (the usual case), so nothing is copied.</summary>
    public static IReadOnlyList<Letter> Without(IReadOnlyList<Letter> letters)
    {
        // The visible letters by the whole point of their baseline, each row sorted by left edge.
        Dictionary<long, List<Placed>>? rows = null;
        bool anySpace = false;
        foreach (Letter letter in letters)
        {
            if (letter.TextOrientation != TextOrientation.Horizontal)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                anySpace = true;
                continue;
            }

            Placed placed = Place(letter);
            if (!placed.IsSane)
            {
                continue;
            }

            rows ??= [];
            long key = (long)Math.Floor(placed.Baseline);
            if (!rows.TryGetValue(key, out List<Placed>? row))
            {
                rows[key] = row = [];
            }

            row.Add(placed);
        }

        if (!anySpace || rows is null)
        {
            return letters;
        }

        foreach (List<Placed> row in rows.Values)
        {
            row.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        }

        List<Letter>? kept = null;
        for (int i = 0; i < letters.Count; i++)
        {
            Letter letter = letters[i];
            bool covered = letter.TextOrientation == TextOrientation.Horizontal && string.IsNullOrWhiteSpace(letter.Value)
                && Place(letter) is { IsSane: true } space && IsCovered(space, rows);
            if (covered && kept is null)
            {
                kept = new List<Letter>(letters.Count);
                for (int j = 0; j < i; j++)
                {
                    kept.Add(letters[j]);
                }
            }

            if (!covered)
            {
                kept?.Add(letter);
            }
        }

        return kept ?? letters;
    }

    private static Placed Place(Letter letter) => new(
        letter.StartBaseLine.Y,
        Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X),
        Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X),
        letter.PointSize > 0 ? Math.Min(letter.PointSize, MaxSize) : 1);

    /// <summary>Whether a visible letter on the space's baseline overlaps the middle half of the space's advance.</summary>
    private static bool IsCovered(Placed space, Dictionary<long, List<Placed>> rows)
    {
        double width = space.Right - space.Left;
        if (width <= 0)
        {
            return false;
        }

        double left = space.Left + (width / 4);
        double right = space.Right - (width / 4);
        double tolerance = BaselineTolerance * space.Size;
        for (long key = (long)Math.Floor(space.Baseline - tolerance); key <= (long)Math.Floor(space.Baseline + tolerance); key++)
        {
            if (!rows.TryGetValue(key, out List<Placed>? row))
            {
                continue;
            }

            // The first letter that starts at or past the space's middle part cannot cover it; letters are narrower
            // than a few font sizes, so the search goes back from there only so far.
            int hi = row.BinarySearch(new Placed(0, right, 0, 0), LeftComparer.Instance);
            for (int k = (hi < 0 ? ~hi : hi) - 1; k >= 0 && row[k].Left >= left - (4 * row[k].Size); k--)
            {
                if (row[k].Right > left && Math.Abs(row[k].Baseline - space.Baseline) <= tolerance)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A letter's baseline, the left and right ends of its advance, and its font size (at most
    /// <see cref="MaxSize"/>).</summary>
    private readonly record struct Placed(double Baseline, double Left, double Right, double Size)
    {
        /// <summary>Gets whether the letter stands on a page: finite coordinates within <see cref="MaxCoordinate"/>
        /// (a broken or hostile file's letter far off any page covers nothing and is covered by nothing).</summary>
        public bool IsSane => Math.Abs(Baseline) <= MaxCoordinate && Math.Abs(Left) <= MaxCoordinate && Math.Abs(Right) <= MaxCoordinate;
    }

    private sealed class LeftComparer : IComparer<Placed>
    {
        public static readonly LeftComparer Instance = new();

        public int Compare(Placed x, Placed y) => x.Left.CompareTo(y.Left);
    }
}
