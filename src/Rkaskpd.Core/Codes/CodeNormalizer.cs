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
    /// <summary>Normalises a written code of any level.</summary>
    /// <param name="text">The written code, e.g. <c>Kode: 2.07 . 2.07.01 . 27 . 02</c>.</param>
    /// <returns>The canonical text, level and changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> holds no recognisable code; the message says why.</exception>
    public static CodeNormalization Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Run(text, CodeScheme.Permendagri13, out CodeNormalization? result) is { } error ? throw new FormatException(error) : result!;
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

        error = Run(text, CodeScheme.Permendagri13, out result);
        return error is null;
    }

    /// <summary>Normalises a written code of any level of the given scheme.</summary>
    /// <param name="text">The written code, e.g. <c>Sub Kegiatan : 1.02.02.2.02.0001 Pengelolaan ...</c>.</param>
    /// <param name="scheme">The scheme: <see cref="CodeScheme.Permendagri13"/> (as <see cref="Normalize(string)"/>) or
    /// <see cref="CodeScheme.Permendagri90"/> (levels by part count: 1, 2, 3, 5, 6 or 8, see <see cref="SipdCodeLevel"/>).</param>
    /// <returns>The canonical text, level and changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not a scheme.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> holds no recognisable code; the message says why.</exception>
    public static CodeNormalization Normalize(string text, CodeScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(text);
        CheckScheme(scheme);
        return Run(text, scheme, out CodeNormalization? result) is { } error ? throw new FormatException(error) : result!;
    }

    /// <summary>Tries to normalise a written code of any level of the given scheme, saying why on failure; never throws for bad text.</summary>
    /// <param name="text">The written code, or <see langword="null"/>.</param>
    /// <param name="scheme"><see cref="CodeScheme.Permendagri13"/> or <see cref="CodeScheme.Permendagri90"/>.</param>
    /// <param name="result">The canonical text, level and changes; <see langword="null"/> on failure.</param>
    /// <param name="error">Why the text is not a code (what, where, why); <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when a code was recognised.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not a scheme.</exception>
    public static bool TryNormalize(
        [NotNullWhen(true)] string? text,
        CodeScheme scheme,
        [NotNullWhen(true)] out CodeNormalization? result,
        [NotNullWhen(false)] out string? error)
    {
        CheckScheme(scheme);
        if (text is null)
        {
            result = null;
            error = "Code text is null.";
            return false;
        }

        error = Run(text, scheme, out result);
        return error is null;
    }

    /// <summary>
    /// Tries to normalise a written <c>kode rekening</c> of either scheme (<c>5 . 2 . 2 . 01 . 04</c>,
    /// <c>5 2 2 01 01</c>, <c>5.2.2.01.0001.</c>, <c>5.1.02.01.01.0024 Belanja Alat Tulis Kantor</c>); never throws.
    /// </summary>
    /// <param name="text">The written code, or <see langword="null"/>.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised (its <see cref="CodeNormalization.Scheme"/> is the code's); <see langword="null"/> on failure.</param>
    /// <param name="error">Why the text is not a kode rekening; <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when a kode rekening was recognised.</returns>
    /// <remarks>The same spellings are repaired as for the other codes, except that short parts are never padded: a
    /// rekening's widths depend on its scheme, so <c>5.2.2.1.1</c> is rejected rather than guessed.</remarks>
    public static bool TryNormalizeRekening(
        [NotNullWhen(true)] string? text,
        out RekeningCode code,
        [NotNullWhen(true)] out CodeNormalization? details,
        [NotNullWhen(false)] out string? error)
    {
        if (text is null)
        {
            code = default;
            details = null;
            error = "Code text is null.";
            return false;
        }

        error = RunRekening(text, out details, out code);
        return error is null;
    }

    /// <summary>Tries to normalise a written <c>kode rekening</c> of either scheme; never throws.</summary>
    /// <param name="text">The written code, or <see langword="null"/>.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when a kode rekening was recognised.</returns>
    public static bool TryNormalizeRekening([NotNullWhen(true)] string? text, out RekeningCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeRekening(text, out code, out details, out _);

    /// <summary>Tries to normalise a written 90/2019 <c>urusan</c> code (<c>1</c>); fails for any other level.</summary>
    /// <param name="text">The written code.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> holds a 90/2019 <c>urusan</c> code.</returns>
    public static bool TryNormalizeSipdUrusan(string? text, out SipdUrusanCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeSipd(text, SipdCodeLevel.Urusan, out code, out details);

    /// <summary>Tries to normalise a written <c>bidang urusan</c> code (<c>1.02</c>); fails for any other level.</summary>
    /// <param name="text">The written code.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> holds a <c>bidang urusan</c> code.</returns>
    public static bool TryNormalizeBidangUrusan(string? text, out BidangUrusanCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeSipd(text, SipdCodeLevel.BidangUrusan, out code, out details);

    /// <summary>Tries to normalise a written 90/2019 program code (<c>1.02.02</c>); fails for any other level.</summary>
    /// <param name="text">The written code.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> holds a 90/2019 program code.</returns>
    public static bool TryNormalizeSipdProgram(string? text, out SipdProgramCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeSipd(text, SipdCodeLevel.Program, out code, out details);

    /// <summary>Tries to normalise a written 90/2019 <c>kegiatan</c> code (<c>1.02.02.2.02</c>); fails for any other level.</summary>
    /// <param name="text">The written code.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> holds a 90/2019 <c>kegiatan</c> code.</returns>
    public static bool TryNormalizeSipdKegiatan(string? text, out SipdKegiatanCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeSipd(text, SipdCodeLevel.Kegiatan, out code, out details);

    /// <summary>Tries to normalise a written <c>sub kegiatan</c> code (<c>1.02.02.2.02.0001</c>); fails for any other level.</summary>
    /// <param name="text">The written code; a one- or three-digit sub kegiatan number is padded to four digits.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> holds a <c>sub kegiatan</c> code.</returns>
    public static bool TryNormalizeSubKegiatan(string? text, out SubKegiatanCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeSipd(text, SipdCodeLevel.SubKegiatan, out code, out details);

    /// <summary>Tries to normalise a written SKPD or unit code (<c>1.02.0.00.0.00.01.0000</c>); fails for any other level.</summary>
    /// <param name="text">The written code.</param>
    /// <param name="code">The code, or <see langword="default"/> on failure.</param>
    /// <param name="details">What was normalised; <see langword="null"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> holds an SKPD code.</returns>
    public static bool TryNormalizeSkpd(string? text, out SkpdCode code, [NotNullWhen(true)] out CodeNormalization? details) =>
        TryNormalizeSipd(text, SipdCodeLevel.Skpd, out code, out details);

    private static bool TryNormalizeSipd<T>(string? text, SipdCodeLevel level, out T code, [NotNullWhen(true)] out CodeNormalization? details)
        where T : struct, ICanonicalCode<T>
    {
        code = default;
        if (text is not null && Run(text, CodeScheme.Permendagri90, out details) is null && details!.SipdLevel == level
            && CanonicalCode.TryParseCore(details.Code, out code).IsSuccess)
        {
            return true;
        }

        details = null;
        return false;
    }

    private static void CheckScheme(CodeScheme scheme)
    {
        if (scheme is not (CodeScheme.Permendagri13 or CodeScheme.Permendagri90))
        {
            throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Give CodeScheme.Permendagri13 or CodeScheme.Permendagri90.");
        }
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

    /// <summary>Runs the scan for a scheme; returns an error message, or <see langword="null"/> and the result.</summary>
    private static string? Run(string text, CodeScheme scheme, out CodeNormalization? result)
    {
        result = null;
        var scanned = new ScannedCode(stackalloc int[CodeScanner.MaxPartsScanned], stackalloc int[CodeScanner.MaxPartsScanned]);
        if (CodeScanner.Scan(text, ref scanned) is { } scanError)
        {
            return scanError;
        }

        int partCount = scanned.PartCount;
        CodeNormalizationChanges changes = scanned.Changes;

        CodeLayout? layout = scheme == CodeScheme.Permendagri90 ? CodeScanner.SipdLayout(partCount) : CodeScanner.Layout(partCount);
        if (layout is null)
        {
            return scheme == CodeScheme.Permendagri90
                ? string.Create(
                    CultureInfo.InvariantCulture,
                    $"Code text '{text}' has {partCount} part{(partCount == 1 ? string.Empty : "s")}; a Permendagri 90/2019 code has 1 (urusan D), 2 (bidang urusan D.DD), 3 (program D.DD.DD), 5 (kegiatan D.DD.DD.D.DD), 6 (sub kegiatan D.DD.DD.D.DD.DDDD) or 8 (SKPD D.DD.D.DD.D.DD.DD.DDDD) parts.")
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"Code text '{text}' has {partCount} part{(partCount == 1 ? string.Empty : "s")}; a code has 2 (urusan D.DD), 3 (organisasi D.DD.DD), 6 (program D.DD.D.DD.DD.DD) or 7 (kegiatan D.DD.D.DD.DD.DD.DDD) parts.");
        }

        var canonical = new StringBuilder(CodeSyntax.MaxLength);
        for (int part = 0; part < partCount; part++)
        {
            int length = scanned.Lengths[part];
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
            canonical.Append(scanned.Digits, scanned.Starts[part], length);
        }

        string code = canonical.ToString();
        result = new CodeNormalization(
            text,
            changes == CodeNormalizationChanges.None ? text : code,
            scheme == CodeScheme.Permendagri90 ? CodeLevel.None : (CodeLevel)partCount,
            changes,
            scanned.TrailingText)
        {
            Scheme = scheme,
            SipdLevel = scheme == CodeScheme.Permendagri90 ? (SipdCodeLevel)partCount : SipdCodeLevel.None,
        };
        return null;
    }

    /// <summary>Runs the scan for a kode rekening; returns an error message, or <see langword="null"/> and the result.</summary>
    private static string? RunRekening(string text, out CodeNormalization? result, out RekeningCode code)
    {
        result = null;
        code = default;
        var scanned = new ScannedCode(stackalloc int[CodeScanner.MaxPartsScanned], stackalloc int[CodeScanner.MaxPartsScanned]);
        if (CodeScanner.Scan(text, ref scanned) is { } scanError)
        {
            return scanError;
        }

        int partCount = scanned.PartCount;
        CodeNormalizationChanges changes = scanned.Changes;

        var canonical = new StringBuilder(scanned.Digits.Length + partCount);
        for (int part = 0; part < partCount; part++)
        {
            if (part > 0)
            {
                canonical.Append('.');
            }

            canonical.Append(scanned.Digits, scanned.Starts[part], scanned.Lengths[part]);
        }

        string written = canonical.ToString();
        CodeParseError error = CanonicalCode.TryParseCore(written, out code);
        if (!error.IsSuccess)
        {
            string message = CanonicalCode.Message<RekeningCode>(error, written);
            return changes == CodeNormalizationChanges.None ? message : $"Code text '{text}' reads as '{written}': {message}";
        }

        result = new CodeNormalization(text, changes == CodeNormalizationChanges.None ? text : written, CodeLevel.None, changes, scanned.TrailingText)
        {
            Scheme = code.Scheme,
        };
        return null;
    }

}
