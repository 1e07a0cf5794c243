using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Codes;

/// <summary>
/// A program code of the Permendagri 13/2006 scheme: the <em>program's</em> <c>urusan</c>, the <c>organisasi</c>
/// that runs it and a two-digit number, <c>D.DD.D.DD.DD.DD</c>, e.g. <c>3.05.3.05.09.01</c> (program urusan
/// <c>3.05</c>, organisasi <c>3.05.09</c>, program <c>01</c>).
/// </summary>
/// <remarks>
/// <para>
/// The program's <see cref="Urusan"/> may differ from the unit's own <c>Organisasi.Urusan</c>: a unit can run another
/// affair's program (<c>2.07.1.20.03.05</c> is a program of affair <c>2.07</c> run by unit <c>1.20.03</c>).
/// <see cref="UrusanMatchesOrganisasi"/> tells which case a code is, for validation rules.
/// </para>
/// <para>
/// Equality and ordering compare (<see cref="Urusan"/>, <see cref="Organisasi"/>, <see cref="Number"/>): the order
/// of the parts as written, which is the order of the code text and of a recap. The value is packed into one
/// <see cref="long"/>. The default value is <c>0.00.0.00.00.00</c>: it parses and formats like any other code but
/// names no real program.
/// </para>
/// </remarks>
/// <example><code>
/// ProgramCode program = ProgramCode.Parse("3.05.3.05.09.01");
/// KegiatanCode kegiatan = program.Kegiatan(21); // 3.05.3.05.09.01.021
/// </code></example>
[JsonConverter(typeof(ProgramCodeJsonConverter))]
public readonly struct ProgramCode :
    IEquatable<ProgramCode>,
    IComparable<ProgramCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<ProgramCode>,
    IComparisonOperators<ProgramCode, ProgramCode, bool>,
    ICanonicalCode<ProgramCode>
{
    /// <summary>The length of the longest canonical text of this type: 15.</summary>
    public const int MaxFormattedLength = 15;

    private readonly long _value;

    private const long UrusanFactor = 10_000_000;

    private ProgramCode(long value) => _value = value;

    /// <summary>Gets the program's <c>urusan</c> (the first two parts), which may differ from <c>Organisasi.Urusan</c>.</summary>
    /// <value>E.g. <c>2.07</c> for <c>2.07.1.20.03.05</c>.</value>
    public UrusanCode Urusan => UrusanCode.FromPacked((int)(_value / UrusanFactor));

    /// <summary>Gets the <c>organisasi</c> (SKPD) that runs the program (parts 3 to 5).</summary>
    /// <value>E.g. <c>1.20.03</c> for <c>2.07.1.20.03.05</c>.</value>
    public OrganisasiCode Organisasi => OrganisasiCode.FromPacked((int)(_value % UrusanFactor / 100));

    /// <summary>Gets the program number, the last part: 0–99.</summary>
    /// <value>E.g. <c>5</c> for <c>2.07.1.20.03.05</c>.</value>
    public int Number => (int)(_value % 100);

    /// <summary>Gets the scheme of the code: always <see cref="CodeScheme.Permendagri13"/>.</summary>
    /// <value><see cref="CodeScheme.Permendagri13"/>.</value>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every code tells its scheme as an instance member.")]
    public CodeScheme Scheme => CodeScheme.Permendagri13;

    /// <summary>Gets a value indicating whether the program's <see cref="Urusan"/> is the unit's own <c>urusan</c>.</summary>
    /// <value><see langword="true"/> for <c>3.05.3.05.09.01</c>; <see langword="false"/> for <c>2.07.1.20.03.05</c>.</value>
    public bool UrusanMatchesOrganisasi => Urusan == Organisasi.Urusan;

    /// <summary>The packed value, for the enclosing codes.</summary>
    internal long Packed => _value;

    /// <summary>Creates a code from its parts.</summary>
    /// <param name="programUrusan">The program's <c>urusan</c> (may differ from <c>organisasi.Urusan</c>).</param>
    /// <param name="organisasi">The unit that runs the program.</param>
    /// <param name="number">The program number, 0–99.</param>
    /// <returns>The code <c>programUrusan.organisasi.number</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is outside 0–99.</exception>
    public static ProgramCode Create(UrusanCode programUrusan, OrganisasiCode organisasi, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 99);
        return new ProgramCode((programUrusan.Packed * UrusanFactor) + (organisasi.Packed * 100L) + number);
    }

    /// <summary>Creates a code from its packed value; the caller guarantees the range.</summary>
    internal static ProgramCode FromPacked(long packed) => new(packed);

    /// <summary>Creates the code of a <c>kegiatan</c> (activity) of this program.</summary>
    /// <param name="number">The <c>kegiatan</c> number: 0–999 for width 3, 0–99 for width 2.</param>
    /// <param name="width">The number of digits written: 3 (the Permendagri 13/2006 form, the default) or 2 (as SIMDA writes them).</param>
    /// <returns>The code, e.g. <c>3.05.3.05.09.01.021</c> for <c>Kegiatan(21)</c> or <c>3.05.3.05.09.01.21</c> for <c>Kegiatan(21, width: 2)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is not 2 or 3, or <paramref name="number"/> does not fit in it.</exception>
    public KegiatanCode Kegiatan(int number, int width = 3) => KegiatanCode.Create(this, number, width);

    /// <summary>Tells whether this program is run by <paramref name="organisasi"/>.</summary>
    /// <param name="organisasi">The unit.</param>
    /// <returns><see langword="true"/> when <see cref="Organisasi"/> equals <paramref name="organisasi"/>.</returns>
    public bool IsUnder(OrganisasiCode organisasi) => Organisasi == organisasi;

    /// <summary>Tells whether <paramref name="kegiatan"/> belongs to this program.</summary>
    /// <param name="kegiatan">The <c>kegiatan</c> code.</param>
    /// <returns><see langword="true"/> when <c>kegiatan.Program</c> equals this code.</returns>
    public bool Contains(KegiatanCode kegiatan) => kegiatan.Program == this;

    /// <summary>Compares in code order: by program <see cref="Urusan"/>, then <see cref="Organisasi"/>, then <see cref="Number"/>.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ProgramCode other) => _value.CompareTo(other._value);

    /// <inheritdoc/>
    static int ICanonicalCode<ProgramCode>.MaxLength => MaxFormattedLength;

    /// <inheritdoc/>
    static string ICanonicalCode<ProgramCode>.Message(CodeParseError error, ReadOnlySpan<char> s) => CodeSyntax.Message(error, s, CodeSyntax.Program);

    /// <inheritdoc/>
    bool ICanonicalCode<ProgramCode>.TryFormatCore<T>(Span<T> destination, out int written) => TryFormatCore(destination, out written);

    /// <inheritdoc/>
    static CodeParseError ICanonicalCode<ProgramCode>.TryParseCore(ReadOnlySpan<char> s, out ProgramCode result)
    {
        Span<int> values = stackalloc int[6];
        CodeParseError error = CodeSyntax.Parse(s, CodeSyntax.Program, values, out _);
        result = error.IsSuccess ? FromParts(values) : default;
        return error;
    }

    /// <summary>Packs six parsed parts.</summary>
    internal static ProgramCode FromParts(ReadOnlySpan<int> values)
    {
        long urusan = (values[0] * 100) + values[1];
        long organisasi = (((values[2] * 100) + values[3]) * 100) + values[4];
        return new ProgramCode((urusan * UrusanFactor) + (organisasi * 100) + values[5]);
    }

    /// <summary>Writes the six parts into <paramref name="values"/>.</summary>
    internal void GetParts(Span<int> values)
    {
        UrusanCode urusan = Urusan;
        OrganisasiCode organisasi = Organisasi;
        UrusanCode organisasiUrusan = organisasi.Urusan;
        values[0] = urusan.Kelompok;
        values[1] = urusan.Number;
        values[2] = organisasiUrusan.Kelompok;
        values[3] = organisasiUrusan.Number;
        values[4] = organisasi.Number;
        values[5] = Number;
    }

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        Span<int> values = stackalloc int[6];
        GetParts(values);
        return CodeSyntax.TryWrite(destination, values, CodeSyntax.Program.Widths, out written);
    }

    /// <summary>Parses the canonical text (<c>3.05.3.05.09.01</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>3.05.3.05.09.01</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static ProgramCode Parse(string s) => CanonicalCode.Parse<ProgramCode>(s);

    /// <summary>Parses the canonical text (<c>3.05.3.05.09.01</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>3.05.3.05.09.01</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static ProgramCode Parse(ReadOnlySpan<char> s) => CanonicalCode.Parse<ProgramCode>(s);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out ProgramCode result) => CanonicalCode.TryParse(s, out result);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out ProgramCode result) => CanonicalCode.TryParse(s, out result);

    /// <inheritdoc/>
    static ProgramCode IParsable<ProgramCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<ProgramCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ProgramCode result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static ProgramCode ISpanParsable<ProgramCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<ProgramCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ProgramCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text, e.g. <c>3.05.3.05.09.01</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => CanonicalCode.ToString(this);

    /// <summary>Writes the canonical text as UTF-16.</summary>
    /// <param name="destination">The buffer; <c>15</c> characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) => TryFormatCore(destination, out charsWritten);

    /// <summary>Writes the canonical text as UTF-8 (ASCII).</summary>
    /// <param name="utf8Destination">The buffer; <c>15</c> bytes always suffice.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) => TryFormatCore(utf8Destination, out bytesWritten);

    /// <summary>Returns the canonical text; the only formats are empty and <c>G</c>, and the provider is ignored.</summary>
    /// <param name="format">Empty, <see langword="null"/> or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: codes never depend on culture.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CanonicalCode.ToString(this, format, nameof(ProgramCode));

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, destination, out charsWritten, format, nameof(ProgramCode));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, utf8Destination, out bytesWritten, format, nameof(ProgramCode));

    /// <summary>Tells whether two codes are the same (see the type's remarks).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ProgramCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ProgramCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares in code order with a boxed <see cref="ProgramCode"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A boxed <see cref="ProgramCode"/> or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="ProgramCode"/>.</exception>
    public int CompareTo(object? obj) => CanonicalCode.CompareTo(this, obj, nameof(ProgramCode));

    /// <summary>Tells whether two codes are equal.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ProgramCode left, ProgramCode right) => left.Equals(right);

    /// <summary>Tells whether two codes differ.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(ProgramCode left, ProgramCode right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(ProgramCode left, ProgramCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(ProgramCode left, ProgramCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(ProgramCode left, ProgramCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(ProgramCode left, ProgramCode right) => left.CompareTo(right) >= 0;
}
