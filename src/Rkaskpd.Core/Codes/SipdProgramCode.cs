using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Codes;

/// <summary>
/// A program code of the Permendagri 90/2019 scheme: its <see cref="BidangUrusan"/> and a two-digit number,
/// <c>D.DD.DD</c>, e.g. <c>1.02.02</c> (<c>PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT</c>).
/// </summary>
/// <remarks>
/// <para>
/// Unlike a 13/2006 <see cref="ProgramCode"/>, the code does not hold the unit that runs it: the unit is a separate
/// <see cref="SkpdCode"/>, and a program's bidang may differ from its SKPD's first bidang (an SKPD serving several
/// bidang runs programs of each; <see cref="SkpdCode.Covers(BidangUrusanCode)"/> tells whether the SKPD lists it).
/// The text has the shape of a 13/2006 <see cref="OrganisasiCode"/> (<c>3.05.09</c>). See <see cref="SipdUrusanCode"/>
/// for the naming of the 90/2019 types.
/// </para>
/// <para>Equality and ordering compare (<see cref="BidangUrusan"/>, <see cref="Number"/>). The default value is <c>0.00.00</c>.</para>
/// </remarks>
/// <example><code>
/// SipdProgramCode program = SipdProgramCode.Parse("1.02.02");
/// SipdKegiatanCode kegiatan = program.Kegiatan(2, 2); // 1.02.02.2.02
/// </code></example>
[JsonConverter(typeof(SipdProgramCodeJsonConverter))]
public readonly struct SipdProgramCode :
    IEquatable<SipdProgramCode>,
    IComparable<SipdProgramCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<SipdProgramCode>,
    IComparisonOperators<SipdProgramCode, SipdProgramCode, bool>,
    ICanonicalCode<SipdProgramCode>
{
    /// <summary>The length of the longest canonical text of this type: 7.</summary>
    public const int MaxFormattedLength = 7;

    private readonly int _value;

    private SipdProgramCode(int value) => _value = value;

    /// <summary>Gets the program's <c>bidang urusan</c> (the first two parts).</summary>
    /// <value>E.g. <c>1.02</c> for <c>1.02.02</c>.</value>
    public BidangUrusanCode BidangUrusan => BidangUrusanCode.FromPacked(_value / 100);

    /// <summary>Gets the program's <c>urusan</c>: <c>BidangUrusan.Urusan</c>.</summary>
    /// <value>E.g. <c>1</c> for <c>1.02.02</c>.</value>
    public SipdUrusanCode Urusan => BidangUrusan.Urusan;

    /// <summary>Gets the program number, the last part: 0–99.</summary>
    /// <value>E.g. <c>2</c> for <c>1.02.02</c>.</value>
    public int Number => _value % 100;

    /// <summary>The packed value (<c>bidang.Packed * 100 + number</c>), for the enclosing codes.</summary>
    internal int Packed => _value;

    /// <summary>Creates a code from its parts.</summary>
    /// <param name="bidangUrusan">The program's <c>bidang urusan</c>.</param>
    /// <param name="number">The program number, 0–99.</param>
    /// <returns>The code <c>bidangUrusan.number</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0–99.</exception>
    public static SipdProgramCode Create(BidangUrusanCode bidangUrusan, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        return new SipdProgramCode((bidangUrusan.Packed * 100) + number);
    }

    /// <summary>Creates a code from its packed value; the caller guarantees the range.</summary>
    internal static SipdProgramCode FromPacked(int packed) => new(packed);

    /// <summary>Creates the code of a <c>kegiatan</c> (activity) of this program.</summary>
    /// <param name="kewenangan">The one-digit part before the <c>kegiatan</c> number, 0–9 (see <see cref="SipdKegiatanCode.Kewenangan"/>).</param>
    /// <param name="number">The <c>kegiatan</c> number, 0–99.</param>
    /// <returns>The code, e.g. <c>1.02.02.2.02</c> for <c>Kegiatan(2, 2)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside its range.</exception>
    public SipdKegiatanCode Kegiatan(int kewenangan, int number) => SipdKegiatanCode.Create(this, kewenangan, number);

    /// <summary>Tells whether this program belongs to <paramref name="bidangUrusan"/>.</summary>
    /// <param name="bidangUrusan">The <c>bidang urusan</c>.</param>
    /// <returns><see langword="true"/> when <see cref="BidangUrusan"/> equals <paramref name="bidangUrusan"/>.</returns>
    public bool IsUnder(BidangUrusanCode bidangUrusan) => BidangUrusan == bidangUrusan;

    /// <summary>Tells whether <paramref name="kegiatan"/> belongs to this program.</summary>
    /// <param name="kegiatan">The <c>kegiatan</c> code.</param>
    /// <returns><see langword="true"/> when <c>kegiatan.Program</c> equals this code.</returns>
    public bool Contains(SipdKegiatanCode kegiatan) => kegiatan.Program == this;

    /// <summary>Compares in code order: by <see cref="BidangUrusan"/>, then <see cref="Number"/>.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(SipdProgramCode other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    static CodeParseError ICanonicalCode<SipdProgramCode>.TryParseCore(ReadOnlySpan<char> s, out SipdProgramCode result)
    {
        Span<int> values = stackalloc int[3];
        CodeParseError error = CodeSyntax.Parse(s, CodeSyntax.SipdProgram, values, out _);
        result = error.IsSuccess ? new SipdProgramCode((((values[0] * 100) + values[1]) * 100) + values[2]) : default;
        return error;
    }

    /// <inheritdoc/>
    static string ICanonicalCode<SipdProgramCode>.Message(CodeParseError error, ReadOnlySpan<char> s) => CodeSyntax.Message(error, s, CodeSyntax.SipdProgram);

    /// <summary>Writes the three parts into <paramref name="values"/>.</summary>
    internal void GetParts(Span<int> values)
    {
        values[0] = Urusan.Number;
        values[1] = BidangUrusan.Number;
        values[2] = Number;
    }

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        Span<int> values = stackalloc int[3];
        GetParts(values);
        return CodeSyntax.TryWrite(destination, values, CodeSyntax.SipdProgram.Widths, out written);
    }

    /// <inheritdoc/>
    bool ICanonicalCode<SipdProgramCode>.TryFormatCore<T>(Span<T> destination, out int written) => TryFormatCore(destination, out written);

    /// <summary>Gets the scheme of the code: always <see cref="CodeScheme.Permendagri90"/>.</summary>
    /// <value><see cref="CodeScheme.Permendagri90"/>.</value>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every code tells its scheme as an instance member.")]
    public CodeScheme Scheme => CodeScheme.Permendagri90;

    /// <inheritdoc/>
    static int ICanonicalCode<SipdProgramCode>.MaxLength => MaxFormattedLength;

    /// <summary>Parses the canonical text (<c>1.02.02</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1.02.02</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static SipdProgramCode Parse(string s) => CanonicalCode.Parse<SipdProgramCode>(s);

    /// <summary>Parses the canonical text (<c>1.02.02</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>1.02.02</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static SipdProgramCode Parse(ReadOnlySpan<char> s) => CanonicalCode.Parse<SipdProgramCode>(s);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out SipdProgramCode result) => CanonicalCode.TryParse(s, out result);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out SipdProgramCode result) => CanonicalCode.TryParse(s, out result);

    /// <inheritdoc/>
    static SipdProgramCode IParsable<SipdProgramCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<SipdProgramCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SipdProgramCode result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static SipdProgramCode ISpanParsable<SipdProgramCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<SipdProgramCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SipdProgramCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text, e.g. <c>1.02.02</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => CanonicalCode.ToString(this);

    /// <summary>Writes the canonical text as UTF-16.</summary>
    /// <param name="destination">The buffer; <c>7</c> characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) => TryFormatCore(destination, out charsWritten);

    /// <summary>Writes the canonical text as UTF-8 (ASCII).</summary>
    /// <param name="utf8Destination">The buffer; <c>7</c> bytes always suffice.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) => TryFormatCore(utf8Destination, out bytesWritten);

    /// <summary>Returns the canonical text; the only formats are empty and <c>G</c>, and the provider is ignored.</summary>
    /// <param name="format">Empty, <see langword="null"/> or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: codes never depend on culture.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CanonicalCode.ToString(this, format, nameof(SipdProgramCode));

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, destination, out charsWritten, format, nameof(SipdProgramCode));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, utf8Destination, out bytesWritten, format, nameof(SipdProgramCode));

    /// <summary>Tells whether two codes are the same (see the type's remarks).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(SipdProgramCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SipdProgramCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares in code order with a boxed <see cref="SipdProgramCode"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A boxed <see cref="SipdProgramCode"/> or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="SipdProgramCode"/>.</exception>
    public int CompareTo(object? obj) => CanonicalCode.CompareTo(this, obj, nameof(SipdProgramCode));

    /// <summary>Tells whether two codes are equal.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(SipdProgramCode left, SipdProgramCode right) => left.Equals(right);

    /// <summary>Tells whether two codes differ.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(SipdProgramCode left, SipdProgramCode right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(SipdProgramCode left, SipdProgramCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(SipdProgramCode left, SipdProgramCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(SipdProgramCode left, SipdProgramCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(SipdProgramCode left, SipdProgramCode right) => left.CompareTo(right) >= 0;
}
