using System;

namespace Rkaskpd.Text;

/// <summary>
/// The letters that the entries of a vocabulary list start with, as a bit mask of <c>a</c>–<c>z</c>: a test of one
/// character that rules out most positions before <see cref="RawLabels.TryMatchWords"/> compares a single entry. Every
/// line the layout stage classifies is matched against some sixty labels, headings and kinds, and nearly every one of
/// those comparisons fails on the first character.
/// </summary>
/// <remarks>
/// The test never rules out a position where an entry could match: <see cref="RawLabels.TryMatchWords"/> compares with
/// <see cref="char.ToUpperInvariant"/>, which with ICU maps one non-ASCII letter to an ASCII one (the long s, <c>ſ</c>, to <c>S</c>), so a
/// non-ASCII character always passes; and a list with an entry that does not start with an ASCII letter lets every
/// character pass.
/// </remarks>
internal readonly struct WordInitials
{
    private readonly uint letters;
    private readonly bool any;

    private WordInitials(uint letters, bool any)
    {
        this.letters = letters;
        this.any = any;
    }

    /// <summary>Gets the initials of <paramref name="entries"/>.</summary>
    public static WordInitials Of<TKind>(ReadOnlySpan<(string Text, TKind Kind)> entries)
    {
        var initials = default(WordInitials);
        foreach ((string text, TKind _) in entries)
        {
            initials = initials.With(text);
        }

        return initials;
    }

    /// <summary>Gets the initials of <paramref name="entries"/>.</summary>
    public static WordInitials Of(ReadOnlySpan<string> entries)
    {
        var initials = default(WordInitials);
        foreach (string text in entries)
        {
            initials = initials.With(text);
        }

        return initials;
    }

    /// <summary>Returns whether an entry could match at <paramref name="start"/> in <paramref name="s"/>.</summary>
    public bool MayStartAt(ReadOnlySpan<char> s, int start)
    {
        if ((uint)start >= (uint)s.Length)
        {
            return false;
        }

        char c = s[start];
        uint letter = unchecked((uint)((c | 0x20) - 'a'));
        return any || (letter <= 'z' - 'a' && c < 0x80 ? (letters & (1u << (int)letter)) != 0 : c >= 0x80);
    }

    private WordInitials With(string text)
    {
        uint letter = text.Length == 0 ? uint.MaxValue : unchecked((uint)((text[0] | 0x20) - 'a'));
        return letter <= 'z' - 'a' && text[0] < 0x80
            ? new WordInitials(letters | (1u << (int)letter), any)
            : new WordInitials(letters, any: true);
    }
}
