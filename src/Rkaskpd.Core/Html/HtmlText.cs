using System;
using System.IO;

namespace Rkaskpd.Html;

/// <summary>
/// Writes document text into HTML safely: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> become
/// character references, other control characters than tab and line breaks are dropped, everything else is written
/// as is (the page is UTF-8). Linear in the length of the text, writing runs of plain characters in one call.
/// </summary>
internal static class HtmlText
{
    /// <summary>Writes <paramref name="text"/> encoded; line breaks are written as spaces.</summary>
    public static void Write(TextWriter writer, string? text) => Write(writer, text.AsSpan(), lineBreaks: false);

    /// <summary>Writes <paramref name="text"/> encoded, each line break (<c>\r\n</c>, <c>\n</c>, <c>\r</c>) as <c>&lt;br&gt;</c>.</summary>
    public static void WriteLines(TextWriter writer, string? text) => Write(writer, text.AsSpan(), lineBreaks: true);

    /// <summary>Returns <paramref name="text"/> encoded.</summary>
    public static string Encode(string? text)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(writer, text);
        return writer.ToString();
    }

    private static void Write(TextWriter writer, ReadOnlySpan<char> text, bool lineBreaks)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\n' => lineBreaks ? "<br>" : " ",
                '\r' => lineBreaks ? (i + 1 < text.Length && text[i + 1] == '\n' ? string.Empty : "<br>") : (i + 1 < text.Length && text[i + 1] == '\n' ? string.Empty : " "),
                '\t' => " ",
                _ when char.IsControl(c) || c is '\uFFFE' or '\uFFFF' => string.Empty,
                _ => null,
            };
            if (replacement is null)
            {
                continue;
            }

            if (i > start)
            {
                writer.Write(text[start..i]);
            }

            writer.Write(replacement);
            start = i + 1;
        }

        if (start < text.Length)
        {
            writer.Write(text[start..]);
        }
    }
}
