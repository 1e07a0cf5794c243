using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Codes;

/// <summary>
/// A <c>sub kegiatan</c> code of the Permendagri 90/2019 scheme, the level an SIPD form is made for: its
/// <c>kegiatan</c>'s code followed by the <c>sub kegiatan</c> number, <c>D.DD.DD.D.DD.DDDD</c>, e.g.
/// <c>1.02.02.2.02.0001</c> (four digits, Kepmendagri 050-5889/2021). The original Permendagri 90/2019 tables write
/// the number with two digits, <c>1.02.02.2.02.01</c>; both are accepted and the <see cref="Width"/> is kept.
/// </summary>
/// <remarks>
/// <para>
/// <b>Equality includes the width</b>, as for <see cref="KegiatanCode"/>: <c>...2.02.01</c> and <c>...2.02.0001</c> are
/// different values, so a round trip through text never changes a document; use <see cref="EqualsIgnoringWidth"/> to
/// compare regardless of it. <b>Ordering</b> is by <see cref="Kegiatan"/>, then the numeric <see cref="Number"/>, then
/// <see cref="Width"/> (2 before 4). The 13/2006 scheme has no level of this kind; see <see cref="SipdUrusanCode"/> for
/// the naming of the 90/2019 types.
/// </para>
/// <para>The default value is <c>0.00.00.0.00.0000</c> (width 4).</para>
/// </remarks>
/// <example><code>
/// SubKegiatanCode sub = SubKegiatanCode.Parse("1.02.02.2.02.0001");
/// SipdProgramCode program = sub.Program;       // 1.02.02
/// BidangUrusanCode bidang = sub.BidangUrusan;  // 1.02
/// </code></example>
[JsonConverter(typeof(SubKegiatanCodeJsonConverter))]
public readonly struct SubKegiatanCode :
    IEquatable<SubKegiatanCode>,
    IComparable<SubKegiatanCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<SubKegiatanCode>,
    IComparisonOperators<SubKegiatanCode, SubKegiatanCode, bool>,
    ICanonicalCode<SubKegiatanCode>
{
    /// <summary>The length of the longest canonical text of this type: 17.</summary>
    public const int MaxFormattedLength = 17;

    private readonly long _value;

    private SubKegiatanCode(long value) => _value = value;

    /// <summary>Gets the <c>kegiatan</c> the sub kegiatan belongs to (the first five parts).</summary>
    /// <value>E.g. <c>1.02.02.2.02</c> for <c>1.02.02.2.02.0001</c>.</value>
    public SipdKegiatanCode Kegiatan => SipdKegiatanCode.FromPacked((int)((_value >> 1) / 10000));

    /// <summary>Gets the program: <c>Kegiatan.Program</c>.</summary>
    /// <value>E.g. <c>1.02.02</c> for <c>1.02.02.2.02.0001</c>.</value>
    public SipdProgramCode Program => Kegiatan.Program;

    /// <summary>Gets the <c>bidang urusan</c>: <c>Kegiatan.BidangUrusan</c>.</summary>
    /// <value>E.g. <c>1.02</c> for <c>1.02.02.2.02.0001</c>.</value>
    public BidangUrusanCode BidangUrusan => Kegiatan.BidangUrusan;

    /// <summary>Gets the <c>urusan</c>: <c>Kegiatan.Urusan</c>.</summary>
    /// <value>E.g. <c>1</c> for <c>1.02.02.2.02.0001</c>.</value>
    public SipdUrusanCode Urusan => Kegiatan.Urusan;

    /// <summary>Gets the <c>sub kegiatan</c> number, the last part: 0–9999 (0–99 when <see cref="Width"/> is 2).</summary>
    /// <value>E.g. <c>1</c> for both <c>...2.02.0001</c> and <c>...2.02.01</c>.</value>
    public int Number => (int)((_value >> 1) % 10000);

    /// <summary>Gets the number of digits the last part is written with: 4 (050-5889/2021) or 2 (original 90/2019).</summary>
    /// <value>4 for <c>...2.02.0001</c>, 2 for <c>...2.02.01</c>.</value>
    public int Width => (_value & 1) == 0 ? 4 : 2;

    /// <summary>Creates a code from its parts.</summary>
    /// <param name="kegiatan">The <c>kegiatan</c>.</param>
    /// <param name="number">The <c>sub kegiatan</c> number: 0–9999 for width 4, 0–99 for width 2.</param>
    /// <param name="width">The number of digits written: 4 (the default) or 2 (the original Permendagri 90/2019).</param>
    /// <returns>The code <c>kegiatan.number</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is not 2 or 4, or <paramref name="number"/> does not fit in it.</exception>
    public static SubKegiatanCode Create(SipdKegiatanCode kegiatan, int number, int width = 4)
    {
        if (width is not (2 or 4))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A sub kegiatan number is written with 4 digits (Kepmendagri 050-5889/2021) or 2 (the original Permendagri 90/2019).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, width == 4 ? 9999 : 99);
        return Pack(kegiatan.Packed, number, width);
    }

    private static SubKegiatanCode Pack(long kegiatan, int number, int width) =>
        new((((kegiatan * 10000) + number) << 1) | (width == 2 ? 1L : 0L));

    /// <summary>Tells whether this sub kegiatan belongs to <paramref name="kegiatan"/>.</summary>
    /// <param name="kegiatan">The <c>kegiatan</c>.</param>
    /// <returns><see langword="true"/> when <see cref="Kegiatan"/> equals <paramref name="kegiatan"/>.</returns>
    public bool IsUnder(SipdKegiatanCode kegiatan) => Kegiatan == kegiatan;

    /// <summary>Tells whether this sub kegiatan belongs to <paramref name="program"/>.</summary>
    /// <param name="program">The program.</param>
    /// <returns><see langword="true"/> when <see cref="Program"/> equals <paramref name="program"/>.</returns>
    public bool IsUnder(SipdProgramCode program) => Program == program;

    /// <summary>Returns the same sub kegiatan written with <paramref name="width"/> digits.</summary>
    /// <param name="width">4 or 2.</param>
    /// <returns>The code with the given width.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is not 2 or 4, or <see cref="Number"/> does not fit in it.</exception>
    public SubKegiatanCode WithWidth(int width) => Create(Kegiatan, Number, width);

    /// <summary>Tells whether two codes name the same sub kegiatan, whatever the width of their last part.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when <see cref="Kegiatan"/> and <see cref="Number"/> are equal.</returns>
    public bool EqualsIgnoringWidth(SubKegiatanCode other) => (_value >> 1) == (other._value >> 1);

    /// <summary>Compares in code order: by <see cref="Kegiatan"/>, then numeric <see cref="Number"/>, then <see cref="Width"/> (2 before 4).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(SubKegiatanCode other)
    {
        int byNumber = (_value >> 1).CompareTo(other._value >> 1);
        return byNumber != 0 ? byNumber : Width.CompareTo(other.Width);
    }

    /// <inheritdoc/>
    static CodeParseError ICanonicalCode<SubKegiatanCode>.TryParseCore(ReadOnlySpan<char> s, out SubKegiatanCode result)
    {
        Span<int> values = stackalloc int[6];
        CodeParseError error = CodeSyntax.Parse(s, CodeSyntax.SubKegiatan, values, out int lastWidth);
        result = error.IsSuccess ? Pack(SipdKegiatanCode.FromParts(values).Packed, values[5], lastWidth) : default;
        return error;
    }

    /// <inheritdoc/>
    static string ICanonicalCode<SubKegiatanCode>.Message(CodeParseError error, ReadOnlySpan<char> s) => CodeSyntax.Message(error, s, CodeSyntax.SubKegiatan);

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        Span<int> values = stackalloc int[6];
        Kegiatan.GetParts(values);
        values[5] = Number;
        Span<byte> widths = stackalloc byte[6];
        CodeSyntax.SubKegiatan.Widths.CopyTo(widths);
        widths[5] = (byte)Width;
        return CodeSyntax.TryWrite(destination, values, widths, out written);
    }

    /// <inheritdoc/>
    bool ICanonicalCode<SubKegiatanCode>.TryFormatCore<T>(Span<T> destination, out int written) => TryFormatCore(destination, out written);

    /// <summary>Gets the scheme of the code: always <see cref="CodeScheme.Permendagri90"/>.</summary>
    /// <value><see cref="CodeScheme.Permendagri90"/>.</value>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every code tells its scheme as an instance member.")]
    public CodeScheme Scheme => CodeScheme.Permendagri90;

    /// <inheritdoc/>
    static int ICanonicalCode<SubKegiatanCode>.MaxLength => MaxFormattedLength;

    /// <summary>Parses the canonical text (<c>1.02.02.2.02.0001</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1.02.02.2.02.0001</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static SubKegiatanCode Parse(string s) => CanonicalCode.Parse<SubKegiatanCode>(s);

    /// <summary>Parses the canonical text (<c>1.02.02.2.02.0001</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1.02.02.2.02.0001</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static SubKegiatanCode Parse(ReadOnlySpan<char> s) => CanonicalCode.Parse<SubKegiatanCode>(s);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SubKegiatanCode result) => CanonicalCode.TryParse(s, out result);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out SubKegiatanCode result) => CanonicalCode.TryParse(s, out result);

    /// <inheritdoc/>
    static SubKegiatanCode IParsable<SubKegiatanCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<SubKegiatanCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SubKegiatanCode result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static SubKegiatanCode ISpanParsable<SubKegiatanCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<SubKegiatanCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SubKegiatanCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text, e.g. <c>1.02.02.2.02.0001</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => CanonicalCode.ToString(this);

    /// <summary>Writes the canonical text as UTF-16.</summary>
    /// <param name="destination">The buffer; <c>17</c> characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) => TryFormatCore(destination, out charsWritten);

    /// <summary>Writes the canonical text as UTF-8 (ASCII).</summary>
    /// <param name="utf8Destination">The buffer; <c>17</c> bytes always suffice.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) => TryFormatCore(utf8Destination, out bytesWritten);

    /// <summary>Returns the canonical text; the only formats are empty and <c>G</c>, and the provider is ignored.</summary>
    /// <param name="format">Empty, <see langword="null"/> or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: codes never depend on culture.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CanonicalCode.ToString(this, format, nameof(SubKegiatanCode));

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, destination, out charsWritten, format, nameof(SubKegiatanCode));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, utf8Destination, out bytesWritten, format, nameof(SubKegiatanCode));

    /// <summary>Tells whether two codes are the same (see the type's remarks).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(SubKegiatanCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SubKegiatanCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares in code order with a boxed <see cref="SubKegiatanCode"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A boxed <see cref="SubKegiatanCode"/> or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="SubKegiatanCode"/>.</exception>
    public int CompareTo(object? obj) => CanonicalCode.CompareTo(this, obj, nameof(SubKegiatanCode));

    /// <summary>Tells whether two codes are equal.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SubKegiatanCode left, SubKegiatanCode right) => left.Equals(right);

    /// <summary>Tells whether two codes differ.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SubKegiatanCode left, SubKegiatanCode right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(SubKegiatanCode left, SubKegiatanCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(SubKegiatanCode left, SubKegiatanCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(SubKegiatanCode left, SubKegiatanCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(SubKegiatanCode left, SubKegiatanCode right) => left.CompareTo(right) >= 0;
}
