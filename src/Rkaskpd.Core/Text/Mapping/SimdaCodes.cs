using System;
using System.Diagnostics.CodeAnalysis;
using Rkaskpd.Codes;

namespace Rkaskpd.Text.Mapping;

/// <summary>Normalises the urusan and organisasi codes SIMDA prints after a copy of their urusan (<c>1.02 . 1.02</c>,
/// <c>3.03 . 3.03.01</c>, <c>1.02.1.02.01</c>): when the leading urusan repeats the code's own, the code is the rest,
/// the leading copy removed (reported as a normalisation, RKA104: <see cref="CodeNormalizationChanges.RemovedRepeatedUrusan"/>).</summary>
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
            details = new CodeNormalization(text!, inner.Code, inner.Level, inner.Changes | CodeNormalizationChanges.RemovedRepeatedUrusan, string.Empty);
            return true;
        }

        code = default!;
        details = null;
        return false;
    }
}
