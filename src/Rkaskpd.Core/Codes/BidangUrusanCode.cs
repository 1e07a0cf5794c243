using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Codes;

/// <summary>
/// A <c>bidang urusan</c> (field of a government affair) code of the Permendagri 90/2019 scheme, written <c>D.DD</c>:
/// the <see cref="Urusan"/> and the field's number, e.g. <c>1.02</c> (<c>URUSAN PEMERINTAHAN BIDANG KESEHATAN</c>).
/// </summary>
/// <remarks>
/// <para>
/// The text has the shape of a 13/2006 <see cref="UrusanCode"/> (<c>3.05</c>): the two are different types because
/// they belong to different schemes, and <see cref="CodeSchemeDetector"/> cannot tell them apart by shape alone.
/// See <see cref="SipdUrusanCode"/> for the naming of the 90/2019 types.
/// </para>
/// <para>
/// Equality and ordering compare (<see cref="Urusan"/>, <see cref="Number"/>). The default value is <c>0.00</c>.
/// </para>
/// </remarks>
/// <example><code>
/// BidangUrusanCode bidang = BidangUrusanCode.Parse("1.02");
/// SipdProgramCode program = bidang.Program(2); // 1.02.02
/// </code></example>
[JsonConverter(typeof(BidangUrusanCodeJsonConverter))]
public readonly struct BidangUrusanCode :
    IEquatable<BidangUrusanCode>,
    IComparable<BidangUrusanCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<BidangUrusanCode>,
    IComparisonOperators<BidangUrusanCode, BidangUrusanCode, bool>,
    ICanonicalCode<BidangUrusanCode>
{
    /// <summary>The length of the longest canonical text of this type: 4.</summary>
    public const int MaxFormattedLength = 4;

    private readonly short _value;

    private BidangUrusanCode(int value) => _value = (short)value;

    /// <summary>Gets the <c>urusan</c> the field belongs to, the first part.</summary>
    /// <value>E.g. <c>1</c> for <c>1.02</c>.</value>
    public SipdUrusanCode Urusan => SipdUrusanCode.FromPacked(_value / 100);

    /// <summary>Gets the field's number within its <see cref="Urusan"/>, the second part: 0–99.</summary>
    /// <value>E.g. <c>2</c> for <c>1.02</c>.</value>
    public int Number => _value % 100;

    /// <summary>Gets a value indicating whether the code is <c>0.00</c>, which SKPD codes print for "no further bidang".</summary>
    /// <value><see langword="true"/> for <c>0.00</c>.</value>
    public bool IsZero => _value == 0;

    /// <summary>The packed value (<c>urusan * 100 + number</c>), for the enclosing codes.</summary>
    internal int Packed => _value;

    /// <summary>Creates a code from its parts.</summary>
    /// <param name="urusan">The <c>urusan</c>.</param>
    /// <param name="number">The field's number within <paramref name="urusan"/>, 0–99.</param>
    /// <returns>The code <c>urusan.number</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0–99.</exception>
    public static BidangUrusanCode Create(SipdUrusanCode urusan, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        return new BidangUrusanCode((urusan.Number * 100) + number);
    }

    /// <summary>Creates a code from its packed value; the caller guarantees the range.</summary>
    internal static BidangUrusanCode FromPacked(int packed) => new(packed);

    /// <summary>Creates the code of a program of this field.</summary>
    /// <param name="number">The program number, 0–99.</param>
    /// <returns>The code <c>this.number</c>, e.g. <c>1.02.02</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0–99.</exception>
    public SipdProgramCode Program(int number) => SipdProgramCode.Create(this, number);

    /// <summary>Tells whether this field belongs to <paramref name="urusan"/>.</summary>
    /// <param name="urusan">The <c>urusan</c>.</param>
    /// <returns><see langword="true"/> when <see cref="Urusan"/> equals <paramref name="urusan"/>.</returns>
    public bool IsUnder(SipdUrusanCode urusan) => Urusan == urusan;

    /// <summary>Tells whether <paramref name="program"/> is a program of this field.</summary>
    /// <param name="program">The program code.</param>
    /// <returns><see langword="true"/> when <c>program.BidangUrusan</c> equals this code.</returns>
    public bool Contains(SipdProgramCode program) => program.BidangUrusan == this;

    /// <summary>Compares in code order: by <see cref="Urusan"/>, then <see cref="Number"/>.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(BidangUrusanCode other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    static CodeParseError ICanonicalCode<BidangUrusanCode>.TryParseCore(ReadOnlySpan<char> s, out BidangUrusanCode result)
    {
        Span<int> values = stackalloc int[2];
        CodeParseError error = CodeSyntax.Parse(s, CodeSyntax.BidangUrusan, values, out _);
        result = error.IsSuccess ? new BidangUrusanCode((values[0] * 100) + values[1]) : default;
        return error;
    }

    /// <inheritdoc/>
    static string ICanonicalCode<BidangUrusanCode>.Message(CodeParseError error, ReadOnlySpan<char> s) => CodeSyntax.Message(error, s, CodeSyntax.BidangUrusan);

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T> =>
        CodeSyntax.TryWrite(destination, [_value / 100, Number], CodeSyntax.BidangUrusan.Widths, out written);

    /// <inheritdoc/>
    bool ICanonicalCode<BidangUrusanCode>.TryFormatCore<T>(Span<T> destination, out int written) => TryFormatCore(destination, out written);

    /// <summary>Gets the scheme of the code: always <see cref="CodeScheme.Permendagri90"/>.</summary>
    /// <value><see cref="CodeScheme.Permendagri90"/>.</value>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every code tells its scheme as an instance member.")]
    public CodeScheme Scheme => CodeScheme.Permendagri90;

    /// <inheritdoc/>
    static int ICanonicalCode<BidangUrusanCode>.MaxLength => MaxFormattedLength;

    /// <summary>Parses the canonical text (<c>1.02</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1.02</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static BidangUrusanCode Parse(string s) => CanonicalCode.Parse<BidangUrusanCode>(s);

    /// <summary>Parses the canonical text (<c>1.02</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1.02</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static BidangUrusanCode Parse(ReadOnlySpan<char> s) => CanonicalCode.Parse<BidangUrusanCode>(s);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out BidangUrusanCode result) => CanonicalCode.TryParse(s, out result);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out BidangUrusanCode result) => CanonicalCode.TryParse(s, out result);

    /// <inheritdoc/>
    static BidangUrusanCode IParsable<BidangUrusanCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<BidangUrusanCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out BidangUrusanCode result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static BidangUrusanCode ISpanParsable<BidangUrusanCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<BidangUrusanCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out BidangUrusanCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text, e.g. <c>1.02</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => CanonicalCode.ToString(this);

    /// <summary>Writes the canonical text as UTF-16.</summary>
    /// <param name="destination">The buffer; <c>4</c> characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) => TryFormatCore(destination, out charsWritten);

    /// <summary>Writes the canonical text as UTF-8 (ASCII).</summary>
    /// <param name="utf8Destination">The buffer; <c>4</c> bytes always suffice.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) => TryFormatCore(utf8Destination, out bytesWritten);

    /// <summary>Returns the canonical text; the only formats are empty and <c>G</c>, and the provider is ignored.</summary>
    /// <param name="format">Empty, <see langword="null"/> or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: codes never depend on culture.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CanonicalCode.ToString(this, format, nameof(BidangUrusanCode));

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, destination, out charsWritten, format, nameof(BidangUrusanCode));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, utf8Destination, out bytesWritten, format, nameof(BidangUrusanCode));

    /// <summary>Tells whether two codes are the same (see the type's remarks).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(BidangUrusanCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is BidangUrusanCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares in code order with a boxed <see cref="BidangUrusanCode"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A boxed <see cref="BidangUrusanCode"/> or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="BidangUrusanCode"/>.</exception>
    public int CompareTo(object? obj) => CanonicalCode.CompareTo(this, obj, nameof(BidangUrusanCode));

    /// <summary>Tells whether two codes are equal.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(BidangUrusanCode left, BidangUrusanCode right) => left.Equals(right);

    /// <summary>Tells whether two codes differ.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(BidangUrusanCode left, BidangUrusanCode right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(BidangUrusanCode left, BidangUrusanCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(BidangUrusanCode left, BidangUrusanCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(BidangUrusanCode left, BidangUrusanCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(BidangUrusanCode left, BidangUrusanCode right) => left.CompareTo(right) >= 0;
}
