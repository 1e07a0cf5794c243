using System;
using System.Buffers;

namespace Rkaskpd.Text;

/// <summary>
/// The line stage's clean-up of characters that look like a space or like nothing: web pages, Word and PDF-to-text
/// tools put no-break spaces (U+00A0, <c>&amp;nbsp;</c>), the other fixed-width spaces of U+2000–U+200A, U+202F,
/// U+205F and U+3000 where a person sees a space, and zero-width spaces (U+200B, U+2060), joiners (U+200C, U+200D),
/// soft hyphens (U+00AD) and stray byte order marks (U+FEFF) where a person sees nothing; text taken from a PDF keeps
/// the typeface's ligatures (U+FB00–U+FB06: <c>ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ</c>) where a person reads two or three letters
/// (<c>Koeﬁsien</c>, <c>Ofﬁce</c>); and Word's list bullets set in the Symbol or Wingdings font come out of a PDF or
/// a text export as private-use characters (U+F0B7 for Symbol's bullet; U+F0A7, U+F0A8, U+F0D8, U+F076, U+F0FC,
/// U+F06E, U+F071, U+F0E8 for Wingdings' squares, arrows, diamonds and ticks) where a person sees a bullet. Each line
/// is read as a person sees it: the spaces become ordinary spaces, the invisible characters are removed, the ligatures
/// become their letters and the bullets <c>•</c>, so labels, codes, amounts, cells and list items are found whichever
/// space or typeface the source used, and names are kept with ordinary spaces and letters.
/// </summary>
/// <remarks>Tabs are left alone (they separate cells), as are line breaks (the line reader splits on them). A line
/// without any of these characters is returned as the same string, found with one vectorised search.</remarks>
internal static class InvisibleCharacters
{
    private const string Spaces = "\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000";

    private const string Invisible = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";

    /// <summary>The Latin ligatures U+FB00–U+FB06, in order; <see cref="LigatureLetters"/> spells each.</summary>
    private const string Ligatures = "\uFB00\uFB01\uFB02\uFB03\uFB04\uFB05\uFB06";

    private static readonly string[] LigatureLetters = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

    /// <summary>Word's bullets in the Symbol and Wingdings fonts, as private-use characters.</summary>
    private const string SymbolBullets = "\uF0B7\uF0A7\uF0A8\uF0D8\uF076\uF0FC\uF06E\uF071\uF0E8";

    private static readonly SearchValues<char> Any = SearchValues.Create(Spaces + Invisible + Ligatures + SymbolBullets);

    /// <summary>The ASCII characters (U+0000 to U+007F). Searched for with <see cref="SearchValues{T}"/> rather than
    /// <c>IndexOfAnyExceptInRange</c>: that generic method boxes its bounds until the JIT optimises it, and the JIT app
    /// runs this search once a line, mostly before that (about 12 MB of garbage for an 11 MB document).</summary>
    private static readonly SearchValues<char> Ascii = SearchValues.Create(AsciiCharacters());

    /// <summary>Returns <paramref name="line"/> with its look-alike spaces made spaces and its invisible characters
    /// removed; the same string when it has none.</summary>
    /// <param name="line">A line as read.</param>
    /// <returns>The line as a person reads it.</returns>
    public static string Normalise(string line)
    {
        // Every character looked for is past ASCII: the ASCII run before the first other character (most lines are
        // ASCII to their end) is skipped with the fastest search there is, the set's search runs over the rest.
        int nonAscii = line.AsSpan().IndexOfAnyExcept(Ascii);
        if (nonAscii < 0)
        {
            return line;
        }

        int first = line.AsSpan(nonAscii).IndexOfAny(Any);
        return first < 0 ? line : Rewrite(line, nonAscii + first);
    }

    /// <summary>Returns <paramref name="line"/> with its look-alike spaces made spaces and its invisible characters
    /// removed: the same memory when it has none (most lines), else a new string's.</summary>
    /// <param name="line">A line as read (a slice of the document, or a string's).</param>
    /// <returns>The line as a person reads it.</returns>
    public static ReadOnlyMemory<char> Normalise(ReadOnlyMemory<char> line)
    {
        ReadOnlySpan<char> span = line.Span;
        int nonAscii = span.IndexOfAnyExcept(Ascii);
        if (nonAscii < 0 || span[nonAscii..].IndexOfAny(Any) < 0)
        {
            return line;
        }

        return Normalise(line.ToString()).AsMemory();
    }

    /// <summary>Returns the 128 ASCII characters, in order.</summary>
    private static string AsciiCharacters() => string.Create(128, 0, static (characters, _) =>
    {
        for (int i = 0; i < characters.Length; i++)
        {
            characters[i] = (char)i;
        }
    });

    private static string Rewrite(string line, int first)
    {
        return string.Create(CountKept(line, first), (line, first), static (destination, state) =>
        {
            (string source, int start) = state;
            source.AsSpan(0, start).CopyTo(destination);
            int written = start;
            for (int i = start; i < source.Length; i++)
            {
                char c = source[i];
                if (Invisible.Contains(c, StringComparison.Ordinal))
                {
                    continue;
                }

                int ligature = Ligatures.IndexOf(c, StringComparison.Ordinal);
                if (ligature >= 0)
                {
                    LigatureLetters[ligature].CopyTo(destination[written..]);
                    written += LigatureLetters[ligature].Length;
                    continue;
                }

                destination[written++] = Spaces.Contains(c, StringComparison.Ordinal) ? ' '
                    : SymbolBullets.Contains(c, StringComparison.Ordinal) ? '•' : c;
            }
        });
    }

    private static int CountKept(string line, int first)
    {
        int kept = line.Length;
        for (int i = first; i < line.Length; i++)
        {
            if (Invisible.Contains(line[i], StringComparison.Ordinal))
            {
                kept--;
            }
            else if (Ligatures.IndexOf(line[i], StringComparison.Ordinal) is int ligature and >= 0)
            {
                kept += LigatureLetters[ligature].Length - 1;
            }
        }

        return kept;
    }
}
