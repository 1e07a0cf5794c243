using System;
using System.Numerics;

namespace Rkaskpd;

public readonly partial struct Rupiah :
    IAdditionOperators<Rupiah, Rupiah, Rupiah>,
    ISubtractionOperators<Rupiah, Rupiah, Rupiah>,
    IUnaryNegationOperators<Rupiah, Rupiah>,
    IMultiplyOperators<Rupiah, long, Rupiah>,
    IDivisionOperators<Rupiah, Rupiah, decimal>
{
    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum lies outside <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    public static Rupiah operator +(Rupiah left, Rupiah right) => new(checked(left.sen + right.sen), false);

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference lies outside
    /// <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    public static Rupiah operator -(Rupiah left, Rupiah right) => new(checked(left.sen - right.sen), false);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount to negate.</param>
    /// <returns>The amount with the opposite sign.</returns>
    /// <exception cref="OverflowException"><paramref name="value"/> is <see cref="MinValue"/>.</exception>
    public static Rupiah operator -(Rupiah value) => new(checked(-value.sen), false);

    /// <summary>Multiplies an amount by a whole number, e.g. a unit price by a volume.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The whole-number factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product lies outside
    /// <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    public static Rupiah operator *(Rupiah left, long right) => new(checked(left.sen * right), false);

    /// <summary>Multiplies a whole number by an amount, e.g. a volume by a unit price.</summary>
    /// <param name="left">The whole-number factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product lies outside
    /// <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    public static Rupiah operator *(long left, Rupiah right) => new(checked(left * right.sen), false);

    /// <summary>Divides one amount by another, giving their ratio, e.g. a realisation percentage.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The ratio as a decimal (rounded by <see cref="decimal"/> division to about 28 significant
    /// digits).</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static decimal operator /(Rupiah left, Rupiah right) => (decimal)left.sen / right.sen;

    /// <summary>Tells whether two amounts are equal.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when both hold the same number of <c>sen</c>.</returns>
    public static bool operator ==(Rupiah left, Rupiah right) => left.sen == right.sen;

    /// <summary>Tells whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they hold different numbers of <c>sen</c>.</returns>
    public static bool operator !=(Rupiah left, Rupiah right) => left.sen != right.sen;

    /// <summary>Tells whether one amount is less than another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(Rupiah left, Rupiah right) => left.sen < right.sen;

    /// <summary>Tells whether one amount is greater than another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is greater than
    /// <paramref name="right"/>.</returns>
    public static bool operator >(Rupiah left, Rupiah right) => left.sen > right.sen;

    /// <summary>Tells whether one amount is less than or equal to another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is at most <paramref name="right"/>.</returns>
    public static bool operator <=(Rupiah left, Rupiah right) => left.sen <= right.sen;

    /// <summary>Tells whether one amount is greater than or equal to another.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is at least <paramref name="right"/>.</returns>
    public static bool operator >=(Rupiah left, Rupiah right) => left.sen >= right.sen;

    /// <summary>Adds two amounts; the named twin of <c>+</c>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum lies outside <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    public static Rupiah Add(Rupiah left, Rupiah right) => left + right;

    /// <summary>Subtracts one amount from another; the named twin of binary <c>-</c>.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference lies outside
    /// <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    public static Rupiah Subtract(Rupiah left, Rupiah right) => left - right;

    /// <summary>Negates an amount; the named twin of unary <c>-</c>.</summary>
    /// <param name="value">The amount to negate.</param>
    /// <returns>The amount with the opposite sign.</returns>
    /// <exception cref="OverflowException"><paramref name="value"/> is <see cref="MinValue"/>.</exception>
    public static Rupiah Negate(Rupiah value) => -value;

    /// <summary>Multiplies an amount by a whole number; the named twin of <c>*</c>.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The whole-number factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product lies outside
    /// <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    public static Rupiah Multiply(Rupiah left, long right) => left * right;

    /// <summary>Multiplies a whole number by an amount; the named twin of <c>*</c>.</summary>
    /// <param name="left">The whole-number factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product lies outside
    /// <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    public static Rupiah Multiply(long left, Rupiah right) => left * right;

    /// <summary>Divides one amount by another, giving their ratio; the named twin of <c>/</c>.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The ratio as a decimal.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static decimal Divide(Rupiah left, Rupiah right) => left / right;

    /// <summary>Multiplies this amount by a whole number.</summary>
    /// <param name="factor">The whole-number factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The product lies outside
    /// <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    public Rupiah Multiply(long factor) => this * factor;

    /// <summary>
    /// Multiplies this amount by a decimal factor (a rate, a percentage, a price index) and rounds the exact product
    /// to whole <c>sen</c> with the given rule. The product is computed exactly, without intermediate rounding.
    /// </summary>
    /// <param name="factor">The factor, e.g. <c>0.11m</c> for 11 %.</param>
    /// <param name="mode">How to round a fraction of a <c>sen</c>, e.g. <see cref="MidpointRounding.AwayFromZero"/>
    /// as spreadsheets' <c>ROUND</c> does.</param>
    /// <returns>The rounded product.</returns>
    /// <exception cref="OverflowException">The rounded product lies outside
    /// <see cref="MinValue"/>..<see cref="MaxValue"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    public Rupiah Multiply(decimal factor, MidpointRounding mode)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, RupiahMessages.UnknownRounding);
        }

        BigInteger mantissa = UnscaledValue(factor, out int scale);
        BigInteger numerator = sen * mantissa;
        BigInteger result = RoundedQuotient(numerator, BigInteger.Pow(10, scale), mode);
        if (result < long.MinValue || result > long.MaxValue)
        {
            throw new OverflowException(RupiahMessages.ProductOutOfRange);
        }

        return new((long)result, false);
    }

    /// <summary>Gets the signed digits of a decimal without its decimal point, and its scale.</summary>
    private static BigInteger UnscaledValue(decimal value, out int scale)
    {
        Span<int> bits = stackalloc int[4];
        _ = decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        var magnitude = unchecked((new BigInteger((uint)bits[2]) << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        return bits[3] < 0 ? -magnitude : magnitude;
    }

    /// <summary>Divides <paramref name="numerator"/> by a positive <paramref name="denominator"/> and rounds.</summary>
    private static BigInteger RoundedQuotient(BigInteger numerator, BigInteger denominator, MidpointRounding mode)
    {
        BigInteger quotient = BigInteger.DivRem(numerator, denominator, out BigInteger remainder);
        if (remainder.IsZero)
        {
            return quotient;
        }

        // quotient is truncated toward zero; away is one step further from zero.
        int sign = numerator.Sign;
        BigInteger away = quotient + sign;
        int half = (BigInteger.Abs(remainder) * 2).CompareTo(denominator);
        return mode switch
        {
            MidpointRounding.ToZero => quotient,
            MidpointRounding.ToNegativeInfinity => sign < 0 ? away : quotient,
            MidpointRounding.ToPositiveInfinity => sign > 0 ? away : quotient,
            _ when half < 0 => quotient,
            _ when half > 0 => away,
            MidpointRounding.AwayFromZero => away,
            _ => quotient.IsEven ? quotient : away,
        };
    }
}
