using System;
using FsCheck;
using FsCheck.Fluent;

namespace Rkaskpd.Tests;

/// <summary>An amount anywhere in the supported range (integer part up to 10^27 − 1), possibly with a fraction.</summary>
public sealed record SupportedAmount(decimal Value);

/// <summary>An integer amount anywhere in the supported range.</summary>
public sealed record SupportedInteger(decimal Value);

/// <summary>A form amount: non-negative, at most two decimals, up to 10^18.</summary>
public sealed record FormAmount(decimal Value);

/// <summary>A form amount and where to put one typo: which word, which letter, and how.</summary>
public sealed record TypoCase(decimal Amount, int Word, int Letter, bool Delete);

/// <summary>
/// A text for the checker: an amount's words written in one of several styles (<see cref="Style"/>), possibly in
/// parentheses, with one mutation (<see cref="Mutation"/>, 0 for none) at a position, checked against the amount plus
/// <see cref="Delta"/> (0 for the right amount) and with or without an expected style.
/// </summary>
public sealed record CheckerCase(decimal Amount, int Style, bool Parentheses, int Mutation, int Position, int Delta, bool WithStyle);

/// <summary>Arbitraries for the terbilang properties.</summary>
public static class TerbilangArbitraries
{
    private static readonly UInt128 MaxMantissa = new(uint.MaxValue, ulong.MaxValue);

    /// <summary>Groups biased to the edges: 0, 1, 10, 11, 100, 101, 110, 111 and anything 0–999.</summary>
    private static Gen<int> Group =>
        Gen.Frequency(
            (4, Gen.Choose(0, 999)),
            (1, Gen.Constant(0)),
            (1, Gen.Constant(1)),
            (1, Gen.Elements(10, 11, 12, 19, 20, 21, 99, 100, 101, 110, 111, 199, 999)));

    private static Gen<UInt128> Integer =>
        from count in Gen.Choose(1, 9)
        from groups in Gen.ArrayOf(Group, count)
        select Compose(groups);

    /// <summary>Integers over the whole supported range, both signs.</summary>
    public static Arbitrary<SupportedInteger> SupportedIntegers() =>
        (from integer in Integer
         from negative in Gen.Elements(false, true)
         select new SupportedInteger(ToDecimal(integer, 0, negative, 0))).ToArbitrary();

    /// <summary>Amounts over the whole supported range with 0–6 fraction digits, both signs.</summary>
    public static Arbitrary<SupportedAmount> SupportedAmounts() =>
        (from integer in Integer
         from digits in Gen.Choose(0, 6)
         from fraction in Gen.Choose(0, 999_999)
         from negative in Gen.Elements(false, true)
         select new SupportedAmount(ToDecimal(integer, (ulong)fraction % Pow10(digits), negative, digits))).ToArbitrary();

    /// <summary>Form amounts: non-negative, with 0–2 decimals.</summary>
    public static Arbitrary<FormAmount> FormAmounts() =>
        (from integer in Integer.Where(static i => i < UInt128.Parse("1000000000000000000", System.Globalization.CultureInfo.InvariantCulture))
         from sen in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 99)))
         select new FormAmount(ToDecimal(integer, (ulong)sen, false, 2))).ToArbitrary();

    /// <summary>A form amount with a typo position.</summary>
    public static Arbitrary<TypoCase> TypoCases() =>
        (from amount in FormAmounts().Generator
         from word in Gen.Choose(0, 1000)
         from letter in Gen.Choose(0, 1000)
         from delete in Gen.Elements(false, true)
         select new TypoCase(amount.Value, word, letter, delete)).ToArbitrary();

    /// <summary>Checker cases: half of them unmutated, the rest spread over the mutations.</summary>
    public static Arbitrary<CheckerCase> CheckerCases() =>
        (from amount in Gen.OneOf(SupportedAmounts().Generator.Select(static a => a.Value), FormAmounts().Generator.Select(static a => a.Value))
         from style in Gen.Choose(0, 5)
         from parentheses in Gen.Elements(false, true)
         from mutation in Gen.Frequency((4, Gen.Constant(0)), (4, Gen.Choose(1, 12)))
         from position in Gen.Choose(0, 1000)
         from delta in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Elements(-1, 1, 1000, 1_000_000)))
         from withStyle in Gen.Elements(false, true)
         select new CheckerCase(amount, style, parentheses, mutation, position, delta, withStyle)).ToArbitrary();

    private static UInt128 Compose(int[] groups)
    {
        UInt128 value = 0;
        foreach (int group in groups)
        {
            value = (value * 1000) + (uint)group;
        }

        return value;
    }

    private static ulong Pow10(int digits)
    {
        ulong power = 1;
        for (int i = 0; i < digits; i++)
        {
            power *= 10;
        }

        return power;
    }

    private static decimal ToDecimal(UInt128 integer, ulong fraction, bool negative, int digits)
    {
        UInt128 mantissa = (integer * Pow10(digits)) + fraction;
        if (mantissa > MaxMantissa)
        {
            mantissa = integer;
            digits = 0;
        }

        return new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, (byte)digits);
    }
}
