using Rkaskpd.Utility;
using System;
using System.Buffers;
using System.Collections.Generic;

namespace Rkaskpd.Forms;

/// <summary>Shared scanners that split KAK section text into items. All are linear in the text length.</summary>
internal static class KakText
{
    private static readonly string[] Conjunctions = ["dan", "serta", "atau", "and"];

    /// <summary>The printable ASCII characters <see cref="TrimItem"/> never removes: not a mark it trims, not a letter of
    /// a conjunction in either case (any character outside printable ASCII is left out, so nothing it may fold to is missed).</summary>
    private static readonly SearchValues<char> NeverTrimmed = SearchValues.Create(NeverTrimmedCharacters());

    /// <summary>The ASCII digits; a search for them does not box as the generic <c>IndexOfAnyInRange</c> does until
    /// the JIT optimises it.</summary>
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly SearchValues<char> WhitespaceButSpace =
        SearchValues.Create(HtmlFragments.Whitespace.Replace(" ", string.Empty, StringComparison.Ordinal));

    /// <summary>The plain text of a section: HTML removed, whitespace collapsed, lines kept.</summary>
    public static string Plain(string text) => HtmlFragments.ToPlainText(text);

    /// <summary>
    /// Removes a leading repeat of the section's own heading (<c>Manfaat : Manfaat Menjaga ...</c> keeps
    /// <c>Menjaga ...</c>) when it is followed by a colon, or, for one-word headings, by a space and a capital letter: a
    /// heading word that starts a sentence (<c>Manfaat yang diharapkan dari kegiatan ini adalah:</c>) is kept.
    /// </summary>
    public static string StripRepeatedHeading(string plain, KakSectionKind kind)
    {
        string canonical = KakHeadings.GetCanonicalHeading(kind);
        if (plain.StartsWith(canonical, StringComparison.OrdinalIgnoreCase))
        {
            ReadOnlySpan<char> rest = plain.AsSpan(canonical.Length);
            ReadOnlySpan<char> trimmed = rest.TrimStart();
            if (trimmed.Length > 0 && trimmed[0] == ':')
            {
                return trimmed[1..].Trim().ToString();
            }

            if (rest.Length > 0 && char.IsWhiteSpace(rest[0]) && !canonical.Contains(' ', StringComparison.Ordinal)
                && !(trimmed.Length > 0 && char.IsLower(trimmed[0])))
            {
                return trimmed.ToString();
            }
        }

        return plain;
    }

    // The splitters below work on ranges of one source string (absolute, from its start): a piece is copied only once,
    // when Clean makes it an item, instead of once for each split that passes it on.

    /// <summary>Splits <paramref name="source"/> on line breaks.</summary>
    public static List<Range> SplitLines(string source) => SplitOn(source, [Range.All], '\n');

    /// <summary>Splits pieces of <paramref name="source"/> on a character such as <c>;</c>.</summary>
    public static List<Range> SplitOn(string source, List<Range> parts, char separator)
    {
        var output = new List<Range>(parts.Count);
        foreach (Range part in parts)
        {
            (int offset, int length) = part.GetOffsetAndLength(source.Length);
            ReadOnlySpan<char> s = source.AsSpan(offset, length);
            int start = 0;
            int at = s.IndexOf(separator);
            while (at >= 0)
            {
                output.Add(new Range(offset + start, offset + at));
                start = at + 1;
                int next = s[start..].IndexOf(separator);
                at = next < 0 ? -1 : start + next;
            }

            output.Add(new Range(offset + start, offset + length));
        }

        return output;
    }

    /// <summary>Splits pieces of <paramref name="source"/> on arrows and long dashes: <c>→</c>, <c>⇒</c>,
    /// <c>-&gt;</c>, <c>—</c>, <c>–</c>.</summary>
    public static List<Range> SplitArrows(string source, List<Range> parts)
    {
        var output = new List<Range>(parts.Count);
        foreach (Range part in parts)
        {
            (int offset, int length) = part.GetOffsetAndLength(source.Length);
            ReadOnlySpan<char> s = source.AsSpan(offset, length);
            int start = 0;
            for (int i = 0; i < s.Length; i++)
            {
                int width = s[i] is '\u2192' or '\u21D2' or '\u2014' or '\u2013' ? 1
                    : (s[i] is '-' or '=') && i + 1 < s.Length && s[i + 1] == '>' ? 2 : 0;
                if (width > 0)
                {
                    output.Add(new Range(offset + start, offset + i));
                    start = i + width;
                    i = start - 1;
                }
            }

            output.Add(new Range(offset + start, offset + length));
        }

        return output;
    }

