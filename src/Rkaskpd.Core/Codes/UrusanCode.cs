using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Codes;

/// <summary>
/// An <c>urusan pemerintahan</c> (government affair) code of the Permendagri 13/2006 scheme, written <c>D.DD</c>,
/// e.g. <c>3.05</c> (<c>PEMERINTAHAN UMUM</c> in the Lumajang 2020 forms).
/// </summary>
/// <remarks>
/// <para>
/// The first part is the <see cref="Kelompok"/>, the group of affairs: Permendagri 13/2006 uses <c>1</c> for
/// <c>urusan wajib</c> (mandatory affairs) and <c>2</c> for <c>urusan pilihan</c> (optional affairs); after
/// UU 23/2014 regions added further groups (<c>3</c>, <c>4</c>, ...) for their own classifications, so any digit
/// 0–9 is accepted and none is interpreted. The second part is the affair's <see cref="Number"/> within the group.
/// </para>
/// <para>
/// Equality and ordering compare (<see cref="Kelompok"/>, <see cref="Number"/>), which is the order of the code text
/// and the order in which affairs appear in a recap. The value is packed into one small integer.
/// The default value is <c>0.00</c>: it parses and formats like any other code but names no real affair.
/// </para>
/// </remarks>
/// <example><code>
/// UrusanCode urusan = UrusanCode.Parse("3.05");
/// OrganisasiCode kecamatan = urusan.Organisasi(9); // 3.05.09
/// </code></example>
[JsonConverter(typeof(UrusanCodeJsonConverter))]
public readonly struct UrusanCode :
    IEquatable<UrusanCode>,
    IComparable<UrusanCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<UrusanCode>,
    IComparisonOperators<UrusanCode, UrusanCode, bool>,
    ICanonicalCode<UrusanCode>
{
    /// <summary>The length of the longest canonical text of this type: 4.</summary>
    public const int MaxFormattedLength = 4;

    private readonly short _value;

    private UrusanCode(int value) => _value = (short)value;

    /// <summary>Gets the <c>kelompok urusan</c> (group of affairs), the first part: 0–9.</summary>
    /// <value>The first digit, e.g. <c>3</c> for <c>3.05</c>.</value>
    public int Kelompok => _value / 100;

    /// <summary>Gets the affair's number within its <see cref="Kelompok"/>, the second part: 0–99.</summary>
    /// <value>The last two digits, e.g. <c>5</c> for <c>3.05</c>.</value>
    public int Number => _value % 100;

    /// <summary>Gets the scheme of the code: always <see cref="CodeScheme.Permendagri13"/>.</summary>
    /// <value><see cref="CodeScheme.Permendagri13"/>.</value>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every code tells its scheme as an instance member.")]
    public CodeScheme Scheme => CodeScheme.Permendagri13;

    /// <summary>The packed value (<c>kelompok * 100 + number</c>), for the enclosing codes.</summary>
    internal int Packed => _value;

    /// <summary>Creates a code from its parts.</summary>
    /// <param name="kelompok">The <c>kelompok urusan</c> (group of affairs), 0–9.</param>
    /// <param name="urusan">The affair's number within the group, 0–99.</param>
    /// <returns>The code <c>kelompok.urusan</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside its range.</exception>
    public static UrusanCode Create(int kelompok, int urusan)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(kelompok);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(kelompok, 9);
        ArgumentOutOfRangeException.ThrowIfNegative(urusan);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(urusan, 99);
        return new UrusanCode((kelompok * 100) + urusan);
    }

    /// <summary>Creates a code from its packed value; the caller guarantees the range.</summary>
    internal static UrusanCode FromPacked(int packed) => new(packed);

    /// <summary>Creates the <c>organisasi</c> (SKPD) code with the given number under this affair.</summary>
    /// <param name="number">The <c>organisasi</c> number, 0–99.</param>
    /// <returns>The code <c>this.number</c>, e.g. <c>3.05.09</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0–99.</exception>
    public OrganisasiCode Organisasi(int number) => OrganisasiCode.Create(this, number);

    /// <summary>Tells whether <paramref name="organisasi"/> belongs to this affair.</summary>
    /// <param name="organisasi">The <c>organisasi</c> code.</param>
    /// <returns><see langword="true"/> when <c>organisasi.Urusan</c> equals this code.</returns>
    public bool Contains(OrganisasiCode organisasi) => organisasi.Urusan == this;

    /// <summary>Compares in code order: by <see cref="Kelompok"/>, then <see cref="Number"/>.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(UrusanCode other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    static int ICanonicalCode<UrusanCode>.MaxLength => MaxFormattedLength;

    /// <inheritdoc/>
    static string ICanonicalCode<UrusanCode>.Message(CodeParseError error, ReadOnlySpan<char> s) => CodeSyntax.Message(error, s, CodeSyntax.Urusan);

    /// <inheritdoc/>
    bool ICanonicalCode<UrusanCode>.TryFormatCore<T>(Span<T> destination, out int written) => TryFormatCore(destination, out written);

    /// <inheritdoc/>
    static CodeParseError ICanonicalCode<UrusanCode>.TryParseCore(ReadOnlySpan<char> s, out UrusanCode result)
    {
        Span<int> values = stackalloc int[2];
        CodeParseError error = CodeSyntax.Parse(s, CodeSyntax.Urusan, values, out _);
        result = error.IsSuccess ? new UrusanCode((values[0] * 100) + values[1]) : default;
        return error;
    }

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T> =>
        CodeSyntax.TryWrite(destination, [Kelompok, Number], CodeSyntax.Urusan.Widths, out written);

    /// <summary>Parses the canonical text (<c>3.05</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>3.05</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static UrusanCode Parse(string s) => CanonicalCode.Parse<UrusanCode>(s);

    /// <summary>Parses the canonical text (<c>3.05</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>3.05</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static UrusanCode Parse(ReadOnlySpan<char> s) => CanonicalCode.Parse<UrusanCode>(s);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out UrusanCode result) => CanonicalCode.TryParse(s, out result);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out UrusanCode result) => CanonicalCode.TryParse(s, out result);

    /// <inheritdoc/>
    static UrusanCode IParsable<UrusanCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<UrusanCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out UrusanCode result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static UrusanCode ISpanParsable<UrusanCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<UrusanCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out UrusanCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text, e.g. <c>3.05</c>.</summary>
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
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CanonicalCode.ToString(this, format, nameof(UrusanCode));

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, destination, out charsWritten, format, nameof(UrusanCode));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, utf8Destination, out bytesWritten, format, nameof(UrusanCode));

    /// <summary>Tells whether two codes are the same (see the type's remarks).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(UrusanCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is UrusanCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares in code order with a boxed <see cref="UrusanCode"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A boxed <see cref="UrusanCode"/> or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="UrusanCode"/>.</exception>
    public int CompareTo(object? obj) => CanonicalCode.CompareTo(this, obj, nameof(UrusanCode));

    /// <summary>Tells whether two codes are equal.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(UrusanCode left, UrusanCode right) => left.Equals(right);

    /// <summary>Tells whether two codes differ.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(UrusanCode left, UrusanCode right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(UrusanCode left, UrusanCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(UrusanCode left, UrusanCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(UrusanCode left, UrusanCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(UrusanCode left, UrusanCode right) => left.CompareTo(right) >= 0;
}
