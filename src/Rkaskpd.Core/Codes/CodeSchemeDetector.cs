
namespace Rkaskpd.Codes;

/// <summary>
/// Tells which scheme a written budget code belongs to, Permendagri 13/2006 or 90/2019, from its shape: the number of
/// parts and the digit count of each part as written (the separators may be spelled as <see cref="CodeNormalizer"/>
/// accepts, with spaces, a label or a name after the code; short parts are not padded here, since padding would
/// blur the two schemes).
/// </summary>
/// <remarks>
/// <para>
/// Shapes only one scheme has settle it: <c>3.05.3.05.09.01.021</c>, <c>1.02.1.02.01.15.05</c> and
/// <c>3.03 . 3.03.01 . 01 . 01</c> are 13/2006; <c>1.02.02.2.02.0001</c>, <c>1.02.02.2.02.01</c> and
/// <c>1.02.0.00.0.00.01.0000</c> are 90/2019. Two shapes are shared and give <see cref="CodeScheme.None"/>:
/// <c>D.DD</c> (a 13/2006 urusan or a 90/2019 bidang urusan) and <c>D.DD.DD</c> (a 13/2006 organisasi or a 90/2019
/// program); a document's other codes tell which it is. Kode rekening are told by <see cref="RekeningCode.Scheme"/>.
/// </para>
/// <para>Detection never weakens parsing: a code still parses only by its own type's strict <c>Parse</c>.</para>
/// </remarks>
/// <example><code>
/// CodeSchemeDetector.Detect("3.05.3.05.09.01.021"); // CodeScheme.Permendagri13
/// CodeSchemeDetector.Detect("1.02.02.2.02.0001");   // CodeScheme.Permendagri90
/// CodeSchemeDetector.Detect("1.02");                // CodeScheme.None (both schemes write it)
/// </code></example>
public static class CodeSchemeDetector
{
    /// <summary>Tells the scheme of a written code.</summary>
    /// <param name="text">The written code, or <see langword="null"/>.</param>
    /// <returns>The one scheme whose shape the code has; <see cref="CodeScheme.None"/> when it has both schemes' shape
    /// (see the remarks), neither, or is not a code at all. Never throws.</returns>
    public static CodeScheme Detect(string? text)
    {
        bool permendagri13 = Fits(text, CodeScheme.Permendagri13);
        bool permendagri90 = Fits(text, CodeScheme.Permendagri90);
        return permendagri13 == permendagri90
            ? CodeScheme.None
            : permendagri13 ? CodeScheme.Permendagri13 : CodeScheme.Permendagri90;
    }

    /// <summary>Tells whether a written code has the shape of a code of <paramref name="scheme"/>, with every part written at its full width.</summary>
    /// <param name="text">The written code, or <see langword="null"/>.</param>
    /// <param name="scheme">The scheme.</param>
    /// <returns><see langword="true"/> when the part count and every part's digit count fit one of the scheme's levels;
    /// <see langword="false"/> for <see cref="CodeScheme.None"/>. Never throws.</returns>
    public static bool Fits(string? text, CodeScheme scheme)
    {
        if (text is null || scheme is not (CodeScheme.Permendagri13 or CodeScheme.Permendagri90))
        {
            return false;
        }

        var scanned = new ScannedCode(stackalloc int[CodeScanner.MaxPartsScanned], stackalloc int[CodeScanner.MaxPartsScanned]);
        if (CodeScanner.Scan(text, ref scanned) is not null)
        {
            return false;
        }

        int partCount = scanned.PartCount;
        CodeLayout? layout = scheme == CodeScheme.Permendagri90 ? CodeScanner.SipdLayout(partCount) : CodeScanner.Layout(partCount);
        if (layout is null)
        {
            return false;
        }

        for (int part = 0; part < partCount; part++)
        {
            if (!layout.IsValidWidth(part, scanned.Lengths[part]))
            {
                return false;
            }
        }

        return true;
    }
}
