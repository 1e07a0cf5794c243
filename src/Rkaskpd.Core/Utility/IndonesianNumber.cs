using System;
using System.Globalization;

namespace Rkaskpd.Utility;

/// <summary>
/// Reads plain numbers the way Indonesian forms write them: <c>86,32</c> (comma decimal mark), <c>1.000</c> (dot
/// thousands separator), <c>12</c>; and, where unambiguous, <c>86.32</c> (a dot followed by other than three digits).
/// </summary>
internal static class IndonesianNumber
{
    /// <summary>Formats a number as the forms write a volume or a rate: dots between thousands, a decimal comma, no
    /// trailing zeros (<c>1.500</c>, <c>2,5</c>, <c>18.000.000</c>).</summary>
    public static string Format(decimal value) =>
        value.ToString("#,0.####", CultureInfo.InvariantCulture).Replace(',', ' ').Replace('.', ',').Replace(' ', '.');

    /// <summary>Reads a whole span as a number; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        text = text.Trim();
        if (text.IsEmpty || text.Length > 40)
        {
            return false;
        }

        bool negative = false;
        if (text[0] is '-' or '−')
        {
            negative = true;
            text = text[1..].TrimStart();
            if (text.IsEmpty)
            {
                return false;
            }
        }

        int comma = text.IndexOf(',');
        ReadOnlySpan<char> integral = comma < 0 ? text : text[..comma];
        ReadOnlySpan<char> fraction = comma < 0 ? [] : text[(comma + 1)..];
        if (comma >= 0 && (fraction.IsEmpty || !IsDigits(fraction)))
        {
            return false;
        }

        int dot = integral.IndexOf('.');
        if (dot >= 0)
        {
            if (comma < 0 && integral.LastIndexOf('.') == dot && integral.Length - dot - 1 != 3)
            {
                // One dot not followed by a group of three digits: a decimal point, as in "86.32".
                fraction = integral[(dot + 1)..];
                integral = integral[..dot];
                if (fraction.IsEmpty || !IsDigits(fraction))
                {
                    return false;
                }
            }
            else if (!IsGrouped(integral))
            {
                return false;
            }
        }

        // Digits only, unless the dots were checked as thousands separators (a decimal point was cut off above).
        if (integral.IsEmpty || (!integral.Contains('.') && !IsDigits(integral)))
        {
            return false;
        }

        decimal result = 0;
        foreach (char c in integral)
        {
            if (c == '.')
            {
                continue;
            }

            if (result > 1_000_000_000_000_000_000m)
            {
                return false;
            }

            result = (result * 10) + (c - '0');
        }

        decimal scale = 0.1m;
        foreach (char c in fraction)
        {
            if (scale < 0.0000000001m)
            {
                return false;
            }

            result += (c - '0') * scale;
            scale /= 10;
        }

        value = negative ? -result : result;
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    private static bool IsGrouped(ReadOnlySpan<char> text)
    {
        int first = text.IndexOf('.');
        if (first is < 1 or > 3 || !IsDigits(text[..first]))
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[(first + 1)..];
        while (true)
        {
            if (rest.Length < 3 || !IsDigits(rest[..3]))
            {
                return false;
            }

            if (rest.Length == 3)
            {
                return true;
            }

            if (rest[3] != '.')
            {
                return false;
            }

            rest = rest[4..];
        }
    }
}
