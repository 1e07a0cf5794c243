using System;
using FsCheck;
using FsCheck.Fluent;

namespace Rkaskpd.Tests;

/// <summary>
/// Generators that reach the ranges the properties' names promise. FsCheck 3 sizes its default <c>int</c>,
/// <c>long</c>, <c>decimal</c> and array generators by the test size (at most 100), so a bare <c>long</c> parameter
/// never sees a value above about a hundred; these draw the number of digits first, uniformly, then the digits.
/// </summary>
internal static class WideNumbers
{
    /// <summary>A whole number of <paramref name="minDigits"/> to <paramref name="maxDigits"/> digits (at most 18),
    /// every length equally likely, non-negative.</summary>
    public static Gen<long> Digits(int minDigits, int maxDigits)
    {
        if (minDigits < 1 || maxDigits > 18 || minDigits > maxDigits)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDigits), "From 1 to 18 digits.");
        }

        return from length in Gen.Choose(minDigits, maxDigits)
               from high in Gen.Choose(1, 9)
               from rest in Gen.ArrayOf(Gen.Choose(0, 9), length - 1)
               select Compose(high, rest);
    }

    /// <summary>A whole number of 1 to <paramref name="maxDigits"/> digits, either sign, with zero and the small edges
    /// now and then.</summary>
    public static Gen<long> Signed(int maxDigits) =>
        Gen.Frequency(
            (8, from magnitude in Digits(1, maxDigits)
                from negative in Gen.Elements(false, true)
                select negative ? -magnitude : magnitude),
            (1, Gen.Elements(0L, 1L, -1L, 99L, 100L, -100L)));

    /// <summary>Any <see cref="long"/>: lengths 1–18 digits both signs, and the extremes of the type.</summary>
    public static Gen<long> AnyLong =>
        Gen.Frequency((9, Signed(18)), (1, Gen.Elements(long.MinValue, long.MinValue + 1, long.MaxValue, long.MaxValue - 1)));

    private static long Compose(int high, int[] rest)
    {
        long value = high;
        foreach (int digit in rest)
        {
            value = (value * 10) + digit;
        }

        return value;
    }
}
