using System;
using System.IO;
using Rkaskpd.Utility;

namespace Rkaskpd.Text;

/// <summary>Writes form text into <see cref="RkaMarkdownWriter"/>'s report so that it can never change the report's
/// structure: HTML fragments turned into plain text, the characters <c>\ ` * _ [ ] &lt; &gt; |</c> escaped with a
/// backslash, line breaks and tabs in cells turned into spaces, and a paragraph line that would start a heading, quote
/// or list escaped.</summary>
internal static class MarkdownText
{
    /// <summary>Writes prose: each non-empty line a paragraph, Markdown escaped; <c>_(kosong)_</c> when there is none.</summary>
    public static void WriteParagraphs(string plain, TextWriter writer)
    {
        bool any = false;
        foreach (Range range in plain.AsSpan().Split('\n'))
        {
            ReadOnlySpan<char> line = plain.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                continue;
            }

            WriteInline(line, writer, cell: false);
            writer.Write("\n\n");
            any = true;
        }

        if (!any)
        {
            writer.Write("_(kosong)_\n\n");
        }
    }

    /// <summary>Writes table-cell text: HTML stripped, on one line, Markdown escaped.</summary>
    public static void WriteCell(string text, TextWriter writer)
    {
        if (text.Length == 0)
        {
            return;
        }

        string plain = HtmlFragments.ContainsMarkup(text) ? HtmlFragments.ToPlainText(text) : text;
        WriteInline(plain.AsSpan().Trim(), writer, cell: true);
    }

    /// <summary>
    /// Writes text escaped for Markdown. Line breaks, carriage returns and tabs become spaces; a line that is not a cell
    /// (a paragraph) gets its leading block marker escaped.
    /// </summary>
    public static void WriteInline(ReadOnlySpan<char> text, TextWriter writer, bool cell)
    {
        if (!cell)
        {
            EscapeLineStart(ref text, writer);
        }

        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r' or '\t')
            {
                writer.Write(text[start..i]);
                writer.Write(' ');
                start = i + 1;
            }
            else if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|')
            {
                writer.Write(text[start..i]);
                writer.Write('\\');
                writer.Write(c);
                start = i + 1;
            }
        }

        writer.Write(text[start..]);
    }

    /// <summary>Escapes a leading block marker (<c>#</c>, <c>-</c>, <c>+</c>, <c>=</c>, <c>1.</c>, <c>1)</c>) of a
    /// paragraph line and advances past it.</summary>
    private static void EscapeLineStart(ref ReadOnlySpan<char> text, TextWriter writer)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (text[0] is '#' or '-' or '+' or '=')
        {
            writer.Write('\\');
            writer.Write(text[0]);
            text = text[1..];
            return;
        }

        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < text.Length && text[digits] is '.' or ')')
        {
            writer.Write(text[..digits]);
            writer.Write('\\');
            writer.Write(text[digits]);
            text = text[(digits + 1)..];
        }
    }
}
