using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Rkaskpd.Text.Office;

/// <summary>
/// A date number format of a workbook cell: the built-in formats 14 to 17 or a custom format made of day, month and year
/// placeholders (<c>d</c>, <c>dd</c>, <c>m</c>, <c>mm</c>, <c>mmm</c>, <c>mmmm</c>, <c>yy</c>, <c>yyyy</c>) and literal
/// text (<c>[$-421]dd\ mmmm\ yyyy;@</c>). It writes a serial date as the sheet shows it, with Indonesian month names
/// (<c>12 Oktober 2015</c>), as a signature's date cell is read off the page. A format with a time part or anything
/// else is no date shape: such a cell keeps its raw value.
/// </summary>
internal sealed class DateShape
{
    private static readonly string[] MonthNames =
        ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

    private static readonly string[] MonthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

    /// <summary>The largest serial a sheet can hold (31 December 9999).</summary>
    private const double MaxSerial = 2_958_465;

    /// <summary>The built-in formats 14 to 17 as an Indonesian sheet shows them (14 follows the system's short date).</summary>
    private static readonly DateShape?[] BuiltIns = [Parse("dd/mm/yyyy"), Parse("d-mmm-yy"), Parse("d-mmm"), Parse("mmm-yy")];

    private readonly List<(char Kind, int Count, string Literal)> parts;

    private DateShape(List<(char Kind, int Count, string Literal)> parts) => this.parts = parts;

    /// <summary>Gets the shape of a built-in date format (14 to 17), or null for any other ID.</summary>
    /// <param name="format">The format ID.</param>
    /// <returns>The shape, or null.</returns>
    public static DateShape? BuiltIn(int format) => format is >= 14 and <= 17 ? BuiltIns[format - 14] : null;

    /// <summary>Reads a custom format code's first section; null when it is no date format.</summary>
    /// <param name="code">The format code as the styles part writes it.</param>
    /// <returns>The shape, or null.</returns>
    public static DateShape? Parse(string code)
    {
        var parts = new List<(char Kind, int Count, string Literal)>();
        var literal = new StringBuilder();
        bool day = false;
        bool year = false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == ';')
            {
                break; // the first section is the one for positive numbers, which a date is
            }

            if (c == '[')
            {
                int close = code.IndexOf(']', i);
                if (close < 0)
                {
                    return null;
                }

                i = close; // a locale or colour: nothing shown
                continue;
            }

            if (c == '"')
            {
                int close = code.IndexOf('"', i + 1);
                if (close < 0)
                {
                    return null;
                }

                literal.Append(code, i + 1, close - i - 1);
                i = close;
                continue;
            }

            if (c == '\\' && i + 1 < code.Length)
            {
                literal.Append(code[++i]);
                continue;
            }

            char lower = char.ToLowerInvariant(c);
            if (lower is 'd' or 'm' or 'y')
            {
                int count = 1;
                while (i + 1 < code.Length && char.ToLowerInvariant(code[i + 1]) == lower)
                {
                    count++;
                    i++;
                }

                if (literal.Length > 0)
                {
                    parts.Add(('\0', 0, literal.ToString()));
                    literal.Clear();
                }

                parts.Add((lower, count, string.Empty));
                day |= lower == 'd';
                year |= lower == 'y';
                continue;
            }

            if (char.IsLetterOrDigit(c) || c is '@' or '#' or '?' or '*' or '_')
            {
                return null; // a time (h, s, AM/PM), a digit placeholder or text: no date shape
            }

            literal.Append(c);
        }

        if (literal.Length > 0)
        {
            parts.Add(('\0', 0, literal.ToString()));
        }

        return day || year ? new DateShape(parts) : null;
    }

    /// <summary>Writes a serial date (days since 1900, as the 1900 date system counts them) as the shape shows it; null
    /// when the value is no date a sheet can hold.</summary>
    /// <param name="serial">The cell's raw value.</param>
    /// <returns>The date text, or null.</returns>
    public string? Format(double serial)
    {
        if (!(serial >= 1 && serial <= MaxSerial))
        {
            return null;
        }

        // The 1900 system counts a 29 February 1900 that never was (serial 60): serials after it are a day ahead.
        int days = (int)Math.Floor(serial);
        DateTime date = days < 60 ? new DateTime(1899, 12, 31).AddDays(days) : new DateTime(1899, 12, 30).AddDays(days);
        var text = new StringBuilder();
        for (int i = 0; i < parts.Count; i++)
        {
            (char kind, int count, string literal) = parts[i];
            switch (kind)
            {
                case 'd':
                    text.Append(count >= 2 ? date.Day.ToString("00", CultureInfo.InvariantCulture) : date.Day.ToString(CultureInfo.InvariantCulture));
                    break;
                case 'm' when count >= 4:
                    text.Append(MonthNames[date.Month - 1]);
                    break;
                case 'm' when count == 3:
                    text.Append(MonthAbbreviations[date.Month - 1]);
                    break;
                case 'm':
                    text.Append(count == 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture));
                    break;
                case 'y':
                    text.Append(count <= 2 ? (date.Year % 100).ToString("00", CultureInfo.InvariantCulture) : date.Year.ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(literal);
                    break;
            }
        }

        return text.ToString();
    }
}
