using System;

namespace Rkaskpd.Codes;

/// <summary>
/// What <see cref="CodeNormalizer"/> changed to turn a written code into its canonical text. A reader can turn any
/// flag into a warning; <see cref="None"/> means the text already was canonical.
/// </summary>
[Flags]
public enum CodeNormalizationChanges
{
    /// <summary>Nothing changed: the text was the canonical code.</summary>
    None = 0,

    /// <summary>Whitespace before or after the code was removed.</summary>
    TrimmedWhitespace = 1 << 0,

    /// <summary>A label ending with a colon before the code was removed (<c>Kode: 3.05</c>).</summary>
    RemovedLabel = 1 << 1,

    /// <summary>A dot before the first digit was removed (<c>.3.05</c>).</summary>
    RemovedLeadingDot = 1 << 2,

    /// <summary>A dot after the last digit was removed (<c>1.08.01.</c>).</summary>
    RemovedTrailingDot = 1 << 3,

    /// <summary>Spaces around a dot were removed (<c>2.07 . 2.07.01</c>).</summary>
    RemovedSpacesAroundDots = 1 << 4,

    /// <summary>Spaces used in place of a dot were replaced by a dot (<c>1 02 01</c>).</summary>
    ReplacedSpacesWithDots = 1 << 5,

    /// <summary>Another dot-like character (full-width <c>．</c>, middle dot <c>·</c>, ...) was replaced by an ASCII dot.</summary>
    ReplacedDotCharacters = 1 << 6,

    /// <summary>Non-ASCII decimal digits (full-width <c>３</c>, Arabic-Indic, ...) were replaced by ASCII digits.</summary>
    ReplacedDigitCharacters = 1 << 7,

    /// <summary>A part written with too few digits was padded with leading zeros (<c>3.5.9</c> → <c>3.05.09</c>;
    /// a one-digit <c>kegiatan</c> number gets three digits).</summary>
    PaddedParts = 1 << 8,

    /// <summary>Text after the code, separated from it by whitespace (usually its name), was set aside in
    /// <see cref="CodeNormalization.TrailingText"/>.</summary>
    RemovedTrailingText = 1 << 9,

    /// <summary>The code's urusan, written again before it, was removed: SIMDA prints an organisasi after its urusan
    /// (<c>1.02.1.02.01</c>, <c>3.03 . 3.03.01</c>) and an urusan twice (<c>1.02 . 1.02</c>).</summary>
    RemovedRepeatedUrusan = 1 << 10,

    /// <summary>The urusan a program or kegiatan code leaves out before its organisasi was written in: a template's
    /// code columns give the organisasi and the code's own parts only (<c>1 02 01 22</c>: urusan 1.02, organisasi
    /// 1.02.01, program 22, read as <c>1.02.1.02.01.22</c>).</summary>
    AddedUrusan = 1 << 11,
}
