using System;
using System.Globalization;
using System.Numerics;

namespace Rkaskpd.Codes;

/// <summary>
/// The strict canonical syntax shared by the code types of both schemes: fixed-width groups of ASCII digits
/// separated by single ASCII dots, nothing else. Parsing never allocates unless a message is asked for.
/// </summary>
internal static class CodeSyntax
{
    /// <summary>The most parts any code has (a 90/2019 SKPD code).</summary>
    internal const int MaxParts = 8;

    /// <summary>Longest canonical text of any code (<c>D.DD.D.DD.D.DD.DD.DDDD</c>, a 90/2019 SKPD code).</summary>
    internal const int MaxLength = 22;

    internal static readonly CodeLayout Urusan = new(
        "Urusan",
        [1, 2],
        ["kelompok", "urusan"],
        "D.DD: kelompok D, urusan DD",
        "3.05");

    internal static readonly CodeLayout Organisasi = new(
        "Organisasi",
        [1, 2, 2],
        ["urusan kelompok", "urusan", "organisasi"],
        "D.DD.DD: urusan D.DD, organisasi DD",
        "3.05.09");

    internal static readonly CodeLayout Program = new(
        "Program",
        [1, 2, 1, 2, 2, 2],
        ["program urusan kelompok", "program urusan", "organisasi urusan kelompok", "organisasi urusan", "organisasi", "program"],
        "D.DD.D.DD.DD.DD: program urusan D.DD, organisasi D.DD.DD, program DD",
        "3.05.3.05.09.01");

    internal static readonly CodeLayout Kegiatan = new(
        "Kegiatan",
        [1, 2, 1, 2, 2, 2, 3],
        ["program urusan kelompok", "program urusan", "organisasi urusan kelompok", "organisasi urusan", "organisasi", "program", "kegiatan"],
        "D.DD.D.DD.DD.DD.DDD: program urusan D.DD, organisasi D.DD.DD, program DD, kegiatan DDD or DD",
        "3.05.3.05.09.01.021",
        alternativeLastWidth: 2,
        alternativeNote: "as SIMDA writes them");

    internal static readonly CodeLayout SipdUrusan = new(
        "Urusan (90/2019)",
        [1],
        ["urusan"],
        "D: urusan D",
        "1");

    internal static readonly CodeLayout BidangUrusan = new(
        "Bidang urusan",
        [1, 2],
        ["urusan", "bidang urusan"],
        "D.DD: urusan D, bidang urusan DD",
        "1.02");

    internal static readonly CodeLayout SipdProgram = new(
        "Program (90/2019)",
        [1, 2, 2],
        ["urusan", "bidang urusan", "program"],
        "D.DD.DD: bidang urusan D.DD, program DD",
        "1.02.02");

    internal static readonly CodeLayout SipdKegiatan = new(
        "Kegiatan (90/2019)",
        [1, 2, 2, 1, 2],
        ["urusan", "bidang urusan", "program", "kewenangan", "kegiatan"],
        "D.DD.DD.D.DD: program D.DD.DD, kewenangan D, kegiatan DD",
        "1.02.02.2.02");

    internal static readonly CodeLayout SubKegiatan = new(
        "Sub kegiatan",
        [1, 2, 2, 1, 2, 4],
        ["urusan", "bidang urusan", "program", "kewenangan", "kegiatan", "sub kegiatan"],
        "D.DD.DD.D.DD.DDDD: kegiatan D.DD.DD.D.DD, sub kegiatan DDDD or DD",
        "1.02.02.2.02.0001",
        alternativeLastWidth: 2,
        alternativeNote: "as the original Permendagri 90/2019 writes them");

    internal static readonly CodeLayout Skpd = new(
        "SKPD",
        [1, 2, 1, 2, 1, 2, 2, 4],
        ["urusan", "bidang urusan", "second urusan", "second bidang urusan", "third urusan", "third bidang urusan", "organisasi", "unit"],
        "D.DD.D.DD.D.DD.DD.DDDD: bidang urusan D.DD, two more bidang urusan D.DD (0.00 for none), organisasi DD, unit DDDD",
        "1.02.0.00.0.00.01.0000");

