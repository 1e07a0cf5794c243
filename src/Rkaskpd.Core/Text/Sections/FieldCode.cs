using System;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Splits a coded header field's value into its code and name as written: the code in its own tab cell, or
/// the leading run of code tokens (<c>3.05.3.05.09.01</c>, spaced <c>1 02 1.02 01</c>, ` . `-separated
/// <c>1.02 . 1.02.01 . 20</c>, a trailing dot, <c>X.XX</c> placeholders); a <c>- </c> between code and name is dropped.
/// Parsing and normalising the code is the mapper's.</summary>
internal static class FieldCode
{
    /// <summary>Splits <paramref name="value"/>; <paramref name="code"/> is null when the value starts with no code.</summary>
    /// <remarks>The value is read in place (a part of the row); only the code and the name become strings.</remarks>
    public static void Split(ReadOnlySpan<char> value, out string? code, out string name)
    {
        code = null;
        int tab = value.IndexOf('\t');
        if (tab >= 0)
        {
            ReadOnlySpan<char> first = value[..tab].Trim();
            if (first.Length > 0 && IsCodeText(first))
            {
                int rest = tab + 1;
                if (IsDigits(first))
                {
                    rest = JoinPartCells(value, rest, out int partsEnd);
                    code = partsEnd > tab ? value[..partsEnd].ToString().Replace('\t', ' ') : first.ToString();
                }
                else
                {
                    code = first.ToString();
                }

                name = StripDash(CollapseCells(value[rest..]));
                return;
            }
        }

        int end = 0;
        int i = 0;
        bool firstToken = true;
        bool previousEndsWithDot = false;
        bool previousDigitsOnly = false;
        while (i < value.Length)
        {
            int start = i;
            while (i < value.Length && !char.IsWhiteSpace(value[i]))
            {
                i++;
            }

            ReadOnlySpan<char> token = value[start..i];
            // After the first token, a part joins the code after a dot, or (spaces inside a code: "1 02 1.02 01") after
            // a part of digits only, or as a zero-led part ("01").
            bool accepted = IsCodeToken(token) && (firstToken
                ? char.IsAsciiDigit(token[0]) || token[0] is 'X' or 'x'
                : previousEndsWithDot || token[0] == '.' || previousDigitsOnly || (token[0] == '0' && token.Length <= 4 && IsDigits(token)));
            if (!accepted)
            {
                break;
            }

            end = i;
            firstToken = false;
            previousEndsWithDot = token[^1] == '.';
            previousDigitsOnly = IsDigits(token);
            while (i < value.Length && char.IsWhiteSpace(value[i]))
            {
                i++;
            }
        }

        if (end == 0)
        {
            name = CollapseCells(value);
            return;
        }

        code = value[..end].Trim().ToString();
        name = StripDash(CollapseCells(value[end..]));
    }

    /// <summary>
    /// Finds the further parts of a code written one level a cell, as spreadsheet templates do
    /// (<c>1</c>, <c>02</c>, <c>01</c>, <c>22</c> in cells of their own): from <paramref name="start"/>, the run of cells
    /// of one to four digits each. Returns where the name's cells start; <paramref name="end"/> gets the end of the
    /// last part cell (before <paramref name="start"/> when there is none). The parts are joined with spaces, as a
    /// spaced code (<c>1 02 01 22</c>) is, for the mapper to normalise.
    /// </summary>
    private static int JoinPartCells(ReadOnlySpan<char> value, int start, out int end)
    {
        end = start - 1;
        int i = start;
        while (i < value.Length)
        {
            int tab = value[i..].IndexOf('\t');
            int cellEnd = tab < 0 ? value.Length : i + tab;
            ReadOnlySpan<char> cell = value[i..cellEnd].Trim();
            if (cell.Length is 0 or > 4 || !IsDigits(cell))
            {
                break;
            }

            end = cellEnd;
            i = tab < 0 ? value.Length : cellEnd + 1;
        }

        return end < start ? start : Math.Min(end + 1, value.Length);
    }

    /// <summary>Returns whether a whole cell is a code: digits, dots, spaces and <c>X</c> placeholders, with a digit or
    /// a dot.</summary>
    private static bool IsCodeText(ReadOnlySpan<char> text)
    {
        bool digit = false;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (c is not ('.' or ' ' or 'X' or 'x'))
            {
                return false;
            }
        }

        return digit || text.Contains('.');
    }

    /// <summary>Returns whether a token is part of a code: digits and dots, or <c>X</c> placeholders with a dot.</summary>
    private static bool IsCodeToken(ReadOnlySpan<char> token)
    {
        if (token.Length == 0)
        {
            return false;
        }

        bool digit = false;
        bool dot = false;
        bool x = false;
        foreach (char c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (c == '.')
            {
                dot = true;
            }
            else if (c is 'X' or 'x')
            {
                x = true;
            }
            else
            {
                return false;
            }
        }

        return x ? dot : digit || dot;
    }
}
