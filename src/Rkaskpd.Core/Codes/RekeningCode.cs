using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Codes;

/// <summary>
/// A <c>kode rekening</c> (account code) of either scheme, at any level: Permendagri 13/2006 writes five levels
/// <c>D.D.D.DD.DD</c> (<c>5.2.2.01.01</c>: akun, kelompok, jenis, objek, rincian objek), Permendagri 90/2019 six
/// <c>D.D.DD.DD.DD.DDDD</c> (<c>5.1.02.01.01.0052</c>: the same five and the sub rincian objek). A partial code
/// (<c>5</c>, <c>5.2</c>, <c>5.2.2</c>, ...) heads a group of accounts.
/// </summary>
/// <remarks>
/// <para>
/// <b>The scheme is told by the shape</b> (<see cref="Scheme"/>): a one-digit jenis (<c>5.2.2</c>) is 13/2006, a
/// two-digit one (<c>5.1.02</c>) 90/2019. Codes of one or two levels (<c>5</c>, <c>5.2</c>) have the same shape in
/// both schemes and mean different accounts (<c>5.2</c> is belanja langsung in 13/2006, belanja modal in 90/2019), so
/// their <see cref="Scheme"/> is <see cref="CodeScheme.None"/>: the document's other codes tell which applies.
/// </para>
/// <para>
/// <b>Widths are kept as written</b>: a 13/2006 rincian objek is written with two digits, by some regional systems with
/// four (<c>5.2.2.01.0001</c>); both are accepted and <see cref="ToString()"/> writes the code back as it was. Equality
/// compares the parts, the level and the widths; ordering is code order (see <see cref="CompareTo(RekeningCode)"/>).
/// The default value is <c>0</c> (an akun).
/// </para>
/// </remarks>
/// <example><code>
/// RekeningCode atk = RekeningCode.Parse("5.1.02.01.01.0024");
/// atk.Scheme;                     // CodeScheme.Permendagri90
/// atk.Level;                      // RekeningLevel.SubRincianObjek
/// atk.ToLevel(RekeningLevel.Jenis); // 5.1.02 (belanja barang dan jasa)
/// </code></example>
[JsonConverter(typeof(RekeningCodeJsonConverter))]
public readonly struct RekeningCode :
    IEquatable<RekeningCode>,
    IComparable<RekeningCode>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<RekeningCode>,
    IComparisonOperators<RekeningCode, RekeningCode, bool>,
    ICanonicalCode<RekeningCode>
{
    /// <summary>The length of the longest canonical text of this type: 17.</summary>
    public const int MaxFormattedLength = 17;

    private const int LevelShift = 2;
    private const int Permendagri90Flag = 0b01;
    private const int WideRincianFlag = 0b10;

    /// <summary>The parts, packed <c>akun, kelompok, jenis (2 digits), objek (2), rincian objek (4), sub rincian objek (4)</c>; absent parts are 0.</summary>
    private readonly long _value;

    /// <summary>The level less one (bits 2–4), a four-digit 13/2006 rincian objek (bit 1) and the 90/2019 shape (bit 0, from level 3 down).</summary>
    private readonly byte _shape;

    private RekeningCode(long value, int shape)
    {
        _value = value;
        _shape = (byte)shape;
    }

    /// <summary>Gets the level: the number of parts.</summary>
    /// <value>E.g. <see cref="RekeningLevel.RincianObjek"/> for <c>5.2.2.01.01</c>.</value>
    public RekeningLevel Level => (RekeningLevel)((_shape >> LevelShift) + 1);

    /// <summary>Gets the scheme told by the shape; <see cref="CodeScheme.None"/> for one- and two-level codes (see the remarks).</summary>
    /// <value><see cref="CodeScheme.Permendagri13"/> for <c>5.2.2.01.01</c>, <see cref="CodeScheme.Permendagri90"/> for <c>5.1.02</c>.</value>
    public CodeScheme Scheme => Level < RekeningLevel.Jenis
        ? CodeScheme.None
        : (_shape & Permendagri90Flag) != 0 ? CodeScheme.Permendagri90 : CodeScheme.Permendagri13;

    /// <summary>Gets the <c>akun</c>, the first part: 0–9 (<c>5</c> belanja).</summary>
    /// <value>E.g. <c>5</c> for <c>5.2.2.01.01</c>.</value>
    public int Akun => Part(RekeningLevel.Akun);

    /// <summary>Gets the parent code, one level up, or <see langword="null"/> for an <c>akun</c>.</summary>
    /// <value>E.g. <c>5.2.2.01</c> for <c>5.2.2.01.01</c>.</value>
    public RekeningCode? Parent => Level == RekeningLevel.Akun ? null : ToLevel(Level - 1);

    /// <summary>Gets the number of a part.</summary>
    /// <param name="level">The part's level, at most <see cref="Level"/>.</param>
    /// <returns>E.g. <c>2</c> for <c>Part(RekeningLevel.Jenis)</c> of <c>5.1.02.01.01.0052</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is <see cref="RekeningLevel.None"/> or deeper than <see cref="Level"/>.</exception>
    public int Part(RekeningLevel level)
    {
        CheckLevel(level);
        return (int)(_value / Divisor(level) % Modulus(level));
    }

    /// <summary>Returns the code cut to <paramref name="level"/>: this code or one of its ancestors.</summary>
    /// <param name="level">The level, at most <see cref="Level"/>.</param>
    /// <returns>E.g. <c>5.1</c> for <c>ToLevel(RekeningLevel.Kelompok)</c> of <c>5.1.02.01.01.0052</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is <see cref="RekeningLevel.None"/> or deeper than <see cref="Level"/>.</exception>
    public RekeningCode ToLevel(RekeningLevel level)
    {
        CheckLevel(level);
        long divisor = Divisor(level);
        int shape = Shape((int)level, (_shape & Permendagri90Flag) != 0, (_shape & WideRincianFlag) != 0);
        return new RekeningCode(_value / divisor * divisor, shape);
    }

    /// <summary>Tells whether this code is <paramref name="ancestor"/> or lies under it.</summary>
    /// <param name="ancestor">The code of a group of accounts, e.g. <c>5.1.02</c>.</param>
    /// <returns><see langword="true"/> when <paramref name="ancestor"/> is no deeper than this code and <c>ToLevel(ancestor.Level)</c> equals it.</returns>
    public bool IsUnder(RekeningCode ancestor) => ancestor.Level <= Level && ToLevel(ancestor.Level) == ancestor;

    /// <summary>Creates a code from its parts, from the <c>akun</c> down.</summary>
    /// <param name="scheme">The scheme; <see cref="CodeScheme.None"/> is allowed only for one or two parts, where the
    /// schemes write the same (and is what <see cref="Scheme"/> then reports whatever is given).</param>
    /// <param name="parts">1 to 5 parts (13/2006) or 1 to 6 (90/2019): akun 0–9, kelompok 0–9, jenis 0–9 (13/2006) or
    /// 0–99 (90/2019), objek 0–99, rincian objek 0–99 (0–9999 with width 4 in 13/2006), sub rincian objek 0–9999.</param>
    /// <param name="rincianObjekWidth">The digit count of a 13/2006 rincian objek: 2 (the default) or 4; 90/2019 takes 2 only.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentException">The part count does not fit the scheme.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A part is outside its range, or the width is not 2 or 4.</exception>
    public static RekeningCode Create(CodeScheme scheme, ReadOnlySpan<int> parts, int rincianObjekWidth = 2)
    {
        int maxParts = scheme switch
        {
            CodeScheme.Permendagri13 => 5,
            CodeScheme.Permendagri90 => 6,
            CodeScheme.None => 2,
            _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Not a code scheme."),
        };
        if (parts.Length == 0 || parts.Length > maxParts)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A kode rekening of scheme {scheme} has 1 to {maxParts} parts; {parts.Length} were given."),
                nameof(parts));
        }

        if (rincianObjekWidth is not (2 or 4) || (rincianObjekWidth == 4 && scheme != CodeScheme.Permendagri13))
        {
            throw new ArgumentOutOfRangeException(nameof(rincianObjekWidth), rincianObjekWidth, "A rincian objek has 2 digits, or 4 in some 13/2006 regional systems.");
        }

        bool is90 = scheme == CodeScheme.Permendagri90;
        Span<byte> widths = stackalloc byte[6];
        Widths(is90, rincianObjekWidth == 4, widths);
        long value = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(parts[i], nameof(parts));
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(parts[i], Pow10(widths[i]), nameof(parts));
            value += parts[i] * Divisor((RekeningLevel)(i + 1));
        }

        return new RekeningCode(value, Shape(parts.Length, is90, rincianObjekWidth == 4));
    }

    /// <summary>Compares in code order: part by part as numbers (absent parts count as 0), then by level (so a parent
    /// sorts before its children), then a two-digit before a four-digit rincian objek, then 13/2006 before 90/2019.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(RekeningCode other)
    {
        int byValue = _value.CompareTo(other._value);
        return byValue != 0 ? byValue : _shape.CompareTo(other._shape);
    }

    /// <summary>Packs the shape; the scheme and width flags are kept only at the levels that show them.</summary>
    private static int Shape(int level, bool is90, bool wideRincian) =>
        ((level - 1) << LevelShift) | (is90 && level >= 3 ? Permendagri90Flag : 0) | (wideRincian && level >= 5 ? WideRincianFlag : 0);

    private void CheckLevel(RekeningLevel level)
    {
        if (level < RekeningLevel.Akun || level > Level)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, string.Create(CultureInfo.InvariantCulture, $"Kode rekening '{this}' is of level {Level}; ask for a level from Akun to {Level}."));
        }
    }

    /// <summary>The place value of a level's part in <see cref="_value"/>.</summary>
    private static long Divisor(RekeningLevel level) => level switch
    {
        RekeningLevel.Akun => 10_000_000_000_000,
        RekeningLevel.Kelompok => 1_000_000_000_000,
        RekeningLevel.Jenis => 10_000_000_000,
        RekeningLevel.Objek => 100_000_000,
        RekeningLevel.RincianObjek => 10_000,
        _ => 1,
    };

    private static long Modulus(RekeningLevel level) => level switch
    {
        RekeningLevel.Akun or RekeningLevel.Kelompok => 10,
        RekeningLevel.Jenis or RekeningLevel.Objek => 100,
        _ => 10_000,
    };

    private static int Pow10(int width) => width switch
    {
        1 => 10,
        2 => 100,
        _ => 10_000,
    };

    /// <summary>Writes the digit count of each of the six parts for a shape.</summary>
    private static void Widths(bool is90, bool wideRincian, Span<byte> widths)
    {
        widths[0] = 1;
        widths[1] = 1;
        widths[2] = (byte)(is90 ? 2 : 1);
        widths[3] = 2;
        widths[4] = (byte)(wideRincian ? 4 : 2);
        widths[5] = 4;
    }

    /// <inheritdoc/>
    static CodeParseError ICanonicalCode<RekeningCode>.TryParseCore(ReadOnlySpan<char> s, out RekeningCode result)
    {
        result = default;
        if (s.IsEmpty)
        {
            return new CodeParseError(CodeParseErrorKind.Empty, 0, 0, 0);
        }

        int partCount = 1;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '.')
            {
                partCount++;
            }
            else if (!char.IsAsciiDigit(s[i]))
            {
                return new CodeParseError(CodeParseErrorKind.InvalidCharacter, i, 0, 0);
            }
        }

        if (partCount > 6)
        {
            return new CodeParseError(CodeParseErrorKind.PartCount, 0, 0, partCount);
        }

        bool is90 = false;
        bool wide = false;
        long value = 0;
        int part = 0;
        int start = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] != '.')
            {
                continue;
            }

            int width = i - start;
            if (width == 0)
            {
                return new CodeParseError(CodeParseErrorKind.EmptyPart, start, part, 0);
            }

            if (part == 2)
            {
                is90 = width == 2;
            }
            else if (part == 4)
            {
                wide = !is90 && width == 4;
            }

            if (part == 5 && !is90)
            {
                return new CodeParseError(CodeParseErrorKind.PartCount, 0, 0, partCount);
            }

            bool valid = part switch
            {
                0 or 1 => width == 1,
                2 => width is 1 or 2,
                3 => width == 2,
                4 => width == 2 || wide,
                _ => width == 4,
            };
            if (!valid)
            {
                return new CodeParseError(CodeParseErrorKind.PartWidth, start, part, width);
            }

            int number = 0;
            for (int j = start; j < i; j++)
            {
                number = (number * 10) + (s[j] - '0');
            }

            value += number * Divisor((RekeningLevel)(part + 1));
            part++;
            start = i + 1;
        }

        result = new RekeningCode(value, Shape(partCount, is90, wide));
        return default;
    }

    /// <inheritdoc/>
    static string ICanonicalCode<RekeningCode>.Message(CodeParseError error, ReadOnlySpan<char> s)
    {
        string shown = s.ToString();
        const string Expected = "expected 1 to 5 parts in 13/2006 (D.D.D.DD.DD, e.g. '5.2.2.01.01') or 1 to 6 in 90/2019 (D.D.DD.DD.DD.DDDD, e.g. '5.1.02.01.01.0052')";
        return error.Kind switch
        {
            CodeParseErrorKind.Empty => $"Kode rekening is empty; {Expected}.",
            CodeParseErrorKind.InvalidCharacter => string.Create(
                CultureInfo.InvariantCulture,
                $"Kode rekening '{shown}' has '{s[error.Position]}' (U+{(int)s[error.Position]:X4}) at position {error.Position + 1}; only ASCII digits and dots are allowed, {Expected}. CodeNormalizer.TryNormalizeRekening accepts spaces and other variants."),
            CodeParseErrorKind.PartCount => string.Create(
                CultureInfo.InvariantCulture,
                $"Kode rekening '{shown}' has {error.Value} parts; {Expected} (a one-digit jenis makes it 13/2006)."),
            CodeParseErrorKind.EmptyPart => string.Create(
                CultureInfo.InvariantCulture,
                $"Kode rekening '{shown}' has an empty part {error.Part + 1} ({PartName(error.Part)}) at position {error.Position + 1}: a dot at the start or end, or two dots together; {Expected}."),
            _ => string.Create(
                CultureInfo.InvariantCulture,
                $"Kode rekening '{shown}' has {error.Value} digit{(error.Value == 1 ? string.Empty : "s")} in part {error.Part + 1} ({PartName(error.Part)}) '{s.Slice(error.Position, error.Value).ToString()}' at position {error.Position + 1}; {Expected}."),
        };
    }

    private static string PartName(int part) => part switch
    {
        0 => "akun",
        1 => "kelompok",
        2 => "jenis",
        3 => "objek",
        4 => "rincian objek",
        _ => "sub rincian objek",
    };

    private bool TryFormatCore<T>(Span<T> destination, out int written)
        where T : unmanaged, IBinaryInteger<T>
    {
        int count = (int)Level;
        Span<int> values = stackalloc int[6];
        for (int i = 0; i < count; i++)
        {
            values[i] = Part((RekeningLevel)(i + 1));
        }

        Span<byte> widths = stackalloc byte[6];
        Widths((_shape & Permendagri90Flag) != 0, (_shape & WideRincianFlag) != 0, widths);
        return CodeSyntax.TryWrite(destination, values[..count], widths[..count], out written);
    }

    /// <inheritdoc/>
    bool ICanonicalCode<RekeningCode>.TryFormatCore<T>(Span<T> destination, out int written) => TryFormatCore(destination, out written);

    /// <inheritdoc/>
    static int ICanonicalCode<RekeningCode>.MaxLength => MaxFormattedLength;

    /// <summary>Parses the canonical text (<c>5.2.2.01.01</c>- or <c>5.1.02.01.01.0052</c>-shaped, at any level); nothing else is accepted (see <c>CodeNormalizer.TryNormalizeRekening</c>).</summary>
    /// <param name="s">The text, e.g. <c>5.1.02.01.01.0052</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static RekeningCode Parse(string s) => CanonicalCode.Parse<RekeningCode>(s);

    /// <summary>Parses the canonical text (<c>5.2.2.01.01</c>- or <c>5.1.02.01.01.0052</c>-shaped, at any level); nothing else is accepted (see <c>CodeNormalizer.TryNormalizeRekening</c>).</summary>
    /// <param name="s">The text, e.g. <c>5.1.02.01.01.0052</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not a canonical code; the message says where and why.</exception>
    public static RekeningCode Parse(ReadOnlySpan<char> s) => CanonicalCode.Parse<RekeningCode>(s);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text, or <see langword="null"/>.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out RekeningCode result) => CanonicalCode.TryParse(s, out result);

    /// <summary>Tries to parse the canonical text; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The code, or <see langword="default"/> on failure.</param>
    /// <returns><see langword="true"/> when <paramref name="s"/> is a canonical code.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out RekeningCode result) => CanonicalCode.TryParse(s, out result);

    /// <inheritdoc/>
    static RekeningCode IParsable<RekeningCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool IParsable<RekeningCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RekeningCode result) =>
        TryParse(s, out result);

    /// <inheritdoc/>
    static RekeningCode ISpanParsable<RekeningCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc/>
    static bool ISpanParsable<RekeningCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RekeningCode result) =>
        TryParse(s, out result);

    /// <summary>Returns the canonical text, e.g. <c>5.1.02.01.01.0052</c>.</summary>
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
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => CanonicalCode.ToString(this, format, nameof(RekeningCode));

    /// <inheritdoc cref="TryFormat(Span{char}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, destination, out charsWritten, format, nameof(RekeningCode));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int)"/>
    /// <exception cref="FormatException"><paramref name="format"/> is neither empty nor <c>G</c>.</exception>
    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CanonicalCode.TryFormat(this, utf8Destination, out bytesWritten, format, nameof(RekeningCode));

    /// <summary>Tells whether two codes are the same (see the type's remarks).</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(RekeningCode other) => _value == other._value && _shape == other._shape;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is RekeningCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_value, _shape);

    /// <summary>Compares in code order with a boxed <see cref="RekeningCode"/>; <see langword="null"/> sorts first.</summary>
    /// <param name="obj">A boxed <see cref="RekeningCode"/> or <see langword="null"/>.</param>
    /// <returns>Negative, zero or positive as this code sorts before, with or after <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="RekeningCode"/>.</exception>
    public int CompareTo(object? obj) => CanonicalCode.CompareTo(this, obj, nameof(RekeningCode));

    /// <summary>Tells whether two codes are equal.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(RekeningCode left, RekeningCode right) => left.Equals(right);

    /// <summary>Tells whether two codes differ.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(RekeningCode left, RekeningCode right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(RekeningCode left, RekeningCode right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(RekeningCode left, RekeningCode right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(RekeningCode left, RekeningCode right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The left code.</param>
    /// <param name="right">The right code.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(RekeningCode left, RekeningCode right) => left.CompareTo(right) >= 0;
}
