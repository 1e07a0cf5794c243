using System.Text;

namespace Rkaskpd.Text.Office;

/// <summary>How a spreadsheet number format shows a number: its decimals, whether it groups thousands, whether it is
/// a percentage (the value times 100), and the literal text before and after the digits.</summary>
/// <param name="Decimals">The digits after the decimal separator.</param>
/// <param name="Grouped">Whether thousands are grouped (<c>#,##0</c>).</param>
/// <param name="Percent">Whether the format shows a percentage (<c>0%</c>).</param>
/// <param name="Prefix">The literal text before the digits (<c>Rp </c>).</param>
/// <param name="Suffix">The literal text after them (<c>%</c>, <c> m²</c>).</param>
internal readonly record struct NumberShape(int Decimals, bool Grouped, bool Percent, string Prefix, string Suffix)
{
    private const int MaxDecimals = 10;

    /// <summary>Reads a format code's first section (the one for positive numbers): digit placeholders (<c>0</c>,
    /// <c>#</c>, <c>?</c>), a thousands comma, a decimal point, a percent sign, quoted or escaped literal text, a
    /// currency symbol in brackets (<c>[$Rp-421]</c>); colours, conditions and locales in brackets, padding (<c>_x</c>)
    /// and fills (<c>*x</c>) are passed over. Null for a format that shows no plain number: General, text
    /// (<c>@</c>), dates and times, scientific notation, fractions.</summary>
    /// <param name="code">The format code, e.g. <c>[$-421]"Rp "#,##0.00</c>.</param>
    public static NumberShape? Parse(string code)
    {
        var prefix = new StringBuilder();
        var suffix = new StringBuilder();
        bool digits = false, point = false, grouped = false, percent = false;
        int decimals = 0;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            StringBuilder literal = digits ? suffix : prefix;
            switch (c)
            {
                case ';':
                    i = code.Length; // the sections for negatives, zero and text are not read
                    break;
                case '"':
                    int close = code.IndexOf('"', i + 1);
                    close = close < 0 ? code.Length : close;
                    literal.Append(code, i + 1, close - i - 1);
                    i = close;
                    break;
                case '\\':
                    if (i + 1 < code.Length)
                    {
                        literal.Append(code[++i]);
                    }

                    break;
                case '[':
                    int end = code.IndexOf(']', i + 1);
                    end = end < 0 ? code.Length : end;
                    if (i + 1 < end && code[i + 1] == '$')
                    {
                        int dash = code.IndexOf('-', i + 2, end - i - 2);
                        literal.Append(code, i + 2, (dash < 0 ? end : dash) - i - 2);
                    }

                    i = end;
                    break;
                case '_' or '*':
                    i++;
                    break;
                case '0' or '#' or '?':
                    digits = true;
                    decimals += point ? 1 : 0;
                    break;
                case ',':
                    grouped |= digits && !point;
                    break;
                case '.':
                    point |= digits;
                    break;
                case '%':
                    percent = true;
                    literal.Append('%');
                    break;
                case 'E' or 'e' or '/' or '@' or 'd' or 'D' or 'm' or 'M' or 'y' or 'Y' or 'h' or 'H' or 's' or 'S' or 'G' or 'g':
                    return null;
                default:
                    literal.Append(c);
                    break;
            }
        }

        return digits && decimals <= MaxDecimals
            ? new NumberShape(decimals, grouped, percent, prefix.ToString(), suffix.ToString())
            : null;
    }
}
