using System;

namespace Rkaskpd.Text.HtmlPage;

/// <summary>
/// Tells an HTML page from form text by how the document starts: after a byte order mark and white space, with
/// <c>&lt;!DOCTYPE html</c>, <c>&lt;html</c> (Word's and Excel's <c>&lt;html xmlns:o=...&gt;</c> too), <c>&lt;head</c>,
/// <c>&lt;body</c>, <c>&lt;table</c> or <c>&lt;meta</c>, in any case; an XML declaration (<c>&lt;?xml ...?&gt;</c>) or
/// comments (<c>&lt;!-- saved from url=... --&gt;</c>) before it are passed over.
/// </summary>
/// <remarks>
/// Only the first <see cref="Length"/> characters are looked at, and form text is told apart at its first character
/// that is not white space (it is not <c>&lt;</c>), so the check costs the text path nothing worth measuring.
/// </remarks>
internal static class HtmlStart
{
    /// <summary>The most characters looked at from the document's start.</summary>
    public const int Length = 4096;

    private const char ByteOrderMark = '\uFEFF';

    /// <summary>Returns whether a document starting with <paramref name="start"/> is an HTML page.</summary>
    /// <param name="start">The document's first characters (more than <see cref="Length"/> are not looked at).</param>
    /// <returns>Whether it starts as an HTML page does.</returns>
    public static bool Is(ReadOnlySpan<char> start)
    {
        ReadOnlySpan<char> rest = start.Length > Length ? start[..Length] : start;
        if (rest.Length > 0 && rest[0] == ByteOrderMark)
        {
            rest = rest[1..];
        }

        for (int skipped = 0; skipped < 8; skipped++)
        {
            rest = rest.TrimStart();
            if (rest.Length == 0 || rest[0] != '<')
            {
                return false;
            }

            int end;
            if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                end = rest.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    return false;
                }

                rest = rest[(end + 3)..];
                continue;
            }

            if (rest.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
            {
                end = rest.IndexOf('>');
                if (end < 0)
                {
                    return false;
                }

                rest = rest[(end + 1)..];
                continue;
            }

            return Opens(rest, "<!doctype html") || Opens(rest, "<html") || Opens(rest, "<head") || Opens(rest, "<body")
                || Opens(rest, "<table") || Opens(rest, "<meta");
        }

        return false;
    }

    /// <summary>Returns whether <paramref name="text"/> starts with the tag <paramref name="opening"/> followed by
    /// white space, <c>&gt;</c> or <c>/</c> (so <c>&lt;tablet</c> is no table).</summary>
    /// <remarks>The start may also end right after the name: a reader may hand over a short first block.</remarks>
    private static bool Opens(ReadOnlySpan<char> text, string opening)
    {
        if (!text.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (text.Length == opening.Length)
        {
            return true;
        }

        char next = text[opening.Length];
        return char.IsWhiteSpace(next) || next is '>' or '/';
    }
}
