using System;

namespace Rkaskpd.Text.Sections;

/// <summary>Prepares a logical row for the section readers when the text came through Markdown (a document site's
/// copy, a converter's output): removes emphasis (<c>**</c>) and heading marks (<c>#</c>), turns a Markdown table row
/// (<c>| a | b |</c>) into tab cells, and recognises table rules (<c>|---|:--:|</c>, <c>+-----+</c>) that carry no
/// content. Text without these marks passes through as the same string.</summary>
internal static class MarkdownRow
{
    /// <summary>Removes Markdown emphasis and heading marks and turns a Markdown table row into tab cells; the result
    /// has no trailing white space, and is empty for a blank line.</summary>
    public static string Clean(string raw)
    {
        string text = raw.Contains("**", StringComparison.Ordinal) ? raw.Replace("**", string.Empty, StringComparison.Ordinal) : raw;
        ReadOnlySpan<char> trimmed = text.AsSpan().Trim(); // a view: most lines need no copy
        if (trimmed.Length > 0 && trimmed[0] == '#')
        {
            text = trimmed.TrimStart('#').ToString();
            trimmed = text.AsSpan().Trim();
        }

        if (trimmed.Length > 1 && trimmed[0] == '|')
        {
            string inner = trimmed[1..].ToString();
            if (inner.EndsWith('|'))
            {
                inner = inner[..^1];
            }

            string[] cells = inner.Split('|');
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = cells[i].Trim();
            }

            // An empty first cell keeps a leading tab, as in the tab layout.
            return string.Join('\t', cells).TrimEnd();
        }

        return trimmed.Length == 0 ? string.Empty : text.TrimEnd();
    }

    /// <summary>Cleans a row as <see cref="Clean(string)"/> does, without copying it when it has no Markdown marks (most
    /// rows): the row then is a slice of <paramref name="raw"/> without its trailing white space.</summary>
    public static ReadOnlyMemory<char> Clean(ReadOnlyMemory<char> raw)
    {
        ReadOnlySpan<char> span = raw.Span;
        ReadOnlySpan<char> trimmed = span.Trim();
        if (trimmed.Length == 0)
        {
            return ReadOnlyMemory<char>.Empty;
        }

        if (trimmed[0] is '#' or '|' || span.Contains("**", StringComparison.Ordinal))
        {
            return Clean(raw.ToString()).AsMemory();
        }

        return raw[..span.TrimEnd().Length];
    }

    /// <summary>Returns the length of a cleaned row's leading white space: <see cref="Clean(string)"/> leaves no trailing white
    /// space, so the trimmed row is the text past it (a non-empty cleaned row has a character that is not white
    /// space).</summary>
    public static int LeadingWhiteSpace(ReadOnlySpan<char> text)
    {
        int lead = 0;
        while (char.IsWhiteSpace(text[lead]))
        {
            lead++;
        }

        return lead;
    }

    /// <summary>Returns whether a line is a table rule: dashes with only colons, bars, spaces, tabs, plus and equals
    /// signs.</summary>
    public static bool IsTableRule(ReadOnlySpan<char> text)
    {
        bool dash = false;
        foreach (char c in text)
        {
            if (c == '-')
            {
                dash = true;
            }
            else if (c is not (':' or '|' or ' ' or '\t' or '+' or '='))
            {
                return false;
            }
        }

        return dash;
    }
}
