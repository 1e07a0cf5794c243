using System;
using System.Globalization;

namespace Rkaskpd.Text;

/// <summary>Reads the <c>volume</c> cell of a rincian row: <c>12</c>, <c>1.200</c> (dots between thousands),
/// <c>2,5</c> (decimal comma), <c>12 x 1</c> or <c>12 bulan x 2 orang</c> (factors, multiplied: SIMDA writes the
/// volume as its factors). Words after a number (units, with their power: <c>M3</c>, <c>m²</c>) are ignored; anything
/// else makes the cell unreadable.</summary>
internal static class RincianVolume
{
    /// <summary>Reads a volume; never throws.</summary>
    /// <param name="text">The cell as written.</param>
    /// <param name="value">The volume (the product of the factors), or 0.</param>
    /// <returns>Whether the cell is a volume.</returns>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0m;
        decimal product = 1m;
        bool expectNumber = true;
        bool any = false;
        int i = 0;
        try
        {
            while (i < text.Length)
            {
                char c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (char.IsAsciiDigit(c))
                {
                    if (!expectNumber)
                    {
                        return false; // two numbers without a separator: "1 200"
                    }

                    int start = i;
                    while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is '.' or ','))
                    {
                        i++;
                    }

                    if (!TryNumber(text.AsSpan(start, i - start).TrimEnd(".,"), out decimal number))
                    {
                        return false;
                    }

                    product = any ? product * number : number;
                    any = true;
                    expectNumber = false;
                }
                else if (c is '\u00D7' or '*')
                {
                    if (expectNumber)
                    {
                        return false;
                    }

                    expectNumber = true;
                    i++;
                }
                else if (char.IsLetter(c))
                {
                    int start = i;
                    while (i < text.Length && char.IsLetter(text[i]))
                    {
                        i++;
                    }

                    bool times = i - start == 1 && text[start] is 'x' or 'X';
                    if (!times && !expectNumber && i < text.Length && text[i] is '2' or '3' or '\u00B2' or '\u00B3'
                        && (i + 1 == text.Length || !char.IsAsciiDigit(text[i + 1])))
                    {
                        i++; // a unit's power: "360 M3", "125 m2", "12,5 m²"
                    }

                    if (times)
                    {
                        if (expectNumber)
                        {
                            return false;
                        }

                        expectNumber = true;
                    }
                    else if (expectNumber)
                    {
                        return false; // a word where a number is due: "sepuluh", "x x"
                    }
                }
                else if (c is '/' or '-' or '.' or '(' or ')' && !expectNumber)
                {
                    i++; // unit punctuation: "org/bln", "(OB)"
                }
                else
                {
                    return false;
                }
            }
        }
        catch (OverflowException)
        {
            return false;
        }

        if (!any || expectNumber)
        {
            return false;
        }

        value = product;
        return true;
    }

    /// <summary>Returns whether a cell under SIPD's <c>Koefisien</c> heading is a koefisien (a number with its unit,
    /// <c>12 Bulan</c>, or factors, <c>12 Bulan x 2 Orang</c>) rather than a number alone (<c>12</c>, <c>2,5</c>): a
    /// number alone there is the line's volume without a koefisien, as the writers print a line that has none.</summary>
    /// <param name="text">The cell as written.</param>
    /// <returns>Whether the cell holds more than a number.</returns>
    public static bool IsKoefisien(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c) && c is not '.' and not ',' && !char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads one number: dots between groups of three digits are thousands separators, a comma is the decimal
    /// mark; a single dot not followed by exactly three digits is read as a decimal point.</summary>
    private static bool TryNumber(ReadOnlySpan<char> s, out decimal number)
    {
        number = 0m;
        int comma = s.IndexOf(',');
        if (comma >= 0 && s[(comma + 1)..].IndexOfAny('.', ',') >= 0)
        {
            return false;
        }

        ReadOnlySpan<char> whole = comma >= 0 ? s[..comma] : s;
        ReadOnlySpan<char> fraction = comma >= 0 ? s[(comma + 1)..] : [];
        int dots = whole.Count('.');
        Span<char> buffer = stackalloc char[64];
        if (s.Length > buffer.Length - 1)
        {
            return false;
        }

        int n = 0;
        if (dots == 0)
        {
            whole.CopyTo(buffer);
            n = whole.Length;
        }
        else if (GroupedByThousands(whole))
        {
            foreach (char c in whole)
            {
                if (c != '.')
                {
                    buffer[n++] = c;
                }
            }
        }
        else if (dots == 1 && comma < 0)
        {
            // "2.5": an English decimal point.
            whole.CopyTo(buffer);
            return decimal.TryParse(buffer[..whole.Length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
        }
        else
        {
            return false;
        }

        if (n == 0)
        {
            return false;
        }

        if (comma >= 0)
        {
            if (fraction.IsEmpty)
            {
                return false;
            }

            buffer[n++] = '.';
            fraction.CopyTo(buffer[n..]);
            n += fraction.Length;
        }

        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    private static bool GroupedByThousands(ReadOnlySpan<char> whole)
    {
        int first = whole.IndexOf('.');
        if (first is < 1 or > 3)
        {
            return false;
        }

        int run = 0;
        for (int i = first + 1; i < whole.Length; i++)
        {
            if (whole[i] == '.')
            {
                if (run != 3)
                {
                    return false;
                }

                run = 0;
            }
            else
            {
                run++;
            }
        }

        return run == 3;
    }
}
