using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Rkaskpd.Codes;

/// <summary>
/// A lenient reader for budget codes as real documents write them, separate from the strict canonical
/// <c>Parse</c> of <see cref="UrusanCode"/>, <see cref="OrganisasiCode"/>, <see cref="ProgramCode"/> and
/// <see cref="KegiatanCode"/>. It returns the canonical text, the level (by part count) and every change it made.
/// </summary>
/// <remarks>
/// <para>What is accepted, each reported by a <see cref="CodeNormalizationChanges"/> flag:</para>
/// <list type="bullet">
/// <item>whitespace around the code (<c>"  3.05 "</c>);</item>
/// <item>a label ending with a colon before it (<c>Kode: 3.05</c>, <c>Kegiatan : 3.05....</c>; also the full-width colon);</item>
/// <item>spaces around dots (<c>2.07 . 2.07.01 . 27 . 02</c>) and whitespace in place of a dot (<c>1 02 01</c>);</item>
/// <item>a dot before the first or after the last part (<c>1.08.01.</c>);</item>
/// <item>dot-like characters (full-width <c>．</c> U+FF0E, one-dot leader U+2024, small full stop U+FE52, middle dot U+00B7,
/// hyphenation point U+2027, ideographic full stop U+3002) and non-ASCII decimal digits;</item>
/// <item>parts with too few digits, padded with leading zeros (<c>3.5.9</c> → <c>3.05.09</c>). This is a deliberate
/// choice: the part count fixes each part's width, so padding is unambiguous, but a dropped digit (<c>3.0</c> meant
/// as <c>3.05</c>) is padded into a different code, hence the <see cref="CodeNormalizationChanges.PaddedParts"/>
/// flag a reader should warn about. A one-digit <c>kegiatan</c> number is padded to three digits; a two-digit one
/// is kept as written (SIMDA);</item>
/// <item>text after the code, separated from it by whitespace, such as its name (<c>3.05.09 KECAMATAN LUMAJANG</c>), set
/// aside in <see cref="CodeNormalization.TrailingText"/>.</item>
/// </list>
/// <para>
/// What is rejected: no digits; text before the code that is not a label ending with a colon; two dots together
/// (a missing part); a letter or other character glued to the code (<c>3.05a</c>); a part with too many digits
/// (<c>03.05</c>, padding is never removed); a part count other than 2, 3, 6 or 7 (SIMDA's four-part sub-unit codes
/// such as <c>1.08.01.01</c> are not Permendagri 13/2006 codes and are rejected with a message naming the count).
/// Whitespace in place of a dot means a number that follows the code after a space is read as one more part.
/// </para>
/// <para>Culture never matters; the scan is linear in the length of the text.</para>
/// </remarks>
public static class CodeNormalizer
{
    private const int MaxPartsScanned = 16;

