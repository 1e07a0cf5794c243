using System;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Tells a header field's value wrapped onto the next line by the print (a long <c>Kegiatan : ... Desa</c>,
/// then <c>Sukamaju</c>) from any other line that came to follow a field. A print wraps a line that has reached the
/// width of the page, and the rest it carries over is a few words written the way the value is written: capitals
/// under a name in capitals, capitalised words (and the small words between them) under a name in title case. Such a
/// line joins the value quietly, as a wrapped cell of a fixed-width table does; any other line joins it with a warning
/// (RKA017) so that a reader can check what was glued. A line that ends on a small word (<c>dan</c>, <c>untuk</c>)
/// is no value's end: it goes on.</summary>
internal static class WrappedValue
{
    /// <summary>The length a trimmed line must reach before the print could have wrapped it: a header line across an
    /// A4 page is 70 to 100 characters in the texts that PDF tools and document sites give; a line of 35 characters
    /// ended because its value did.</summary>
    internal const int WrapWidth = 60;

    /// <summary>The most words a wrapped end may carry.</summary>
    private const int MaxWords = 4;

    /// <summary>The small words a title-case name writes in lower case.</summary>
    private static readonly string[] LowerWords = ["dan", "di", "ke", "dari", "yang", "untuk", "pada", "serta", "atau", "bagi", "dalam", "dengan", "oleh"];

    /// <summary>Returns whether <paramref name="line"/>, following a field line of <paramref name="fieldLineLength"/>
    /// characters whose value (before it) was <paramref name="name"/>, is that value's wrapped end.</summary>
    public static bool IsWrappedEnd(int fieldLineLength, string name, string line)
    {
        if (fieldLineLength < WrapWidth || name.Length == 0 || line.Length == 0)
        {
            return false;
        }

        bool upperName = !HasLower(name);
        int words = 0;
        ReadOnlySpan<char> last = default;
        foreach (Range range in line.AsSpan().Split(' '))
        {
            ReadOnlySpan<char> word = line.AsSpan()[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (++words > MaxWords || !IsNameWord(word) || !WrittenLike(word, upperName))
            {
                return false;
            }

            last = word;
        }

        // A value's end completes it: a line that ends on "dan" or "untuk" goes on to the next line instead.
        return words > 0 && !IsLowerWord(last);
    }

    /// <summary>Letters, with the hyphen, dot, comma, slash and brackets a name uses; no digit, colon or tab.</summary>
    private static bool IsNameWord(ReadOnlySpan<char> word)
    {
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                letter = true;
            }
            else if (c is not ('-' or '.' or ',' or '/' or '(' or ')' or '&' or '\''))
            {
                return false;
            }
        }

        return letter;
    }

    private static bool WrittenLike(ReadOnlySpan<char> word, bool upperName)
    {
        if (upperName)
        {
            return !HasLower(word);
        }

        ReadOnlySpan<char> letters = word.TrimStart("(\"'");
        return letters.Length > 0 && (char.IsUpper(letters[0]) || IsLowerWord(letters.TrimEnd(",.)")));
    }

    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        foreach (string lower in LowerWords)
        {
            if (word.SequenceEqual(lower))
            {
                return true;
            }
        }

        return false;
    }
}
