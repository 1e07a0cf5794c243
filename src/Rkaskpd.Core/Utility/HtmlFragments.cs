using System;
using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;

namespace Rkaskpd.Utility;

/// <summary>
/// Turns the HTML fragments that budgeting tools leave inside table cells (<c>&lt;p&gt;</c>, <c>&lt;ul style="..."&gt;</c>,
/// <c>&lt;li&gt;</c>, <c>&lt;br&gt;</c>, entities such as <c>&amp;nbsp;</c>) into plain text.
/// </summary>
/// <remarks>
/// Block tags (<c>p</c>, <c>br</c>, <c>li</c>, <c>ul</c>, <c>ol</c>, <c>div</c>, <c>tr</c>, headings) become line breaks; other
/// tags become a space. Entities are decoded: numeric ones (<c>&amp;#8220;</c>, <c>&amp;#x201C;</c>) and every named
/// HTML 4 entity (<c>&amp;ldquo;</c>, <c>&amp;sup2;</c>), <c>&amp;nbsp;</c> as a plain space. Runs of spaces and tabs collapse to one space, blank lines disappear and
/// every line is trimmed. A <c>&lt;</c> that does not open a tag (<c>a &lt; b</c>) is kept. The scan is linear in the
/// length of the input.
/// </remarks>
internal static class HtmlFragments
{
    /// <summary>Every character for which <see cref="char.IsWhiteSpace(char)"/> holds (checked by a test).</summary>
    internal const string Whitespace =
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000";

    /// <summary>Inputs up to this length are converted in a stack buffer.</summary>
    private const int StackLimit = 512;

    /// <summary>The characters the full scan handles one by one: markup openers and whitespace. Runs of others are copied.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create("<&" + Whitespace);

