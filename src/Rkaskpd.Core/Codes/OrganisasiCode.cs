using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Codes;

/// <summary>
/// An <c>organisasi</c> (SKPD, the spending unit) code of the Permendagri 13/2006 scheme: the unit's own
/// <c>urusan</c> followed by a two-digit number, <c>D.DD.DD</c>, e.g. <c>3.05.09</c> (<c>KECAMATAN LUMAJANG</c>).
/// </summary>
/// <remarks>
/// Equality and ordering compare (<see cref="Urusan"/>, <see cref="Number"/>), the order of the code text and of a
/// recap. The value is packed into one integer. The default value is <c>0.00.00</c>: it parses and formats like any
/// other code but names no real unit.
/// </remarks>
/// <example><code>
/// OrganisasiCode kecamatan = OrganisasiCode.Parse("3.05.09");
/// ProgramCode program = kecamatan.Program(kecamatan.Urusan, 1); // 3.05.3.05.09.01
/// </code></example>
[JsonConverter(typeof(OrganisasiCodeJsonConverter))]
public readonly struct OrganisasiCode :
    IEquatable<OrganisasiCode>,
    IComparable<OrganisasiCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<OrganisasiCode>,
    IComparisonOperators<OrganisasiCode, OrganisasiCode, bool>,
    ICanonicalCode<OrganisasiCode>
{
    /// <summary>The length of the longest canonical text of this type: 7.</summary>
    public const int MaxFormattedLength = 7;

    private readonly int _value;

    private OrganisasiCode(int value) => _value = value;

    /// <summary>Gets the unit's own <c>urusan</c> (the first two parts).</summary>
    /// <value>E.g. <c>3.05</c> for <c>3.05.09</c>.</value>
    public UrusanCode Urusan => UrusanCode.FromPacked(_value / 100);

    /// <summary>Gets the unit's number within its <see cref="Urusan"/>, the last part: 0–99.</summary>
    /// <value>E.g. <c>9</c> for <c>3.05.09</c>.</value>
    public int Number => _value % 100;

    /// <summary>Gets the scheme of the code: always <see cref="CodeScheme.Permendagri13"/>.</summary>
    /// <value><see cref="CodeScheme.Permendagri13"/>.</value>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every code tells its scheme as an instance member.")]
    public CodeScheme Scheme => CodeScheme.Permendagri13;

    /// <summary>The packed value (<c>urusan.Packed * 100 + number</c>), for the enclosing codes.</summary>
    internal int Packed => _value;

    /// <summary>Creates a code from its parts.</summary>
    /// <param name="urusan">The unit's own <c>urusan</c>.</param>
    /// <param name="number">The unit's number within <paramref name="urusan"/>, 0–99.</param>
    /// <returns>The code <c>urusan.number</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0–99.</exception>
    public static OrganisasiCode Create(UrusanCode urusan, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        return new OrganisasiCode((urusan.Packed * 100) + number);
    }

    /// <summary>Creates a code from its packed value; the caller guarantees the range.</summary>
    internal static OrganisasiCode FromPacked(int packed) => new(packed);

    /// <summary>Creates the code of a program this unit runs under the given <c>urusan</c>.</summary>
    /// <param name="programUrusan">The program's <c>urusan</c>, which may differ from this unit's <see cref="Urusan"/>.</param>
    /// <param name="number">The program number, 0–99.</param>
    /// <returns>The code <c>programUrusan.this.number</c>, e.g. <c>3.05.3.05.09.01</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0–99.</exception>
    public ProgramCode Program(UrusanCode programUrusan, int number) => ProgramCode.Create(programUrusan, this, number);

    /// <summary>Creates the code of a program this unit runs under its own <see cref="Urusan"/>.</summary>
    /// <param name="number">The program number, 0–99.</param>
    /// <returns>The code <c>this.Urusan.this.number</c>, e.g. <c>3.05.3.05.09.01</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0–99.</exception>
    public ProgramCode Program(int number) => ProgramCode.Create(Urusan, this, number);

    /// <summary>Tells whether this unit belongs to <paramref name="urusan"/> (its own <see cref="Urusan"/>).</summary>
    /// <param name="urusan">The <c>urusan</c>.</param>
    /// <returns><see langword="true"/> when <see cref="Urusan"/> equals <paramref name="urusan"/>.</returns>
    public bool IsUnder(UrusanCode urusan) => Urusan == urusan;

    /// <summary>Tells whether <paramref name="program"/> is run by this unit (whatever the program's <c>urusan</c>).</summary>
    /// <param name="program">The program code.</param>
    /// <returns><see langword="true"/> when <c>program.Organisasi</c> equals this code.</returns>
    public bool Contains(ProgramCode program) => program.Organisasi == this;

    /// <summary>Tells whether <paramref name="kegiatan"/> is run by this unit (whatever its program's <c>urusan</c>).</summary>
    /// <param name="kegiatan">The <c>kegiatan</c> code.</param>
    /// <returns><see langword="true"/> when <c>kegiatan.Organisasi</c> equals this code.</returns>
    public bool Contains(KegiatanCode kegiatan) => kegiatan.Organisasi == this;

    /// <summary>Compares in code order: by <see cref="Urusan"/>, then <see cref="Number"/>.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(OrganisasiCode other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    static int ICanonicalCode<OrganisasiCode>.MaxLength => MaxFormattedLength;

    /// <inheritdoc/>
    static string ICanonicalCode<OrganisasiCode>.Message(CodeParseError error, ReadOnlySpan<char> s) => CodeSyntax.Message(error, s, CodeSyntax.Organisasi);

    /// <inheritdoc/>
    bool ICanonicalCode<OrganisasiCode>.TryFormatCore<T>(Span<T> destination, out int written) => TryFormatCore(destination, out written);

    /// <inheritdoc/>
    static CodeParseError ICanonicalCode<OrganisasiCode>.TryParseCore(ReadOnlySpan<char> s, out OrganisasiCode result)
    {
        Span<int> values = stackalloc int[3];
        CodeParseError error = CodeSyntax.Parse(s, CodeSyntax.Organisasi, values, out _);
        result = error.IsSuccess ? new OrganisasiCode((((values[0] * 100) + values[1]) * 100) + values[2]) : default;
        return error;
    }

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        UrusanCode urusan = Urusan;
        return CodeSyntax.TryWrite(destination, [urusan.Kelompok, urusan.Number, Number], CodeSyntax.Organisasi.Widths, out written);
    }

    /// <summary>Parses the canonical text (<c>3.05.09</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>3.05.09</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static OrganisasiCode Parse(string s) => CanonicalCode.Parse<OrganisasiCode>(s);

    /// <summary>Parses the canonical text (<c>3.05.09</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>3.05.09</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static OrganisasiCode Parse(ReadOnlySpan<char> s) => CanonicalCode.Parse<OrganisasiCode>(s);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out OrganisasiCode result) => CanonicalCode.TryParse(s, out result);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out OrganisasiCode result) => CanonicalCode.TryParse(s, out result);

    /// <inheritdoc/>
    static OrganisasiCode IParsable<OrganisasiCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<OrganisasiCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OrganisasiCode result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static OrganisasiCode ISpanParsable<OrganisasiCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<OrganisasiCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out OrganisasiCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text, e.g. <c>3.05.09</c>.</summary>
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
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CanonicalCode.ToString(this, format, nameof(OrganisasiCode));

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, destination, out charsWritten, format, nameof(OrganisasiCode));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, utf8Destination, out bytesWritten, format, nameof(OrganisasiCode));

    /// <summary>Tells whether two codes are the same (see the type's remarks).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(OrganisasiCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is OrganisasiCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares in code order with a boxed <see cref="OrganisasiCode"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A boxed <see cref="OrganisasiCode"/> or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="OrganisasiCode"/>.</exception>
    public int CompareTo(object? obj) => CanonicalCode.CompareTo(this, obj, nameof(OrganisasiCode));

    /// <summary>Tells whether two codes are equal.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(OrganisasiCode left, OrganisasiCode right) => left.Equals(right);

    /// <summary>Tells whether two codes differ.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(OrganisasiCode left, OrganisasiCode right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(OrganisasiCode left, OrganisasiCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(OrganisasiCode left, OrganisasiCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(OrganisasiCode left, OrganisasiCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(OrganisasiCode left, OrganisasiCode right) => left.CompareTo(right) >= 0;
}
