using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Codes;

/// <summary>
/// A <c>kegiatan</c> (activity) code of the Permendagri 13/2006 scheme: its program's code followed by the
/// <c>kegiatan</c> number, <c>D.DD.D.DD.DD.DD.DDD</c>, e.g. <c>3.05.3.05.09.01.021</c>. Some regions' systems (SIMDA)
/// write the number with two digits, <c>3.05.3.05.09.01.21</c>; both are accepted and the <see cref="Width"/> is kept.
/// </summary>
/// <remarks>
/// <para>
/// <b>Equality includes the width</b>: <c>...01.21</c> and <c>...01.021</c> have different canonical texts and are
/// different values, so a round trip through text never changes a document. To compare regardless of width use
/// <see cref="EqualsIgnoringWidth"/> or compare <see cref="Program"/> and <see cref="Number"/>.
/// </para>
/// <para>
/// <b>Ordering</b> is code order: by <see cref="Program"/> (program <c>urusan</c>, <c>organisasi</c>, program
/// number), then by the numeric <see cref="Number"/>, then by <see cref="Width"/> (2 before 3), so <c>...01.21</c>
/// sorts just before <c>...01.021</c> and both before <c>...01.022</c>. Ordering is consistent with equality.
/// </para>
/// <para>
/// The value is packed into one <see cref="long"/>. The default value is <c>0.00.0.00.00.00.000</c> (width 3): it
/// parses and formats like any other code but names no real activity.
/// </para>
/// </remarks>
/// <example><code>
/// KegiatanCode kegiatan = KegiatanCode.Parse("3.05.3.05.09.01.021");
/// ProgramCode program = kegiatan.Program;          // 3.05.3.05.09.01
/// OrganisasiCode organisasi = kegiatan.Organisasi; // 3.05.09
/// </code></example>
[JsonConverter(typeof(KegiatanCodeJsonConverter))]
public readonly struct KegiatanCode :
    IEquatable<KegiatanCode>,
    IComparable<KegiatanCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<KegiatanCode>,
    IComparisonOperators<KegiatanCode, KegiatanCode, bool>,
    ICanonicalCode<KegiatanCode>
{
    /// <summary>The length of the longest canonical text of this type: 19.</summary>
    public const int MaxFormattedLength = 19;

    private readonly long _value;

    private KegiatanCode(long value) => _value = value;

    /// <summary>Gets the program the activity belongs to (the first six parts).</summary>
    /// <value>E.g. <c>3.05.3.05.09.01</c> for <c>3.05.3.05.09.01.021</c>.</value>
    public ProgramCode Program => ProgramCode.FromPacked((_value >> 1) / 1000);

    /// <summary>Gets the <c>kegiatan</c> number, the last part: 0–999 (0–99 when <see cref="Width"/> is 2).</summary>
    /// <value>E.g. <c>21</c> for both <c>...01.021</c> and <c>...01.21</c>.</value>
    public int Number => (int)((_value >> 1) % 1000);

    /// <summary>Gets the number of digits the last part is written with: 3 (Permendagri 13/2006) or 2 (SIMDA).</summary>
    /// <value>3 for <c>...01.021</c>, 2 for <c>...01.21</c>.</value>
    public int Width => (_value & 1) == 0 ? 3 : 2;

    /// <summary>Gets the scheme of the code: always <see cref="CodeScheme.Permendagri13"/>.</summary>
    /// <value><see cref="CodeScheme.Permendagri13"/>.</value>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Every code tells its scheme as an instance member.")]
    public CodeScheme Scheme => CodeScheme.Permendagri13;

    /// <summary>Gets the <c>organisasi</c> (SKPD) that runs the activity: <c>Program.Organisasi</c>.</summary>
    /// <value>E.g. <c>3.05.09</c> for <c>3.05.3.05.09.01.021</c>.</value>
    public OrganisasiCode Organisasi => Program.Organisasi;

    /// <summary>Gets the program's <c>urusan</c>: <c>Program.Urusan</c> (which may differ from <c>Organisasi.Urusan</c>).</summary>
    /// <value>E.g. <c>3.05</c> for <c>3.05.3.05.09.01.021</c>.</value>
    public UrusanCode Urusan => Program.Urusan;

    /// <summary>Creates a code from its parts.</summary>
    /// <param name="program">The program.</param>
    /// <param name="number">The <c>kegiatan</c> number: 0–999 for width 3, 0–99 for width 2.</param>
    /// <param name="width">The number of digits written: 3 (the default) or 2 (as SIMDA writes them).</param>
    /// <returns>The code <c>program.number</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is not 2 or 3, or <paramref name="number"/> does not fit in it.</exception>
    public static KegiatanCode Create(ProgramCode program, int number, int width = 3)
    {
        if (width is not (2 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "A kegiatan number is written with 3 digits (Permendagri 13/2006) or 2 (SIMDA).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, width == 3 ? 999 : 99);
        return Pack(program.Packed, number, width);
    }

    private static KegiatanCode Pack(long program, int number, int width) =>
        new((((program * 1000) + number) << 1) | (width == 2 ? 1L : 0L));

    /// <summary>Tells whether this activity belongs to <paramref name="program"/>.</summary>
    /// <param name="program">The program.</param>
    /// <returns><see langword="true"/> when <see cref="Program"/> equals <paramref name="program"/>.</returns>
    public bool IsUnder(ProgramCode program) => Program == program;

    /// <summary>Tells whether this activity is run by <paramref name="organisasi"/>.</summary>
    /// <param name="organisasi">The unit.</param>
    /// <returns><see langword="true"/> when <see cref="Organisasi"/> equals <paramref name="organisasi"/>.</returns>
    public bool IsUnder(OrganisasiCode organisasi) => Organisasi == organisasi;

    /// <summary>Returns the same activity written with <paramref name="width"/> digits.</summary>
    /// <param name="width">3 or 2.</param>
    /// <returns>The code with the given width.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is not 2 or 3, or <see cref="Number"/> does not fit in it.</exception>
    public KegiatanCode WithWidth(int width) => Create(Program, Number, width);

    /// <summary>Tells whether two codes name the same activity, whatever the width of their last part.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when <see cref="Program"/> and <see cref="Number"/> are equal.</returns>
    public bool EqualsIgnoringWidth(KegiatanCode other) => (_value >> 1) == (other._value >> 1);

    /// <summary>Compares in code order: by <see cref="Program"/>, then numeric <see cref="Number"/>, then <see cref="Width"/> (2 before 3).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(KegiatanCode other)
    {
        int byNumber = (_value >> 1).CompareTo(other._value >> 1);
        return byNumber != 0 ? byNumber : Width.CompareTo(other.Width);
    }

    /// <inheritdoc/>
    static int ICanonicalCode<KegiatanCode>.MaxLength => MaxFormattedLength;

    /// <inheritdoc/>
    static string ICanonicalCode<KegiatanCode>.Message(CodeParseError error, ReadOnlySpan<char> s) => CodeSyntax.Message(error, s, CodeSyntax.Kegiatan);

    /// <inheritdoc/>
    bool ICanonicalCode<KegiatanCode>.TryFormatCore<T>(Span<T> destination, out int written) => TryFormatCore(destination, out written);

    /// <inheritdoc/>
    static CodeParseError ICanonicalCode<KegiatanCode>.TryParseCore(ReadOnlySpan<char> s, out KegiatanCode result)
    {
        Span<int> values = stackalloc int[7];
        CodeParseError error = CodeSyntax.Parse(s, CodeSyntax.Kegiatan, values, out int lastWidth);
        result = error.IsSuccess ? Pack(ProgramCode.FromParts(values).Packed, values[6], lastWidth) : default;
        return error;
    }

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        Span<int> values = stackalloc int[7];
        Program.GetParts(values);
        values[6] = Number;
        Span<byte> widths = stackalloc byte[7];
        CodeSyntax.Kegiatan.Widths.CopyTo(widths);
        widths[6] = (byte)Width;
        return CodeSyntax.TryWrite(destination, values, widths, out written);
    }

    /// <summary>Parses the canonical text (<c>3.05.3.05.09.01.021</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>3.05.3.05.09.01.021</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static KegiatanCode Parse(string s) => CanonicalCode.Parse<KegiatanCode>(s);

    /// <summary>Parses the canonical text (<c>3.05.3.05.09.01.021</c>-shaped); nothing else is accepted (see <see cref="CodeNormalizer"/>).</summary>
    /// <param name="s">The text, e.g. <c>3.05.3.05.09.01.021</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static KegiatanCode Parse(ReadOnlySpan<char> s) => CanonicalCode.Parse<KegiatanCode>(s);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out KegiatanCode result) => CanonicalCode.TryParse(s, out result);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out KegiatanCode result) => CanonicalCode.TryParse(s, out result);

    /// <inheritdoc/>
    static KegiatanCode IParsable<KegiatanCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<KegiatanCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out KegiatanCode result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static KegiatanCode ISpanParsable<KegiatanCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<KegiatanCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out KegiatanCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text, e.g. <c>3.05.3.05.09.01.021</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => CanonicalCode.ToString(this);

    /// <summary>Writes the canonical text as UTF-16.</summary>
    /// <param name="destination">The buffer; <c>19</c> characters always suffice.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <returns><see langword="false"/> when <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) => TryFormatCore(destination, out charsWritten);

    /// <summary>Writes the canonical text as UTF-8 (ASCII).</summary>
    /// <param name="utf8Destination">The buffer; <c>19</c> bytes always suffice.</param>
    /// <param name="bytesWritten">The number of bytes written.</param>
    /// <returns><see langword="false"/> when <paramref name="utf8Destination"/> is too short.</returns>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten) => TryFormatCore(utf8Destination, out bytesWritten);

    /// <summary>Returns the canonical text; the only formats are empty and <c>G</c>, and the provider is ignored.</summary>
    /// <param name="format">Empty, <see langword="null"/> or <c>G</c>.</param>
    /// <param name="formatProvider">Ignored: codes never depend on culture.</param>
    /// <returns>The canonical text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not supported.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CanonicalCode.ToString(this, format, nameof(KegiatanCode));

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, destination, out charsWritten, format, nameof(KegiatanCode));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, utf8Destination, out bytesWritten, format, nameof(KegiatanCode));

    /// <summary>Tells whether two codes are the same (see the type's remarks).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(KegiatanCode other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is KegiatanCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value.GetHashCode();

    /// <summary>Compares in code order with a boxed <see cref="KegiatanCode"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A boxed <see cref="KegiatanCode"/> or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="KegiatanCode"/>.</exception>
    public int CompareTo(object? obj) => CanonicalCode.CompareTo(this, obj, nameof(KegiatanCode));

    /// <summary>Tells whether two codes are equal.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(KegiatanCode left, KegiatanCode right) => left.Equals(right);

    /// <summary>Tells whether two codes differ.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(KegiatanCode left, KegiatanCode right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(KegiatanCode left, KegiatanCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(KegiatanCode left, KegiatanCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(KegiatanCode left, KegiatanCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(KegiatanCode left, KegiatanCode right) => left.CompareTo(right) >= 0;
}
