using Rkaskpd.Utility;
using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;

namespace Rkaskpd.Tests.Text;

/// <summary>
/// The straightforward two-pass <c>HtmlFragments.ToPlainText</c> (strip tags and decode entities into one builder, then
/// collapse whitespace into another) that the single-pass version must agree with.
/// </summary>
internal static class HtmlFragmentsReference
{
    /// <summary>Converts an HTML fragment to plain text with <c>\n</c> between blocks.</summary>
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var raw = new StringBuilder(html.Length);
        int nextGt = -2; // -2: not searched yet; -1: no '>' after the last search position
        int nextLt = -2;
        int i = 0;
        while (i < html.Length)
        {
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
                    raw.Append(IsBlockTag(html.AsSpan(i + 1, nextGt - i - 1)) ? '\n' : ' ');
                    i = nextGt + 1;
                    continue;
                }
            }
            else if (c == '&' && TryDecodeEntity(html.AsSpan(i), out string? decoded, out int consumed))
            {
                raw.Append(decoded);
                i += consumed;
                continue;
            }

            raw.Append(c);
            i++;
        }

        return Collapse(raw);
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

    private static bool TryDecodeEntity(ReadOnlySpan<char> text, out string? decoded, out int consumed)
    {
        decoded = null;
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
                decoded = code == 0xA0 ? " " : char.ConvertFromUtf32(code);
                consumed = semicolon + 1;
                return true;
            }

            return false;
        }

        decoded = body switch
        {
            "nbsp" => " ",
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            "apos" => "'",
            "ndash" => "\u2013",
            "mdash" => "\u2014",
            "rarr" => "\u2192",
            "bull" => "\u2022",
            "hellip" => "\u2026",
            "laquo" => "\u00AB",
            "raquo" => "\u00BB",
            _ => OtherNamed(body.ToString()),
        };
        consumed = decoded is null ? 0 : semicolon + 1;
        return decoded is not null;
    }

    /// <summary>Any other HTML 4 named entity, by <see cref="WebUtility.HtmlDecode(string)"/>.</summary>
    private static string? OtherNamed(string name)
    {
        if (!name.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetter(name[0]))
        {
            return null;
        }

        string entity = "&" + name + ";";
        string decoded = WebUtility.HtmlDecode(entity);
        return decoded == entity ? null : decoded;
    }

    /// <summary>Collapses spaces, trims lines and drops blank lines.</summary>
    private static string Collapse(StringBuilder raw)
    {
        var result = new StringBuilder(raw.Length);
        bool pendingSpace = false;
        bool pendingBreak = false;
        foreach (ReadOnlyMemory<char> chunk in raw.GetChunks())
        {
            foreach (char c in chunk.Span)
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
                    if (result.Length > 0)
                    {
                        if (pendingBreak)
                        {
                            result.Append('\n');
                        }
                        else if (pendingSpace)
                        {
                            result.Append(' ');
                        }
                    }

                    pendingBreak = false;
                    pendingSpace = false;
                    result.Append(c);
                }
            }
        }

        return result.ToString();
    }
}