    /// <summary>Parses <paramref name="text"/> strictly against <paramref name="layout"/>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="layout">The expected layout.</param>
    /// <param name="values">Receives the numeric value of each part; at least <see cref="CodeLayout.PartCount"/> long.</param>
    /// <param name="lastWidth">Receives the digit count of the last part.</param>
    /// <returns>The error, or an error whose <see cref="CodeParseError.Kind"/> is <see cref="CodeParseErrorKind.None"/>.</returns>
    internal static CodeParseError Parse(ReadOnlySpan<char> text, CodeLayout layout, Span<int> values, out int lastWidth)
    {
        lastWidth = 0;
        if (text.IsEmpty)
        {
            return new CodeParseError(CodeParseErrorKind.Empty, 0, 0, 0);
        }

        int partCount = 1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '.')
            {
                partCount++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return new CodeParseError(CodeParseErrorKind.InvalidCharacter, i, 0, 0);
            }
        }

        if (partCount != layout.PartCount)
        {
            return new CodeParseError(CodeParseErrorKind.PartCount, 0, 0, partCount);
        }

        int part = 0;
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '.')
            {
                continue;
            }

            int width = i - start;
            if (width == 0)
            {
                return new CodeParseError(CodeParseErrorKind.EmptyPart, start, part, 0);
            }

            if (!layout.IsValidWidth(part, width))
            {
                return new CodeParseError(CodeParseErrorKind.PartWidth, start, part, width);
            }

            int value = 0;
            for (int j = start; j < i; j++)
            {
                value = (value * 10) + (text[j] - '0');
            }

            values[part] = value;
            lastWidth = width;
            part++;
            start = i + 1;
        }

        return default;
    }

    /// <summary>Builds the message of a <see cref="FormatException"/> for a failed parse.</summary>
    internal static string Message(CodeParseError error, ReadOnlySpan<char> text, CodeLayout layout)
    {
        string shown = text.ToString();
        string expected = string.Create(CultureInfo.InvariantCulture, $"expected {layout.PartCount} parts ({layout.Pattern}), e.g. '{layout.Example}'");
        return error.Kind switch
        {
            CodeParseErrorKind.Empty =>
                $"{layout.TypeName} code is empty; {expected}.",
            CodeParseErrorKind.InvalidCharacter => string.Create(
                CultureInfo.InvariantCulture,
                $"{layout.TypeName} code '{shown}' has {Describe(text[error.Position])} at position {error.Position + 1}; only ASCII digits and dots are allowed, {expected}. CodeNormalizer accepts spaces, labels and other variants."),
            CodeParseErrorKind.PartCount => string.Create(
                CultureInfo.InvariantCulture,
                $"{layout.TypeName} code '{shown}' has {error.Value} part{(error.Value == 1 ? string.Empty : "s")}; {expected}."),
            CodeParseErrorKind.EmptyPart => string.Create(
                CultureInfo.InvariantCulture,
                $"{layout.TypeName} code '{shown}' has an empty part {error.Part + 1} ({layout.PartNames[error.Part]}) at position {error.Position + 1}: a dot at the start or end, or two dots together; {expected}."),
            CodeParseErrorKind.PartWidth => string.Create(
                CultureInfo.InvariantCulture,
                $"{layout.TypeName} code '{shown}' has {error.Value} digit{(error.Value == 1 ? string.Empty : "s")} in part {error.Part + 1} ({layout.PartNames[error.Part]}) '{text.Slice(error.Position, error.Value).ToString()}' at position {error.Position + 1}; expected {layout.DescribeWidth(error.Part)} ({layout.Pattern}), e.g. '{layout.Example}'."),
            _ => $"{layout.TypeName} code '{shown}' could not be parsed.",
        };
    }

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsWhiteSpace(c)
            ? string.Create(CultureInfo.InvariantCulture, $"the character U+{(int)c:X4}")
            : string.Create(CultureInfo.InvariantCulture, $"'{c}' (U+{(int)c:X4})");

    /// <summary>Writes parts as fixed-width digit groups separated by dots, in UTF-16 or UTF-8.</summary>
    internal static bool TryWrite<T>(Span<T> destination, ReadOnlySpan<int> values, ReadOnlySpan<byte> widths, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        int length = widths.Length - 1;
        foreach (byte width in widths)
        {
            length += width;
        }

        if (destination.Length < length)
        {
            written = 0;
            return false;
        }

        int position = 0;
        for (int part = 0; part < values.Length; part++)
        {
            if (part > 0)
            {
                destination[position++] = T.CreateTruncating('.');
            }

            int value = values[part];
            int width = widths[part];
            for (int j = width - 1; j >= 0; j--)
            {
                destination[position + j] = T.CreateTruncating('0' + (value % 10));
                value /= 10;
            }

            position += width;
        }

        written = length;
        return true;
    }

    /// <summary>Throws unless <paramref name="format"/> is empty or <c>G</c>, the only format the codes have.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    internal static void CheckFormat(ReadOnlySpan<char> format, string typeName)
    {
        if (!format.IsEmpty && !(format.Length == 1 && (format[0] == 'G' || format[0] == 'g')))
        {
            throw new FormatException(
                $"Format '{format.ToString()}' is not supported by {typeName}; use an empty format or 'G' (the canonical code).");
        }
    }
}
