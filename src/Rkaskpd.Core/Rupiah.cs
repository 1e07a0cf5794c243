using System;
using System.Numerics;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd;

/// <summary>
/// An exact amount of Indonesian rupiah (IDR) with <c>sen</c> (hundredths of a rupiah), as written in
/// regional-government budget forms such as RKA-SKPD 2.2.1, e.g. <c>551.204.390,00</c>.
/// </summary>
/// <remarks>
/// <para>
/// The amount is stored as a whole number of <c>sen</c> in a <see cref="long"/>, so every value between
/// <see cref="MinValue"/> (−92.233.720.368.547.758,08) and <see cref="MaxValue"/> (92.233.720.368.547.758,07) is exact.
/// Nothing is ever rounded silently: conversions that may lose <c>sen</c> take a <see cref="MidpointRounding"/>,
/// and all arithmetic is checked and throws <see cref="OverflowException"/> instead of wrapping around.
/// </para>
/// <para>
/// Equality and ordering: two values are equal when they hold the same number of <c>sen</c>, and values are ordered
/// by their number of <c>sen</c>. The default value of this type is <see cref="Zero"/> (Rp 0,00).
/// </para>
/// <para>
/// Text: the forms' notation is fixed, so formatting and parsing never depend on a culture; any
/// <see cref="IFormatProvider"/> passed in is ignored and <see cref="System.Globalization.CultureInfo.CurrentCulture"/>
/// never changes a result. See <see cref="ToString(string?)"/> for the formats and
/// <see cref="ParseDetailed(ReadOnlySpan{char}, RupiahStyles)"/> for the accepted spellings.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// Rupiah total = Rupiah.Parse("Rp. 551.204.390,00");
/// Rupiah perBulan = total.Allocate(12)[0];      // 45.933.699,17
/// string text = total.ToString("F", null);      // "Rp. 551.204.390,00"
/// </code>
/// </example>
[JsonConverter(typeof(RupiahJsonConverter))]
public readonly partial struct Rupiah :
    IEquatable<Rupiah>,
    IComparable<Rupiah>,
    IComparable,
    IComparisonOperators<Rupiah, Rupiah, bool>,
    IMinMaxValue<Rupiah>,
    IAdditiveIdentity<Rupiah, Rupiah>
{
    /// <summary>The number of <c>sen</c> in one rupiah.</summary>
    private const int SenPerRupiah = 100;

    private readonly long sen;

    /// <summary>
    /// Initializes a new value from an amount in rupiah that has at most two decimals (whole <c>sen</c>).
    /// </summary>
    /// <param name="amount">The amount in rupiah, e.g. <c>551204390.00m</c>. Trailing zeros beyond the second
    /// decimal are fine (<c>1.500m</c>); a non-zero third decimal is not.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="amount"/> lies outside
    /// <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> has a fraction of a <c>sen</c>; use
    /// <see cref="FromDecimal(decimal, MidpointRounding)"/> to round explicitly.</exception>
    public Rupiah(decimal amount)
    {
        decimal senAmount = ToSenDecimal(amount, nameof(amount));
        if (decimal.Truncate(senAmount) != senAmount)
        {
            throw new ArgumentException(RupiahMessages.FractionOfSen(amount), nameof(amount));
        }

        sen = ToSen(senAmount, amount, nameof(amount));
    }

    private Rupiah(long sen, bool unused)
    {
        _ = unused;
        this.sen = sen;
    }

    /// <summary>Gets the zero amount, Rp 0,00. This is also the default value of the type.</summary>
    /// <value>Rp 0,00.</value>
    public static Rupiah Zero => default;

    /// <summary>Gets the smallest amount that can be represented: −92.233.720.368.547.758,08.</summary>
    /// <value><see cref="long.MinValue"/> <c>sen</c>.</value>
    public static Rupiah MinValue => new(long.MinValue, false);

    /// <summary>Gets the largest amount that can be represented: 92.233.720.368.547.758,07.</summary>
    /// <value><see cref="long.MaxValue"/> <c>sen</c>.</value>
    public static Rupiah MaxValue => new(long.MaxValue, false);

    /// <summary>Gets the additive identity, <see cref="Zero"/>.</summary>
    /// <value>Rp 0,00.</value>
    static Rupiah IAdditiveIdentity<Rupiah, Rupiah>.AdditiveIdentity => default;

    /// <summary>Gets the amount as a whole number of <c>sen</c> (hundredths of a rupiah).</summary>
    /// <value>For Rp 551.204.390,00: <c>55120439000</c>.</value>
    public long Sen => sen;

    /// <summary>Gets the amount in rupiah, always with exactly two decimals (scale 2).</summary>
    /// <value>For Rp 551.204.390,00: <c>551204390.00m</c>.</value>
    public decimal Amount
    {
        get
        {
            ulong magnitude = Magnitude(sen);
            return new decimal(unchecked((int)(uint)magnitude), unchecked((int)(uint)(magnitude >> 32)), 0, sen < 0, 2);
        }
    }

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    /// <value><see langword="true"/> for Rp 0,00.</value>
    public bool IsZero => sen == 0;

    /// <summary>Gets a value indicating whether the amount is below zero.</summary>
    /// <value><see langword="true"/> when <see cref="Sen"/> is negative.</value>
    public bool IsNegative => sen < 0;

    /// <summary>Creates a value from a whole number of <c>sen</c>.</summary>
    /// <param name="sen">The amount in <c>sen</c>; every <see cref="long"/> is valid.</param>
    /// <returns>The amount <paramref name="sen"/> / 100 rupiah.</returns>
    public static Rupiah FromSen(long sen) => new(sen, false);

    /// <summary>
    /// Creates a value from an amount in rupiah, rounding to whole <c>sen</c> half away from zero, as spreadsheets'
    /// <c>ROUND(x; 2)</c> does (so 0,005 becomes 0,01 and −0,005 becomes −0,01).
    /// </summary>
    /// <param name="amount">The amount in rupiah.</param>
    /// <returns>The amount rounded to two decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rounded amount lies outside
    /// <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    public static Rupiah FromDecimal(decimal amount) => FromDecimal(amount, MidpointRounding.AwayFromZero);

    /// <summary>Creates a value from an amount in rupiah, rounding to whole <c>sen</c> with the given rule.</summary>
    /// <param name="amount">The amount in rupiah.</param>
    /// <param name="mode">How to round a fraction of a <c>sen</c>, e.g. <see cref="MidpointRounding.AwayFromZero"/>
    /// (spreadsheets' <c>ROUND</c>) or <see cref="MidpointRounding.ToEven"/> (banker's rounding).</param>
    /// <returns>The amount rounded to two decimals.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The rounded amount lies outside
    /// <see cref="MinValue"/>..<see cref="MaxValue"/>, or <paramref name="mode"/> is not a defined value.</exception>
    public static Rupiah FromDecimal(decimal amount, MidpointRounding mode)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, RupiahMessages.UnknownRounding);
        }

        decimal senAmount = ToSenDecimal(amount, nameof(amount));
        return new(ToSen(Math.Round(senAmount, 0, mode), amount, nameof(amount)), false);
    }

    /// <summary>Returns the absolute value of this amount.</summary>
    /// <returns>This amount without its sign.</returns>
    /// <exception cref="OverflowException">This amount is <see cref="MinValue"/>, whose absolute value cannot be
    /// represented.</exception>
    public Rupiah Abs() => sen < 0 ? Negate(this) : this;

    /// <summary>Compares this amount with another.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this amount is less than, equal to or greater than
    /// <paramref name="other"/>.</returns>
    public int CompareTo(Rupiah other) => sen.CompareTo(other.sen);

    /// <summary>Compares this amount with another object, which must be a <see cref="Rupiah"/> or null.</summary>
    /// <param name="obj">The object to compare with; <see langword="null"/> sorts before every amount.</param>
    /// <returns>A negative number, zero or a positive number as this amount is less than, equal to or greater than
    /// <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is neither null nor a <see cref="Rupiah"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rupiah other => CompareTo(other),
        _ => throw new ArgumentException(RupiahMessages.NotRupiah(obj), nameof(obj)),
    };

    /// <summary>Tells whether this amount equals another: same number of <c>sen</c>.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns><see langword="true"/> when both hold the same number of <c>sen</c>.</returns>
    public bool Equals(Rupiah other) => sen == other.sen;

    /// <summary>Tells whether this amount equals another object.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is a <see cref="Rupiah"/> with the same number of
    /// <c>sen</c>.</returns>
    public override bool Equals(object? obj) => obj is Rupiah other && Equals(other);

    /// <summary>Returns a hash code for this amount.</summary>
    /// <returns>A hash code derived from <see cref="Sen"/>.</returns>
    public override int GetHashCode() => sen.GetHashCode();

    /// <summary>The magnitude of a number of <c>sen</c>, valid for <see cref="long.MinValue"/> too.</summary>
    private static ulong Magnitude(long value) => value < 0 ? unchecked(0UL - (ulong)value) : (ulong)value;

    /// <summary>Converts rupiah to (possibly fractional) <c>sen</c>, rejecting amounts far outside the range.</summary>
    private static decimal ToSenDecimal(decimal amount, string paramName)
    {
        // The guard keeps amount * 100 from overflowing decimal; the exact range is checked by ToSen.
        if (amount is < -1e18m or > 1e18m)
        {
            throw new ArgumentOutOfRangeException(paramName, amount, RupiahMessages.OutOfRange);
        }

        return amount * SenPerRupiah;
    }

    /// <summary>Converts a whole number of <c>sen</c> held in a decimal to a long, checking the range.</summary>
    private static long ToSen(decimal wholeSen, decimal amount, string paramName) =>
        wholeSen is < long.MinValue or > long.MaxValue
            ? throw new ArgumentOutOfRangeException(paramName, amount, RupiahMessages.OutOfRange)
            : (long)wholeSen;
}
