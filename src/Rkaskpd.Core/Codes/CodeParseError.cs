namespace Rkaskpd.Codes;

/// <summary>The outcome of a strict parse: what went wrong and where, without allocating.</summary>
/// <param name="Kind">What went wrong, or <see cref="CodeParseErrorKind.None"/>.</param>
/// <param name="Position">Zero-based character position of the problem.</param>
/// <param name="Part">Zero-based index of the part at fault.</param>
/// <param name="Value">The part count found (for <see cref="CodeParseErrorKind.PartCount"/>) or the digit count found
/// (for <see cref="CodeParseErrorKind.PartWidth"/>).</param>
internal readonly record struct CodeParseError(CodeParseErrorKind Kind, int Position, int Part, int Value)
{
    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    internal bool IsSuccess => Kind == CodeParseErrorKind.None;
}
