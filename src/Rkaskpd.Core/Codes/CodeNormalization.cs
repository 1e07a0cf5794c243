using System;
using System.Collections.Generic;
using Rkaskpd.Resources;

namespace Rkaskpd.Codes;

/// <summary>
/// The result of <see cref="CodeNormalizer"/>: the canonical code text found in a written code, its level, and what
/// was changed to get there, so that a reader can warn about non-canonical spellings.
/// </summary>
/// <remarks>Equality is value equality over all properties.</remarks>
public sealed record CodeNormalization
{
    internal CodeNormalization(string input, string code, CodeLevel level, CodeNormalizationChanges changes, string trailingText)
    {
        Input = input;
        Code = code;
        Level = level;
        Changes = changes;
        TrailingText = trailingText;
    }

    /// <summary>Gets the text as given to the normaliser.</summary>
    /// <value>E.g. <c>Kode: 2.07 . 2.07.01 . 27 . 02</c>.</value>
    public string Input { get; }

    /// <summary>Gets the canonical code text, which the level's strict <c>Parse</c> accepts.</summary>
    /// <value>E.g. <c>2.07.2.07.01.27.02</c>.</value>
    public string Code { get; }

    /// <summary>Gets the 13/2006 level told by the number of parts; <see cref="CodeLevel.None"/> for a 90/2019 code and a kode rekening.</summary>
    /// <value>2 parts <see cref="CodeLevel.Urusan"/>, 3 <see cref="CodeLevel.Organisasi"/>, 6 <see cref="CodeLevel.Program"/>, 7 <see cref="CodeLevel.Kegiatan"/>.</value>
    public CodeLevel Level { get; }

    /// <summary>Gets the scheme the text was read in; for a kode rekening, the scheme its shape tells (see <see cref="RekeningCode.Scheme"/>).</summary>
    /// <value><see cref="CodeScheme.Permendagri13"/> for the 13/2006 methods of <see cref="CodeNormalizer"/>.</value>
    public CodeScheme Scheme { get; internal init; } = CodeScheme.Permendagri13;

    /// <summary>Gets the 90/2019 level told by the number of parts; <see cref="SipdCodeLevel.None"/> for the other schemes and for a kode rekening.</summary>
    /// <value>E.g. <see cref="SipdCodeLevel.SubKegiatan"/> for <c>1.02.02.2.02.0001</c>.</value>
    public SipdCodeLevel SipdLevel { get; internal init; }

    /// <summary>Gets what was changed; <see cref="CodeNormalizationChanges.None"/> when <see cref="Input"/> was canonical.</summary>
    /// <value>A combination of flags.</value>
    public CodeNormalizationChanges Changes { get; }

    /// <summary>Gets the text that followed the code after whitespace (usually its name), trimmed; empty when none.</summary>
    /// <value>E.g. <c>KECAMATAN LUMAJANG</c> for the input <c>3.05.09 KECAMATAN LUMAJANG</c>.</value>
    public string TrailingText { get; }

    /// <summary>Gets a value indicating whether the input was already the canonical code.</summary>
    /// <value><see langword="true"/> when <see cref="Changes"/> is <see cref="CodeNormalizationChanges.None"/>.</value>
    public bool IsCanonical => Changes == CodeNormalizationChanges.None;

    /// <summary>Describes each change in English, one sentence each, in a fixed order; empty when canonical.</summary>
    /// <returns>The descriptions, e.g. <c>removed spaces around dots</c>.</returns>
    public IReadOnlyList<string> DescribeChanges()
    {
        var descriptions = new List<string>();
        foreach (CodeNormalizationChanges flag in Enum.GetValues<CodeNormalizationChanges>())
        {
            if (flag != CodeNormalizationChanges.None && (Changes & flag) == flag)
            {
                descriptions.Add(Describe(flag));
            }
        }

        return descriptions;
    }

    private static string Describe(CodeNormalizationChanges flag) => flag switch
    {
        CodeNormalizationChanges.TrimmedWhitespace => MessageResources.CodeChangeTrimmedWhitespace,
        CodeNormalizationChanges.RemovedLabel => MessageResources.CodeChangeRemovedLabel,
        CodeNormalizationChanges.RemovedLeadingDot => MessageResources.CodeChangeRemovedLeadingDot,
        CodeNormalizationChanges.RemovedTrailingDot => MessageResources.CodeChangeRemovedTrailingDot,
        CodeNormalizationChanges.RemovedSpacesAroundDots => MessageResources.CodeChangeRemovedSpacesAroundDots,
        CodeNormalizationChanges.ReplacedSpacesWithDots => MessageResources.CodeChangeReplacedSpacesWithDots,
        CodeNormalizationChanges.ReplacedDotCharacters => MessageResources.CodeChangeReplacedDotCharacters,
        CodeNormalizationChanges.ReplacedDigitCharacters => MessageResources.CodeChangeReplacedDigitCharacters,
        CodeNormalizationChanges.PaddedParts => MessageResources.CodeChangePaddedParts,
        CodeNormalizationChanges.RemovedTrailingText => MessageResources.CodeChangeRemovedTrailingText,
        CodeNormalizationChanges.RemovedRepeatedUrusan => MessageResources.CodeChangeRemovedRepeatedUrusan,
        CodeNormalizationChanges.AddedUrusan => MessageResources.CodeChangeAddedUrusan,
        _ => flag.ToString(),
    };
}