    /// <summary>
    /// Splits pieces of <paramref name="source"/> on dash bullets: a <c>-</c> (or <c>•</c>) after a space or at the
    /// start. A dash between two numbers (<c>2019 - 2024</c>) or between a word and its repeat (<c>sewaktu - waktu</c>,
    /// <c>hari - hari</c>) is kept.
    /// </summary>
    public static List<Range> SplitDashes(string source, List<Range> parts)
    {
        var output = new List<Range>(parts.Count);
        foreach (Range part in parts)
        {
            (int offset, int length) = part.GetOffsetAndLength(source.Length);
            SplitDashes(source.AsSpan(offset, length), offset, output);
        }

        return output;
    }

    private static void SplitDashes(ReadOnlySpan<char> s, int offset, List<Range> output)
    {
        int start = 0;
        for (int i = s.IndexOfAny('-', '\u2022'); i >= 0; i = IndexOfAny(s, i + 1, '-', '\u2022'))
        {
            if (i > 0 && !char.IsWhiteSpace(s[i - 1]) && s[i - 1] != ':')
            {
                continue;
            }

            if (s[i] == '-' && i + 1 < s.Length && s[i + 1] == '>')
            {
                continue;
            }

            ReadOnlySpan<char> before = s[..i].TrimEnd();
            ReadOnlySpan<char> after = s[(i + 1)..].TrimStart();
            if (before.Length > 0 && after.Length > 0 && char.IsAsciiDigit(before[^1]) && char.IsAsciiDigit(after[0]))
            {
                continue;
            }

            if (before.Length > 0 && after.Length > 0 && LastWord(before).Equals(FirstWord(after), StringComparison.OrdinalIgnoreCase)
                && LastWord(before).Length > 0)
            {
                continue;
            }

            output.Add(new Range(offset + start, offset + i));
            start = i + 1;
        }

        output.Add(new Range(offset + start, offset + s.Length));
    }

