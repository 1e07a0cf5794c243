using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Sections;

/// <summary>Small text tests and joins the scanner and its section readers share (white space, cells, case), so each
/// reader reads a line the same way.</summary>
internal static class ScanText
{
    /// <summary>Returns the index of the first character at or after <paramref name="i"/> that is no space or tab.</summary>
    public static int SkipSpacesAndTabs(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (s[i] == '\t' || RawLabels.IsSpace(s[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>Returns the trimmed text after <paramref name="from"/>, past one optional colon.</summary>
    public static string SkipSeparator(string s, int from)
    {
        int i = SkipSpacesAndTabs(s, from);
        if (i < s.Length && s[i] == ':')
        {
            i = SkipSpacesAndTabs(s, i + 1);
        }

        return TrimmedFrom(s, i);
    }

    /// <summary>Returns <c>s[from..].Trim()</c> with one copy at most (none when it is the whole string).</summary>
    public static string TrimmedFrom(string s, int from) => Trimmed(s, from, s.Length);

    /// <summary>Returns <c>s[from..end].Trim()</c> with one copy at most (none when it is the whole string).</summary>
    public static string Trimmed(string s, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(s[from]))
        {
            from++;
        }

        while (end > from && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        return s.Substring(from, end - from);
    }

    /// <summary>Joins the non-empty tab cells of <c>value[..end]</c> with single spaces: <c>CollapseCells(value[..end])</c>
    /// without copying the part first.</summary>
    public static string CollapseCells(string value, int end) =>
        value.AsSpan(0, end).Contains('\t') ? CollapseCells(value[..end]) : Trimmed(value, 0, end);

    /// <summary>Joins the non-empty tab cells of <paramref name="value"/> with single spaces, as
    /// <see cref="CollapseCells(string)"/> does, copying a part of a row without tabs once.</summary>
    public static string CollapseCells(ReadOnlySpan<char> value) =>
        value.Contains('\t') ? CollapseCells(value.ToString()) : value.Trim().ToString();

    /// <summary>Returns the trimmed text after <paramref name="from"/>, past one optional colon, as
    /// <see cref="SkipSeparator(string, int)"/> does, in place.</summary>
    public static ReadOnlySpan<char> SeparatedValue(string s, int from)
    {
        int i = SkipSpacesAndTabs(s, from);
        if (i < s.Length && s[i] == ':')
        {
            i = SkipSpacesAndTabs(s, i + 1);
        }

        return s.AsSpan(i).Trim();
    }

    /// <summary>Joins the non-empty tab cells of <paramref name="value"/> with single spaces.</summary>
    public static string CollapseCells(string value)
    {
        if (!value.Contains('\t', StringComparison.Ordinal))
        {
            return value.Trim();
        }

        var parts = new List<string>();
        foreach (string cell in value.Split('\t'))
        {
            string c = cell.Trim();
            if (c.Length > 0)
            {
                parts.Add(c);
            }
        }

        return string.Join(' ', parts);
    }

    /// <summary>Joins two texts with <paramref name="separator"/>, leaving out an empty one.</summary>
    public static string Join(string a, string separator, string b) =>
        a.Length == 0 ? b : b.Length == 0 ? a : string.Concat(a, separator, b);

    /// <summary>Returns whether the text has an upper-case letter and no lower-case one.</summary>
    public static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        bool upper = false;
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            upper |= char.IsUpper(c);
        }

        return upper;
    }

    /// <summary>Returns whether the text has a lower-case letter.</summary>
    public static bool HasLower(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether the text has a letter.</summary>
    public static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Returns whether the text is one or more ASCII digits.</summary>
    public static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return s.Length > 0;
    }

    /// <summary>Removes a leading <c>- </c> (between a code and its name).</summary>
    public static string StripDash(string name) =>
        name.Length > 1 && name[0] is '-' or '\u2013' && name[1] == ' ' ? name[2..].TrimStart() : name;

    /// <summary>Returns whether the text contains <paramref name="part"/>, ignoring case.</summary>
    public static bool ContainsOrdinal(string s, string part) => s.Contains(part, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns whether the text starts with the words of <paramref name="prefix"/>.</summary>
    public static bool StartsWithOrdinal(string s, string prefix) => RawLabels.TryMatchWords(s, 0, prefix, out _);

    /// <summary>Returns whether the text holds only letters, white space, parentheses, hyphens and commas.</summary>
    public static bool IsWordsOnly(string s)
    {
        foreach (char c in s)
        {
            if (!(char.IsLetter(c) || char.IsWhiteSpace(c) || c is ')' or '(' or '-' or ','))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether a text names both Sebelum and Sesudah (or Setelah): a perubahan table's columns.</summary>
    public static bool IsBeforeAndAfter(string text) =>
        ContainsOrdinal(text, "Sebelum") && (ContainsOrdinal(text, "Sesudah") || ContainsOrdinal(text, "Setelah"));

    /// <summary>Formats with the invariant culture.</summary>
    public static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
