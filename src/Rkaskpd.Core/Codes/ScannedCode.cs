using System;
using System.Text;

namespace Rkaskpd.Codes;

/// <summary>
/// A written code scanned into its digit groups by <see cref="CodeNormalizer"/>, before a layout is chosen; the part
/// tables live on the caller's stack.
/// </summary>
internal ref struct ScannedCode
{
    internal ScannedCode(Span<int> starts, Span<int> lengths)
    {
        Starts = starts;
        Lengths = lengths;
        Digits = new StringBuilder(CodeSyntax.MaxLength);
        TrailingText = string.Empty;
    }

    /// <summary>Gets the start of each part in <see cref="Digits"/>.</summary>
    internal Span<int> Starts { get; }

    /// <summary>Gets the digit count of each part as written.</summary>
    internal Span<int> Lengths { get; }

    /// <summary>Gets the digits of all parts, ASCII, without separators.</summary>
    internal StringBuilder Digits { get; }

    /// <summary>Gets or sets the number of parts.</summary>
    internal int PartCount { get; set; }

    /// <summary>Gets or sets what the scan changed (separators, label, trailing text, ...).</summary>
    internal CodeNormalizationChanges Changes { get; set; }

    /// <summary>Gets or sets the text after the code, trimmed; empty when none.</summary>
    internal string TrailingText { get; set; }
}