    /// <summary>Returns the index of the first <paramref name="a"/> or <paramref name="b"/> at or after
    /// <paramref name="from"/>, or -1.</summary>
    private static int IndexOfAny(ReadOnlySpan<char> s, int from, char a, char b)
    {
        int found = s[from..].IndexOfAny(a, b);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>
    /// Splits list text the way the list sections write it: dash bullets, then numbered items (<c>1. a 2. b</c>, the
    /// text before the first number kept as an item), then <c>;</c>.
    /// </summary>
    public static List<Range> SplitListItems(string source, List<Range> parts)
    {
        List<Range> dashed = SplitDashes(source, parts);
        var numbered = new List<Range>(dashed.Count);
        foreach (Range part in dashed)
        {
            (int offset, int length) = part.GetOffsetAndLength(source.Length);
            int introAt = numbered.Count;
            numbered.Add(part); // the intro when the part is a numbered list, else the whole part
            if (TrySplitNumbered(source.AsSpan(offset, length), offset, allowComma: false, numbered, out Range intro))
            {
                numbered[introAt] = intro;
            }
        }

        return SplitOn(source, numbered, ';');
    }

    /// <summary>Cleans list items; a single item holding commas is a comma-separated list and is split on them.</summary>
    public static List<string> CleanListItems(string source, List<Range> parts)
    {
        List<string> cleaned = Clean(source, parts);
        return cleaned.Count == 1 && cleaned[0].Contains(',', StringComparison.Ordinal)
            ? Clean(cleaned[0], SplitOn(cleaned[0], [Range.All], ','))
            : cleaned;
    }

    /// <summary>
    /// Finds a numbered list <c>1. … 2. …</c> (also <c>1) 2)</c>, and <c>3,</c> when <paramref name="allowComma"/>) in
    /// <paramref name="source"/>: the numbers must run 1, 2, 3, … and stand after a whitespace, a colon, an opening
    /// parenthesis or at the start, followed by whitespace. At least two numbers are needed.
    /// </summary>
    /// <param name="source">The text.</param>
    /// <param name="part">The range of <paramref name="source"/> to look in.</param>
    /// <param name="allowComma">Whether <c>3,</c> is a number too.</param>
    /// <param name="items">Receives the ranges of the items, when there is a list.</param>
    /// <param name="intro">The range of the text before the first number.</param>
    /// <returns>Whether a list was found.</returns>
    public static bool TrySplitNumbered(string source, Range part, bool allowComma, List<Range> items, out Range intro)
    {
        (int offset, int length) = part.GetOffsetAndLength(source.Length);
        return TrySplitNumbered(source.AsSpan(offset, length), offset, allowComma, items, out intro);
    }

    /// <summary>Finds a numbered list in <paramref name="s"/>, which starts at <paramref name="offset"/> of the source
    /// the ranges refer to; appends the items to <paramref name="items"/> only when there is a list.</summary>
    private static bool TrySplitNumbered(ReadOnlySpan<char> s, int offset, bool allowComma, List<Range> items, out Range intro)
    {
        intro = new Range(offset, offset + s.Length);
        if (!s.Contains('1'))
        {
            return false; // a list starts at 1, which is not written without the digit 1
        }

        // Items are cut as the markers are met: each marker ends the item of the one before it. Nothing is added
        // before the second marker, and from there on the list is found.
        int firstMarker = -1;
        int body = -1; // where the item of the latest marker starts
        int expected = 1;

        // Only digits matter: the scan moves from one digit to the next (-1 when there is none).
        int i = s.IndexOfAny(Digits);
        while (i >= 0)
        {
            if (i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is ':' or '(')
            {
                int j = i;
                int value = 0;
                while (j < s.Length && char.IsAsciiDigit(s[j]) && value < 1000)
                {
                    value = (value * 10) + (s[j] - '0');
                    j++;
                }

                bool marker = j < s.Length && (s[j] is '.' or ')' || (allowComma && s[j] == ','))
                    && (j + 1 == s.Length || char.IsWhiteSpace(s[j + 1]));
                if (marker && value == expected)
                {
                    if (expected == 1)
                    {
                        firstMarker = i;
                    }
                    else
                    {
                        items.Add(new Range(offset + body, offset + i));
                    }

                    body = j + 1;
                    expected++;
                }

                i = j;
            }
            else
            {
                i++;
            }

            int next = s[i..].IndexOfAny(Digits);
            i = next < 0 ? -1 : i + next;
        }

        if (expected <= 2)
        {
            return false; // fewer than two numbers
        }

        items.Add(new Range(offset + body, offset + s.Length));
        intro = new Range(offset, offset + firstMarker);
        return true;
    }

    /// <summary>Trims bullets, separators and dangling conjunctions from pieces of <paramref name="source"/>; drops
    /// items left empty.</summary>
    public static List<string> Clean(string source, List<Range> parts)
    {
        var result = new List<string>(parts.Count);
        foreach (Range part in parts)
        {
            (int offset, int length) = part.GetOffsetAndLength(source.Length);
            string item = length == source.Length ? CleanItem(source) : CleanItem(source.AsSpan(offset, length));
            if (item.Length > 0)
            {
                result.Add(item);
            }
        }

        return result;
    }

    /// <summary>Cleans the pieces as <see cref="Clean(string, List{Range})"/> does when at least two items are left;
    /// otherwise returns an empty list without building the one item (a single item is no list).</summary>
    public static List<string> CleanList(string source, List<Range> parts)
    {
        int kept = 0;
        foreach (Range part in parts)
        {
            if (!IsBlankItem(source.AsSpan(part)) && ++kept == 2)
            {
                return Clean(source, parts);
            }
        }

        return [];
    }

    /// <summary>Trims the range <paramref name="part"/> of <paramref name="source"/> as one item.</summary>
    public static string Clean(string source, Range part)
    {
        (int offset, int length) = part.GetOffsetAndLength(source.Length);
        return length == source.Length ? CleanItem(source) : CleanItem(source.AsSpan(offset, length));
    }

    /// <summary>Trims one item.</summary>
    public static string CleanItem(string part)
    {
        ReadOnlySpan<char> trimmed = TrimItem(part);
        return trimmed.Length == part.Length && !NeedsSqueeze(trimmed) ? part : Squeeze(trimmed);
    }

    /// <summary>Trims one item as <see cref="CleanItem(ReadOnlySpan{char})"/> does, without a copy: the result is a
    /// slice of <paramref name="part"/>, or the squeezed copy only when its whitespace needs squeezing.</summary>
    public static ReadOnlySpan<char> CleanItemSlice(ReadOnlySpan<char> part)
    {
        // TrimItem leaves no whitespace at either end, so squeezing a trimmed part that needs no squeezing would give
        // it back as it is.
        ReadOnlySpan<char> trimmed = TrimItem(part);
        return NeedsSqueeze(trimmed) ? Squeeze(trimmed) : trimmed;
    }

    /// <summary>Trims one item given as a span.</summary>
    public static string CleanItem(ReadOnlySpan<char> part) => Squeeze(TrimItem(part));

    /// <summary>Returns whether <see cref="CleanItem(string)"/> would leave nothing of <paramref name="part"/>, without
    /// building the cleaned string.</summary>
    /// <remarks>Trimming only removes white space, the marks <c>-•*·:,;.</c> and the conjunctions from the ends, so a
    /// printable ASCII character that is none of those nor a letter of a conjunction is never trimmed away: a part with
    /// one (most texts, at their first word) is not blank, found without trimming.</remarks>
    public static bool IsBlankItem(ReadOnlySpan<char> part) => !part.ContainsAny(NeverTrimmed) && TrimItem(part).IsWhiteSpace();

    /// <summary>The trimming of <see cref="CleanItem(string)"/>, before whitespace is squeezed.</summary>
    private static ReadOnlySpan<char> TrimItem(ReadOnlySpan<char> part)
    {
        ReadOnlySpan<char> s = part.Trim();
        bool changed = true;
        while (changed && s.Length > 0)
        {
            changed = false;
            ReadOnlySpan<char> t = s.TrimStart("-\u2022*\u00B7:").TrimStart();
            t = t.TrimEnd(",;.:").TrimEnd();
            t = t.TrimEnd("-").TrimEnd();
            foreach (string conjunction in Conjunctions)
            {
                if (t.Length < conjunction.Length
                    || (!MayMatch(t[0], conjunction[0]) && !MayMatch(t[^1], conjunction[^1])))
                {
                    continue; // neither end can be this conjunction: every test below would fail
                }

                if (t.Equals(conjunction, StringComparison.OrdinalIgnoreCase))
                {
                    t = [];
                }
                else if (t.Length > conjunction.Length && t.StartsWith(conjunction, StringComparison.OrdinalIgnoreCase)
                    && char.IsWhiteSpace(t[conjunction.Length]))
                {
                    t = t[(conjunction.Length + 1)..].TrimStart();
                }
                else if (t.Length > conjunction.Length && t.EndsWith(conjunction, StringComparison.OrdinalIgnoreCase)
                    && char.IsWhiteSpace(t[^(conjunction.Length + 1)]))
                {
                    t = t[..^conjunction.Length].TrimEnd();
                }
            }

            if (t.Length != s.Length)
            {
                changed = true;
                s = t;
            }
        }

        return s;
    }

    private static string NeverTrimmedCharacters()
    {
        var kept = new System.Text.StringBuilder();
        for (char c = '!'; c <= '~'; c++)
        {
            bool conjunctionLetter = Array.Exists(Conjunctions, w => w.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal));
            if (!conjunctionLetter && "-*:,;.".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                kept.Append(c);
            }
        }

        return kept.ToString();
    }

