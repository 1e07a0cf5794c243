using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Codes;

/// <summary>
/// An <c>organisasi</c> (SKPD) or <c>unit organisasi</c> code of the Permendagri 90/2019 scheme as SIPD prints it:
/// the SKPD's <see cref="BidangUrusan"/>, up to two more bidang urusan it serves, the organisasi number and the unit
/// number, <c>D.DD.D.DD.D.DD.DD.DDDD</c>, e.g. <c>1.02.0.00.0.00.01.0000</c> (DINAS KESEHATAN) and
/// <c>1.02.0.00.0.00.01.0001</c> (a unit of it).
/// </summary>
/// <remarks>
/// <para>
/// A second or third bidang written <c>0.00</c> means "none" (<see cref="SecondBidangUrusan"/> is then
/// <see langword="null"/>). A program's bidang may differ from its SKPD's first bidang (an SKPD serving several bidang
/// runs programs of each, and the supporting programs of every bidang); <see cref="Covers(BidangUrusanCode)"/> tells
/// whether the SKPD lists a bidang at all. Unit <c>0000</c> is the SKPD itself (<see cref="IsUnit"/> is
/// <see langword="false"/>). The 13/2006 counterpart is <see cref="OrganisasiCode"/>; see <see cref="SipdUrusanCode"/>
/// for the naming of the 90/2019 types.
/// </para>
/// <para>
/// Equality and ordering compare the parts in the order written. The value is packed into one <see cref="long"/>.
/// The default value is <c>0.00.0.00.0.00.00.0000</c>.
/// </para>
/// </remarks>
/// <example><code>
/// SkpdCode unit = SkpdCode.Parse("1.02.0.00.0.00.01.0001");
/// SkpdCode dinas = unit.Skpd;               // 1.02.0.00.0.00.01.0000
/// BidangUrusanCode bidang = unit.BidangUrusan; // 1.02
/// </code></example>
[JsonConverter(typeof(SkpdCodeJsonConverter))]
public readonly struct SkpdCode :
    IEquatable<SkpdCode>,
    IComparable<SkpdCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<SkpdCode>,
    IComparisonOperators<SkpdCode, SkpdCode, bool>,
    ICanonicalCode<SkpdCode>
{
    /// <summary>The length of the longest canonical text of this type: 22.</summary>
    public const int MaxFormattedLength = 22;

    private const long BidangFactor = 1_000_000;

    private readonly long _value;

    private SkpdCode(long value) => _value = value;

    /// <summary>Gets the SKPD's (first) <c>bidang urusan</c>, the first two parts.</summary>
    /// <value>E.g. <c>1.02</c> for <c>1.02.0.00.0.00.01.0000</c>.</value>
    public BidangUrusanCode BidangUrusan => BidangUrusanCode.FromPacked((int)(_value / (BidangFactor * 1_000_000)));

    /// <summary>Gets the second <c>bidang urusan</c> the SKPD serves (parts 3 and 4), or <see langword="null"/> when written <c>0.00</c>.</summary>
    /// <value>E.g. <c>2.10</c> for <c>2.09.2.10.0.00.01.0000</c>; <see langword="null"/> for <c>1.02.0.00.0.00.01.0000</c>.</value>
    public BidangUrusanCode? SecondBidangUrusan => Optional((int)(_value / (BidangFactor * 1000) % 1000));

    /// <summary>Gets the third <c>bidang urusan</c> the SKPD serves (parts 5 and 6), or <see langword="null"/> when written <c>0.00</c>.</summary>
    /// <value>E.g. <see langword="null"/> for <c>1.02.0.00.0.00.01.0000</c>.</value>
    public BidangUrusanCode? ThirdBidangUrusan => Optional((int)(_value / BidangFactor % 1000));

    /// <summary>Gets the <c>organisasi</c> number, part 7: 0–99.</summary>
    /// <value>E.g. <c>1</c> for <c>1.02.0.00.0.00.01.0000</c>.</value>
    public int Organisasi => (int)(_value / 10000 % 100);

    /// <summary>Gets the unit number, the last part: 0–9999; <c>0</c> for the SKPD itself.</summary>
    /// <value>E.g. <c>1</c> for <c>1.02.0.00.0.00.01.0001</c>.</value>
    public int Unit => (int)(_value % 10000);

    /// <summary>Gets a value indicating whether the code names a unit of an SKPD rather than the SKPD itself.</summary>
    /// <value><see langword="true"/> when <see cref="Unit"/> is not 0.</value>
    public bool IsUnit => Unit != 0;

    /// <summary>Gets the SKPD the code belongs to: the same code with unit <c>0000</c> (the code itself for an SKPD).</summary>
    /// <value>E.g. <c>1.02.0.00.0.00.01.0000</c> for <c>1.02.0.00.0.00.01.0001</c>.</value>
    public SkpdCode Skpd => new(_value - Unit);

    /// <summary>Creates a code from its parts.</summary>
    /// <param name="bidangUrusan">The SKPD's (first) <c>bidang urusan</c>.</param>
    /// <param name="secondBidangUrusan">A second bidang it serves, or <see langword="null"/> (written <c>0.00</c>; so is <c>0.00</c> itself).</param>
    /// <param name="thirdBidangUrusan">A third bidang it serves, or <see langword="null"/>.</param>
    /// <param name="organisasi">The <c>organisasi</c> number, 0–99.</param>
    /// <param name="unit">The unit number, 0–9999; 0 (the default) for the SKPD itself.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="organisasi"/> or <paramref name="unit"/> is outside its range.</exception>
    public static SkpdCode Create(BidangUrusanCode bidangUrusan, BidangUrusanCode? secondBidangUrusan, BidangUrusanCode? thirdBidangUrusan, int organisasi, int unit = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(organisasi);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(organisasi, 99);
        ArgumentOutOfRangeException.ThrowIfNegative(unit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(unit, 9999);
        return Pack(bidangUrusan.Packed, secondBidangUrusan?.Packed ?? 0, thirdBidangUrusan?.Packed ?? 0, organisasi, unit);
    }

    private static SkpdCode Pack(long first, long second, long third, int organisasi, int unit) =>
        new((((((first * 1000) + second) * 1000) + third) * BidangFactor) + (organisasi * 10000L) + unit);

    private static BidangUrusanCode? Optional(int packed) => packed == 0 ? null : BidangUrusanCode.FromPacked(packed);

    /// <summary>Returns the code of a unit of this code's SKPD.</summary>
    /// <param name="unit">The unit number, 0–9999 (0 gives the SKPD).</param>
    /// <returns>The code with the given unit number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is outside 0–9999.</exception>
    public SkpdCode WithUnit(int unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(unit);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(unit, 9999);
        return new SkpdCode(_value - Unit + unit);
    }

    /// <summary>Tells whether the SKPD lists <paramref name="bidangUrusan"/> as one of its (up to three) bidang.</summary>
    /// <param name="bidangUrusan">The <c>bidang urusan</c>, e.g. a program's.</param>
    /// <returns><see langword="true"/> when one of <see cref="BidangUrusan"/>, <see cref="SecondBidangUrusan"/> and <see cref="ThirdBidangUrusan"/> equals it.</returns>
    public bool Covers(BidangUrusanCode bidangUrusan) =>
        BidangUrusan == bidangUrusan || SecondBidangUrusan == bidangUrusan || ThirdBidangUrusan == bidangUrusan;

    /// <summary>Tells whether this code is <paramref name="skpd"/> or one of its units.</summary>
    /// <param name="skpd">The SKPD.</param>
    /// <returns><see langword="true"/> when <see cref="Skpd"/> equals <c>skpd.Skpd</c>.</returns>
    public bool IsUnder(SkpdCode skpd) => Skpd == skpd.Skpd;

    /// <summary>Compares in code order: part by part as written.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(SkpdCode other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    static CodeParseError ICanonicalCode<SkpdCode>.TryParseCore(ReadOnlySpan<char> s, out SkpdCode result)
    {
        Span<int> values = stackalloc int[8];
        CodeParseError error = CodeSyntax.Parse(s, CodeSyntax.Skpd, values, out _);
        result = error.IsSuccess ? Pack((values[0] * 100) + values[1], (values[2] * 100) + values[3], (values[4] * 100) + values[5], values[6], values[7]) : default;
        return error;
    }

    /// <inheritdoc/>
    static string ICanonicalCode<SkpdCode>.Message(CodeParseError error, ReadOnlySpan<char> s) => CodeSyntax.Message(error, s, CodeSyntax.Skpd);

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        int first = BidangUrusan.Packed;
        int second = (int)(_value / (BidangFactor * 1000) % 1000);
        int third = (int)(_value / BidangFactor % 1000);
        return CodeSyntax.TryWrite(
            destination,
            [first / 100, first % 100, second / 100, second % 100, third / 100, third % 100, Organisasi, Unit],
            CodeSyntax.Skpd.Widths,
            out written);
    }

    /// <inheritdoc/>
    bool ICanonicalCode<SkpdCode>.TryFormatCore<T>(Span<T> destination, out int written) => TryFormatCore(destination, out written);

    /// <summary>Gets the scheme of the code: always <see cref="CodeScheme.Permendagri90"/>.</summary>
    /// <value><see cref="CodeScheme.Permendagri90"/>.</value>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every code tells its scheme as an instance member.")]
    public CodeScheme Scheme => CodeScheme.Permendagri90;

    /// <inheritdoc/>
    static int ICanonicalCode<SkpdCode>.MaxLength => MaxFormattedLength;

    /// <summary>Parses the canonical text (<c>1.02.0.00.0.00.01.0000</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1.02.0.00.0.00.01.0000</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static SkpdCode Parse(string s) => CanonicalCode.Parse<SkpdCode>(s);

    /// <summary>Parses the canonical text (<c>1.02.0.00.0.00.01.0000</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1.02.0.00.0.00.01.0000</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static SkpdCode Parse(ReadOnlySpan<char> s) => CanonicalCode.Parse<SkpdCode>(s);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SkpdCode result) => CanonicalCode.TryParse(s, out result);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out SkpdCode result) => CanonicalCode.TryParse(s, out result);

    /// <inheritdoc/>
    static SkpdCode IParsable<SkpdCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<SkpdCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SkpdCode result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static SkpdCode ISpanParsable<SkpdCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<SkpdCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SkpdCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text, e.g. <c>1.02.0.00.0.00.01.0000</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => CanonicalCode.ToString(this);

    /// <summary>Writes the canonical text as UTF-16.</summary>
    /// <param name="destination">The buffer; <c>22</c> characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) => TryFormatCore(destination, out charsWritten);

    /// <summary>Writes the canonical text as UTF-8 (ASCII).</summary>
    /// <param name="utf8Destination">The buffer; <c>22</c> bytes always suffice.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) => TryFormatCore(utf8Destination, out bytesWritten);

    /// <summary>Returns the canonical text; the only formats are empty and <c>G</c>, and the provider is ignored.</summary>
    /// <param name="format">Empty, <see langword="null"/> or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: codes never depend on culture.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CanonicalCode.ToString(this, format, nameof(SkpdCode));

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, destination, out charsWritten, format, nameof(SkpdCode));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, utf8Destination, out bytesWritten, format, nameof(SkpdCode));

    /// <summary>Tells whether two codes are the same (see the type's remarks).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(SkpdCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SkpdCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares in code order with a boxed <see cref="SkpdCode"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A boxed <see cref="SkpdCode"/> or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="SkpdCode"/>.</exception>
    public int CompareTo(object? obj) => CanonicalCode.CompareTo(this, obj, nameof(SkpdCode));

    /// <summary>Tells whether two codes are equal.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SkpdCode left, SkpdCode right) => left.Equals(right);

    /// <summary>Tells whether two codes differ.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SkpdCode left, SkpdCode right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(SkpdCode left, SkpdCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(SkpdCode left, SkpdCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(SkpdCode left, SkpdCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(SkpdCode left, SkpdCode right) => left.CompareTo(right) >= 0;
}
