using System;
using System.Globalization;
using System.Text;

namespace Rkaskpd.Codes;

/// <summary>The scan under <see cref="CodeNormalizer"/>: splits a written code into its digit groups in one linear
/// pass (dots, dot-like characters, spaces around dots or in place of a dot, a label ending with a colon before the
/// code, text after it), recording every change it makes, and maps a part count to the code layout of each scheme.</summary>
internal static class CodeScanner
{
    /// <summary>The most parts a code may have before the scan gives up (a code has at most eight).</summary>
    internal const int MaxPartsScanned = 16;

    /// <summary>Tells whether <paramref name="c"/> is read as a dot.</summary>
    private static bool IsDotLike(char c) =>
        c is '.' or '\uFF0E' or '\u2024' or '\uFE52' or '\u00B7' or '\u2027' or '\u3002';

    /// <summary>Tells whether <paramref name="c"/> is a colon (ASCII or full-width).</summary>
    private static bool IsColon(char c) => c is ':' or '\uFF1A';

    /// <summary>Gets the Permendagri 13/2006 layout of a code of <paramref name="partCount"/> parts (urusan,
    /// organisasi, program, kegiatan), or null for another count.</summary>
    internal static CodeLayout? Layout(int partCount) => partCount switch
    {
        2 => CodeSyntax.Urusan,
        3 => CodeSyntax.Organisasi,
        6 => CodeSyntax.Program,
        7 => CodeSyntax.Kegiatan,
        _ => null,
    };

    /// <summary>Gets the Permendagri 90/2019 layout of a code of <paramref name="partCount"/> parts (urusan, bidang
    /// urusan, program, kegiatan, sub kegiatan, SKPD), or null for another count.</summary>
    internal static CodeLayout? SipdLayout(int partCount) => partCount switch
    {
        1 => CodeSyntax.SipdUrusan,
        2 => CodeSyntax.BidangUrusan,
        3 => CodeSyntax.SipdProgram,
        5 => CodeSyntax.SipdKegiatan,
        6 => CodeSyntax.SubKegiatan,
        8 => CodeSyntax.Skpd,
        _ => null,
    };

    /// <summary>Scans a written code into <paramref name="scanned"/>; returns an error message or <see langword="null"/>.</summary>
    internal static string? Scan(string text, ref ScannedCode scanned)
    {
        string? error = Scan(text, scanned.Starts, scanned.Lengths, scanned.Digits, out int partCount, out CodeNormalizationChanges changes, out string trailingText);
        scanned.PartCount = partCount;
        scanned.Changes = changes;
        scanned.TrailingText = trailingText;
        return error;
    }

    /// <summary>
    /// Scans a written code into its digit groups (appended to <paramref name="digits"/>, located by
    /// <paramref name="partStarts"/> and <paramref name="partLengths"/>); returns an error message or <see langword="null"/>.
    /// </summary>
    private static string? Scan(
        string text,
        Span<int> partStarts,
        Span<int> partLengths,
        StringBuilder digits,
        out int partCount,
        out CodeNormalizationChanges changes,
        out string trailingText)
    {
        partCount = 0;
        trailingText = string.Empty;
        changes = CodeNormalizationChanges.None;
        int start = 0;
        int end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return text.Length == 0 ? "Code text is empty." : "Code text holds only whitespace.";
        }

        if (start > 0 || end < text.Length)
        {
            changes |= CodeNormalizationChanges.TrimmedWhitespace;
        }

        int first = start;
        while (first < end && !char.IsDigit(text[first]))
        {
            first++;
        }

        if (first == end)
        {
            return $"Code text '{text}' holds no digits.";
        }

        if (first > start)
        {
            ReadOnlySpan<char> prefix = text.AsSpan(start, first - start).TrimEnd();
            if (IsColon(prefix[^1]))
            {
                changes |= CodeNormalizationChanges.RemovedLabel;
            }
            else if (IsOnlyDotsAndSpaces(prefix))
            {
                changes |= CodeNormalizationChanges.RemovedLeadingDot;
                if (ContainsOtherDot(prefix))
                {
                    changes |= CodeNormalizationChanges.ReplacedDotCharacters;
                }
            }
            else
            {
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"Code text '{text}' starts with '{prefix.ToString()}' before the first digit at position {first + 1}; only a label ending with ':' may precede a code.");
            }
        }

        int i = first;
        while (true)
        {
            if (partCount == MaxPartsScanned)
            {
                return string.Create(CultureInfo.InvariantCulture, $"Code text '{text}' has more than {MaxPartsScanned} parts; a code has 2, 3, 6 or 7.");
            }

            partStarts[partCount] = digits.Length;
            while (i < end && char.IsDigit(text[i]))
            {
                char c = text[i];
                if (!char.IsAsciiDigit(c))
                {
                    changes |= CodeNormalizationChanges.ReplacedDigitCharacters;
                    c = (char)('0' + (int)char.GetNumericValue(c));
                }

                digits.Append(c);
                i++;
            }

            partLengths[partCount] = digits.Length - partStarts[partCount];
            partCount++;
            if (i == end)
            {
                break;
            }

            int separatorStart = i;
            int dots = 0;
            int spaces = 0;
            bool otherDot = false;
            while (i < end && (IsDotLike(text[i]) || char.IsWhiteSpace(text[i])))
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    spaces++;
                }
                else
                {
                    dots++;
                    otherDot |= text[i] != '.';
                }

                i++;
            }

            if (otherDot)
            {
                changes |= CodeNormalizationChanges.ReplacedDotCharacters;
            }

            if (i < end && char.IsDigit(text[i]))
            {
                if (dots > 1)
                {
                    return string.Create(
                        CultureInfo.InvariantCulture,
                        $"Code text '{text}' has {dots} dots between parts {partCount} and {partCount + 1} at position {separatorStart + 1}: a part is missing.");
                }

                changes |= dots == 0
                    ? CodeNormalizationChanges.ReplacedSpacesWithDots
                    : spaces > 0 ? CodeNormalizationChanges.RemovedSpacesAroundDots : CodeNormalizationChanges.None;
                continue;
            }

            if (i == end)
            {
                // Only dots (and spaces) after the last part: the whitespace at the very end was trimmed before.
                changes |= CodeNormalizationChanges.RemovedTrailingDot;
                break;
            }

            if (spaces == 0)
            {
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"Code text '{text}' has '{text[i]}' at position {i + 1} right after the code; a code holds only digits and dots, and text after it must be separated by whitespace.");
            }

            if (dots > 0)
            {
                changes |= CodeNormalizationChanges.RemovedTrailingDot;
            }

            changes |= CodeNormalizationChanges.RemovedTrailingText;
            trailingText = text[i..end];
            break;
        }

        return null;
    }

    private static bool IsOnlyDotsAndSpaces(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!IsDotLike(c) && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsOtherDot(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (IsDotLike(c) && c != '.')
            {
                return true;
            }
        }

        return false;
    }
}