    /// <summary>
    /// Returns whether <paramref name="c"/> may equal the ASCII letter <paramref name="letter"/> ignoring case: false
    /// only for an ASCII character that is another letter or no letter (a non-ASCII character such as <c>ſ</c> may
    /// still fold to an ASCII letter, so it is left to the full comparison).
    /// </summary>
    private static bool MayMatch(char c, char letter) => !char.IsAscii(c) || (c | 0x20) == letter;

    /// <summary>Collapses any run of whitespace to one space.</summary>
    public static string Squeeze(ReadOnlySpan<char> s)
    {
        s = s.Trim();
        if (!NeedsSqueeze(s))
        {
            return s.ToString();
        }

        // Squeezing never lengthens the text, so a buffer of its length suffices.
        char[]? rented = null;
        Span<char> buffer = s.Length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(s.Length));
        int length = 0;
        bool space = false;
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = c;
        }

        string result = buffer[..length].ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// Returns whether <see cref="Squeeze"/> would change <paramref name="s"/>, which is already trimmed: whether it holds
    /// whitespace other than single spaces.
    /// </summary>
    private static bool NeedsSqueeze(ReadOnlySpan<char> s) =>
        s.ContainsAny(WhitespaceButSpace) || s.Contains("  ", StringComparison.Ordinal);

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> s)
    {
        int i = s.Length;
        while (i > 0 && char.IsLetter(s[i - 1]))
        {
            i--;
        }

        return s[i..];
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s)
    {
        int i = 0;
        while (i < s.Length && char.IsLetter(s[i]))
        {
            i++;
        }

        return s[..i];
    }
}
