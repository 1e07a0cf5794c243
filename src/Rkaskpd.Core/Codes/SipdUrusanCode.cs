using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Codes;

/// <summary>
/// An <c>urusan pemerintahan</c> (government affair) code of the Permendagri 90/2019 scheme: one digit, e.g. <c>1</c>
/// (<c>URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR</c>).
/// </summary>
/// <remarks>
/// <para>
/// The 90/2019 types are named apart from the 13/2006 ones in the same namespace: where 13/2006 has a type of the same
/// level (<see cref="UrusanCode"/>, <see cref="ProgramCode"/>, <see cref="KegiatanCode"/>) the 90/2019 type carries the
/// prefix <c>Sipd</c> (the system that prints these codes); the levels only 90/2019 has are
/// <see cref="BidangUrusanCode"/>, <see cref="SubKegiatanCode"/> and <see cref="SkpdCode"/>. So both schemes can be
/// used in one file without aliases, and a 13/2006 <c>UrusanCode</c> (<c>3.05</c>) is never confused with a 90/2019
/// urusan (<c>1</c>), which has another shape and meaning.
/// </para>
/// <para>
/// Any digit 0–9 is accepted and none is interpreted (the 90/2019 tables use 1–9). Equality and ordering compare the
/// number. The default value is <c>0</c>: it parses and formats like any other code but names no real affair.
/// </para>
/// </remarks>
/// <example><code>
/// SipdUrusanCode urusan = SipdUrusanCode.Parse("1");
/// BidangUrusanCode kesehatan = urusan.BidangUrusan(2); // 1.02
/// </code></example>
[JsonConverter(typeof(SipdUrusanCodeJsonConverter))]
public readonly struct SipdUrusanCode :
    IEquatable<SipdUrusanCode>,
    IComparable<SipdUrusanCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<SipdUrusanCode>,
    IComparisonOperators<SipdUrusanCode, SipdUrusanCode, bool>,
    ICanonicalCode<SipdUrusanCode>
{
    /// <summary>The length of the longest canonical text of this type: 1.</summary>
    public const int MaxFormattedLength = 1;

    private readonly byte _value;

    private SipdUrusanCode(int value) => _value = (byte)value;

    /// <summary>Gets the affair's number: 0–9.</summary>
    /// <value>E.g. <c>1</c> for <c>1</c>.</value>
    public int Number => _value;

    /// <summary>Creates a code from its number.</summary>
    /// <param name="number">The affair's number, 0–9.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0–9.</exception>
    public static SipdUrusanCode Create(int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9);
        return new SipdUrusanCode(number);
    }

    /// <summary>Creates a code from its packed value; the caller guarantees the range.</summary>
    internal static SipdUrusanCode FromPacked(int packed) => new(packed);

    /// <summary>Creates the <c>bidang urusan</c> code with the given number under this affair.</summary>
    /// <param name="number">The <c>bidang</c> number, 0–99.</param>
    /// <returns>The code <c>this.number</c>, e.g. <c>1.02</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0–99.</exception>
    public BidangUrusanCode BidangUrusan(int number) => BidangUrusanCode.Create(this, number);

    /// <summary>Tells whether <paramref name="bidangUrusan"/> belongs to this affair.</summary>
    /// <param name="bidangUrusan">The <c>bidang urusan</c> code.</param>
    /// <returns><see langword="true"/> when <c>bidangUrusan.Urusan</c> equals this code.</returns>
    public bool Contains(BidangUrusanCode bidangUrusan) => bidangUrusan.Urusan == this;

    /// <summary>Compares in code order: by <see cref="Number"/>.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(SipdUrusanCode other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    static CodeParseError ICanonicalCode<SipdUrusanCode>.TryParseCore(ReadOnlySpan<char> s, out SipdUrusanCode result)
    {
        Span<int> values = stackalloc int[1];
        CodeParseError error = CodeSyntax.Parse(s, CodeSyntax.SipdUrusan, values, out _);
        result = error.IsSuccess ? new SipdUrusanCode(values[0]) : default;
        return error;
    }

    /// <inheritdoc/>
    static string ICanonicalCode<SipdUrusanCode>.Message(CodeParseError error, ReadOnlySpan<char> s) => CodeSyntax.Message(error, s, CodeSyntax.SipdUrusan);

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T> =>
        CodeSyntax.TryWrite(destination, [Number], CodeSyntax.SipdUrusan.Widths, out written);

    /// <inheritdoc/>
    bool ICanonicalCode<SipdUrusanCode>.TryFormatCore<T>(Span<T> destination, out int written) => TryFormatCore(destination, out written);

    /// <summary>Gets the scheme of the code: always <see cref="CodeScheme.Permendagri90"/>.</summary>
    /// <value><see cref="CodeScheme.Permendagri90"/>.</value>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every code tells its scheme as an instance member.")]
    public CodeScheme Scheme => CodeScheme.Permendagri90;

    /// <inheritdoc/>
    static int ICanonicalCode<SipdUrusanCode>.MaxLength => MaxFormattedLength;

    /// <summary>Parses the canonical text (<c>1</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static SipdUrusanCode Parse(string s) => CanonicalCode.Parse<SipdUrusanCode>(s);

    /// <summary>Parses the canonical text (<c>1</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static SipdUrusanCode Parse(ReadOnlySpan<char> s) => CanonicalCode.Parse<SipdUrusanCode>(s);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SipdUrusanCode result) => CanonicalCode.TryParse(s, out result);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out SipdUrusanCode result) => CanonicalCode.TryParse(s, out result);

    /// <inheritdoc/>
    static SipdUrusanCode IParsable<SipdUrusanCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<SipdUrusanCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SipdUrusanCode result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static SipdUrusanCode ISpanParsable<SipdUrusanCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<SipdUrusanCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SipdUrusanCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text, e.g. <c>1</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => CanonicalCode.ToString(this);

    /// <summary>Writes the canonical text as UTF-16.</summary>
    /// <param name="destination">The buffer; <c>1</c> characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) => TryFormatCore(destination, out charsWritten);

    /// <summary>Writes the canonical text as UTF-8 (ASCII).</summary>
    /// <param name="utf8Destination">The buffer; <c>1</c> bytes always suffice.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) => TryFormatCore(utf8Destination, out bytesWritten);

    /// <summary>Returns the canonical text; the only formats are empty and <c>G</c>, and the provider is ignored.</summary>
    /// <param name="format">Empty, <see langword="null"/> or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: codes never depend on culture.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CanonicalCode.ToString(this, format, nameof(SipdUrusanCode));

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, destination, out charsWritten, format, nameof(SipdUrusanCode));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, utf8Destination, out bytesWritten, format, nameof(SipdUrusanCode));

    /// <summary>Tells whether two codes are the same (see the type's remarks).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(SipdUrusanCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SipdUrusanCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares in code order with a boxed <see cref="SipdUrusanCode"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A boxed <see cref="SipdUrusanCode"/> or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="SipdUrusanCode"/>.</exception>
    public int CompareTo(object? obj) => CanonicalCode.CompareTo(this, obj, nameof(SipdUrusanCode));

    /// <summary>Tells whether two codes are equal.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SipdUrusanCode left, SipdUrusanCode right) => left.Equals(right);

    /// <summary>Tells whether two codes differ.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SipdUrusanCode left, SipdUrusanCode right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(SipdUrusanCode left, SipdUrusanCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(SipdUrusanCode left, SipdUrusanCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(SipdUrusanCode left, SipdUrusanCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(SipdUrusanCode left, SipdUrusanCode right) => left.CompareTo(right) >= 0;
}
