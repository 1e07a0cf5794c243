using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Codes;

/// <summary>
/// A <c>kegiatan</c> (activity) code of the Permendagri 90/2019 scheme: its program's code, a one-digit
/// <see cref="Kewenangan"/> and a two-digit number, <c>D.DD.DD.D.DD</c>, e.g. <c>1.02.02.2.02</c>.
/// </summary>
/// <remarks>
/// <para>See <see cref="SipdUrusanCode"/> for the naming of the 90/2019 types.</para>
/// <para>
/// Equality and ordering compare (<see cref="Program"/>, <see cref="Kewenangan"/>, <see cref="Number"/>). The default
/// value is <c>0.00.00.0.00</c>.
/// </para>
/// </remarks>
/// <example><code>
/// SipdKegiatanCode kegiatan = SipdKegiatanCode.Parse("1.02.02.2.02");
/// SubKegiatanCode sub = kegiatan.SubKegiatan(1); // 1.02.02.2.02.0001
/// </code></example>
[JsonConverter(typeof(SipdKegiatanCodeJsonConverter))]
public readonly struct SipdKegiatanCode :
    IEquatable<SipdKegiatanCode>,
    IComparable<SipdKegiatanCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<SipdKegiatanCode>,
    IComparisonOperators<SipdKegiatanCode, SipdKegiatanCode, bool>,
    ICanonicalCode<SipdKegiatanCode>
{
    /// <summary>The length of the longest canonical text of this type: 12.</summary>
    public const int MaxFormattedLength = 12;

    private readonly int _value;

    private SipdKegiatanCode(int value) => _value = value;

    /// <summary>Gets the program the activity belongs to (the first three parts).</summary>
    /// <value>E.g. <c>1.02.02</c> for <c>1.02.02.2.02</c>.</value>
    public SipdProgramCode Program => SipdProgramCode.FromPacked(_value / 1000);

    /// <summary>Gets the program's <c>bidang urusan</c>: <c>Program.BidangUrusan</c>.</summary>
    /// <value>E.g. <c>1.02</c> for <c>1.02.02.2.02</c>.</value>
    public BidangUrusanCode BidangUrusan => Program.BidangUrusan;

    /// <summary>Gets the program's <c>urusan</c>: <c>Program.Urusan</c>.</summary>
    /// <value>E.g. <c>1</c> for <c>1.02.02.2.02</c>.</value>
    public SipdUrusanCode Urusan => Program.Urusan;

    /// <summary>
    /// Gets the one-digit part before the <c>kegiatan</c> number, 0–9: in the 90/2019 tables it tells whose authority
    /// the activity falls under (<c>1</c> provinsi, <c>2</c> kabupaten/kota); any digit is accepted and none is interpreted.
    /// </summary>
    /// <value>E.g. <c>2</c> for <c>1.02.02.2.02</c>.</value>
    public int Kewenangan => _value / 100 % 10;

    /// <summary>Gets the <c>kegiatan</c> number, the last part: 0–99.</summary>
    /// <value>E.g. <c>2</c> for <c>1.02.02.2.02</c>.</value>
    public int Number => _value % 100;

    /// <summary>The packed value (<c>program.Packed * 1000 + kewenangan * 100 + number</c>), for the enclosing codes.</summary>
    internal int Packed => _value;

    /// <summary>Creates a code from its parts.</summary>
    /// <param name="program">The program.</param>
    /// <param name="kewenangan">The one-digit part before the number, 0–9 (see <see cref="Kewenangan"/>).</param>
    /// <param name="number">The <c>kegiatan</c> number, 0–99.</param>
    /// <returns>The code <c>program.kewenangan.number</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside its range.</exception>
    public static SipdKegiatanCode Create(SipdProgramCode program, int kewenangan, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(kewenangan);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(kewenangan, 9);
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        return new SipdKegiatanCode((program.Packed * 1000) + (kewenangan * 100) + number);
    }

    /// <summary>Creates a code from its packed value; the caller guarantees the range.</summary>
    internal static SipdKegiatanCode FromPacked(int packed) => new(packed);

    /// <summary>Creates the code of a <c>sub kegiatan</c> of this activity.</summary>
    /// <param name="number">The <c>sub kegiatan</c> number: 0–9999 for width 4, 0–99 for width 2.</param>
    /// <param name="width">The number of digits written: 4 (Kepmendagri 050-5889/2021, the default) or 2 (the original Permendagri 90/2019).</param>
    /// <returns>The code, e.g. <c>1.02.02.2.02.0001</c> for <c>SubKegiatan(1)</c> or <c>1.02.02.2.02.01</c> for <c>SubKegiatan(1, width: 2)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is not 2 or 4, or <paramref name="number"/> does not fit in it.</exception>
    public SubKegiatanCode SubKegiatan(int number, int width = 4) => SubKegiatanCode.Create(this, number, width);

    /// <summary>Tells whether this activity belongs to <paramref name="program"/>.</summary>
    /// <param name="program">The program.</param>
    /// <returns><see langword="true"/> when <see cref="Program"/> equals <paramref name="program"/>.</returns>
    public bool IsUnder(SipdProgramCode program) => Program == program;

    /// <summary>Tells whether <paramref name="subKegiatan"/> belongs to this activity.</summary>
    /// <param name="subKegiatan">The <c>sub kegiatan</c> code.</param>
    /// <returns><see langword="true"/> when <c>subKegiatan.Kegiatan</c> equals this code.</returns>
    public bool Contains(SubKegiatanCode subKegiatan) => subKegiatan.Kegiatan == this;

    /// <summary>Compares in code order: by <see cref="Program"/>, then <see cref="Kewenangan"/>, then <see cref="Number"/>.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(SipdKegiatanCode other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    static CodeParseError ICanonicalCode<SipdKegiatanCode>.TryParseCore(ReadOnlySpan<char> s, out SipdKegiatanCode result)
    {
        Span<int> values = stackalloc int[5];
        CodeParseError error = CodeSyntax.Parse(s, CodeSyntax.SipdKegiatan, values, out _);
        result = error.IsSuccess ? FromParts(values) : default;
        return error;
    }

    /// <inheritdoc/>
    static string ICanonicalCode<SipdKegiatanCode>.Message(CodeParseError error, ReadOnlySpan<char> s) => CodeSyntax.Message(error, s, CodeSyntax.SipdKegiatan);

    /// <summary>Packs five parsed parts.</summary>
    internal static SipdKegiatanCode FromParts(ReadOnlySpan<int> values) =>
        new((((((values[0] * 100) + values[1]) * 100) + values[2]) * 1000) + (values[3] * 100) + values[4]);

    /// <summary>Writes the five parts into <paramref name="values"/>.</summary>
    internal void GetParts(Span<int> values)
    {
        Program.GetParts(values);
        values[3] = Kewenangan;
        values[4] = Number;
    }

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        Span<int> values = stackalloc int[5];
        GetParts(values);
        return CodeSyntax.TryWrite(destination, values, CodeSyntax.SipdKegiatan.Widths, out written);
    }

    /// <inheritdoc/>
    bool ICanonicalCode<SipdKegiatanCode>.TryFormatCore<T>(Span<T> destination, out int written) => TryFormatCore(destination, out written);

    /// <summary>Gets the scheme of the code: always <see cref="CodeScheme.Permendagri90"/>.</summary>
    /// <value><see cref="CodeScheme.Permendagri90"/>.</value>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every code tells its scheme as an instance member.")]
    public CodeScheme Scheme => CodeScheme.Permendagri90;

    /// <inheritdoc/>
    static int ICanonicalCode<SipdKegiatanCode>.MaxLength => MaxFormattedLength;

    /// <summary>Parses the canonical text (<c>1.02.02.2.02</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1.02.02.2.02</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static SipdKegiatanCode Parse(string s) => CanonicalCode.Parse<SipdKegiatanCode>(s);

    /// <summary>Parses the canonical text (<c>1.02.02.2.02</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1.02.02.2.02</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static SipdKegiatanCode Parse(ReadOnlySpan<char> s) => CanonicalCode.Parse<SipdKegiatanCode>(s);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SipdKegiatanCode result) => CanonicalCode.TryParse(s, out result);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out SipdKegiatanCode result) => CanonicalCode.TryParse(s, out result);

    /// <inheritdoc/>
    static SipdKegiatanCode IParsable<SipdKegiatanCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<SipdKegiatanCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SipdKegiatanCode result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static SipdKegiatanCode ISpanParsable<SipdKegiatanCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<SipdKegiatanCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SipdKegiatanCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text, e.g. <c>1.02.02.2.02</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => CanonicalCode.ToString(this);

    /// <summary>Writes the canonical text as UTF-16.</summary>
    /// <param name="destination">The buffer; <c>12</c> characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) => TryFormatCore(destination, out charsWritten);

    /// <summary>Writes the canonical text as UTF-8 (ASCII).</summary>
    /// <param name="utf8Destination">The buffer; <c>12</c> bytes always suffice.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) => TryFormatCore(utf8Destination, out bytesWritten);

    /// <summary>Returns the canonical text; the only formats are empty and <c>G</c>, and the provider is ignored.</summary>
    /// <param name="format">Empty, <see langword="null"/> or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: codes never depend on culture.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CanonicalCode.ToString(this, format, nameof(SipdKegiatanCode));

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, destination, out charsWritten, format, nameof(SipdKegiatanCode));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, utf8Destination, out bytesWritten, format, nameof(SipdKegiatanCode));

    /// <summary>Tells whether two codes are the same (see the type's remarks).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(SipdKegiatanCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SipdKegiatanCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares in code order with a boxed <see cref="SipdKegiatanCode"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A boxed <see cref="SipdKegiatanCode"/> or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="SipdKegiatanCode"/>.</exception>
    public int CompareTo(object? obj) => CanonicalCode.CompareTo(this, obj, nameof(SipdKegiatanCode));

    /// <summary>Tells whether two codes are equal.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SipdKegiatanCode left, SipdKegiatanCode right) => left.Equals(right);

    /// <summary>Tells whether two codes differ.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SipdKegiatanCode left, SipdKegiatanCode right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(SipdKegiatanCode left, SipdKegiatanCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(SipdKegiatanCode left, SipdKegiatanCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(SipdKegiatanCode left, SipdKegiatanCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(SipdKegiatanCode left, SipdKegiatanCode right) => left.CompareTo(right) >= 0;
}
