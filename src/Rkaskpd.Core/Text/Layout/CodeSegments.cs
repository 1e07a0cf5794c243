using System;
using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Splits values that run together on one line (<c>1.02 Urusan Wajib Kesehatan 1.02.01 Dinas Kesehatan 1.02 . 1.02.01 .</c>)
/// into pieces that each start with a code: a dotted code, optionally a second dotted code and number parts after
/// <c> . </c> separators (SIMDA's <c>1.02 . 1.02.01 . 20 . 03</c>), then the name's words. A dotted token after a
/// complete code (two dotted parts, or a number part) or after a name starts the next piece.
/// </summary>
internal static class CodeSegments
{
    /// <summary>Splits <paramref name="text"/>; <paramref name="leading"/> is the text before the first code (empty
    /// when the text starts with one).</summary>
    public static List<string> Split(string text, out string leading)
    {
        var pieces = new List<string>();
        var current = new List<string>();
        var before = new List<string>();
        bool inCode = false;
        bool expectPart = false;
        int dotted = 0;
        int numbers = 0;
        foreach (string token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            bool isDotted = LineClassifier.LooksLikeCode(token);
            if (inCode && token == ".")
            {
                current.Add(token);
                expectPart = true;
                continue;
            }

            if (inCode && expectPart)
            {
                expectPart = false;
                if (isDotted && dotted == 1 && numbers == 0)
                {
                    current.Add(token);
                    dotted = 2;
                    continue;
                }

                if (IsDigits(token))
                {
                    current.Add(token);
                    numbers++;
                    continue;
                }
            }

            if (isDotted)
            {
                if (current.Count > 0)
                {
                    pieces.Add(string.Join(' ', current));
                    current.Clear();
                }

                current.Add(token);
                inCode = true;
                dotted = 1;
                numbers = 0;
                continue;
            }

            inCode = false;
            (pieces.Count == 0 && current.Count == 0 ? before : current).Add(token);
        }

        if (current.Count > 0)
        {
            pieces.Add(string.Join(' ', current));
        }

        leading = string.Join(' ', before);
        return pieces;
    }

    private static bool IsDigits(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !token.IsEmpty;
    }
}