    /// <summary>Normalises a written code of any level.</summary>
    /// <param name="text">The written code, e.g. <c>Kode: 2.07 . 2.07.01 . 27 . 02</c>.</param>
    /// <returns>The canonical text, level and changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> holds no recognisable code; the message says why.</exception>
    public static CodeNormalization Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, out CodeNormalization? result) is { } error ? throw new FormatException(error) : result!;
    }

    /// <summary>Tries to normalise a written code of any level; never throws.</summary>
    /// <param name="text">The written code, or <see langword="null"/>.</param>
    /// <param name="result">The canonical text, level and changes; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when a code was recognised.</returns>
    public static bool TryNormalize([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CodeNormalization? result) =>
        TryNormalize(text, out result, out _);

    /// <summary>Tries to normalise a written code of any level, saying why on failure; never throws.</summary>
    /// <param name="text">The written code, or <see langword="null"/>.</param>
    /// <param name="result">The canonical text, level and changes; <see langword="null"/> on failure.</param>
    /// <param name="error">Why the text is not a code (what, where, why); <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when a code was recognised.</returns>
    public static bool TryNormalize(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out CodeNormalization? result,
        [NotNullWhen(false)] out string? error)
    {
        if (text is null)
        {
            result = null;
            error = "Code text is null.";
            return false;
        }

        error = Run(text, out result);
        return error is null;
    }

    /// <summary>Tries to normalise a written <c>urusan</c> code; fails for any other level.</summary>
    /// <param name="text">The written code.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> holds an <c>urusan</c> code.</returns>
    public static bool TryNormalizeUrusan(string? text, out UrusanCode code, [NotNullWhen(true)] out CodeNormalization? details)
    {
        code = default;
        return TryNormalizeLevel(text, CodeLevel.Urusan, out details) && UrusanCode.TryParse(details.Code, out code);
    }

    /// <summary>Tries to normalise a written <c>organisasi</c> code; fails for any other level.</summary>
    /// <param name="text">The written code.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> holds an <c>organisasi</c> code.</returns>
    public static bool TryNormalizeOrganisasi(string? text, out OrganisasiCode code, [NotNullWhen(true)] out CodeNormalization? details)
    {
        code = default;
        return TryNormalizeLevel(text, CodeLevel.Organisasi, out details) && OrganisasiCode.TryParse(details.Code, out code);
    }

    /// <summary>Tries to normalise a written program code; fails for any other level.</summary>
    /// <param name="text">The written code.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> holds a program code.</returns>
    public static bool TryNormalizeProgram(string? text, out ProgramCode code, [NotNullWhen(true)] out CodeNormalization? details)
    {
        code = default;
        return TryNormalizeLevel(text, CodeLevel.Program, out details) && ProgramCode.TryParse(details.Code, out code);
    }

    /// <summary>Tries to normalise a written <c>kegiatan</c> code; fails for any other level.</summary>
    /// <param name="text">The written code, e.g. <c>2.07 . 2.07.01 . 27 . 02</c>.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> holds a <c>kegiatan</c> code.</returns>
    public static bool TryNormalizeKegiatan(string? text, out KegiatanCode code, [NotNullWhen(true)] out CodeNormalization? details)
    {
        code = default;
        return TryNormalizeLevel(text, CodeLevel.Kegiatan, out details) && KegiatanCode.TryParse(details.Code, out code);
    }

    private static bool TryNormalizeLevel(string? text, CodeLevel level, [NotNullWhen(true)] out CodeNormalization? details)
    {
        if (TryNormalize(text, out details) && details.Level == level)
        {
            return true;
        }

        details = null;
        return false;
    }

    /// <summary>Tells whether <paramref name="c"/> is read as a dot.</summary>
    private static bool IsDotLike(char c) =>
        c is '.' or '\uFF0E' or '\u2024' or '\uFE52' or '\u00B7' or '\u2027' or '\u3002';

    private static bool IsColon(char c) => c is ':' or '\uFF1A';

    /// <summary>Runs the scan; returns an error message, or <see langword="null"/> and the result.</summary>
    private static string? Run(string text, out CodeNormalization? result)
    {
        result = null;
        var changes = CodeNormalizationChanges.None;
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

        Span<int> partStarts = stackalloc int[MaxPartsScanned];
        Span<int> partLengths = stackalloc int[MaxPartsScanned];
        var digits = new StringBuilder(CodeSyntax.MaxLength);
        int partCount = 0;
        string trailingText = string.Empty;
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

        CodeLayout? layout = partCount switch
        {
            2 => CodeSyntax.Urusan,
            3 => CodeSyntax.Organisasi,
            6 => CodeSyntax.Program,
            7 => CodeSyntax.Kegiatan,
            _ => null,
        };
        if (layout is null)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"Code text '{text}' has {partCount} part{(partCount == 1 ? string.Empty : "s")}; a code has 2 (urusan D.DD), 3 (organisasi D.DD.DD), 6 (program D.DD.D.DD.DD.DD) or 7 (kegiatan D.DD.D.DD.DD.DD.DDD) parts.");
        }

        var canonical = new StringBuilder(CodeSyntax.MaxLength);
        for (int part = 0; part < partCount; part++)
        {
            int length = partLengths[part];
            int width = length;
            if (!layout.IsValidWidth(part, length))
            {
                if (length > layout.Width(part))
                {
                    return string.Create(
                        CultureInfo.InvariantCulture,
                        $"Code text '{text}' has {length} digits in part {part + 1} ({layout.PartNames[part]}) of a {partCount}-part ({layout.TypeName}) code; expected {layout.DescribeWidth(part)}.");
                }

                width = layout.Width(part);
                changes |= CodeNormalizationChanges.PaddedParts;
            }

            if (part > 0)
            {
                canonical.Append('.');
            }

            canonical.Append('0', width - length);
            canonical.Append(digits, partStarts[part], length);
        }

        string code = canonical.ToString();
        result = new CodeNormalization(
            text,
            changes == CodeNormalizationChanges.None ? text : code,
            (CodeLevel)partCount,
            changes,
            trailingText);
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
