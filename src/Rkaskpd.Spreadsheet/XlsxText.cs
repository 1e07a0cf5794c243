using System.Text;

namespace Rkaskpd.Spreadsheet;

/// <summary>Makes text safe for a workbook cell.</summary>
internal static class XlsxText
{
    /// <summary>The most characters a cell holds (an Excel limit); longer text is cut and ends with an ellipsis.</summary>
    public const int MaximumCellLength = 32_767;

    /// <summary>
    /// Removes characters that XML 1.0 cannot carry (control characters other than tab and line breaks, lone
    /// surrogates, U+FFFE and U+FFFF), turns CR LF into LF, and cuts text to <see cref="MaximumCellLength"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The cleaned text; the same instance when nothing had to change.</returns>
    public static string Clean(string text)
    {
        if (!NeedsCleaning(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (IsAllowed(c))
            {
                builder.Append(c);
            }
        }

        if (builder.Length > MaximumCellLength)
        {
            int cut = MaximumCellLength - 1;
            if (char.IsHighSurrogate(builder[cut - 1]))
            {
                cut--;
            }

            builder.Length = cut;
            builder.Append('\u2026');
        }

        return builder.ToString();
    }

    private static bool NeedsCleaning(string text)
    {
        if (text.Length > MaximumCellLength)
        {
            return true;
        }

        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (c == '\r' || !IsAllowed(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAllowed(char c) =>
        c is '\t' or '\n' || (c >= ' ' && c is not ('\uFFFE' or '\uFFFF') && !char.IsSurrogate(c) && c is not (>= '\u007F' and <= '\u009F'));
}