    /// <summary>Markup openers and whitespace other than <c>' '</c> and <c>'\n'</c>: text holding none of these may be plain already.</summary>
    private static readonly SearchValues<char> NotPlain = SearchValues.Create("<&" + Whitespace.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal));

    /// <summary>The characters of an entity name.</summary>
    private static readonly SearchValues<char> AsciiLettersAndDigits =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>Returns whether <paramref name="text"/> holds something that looks like a tag or an entity.</summary>
    public static bool ContainsMarkup(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '<' && i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!'))
            {
                return true;
            }

            if (text[i] == '&' && text[(i + 1)..].IndexOf(';') is > 0 and <= 10)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Converts an HTML fragment to plain text with <c>\n</c> between blocks.</summary>
    /// <remarks>
    /// Returns <paramref name="html"/> itself when the conversion would not change it (no markup, whitespace already
    /// collapsed), so plain section text costs no allocation.
    /// </remarks>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        if (IsAlreadyPlain(html))
        {
            return html;
        }

        // One pass: tags, entities and whitespace are handled as they are met. The output is never longer than the
        // input (a tag of at least three characters gives one, an entity of at least four characters gives at most
        // two, and each separator written replaces at least one whitespace character), so a buffer of the input's
        // length suffices.
        char[]? rented = null;
        Span<char> buffer = html.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(html.Length));
        var output = new Collapser(buffer);
        Span<char> decoded = stackalloc char[2];
        int nextGt = -2; // -2: not searched yet; -1: no '>' after the last search position
        int nextLt = -2;
        int i = 0;
        while (i < html.Length)
        {
            int run = html.AsSpan(i).IndexOfAny(Special);
            if (run != 0)
            {
                int length = run < 0 ? html.Length - i : run;
                output.AddRun(html.AsSpan(i, length));
                i += length;
                continue;
            }

            char c = html[i];
            if (c == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!'))
            {
                if (nextGt != -1 && nextGt < i)
                {
                    nextGt = html.IndexOf('>', i + 1);
                }

                if (nextLt != -1 && nextLt <= i)
                {
                    nextLt = html.IndexOf('<', i + 1);
                }

                if (nextGt > i && (nextLt == -1 || nextLt > nextGt))
                {
                    output.Add(IsBlockTag(html.AsSpan(i + 1, nextGt - i - 1)) ? '\n' : ' ');
                    i = nextGt + 1;
                    continue;
                }
            }
            else if (c == '&' && TryDecodeEntity(html.AsSpan(i), decoded, out int decodedLength, out int consumed))
            {
                for (int k = 0; k < decodedLength; k++)
                {
                    output.Add(decoded[k]);
                }

                i += consumed;
                continue;
            }

            output.Add(c);
            i++;
        }

        ReadOnlySpan<char> text = output.Written;
        string result = text.SequenceEqual(html) ? html : text.ToString();
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// Returns whether <see cref="ToPlainText"/> would return <paramref name="text"/> unchanged because it holds no
    /// <c>&lt;</c> or <c>&amp;</c>, no whitespace other than <c>' '</c> and <c>'\n'</c>, and these only singly between
    /// other characters. (A <c>&lt;</c> or <c>&amp;</c> that is not markup sends the text to the full scan, which then
    /// finds it unchanged.)
    /// </summary>
    private static bool IsAlreadyPlain(string text)
    {
        ReadOnlySpan<char> s = text;
        return !char.IsWhiteSpace(s[0]) && !char.IsWhiteSpace(s[^1])
            && !s.ContainsAny(NotPlain)
            && !s.Contains("  ", StringComparison.Ordinal)
            && !s.Contains(" \n", StringComparison.Ordinal)
            && !s.Contains("\n ", StringComparison.Ordinal)
            && !s.Contains("\n\n", StringComparison.Ordinal);
    }

    private static bool IsBlockTag(ReadOnlySpan<char> inside)
    {
        int start = inside.Length > 0 && inside[0] == '/' ? 1 : 0;
        int end = start;
        while (end < inside.Length && char.IsAsciiLetterOrDigit(inside[end]))
        {
            end++;
        }

        ReadOnlySpan<char> name = inside[start..end];
        return name.Equals("p", StringComparison.OrdinalIgnoreCase)
            || name.Equals("br", StringComparison.OrdinalIgnoreCase)
            || name.Equals("li", StringComparison.OrdinalIgnoreCase)
            || name.Equals("ul", StringComparison.OrdinalIgnoreCase)
            || name.Equals("ol", StringComparison.OrdinalIgnoreCase)
            || name.Equals("div", StringComparison.OrdinalIgnoreCase)
            || name.Equals("tr", StringComparison.OrdinalIgnoreCase)
            || name.Equals("table", StringComparison.OrdinalIgnoreCase)
            || (name.Length == 2 && (name[0] is 'h' or 'H') && name[1] is >= '1' and <= '6');
    }

    /// <summary>Decodes the entity at the start of <paramref name="text"/> (<c>&amp;amp;</c>, <c>&amp;#8211;</c>,
    /// <c>&amp;#x201C;</c>, any named HTML 4 entity) into <paramref name="decoded"/> (at least two characters).</summary>
    /// <param name="text">Text starting with <c>&amp;</c>.</param>
    /// <param name="decoded">Receives the one or two characters of the entity.</param>
    /// <param name="decodedLength">The characters written.</param>
    /// <param name="consumed">The characters of <paramref name="text"/> the entity took, its <c>;</c> included.</param>
    /// <param name="keepNoBreakSpace">Whether <c>&amp;nbsp;</c> and <c>&amp;#160;</c> give U+00A0 (a page's text, where
    /// it is a space that does not collapse) rather than a plain space (a fragment's text).</param>
    /// <returns>Whether an entity was decoded.</returns>
    internal static bool TryDecodeEntity(ReadOnlySpan<char> text, Span<char> decoded, out int decodedLength, out int consumed, bool keepNoBreakSpace = false)
    {
        decodedLength = 0;
        consumed = 0;
        int semicolon = text[..Math.Min(text.Length, 12)].IndexOf(';');
        if (semicolon < 2)
        {
            return false;
        }

        ReadOnlySpan<char> body = text[1..semicolon];
        if (body[0] == '#')
        {
            bool hex = body.Length > 1 && body[1] is 'x' or 'X';
            ReadOnlySpan<char> digits = hex ? body[2..] : body[1..];
            if (int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out int code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF))
            {
                decodedLength = code == 0xA0 && !keepNoBreakSpace ? Write(decoded, ' ') : new Rune(code).EncodeToUtf16(decoded);
                consumed = semicolon + 1;
                return true;
            }

            return false;
        }

        char named = body switch
        {
            "nbsp" => keepNoBreakSpace ? '\u00A0' : ' ',
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "ndash" => '\u2013',
            "mdash" => '\u2014',
            "rarr" => '\u2192',
            "bull" => '\u2022',
            "hellip" => '\u2026',
            "laquo" => '\u00AB',
            "raquo" => '\u00BB',
            _ => '\0',
        };
        if (named == '\0')
        {
            return TryDecodeOtherNamed(text[..(semicolon + 1)], body, decoded, out decodedLength, out consumed);
        }

        decodedLength = Write(decoded, named);
        consumed = semicolon + 1;
        return true;
    }

    /// <summary>
    /// Decodes a named entity outside the common few (<c>&amp;ldquo;</c>, <c>&amp;sup2;</c>, <c>&amp;eacute;</c>, ...)
    /// with <see cref="WebUtility.HtmlDecode(string)"/>, which knows every HTML 4 entity. Only a name of ASCII letters
    /// and digits is looked up, so ordinary text with an <c>&amp;</c> costs no allocation.
    /// </summary>
    private static bool TryDecodeOtherNamed(ReadOnlySpan<char> entity, ReadOnlySpan<char> name, Span<char> decoded, out int decodedLength, out int consumed)
    {
        decodedLength = 0;
        consumed = 0;
        if (!char.IsAsciiLetter(name[0]) || name.ContainsAnyExcept(AsciiLettersAndDigits))
        {
            return false;
        }

        string written = entity.ToString();
        string result = WebUtility.HtmlDecode(written);
        if (result.Length is 0 or > 2 || result.Length > decoded.Length || string.Equals(result, written, StringComparison.Ordinal))
        {
            return false;
        }

        result.AsSpan().CopyTo(decoded);
        decodedLength = result.Length;
        consumed = entity.Length;
        return true;
    }

    private static int Write(Span<char> destination, char c)
    {
        destination[0] = c;
        return 1;
    }

    /// <summary>
    /// Collapses spaces, trims lines and drops blank lines as characters are added: a run of whitespace becomes one
    /// space, or one <c>\n</c> when it holds a line break, and only when text follows on both sides.
    /// </summary>
    private ref struct Collapser(Span<char> buffer)
    {
        private readonly Span<char> buffer = buffer;
        private int length;
        private bool pendingSpace;
        private bool pendingBreak;

        /// <summary>Gets the text collapsed so far.</summary>
        public readonly ReadOnlySpan<char> Written => buffer[..length];

        /// <summary>Adds a run of raw text that holds no whitespace.</summary>
        public void AddRun(ReadOnlySpan<char> run)
        {
            WritePendingSeparator();
            run.CopyTo(buffer[length..]);
            length += run.Length;
        }

        /// <summary>Writes the line break or space owed before the next visible character (none at the start).</summary>
        private void WritePendingSeparator()
        {
            if (length > 0)
            {
                if (pendingBreak)
                {
                    buffer[length++] = '\n';
                }
                else if (pendingSpace)
                {
                    buffer[length++] = ' ';
                }
            }

            pendingBreak = false;
            pendingSpace = false;
        }

        /// <summary>Adds one character of the raw text.</summary>
        public void Add(char c)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                pendingBreak = true;
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = true;
            }
            else
            {
                WritePendingSeparator();
                buffer[length++] = c;
            }
        }
    }
}
