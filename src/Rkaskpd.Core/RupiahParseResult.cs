using System;

namespace Rkaskpd;

/// <summary>
/// The outcome of <see cref="Rupiah.ParseDetailed(ReadOnlySpan{char}, RupiahStyles)"/>: either the amount and how it
/// was written, or what was wrong and where. Getting a result never throws for bad text.
/// </summary>
/// <remarks>The default value of this type is a successful result for <see cref="Rupiah.Zero"/> with no notation.
/// Two results are equal when all their properties are equal.</remarks>
public readonly struct RupiahParseResult : IEquatable<RupiahParseResult>
{
    private readonly Rupiah value;
    private readonly char found;
    private readonly int errorIndex;

    private RupiahParseResult(Rupiah value, RupiahNotation notation, RupiahParseError error, int errorIndex, char found)
    {
        this.value = value;
        Notation = notation;
        Error = error;
        this.errorIndex = errorIndex;
        this.found = found;
    }

    /// <summary>Gets a value indicating whether the text was an amount.</summary>
    /// <value><see langword="true"/> when <see cref="Value"/> holds the parsed amount.</value>
    public bool Success => Error == RupiahParseError.None;

    /// <summary>Gets the parsed amount.</summary>
    /// <value>The amount the text spelled.</value>
    /// <exception cref="FormatException">Parsing failed; the message is <see cref="ErrorMessage"/>.</exception>
    public Rupiah Value => Success ? value : throw new FormatException(ErrorMessage);

    /// <summary>Gets how the amount was written: currency symbol, separators, <c>sen</c> spelling. On failure, what
    /// was seen before the error.</summary>
    /// <value>A combination of <see cref="RupiahNotation"/> flags.</value>
    public RupiahNotation Notation { get; }

    /// <summary>Gets why parsing failed, or <see cref="RupiahParseError.None"/> on success.</summary>
    /// <value>A stable error code.</value>
    public RupiahParseError Error { get; }

    /// <summary>Gets the zero-based index in the text of the character where parsing failed (the text's length when
    /// the text ended too early), or -1 on success.</summary>
    /// <value>A character index or -1.</value>
    public int ErrorIndex => Success ? -1 : errorIndex;

    /// <summary>Gets a message saying what was wrong, where and why, or <see langword="null"/> on success.</summary>
    /// <value>For <c>1.00.000</c>: "Cannot parse the amount at index 2 ('0'): thousands are separated in groups of
    /// exactly three digits, …".</value>
    public string? ErrorMessage => Success ? null : RupiahMessages.ParseFailure(Error, errorIndex, found);

    /// <summary>Tells whether two results are equal.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when all their properties are equal.</returns>
    public static bool operator ==(RupiahParseResult left, RupiahParseResult right) => left.Equals(right);

    /// <summary>Tells whether two results differ.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns><see langword="true"/> when any of their properties differ.</returns>
    public static bool operator !=(RupiahParseResult left, RupiahParseResult right) => !left.Equals(right);

    /// <summary>Gets the parsed amount if parsing succeeded.</summary>
    /// <param name="result">The amount, or <see cref="Rupiah.Zero"/> on failure.</param>
    /// <returns><see langword="true"/> on success.</returns>
    public bool TryGetValue(out Rupiah result)
    {
        result = Success ? value : default;
        return Success;
    }

    /// <summary>Tells whether this result equals another.</summary>
    /// <param name="other">The result to compare with.</param>
    /// <returns><see langword="true"/> when all their properties are equal.</returns>
    public bool Equals(RupiahParseResult other) =>
        value == other.value && Notation == other.Notation && Error == other.Error &&
        errorIndex == other.errorIndex && found == other.found;

    /// <summary>Tells whether this result equals another object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal <see cref="RupiahParseResult"/>.</returns>
    public override bool Equals(object? obj) => obj is RupiahParseResult other && Equals(other);

    /// <summary>Returns a hash code for this result.</summary>
    /// <returns>A hash code combining its properties.</returns>
    public override int GetHashCode() => HashCode.Combine(value, Notation, Error, errorIndex, found);

    /// <summary>Describes this result: the amount and its notation, or the error message.</summary>
    /// <returns>For a success, e.g. "73.246.000,00 (CurrencySymbolWithDot, DotGroupSeparator, DashForSen)".</returns>
    public override string ToString() => Success ? $"{value} ({Notation})" : ErrorMessage!;

    internal static RupiahParseResult ForSuccess(Rupiah value, RupiahNotation notation) =>
        new(value, notation, RupiahParseError.None, 0, '\0');

    internal static RupiahParseResult ForFailure(
        RupiahParseError error, ReadOnlySpan<char> text, int index, RupiahNotation notation) =>
        new(default, notation, error, index, index < text.Length ? text[index] : '\0');
}
