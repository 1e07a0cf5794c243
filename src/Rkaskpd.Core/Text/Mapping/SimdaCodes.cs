using System;
using System.Diagnostics.CodeAnalysis;
using Rkaskpd.Codes;

namespace Rkaskpd.Text.Mapping;

/// <summary>Normalises the urusan and organisasi codes SIMDA prints after a copy of their urusan (<c>1.02 . 1.02</c>,
/// <c>3.03 . 3.03.01</c>, <c>1.02.1.02.01</c>): when the leading urusan repeats the code's own, the code is the rest,
/// the leading copy removed (reported as a normalisation, RKA104: <see cref="CodeNormalizationChanges.RemovedRepeatedUrusan"/>);
/// and the program and kegiatan codes a template writes without the urusan before their organisasi (<c>1 02 01 22</c>,
/// one level a cell), the urusan written in (<see cref="CodeNormalizationChanges.AddedUrusan"/>).</summary>
internal static class SimdaCodes
{
    /// <summary>Normalises an urusan code; SIMDA prints it twice, the program's urusan and the SKPD's
    /// (<c>1.02 . 1.02</c>): when both are the same urusan, it is that urusan.</summary>
    public static bool TryNormalizeUrusan(string? text, out UrusanCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeAfterUrusan(text, CodeNormalizer.TryNormalizeUrusan, ownParts: 2, out code, out details);

    /// <summary>Normalises an organisasi code; SIMDA prints it after its urusan (<c>3.03 . 3.03.01</c>,
    /// <c>1.02.1.02.01</c>): when the leading urusan repeats the organisasi's own, the organisasi is the rest.</summary>
    public static bool TryNormalizeOrganisasi(string? text, out OrganisasiCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeAfterUrusan(text, CodeNormalizer.TryNormalizeOrganisasi, ownParts: 3, out code, out details);

    /// <summary>Normalises a program code; a template may write it as its organisasi and its own number only
    /// (<c>1 02 01 22</c>, <c>1.02.01.22</c>): that is the program of the organisasi's urusan,
    /// <c>1.02.1.02.01.22</c>.</summary>
    public static bool TryNormalizeProgram(string? text, out ProgramCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeWithoutUrusan(text, CodeNormalizer.TryNormalizeProgram, parts: 4, out code, out details);

    /// <summary>Normalises a kegiatan code; a template may write it as its organisasi, program and own number only
    /// (<c>1 02 01 22 07</c>): that is <c>1.02.1.02.01.22.07</c>.</summary>
    public static bool TryNormalizeKegiatan(string? text, out KegiatanCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeWithoutUrusan(text, CodeNormalizer.TryNormalizeKegiatan, parts: 5, out code, out details);

    /// <summary>
    /// Normalises a code as written when that normalises; otherwise, when the text is <paramref name="parts"/> parts of
    /// digits only shaped as an organisasi (<c>1 02 01</c>) and the code's own numbers, the code with the organisasi's
    /// urusan (its first two parts) written in before it.
    /// </summary>
    private static bool TryNormalizeWithoutUrusan<TCode>(
        string? text, CodeNormaliser<TCode> normalize, int parts, out TCode code, [NotNullWhen(true)] out CodeNormalization? details)
    {
        if (normalize(text, out code, out details))
        {
            return true;
        }

        string[] written = (text ?? string.Empty).Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (written.Length == parts && written[0].Length == 1 && written[1].Length == 2 && written[2].Length == 2
            && Array.TrueForAll(written, static part => Sections.ScanText.IsDigits(part))
            && normalize(written[0] + "." + written[1] + "." + string.Join('.', written), out code, out CodeNormalization? inner))
        {
            details = new CodeNormalization(text!, inner.Code, inner.Level, inner.Changes | WrittenChanges(text!) | CodeNormalizationChanges.AddedUrusan, string.Empty);
            return true;
        }

        code = default!;
        details = null;
        return false;
    }

    /// <summary>
    /// Normalises a code that SIMDA may print after a copy of its urusan: as written when that normalises, otherwise,
    /// when the text is an urusan (two parts) followed by the code's own <paramref name="ownParts"/> parts that start
    /// with the same urusan, the code's own parts, the leading urusan removed.
    /// </summary>
    private static bool TryNormalizeAfterUrusan<TCode>(
        string? text, CodeNormaliser<TCode> normalize, int ownParts, out TCode code, [NotNullWhen(true)] out CodeNormalization? details)
    {
        if (normalize(text, out code, out details))
        {
            return true;
        }

        string[] parts = (text ?? string.Empty).Split([' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2 + ownParts && parts[0] == parts[2] && parts[1] == parts[3]
            && normalize(string.Join('.', parts, 2, ownParts), out code, out CodeNormalization? inner))
        {
            details = new CodeNormalization(text!, inner.Code, inner.Level, inner.Changes | WrittenChanges(text!) | CodeNormalizationChanges.RemovedRepeatedUrusan, string.Empty);
            return true;
        }

        code = default!;
        details = null;
        return false;
    }

    /// <summary>What the text's own separators ask of a normalisation that rejoins its parts: a trailing dot
    /// removed (<c>1.03 . 1.03.01 .</c>), spaces around dots removed, spaces between parts made dots.</summary>
    private static CodeNormalizationChanges WrittenChanges(string text)
    {
        ReadOnlySpan<char> trimmed = text.AsSpan().Trim();
        CodeNormalizationChanges changes = trimmed.EndsWith('.') ? CodeNormalizationChanges.RemovedTrailingDot : CodeNormalizationChanges.None;
        for (int i = 1; i + 1 < trimmed.Length; i++)
        {
            if (trimmed[i] != ' ')
            {
                continue;
            }

            changes |= trimmed[i - 1] == '.' || trimmed[i + 1] == '.'
                ? CodeNormalizationChanges.RemovedSpacesAroundDots
                : trimmed[i - 1] != ' ' && trimmed[i + 1] != ' ' ? CodeNormalizationChanges.ReplacedSpacesWithDots : CodeNormalizationChanges.None;
        }

        return changes;
    }
}
