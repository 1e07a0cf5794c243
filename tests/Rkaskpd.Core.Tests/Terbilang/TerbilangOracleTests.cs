using System;
using System.Globalization;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>
/// <see cref="Terbilang"/> against the independent <see cref="TerbilangOracle"/>, both ways, over generated numbers
/// of every length from 1 to 27 digits (not FsCheck's size-limited defaults, which never pass 100), and in the forms'
/// Rupiah style with sen.
/// </summary>
public sealed class TerbilangOracleTests
{
    /// <summary>A whole number of 1–27 digits, its digits drawn one by one, so that every length is as likely.</summary>
    private static readonly Gen<BigInteger> WideInteger =
        from length in Gen.Choose(1, 27)
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), length)
        from edge in Gen.Frequency((6, Gen.Constant(-1)), (1, Gen.Elements(0, 1, 10, 11, 100, 101, 110)))
        select edge >= 0 ? Sparse(digits, edge) : Compose(digits);

    /// <summary>An amount in sen of 1–16 rupiah digits (<see cref="Rupiah"/> holds up to about Rp 9,2 × 10^16), with
    /// sen or none.</summary>
    private static readonly Gen<BigInteger> WideSen =
        from length in Gen.Choose(1, 16)
        from digits in Gen.ArrayOf(Gen.Choose(0, 9), length)
        from sen in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(1, 99)))
        select (Compose(digits) * 100) + sen;

    [Property(MaxTest = 2000)]
    public Property ToWords_matches_the_oracle_from_1_to_27_digits() =>
        Prop.ForAll(WideInteger.ToArbitrary(), n =>
        {
            string expected = TerbilangOracle.Words(n);
            string actual = Terbilang.ToWords(ToDecimal(n));
            return (actual == expected).Label($"{n}: library '{actual}', oracle '{expected}'");
        });

    [Property(MaxTest = 2000)]
    public Property TryParse_reads_the_oracles_words_from_1_to_27_digits() =>
        Prop.ForAll(WideInteger.ToArbitrary(), Arb.From(Gen.Elements(false, true)), (n, negative) =>
        {
            BigInteger signed = negative && !n.IsZero ? -n : n;
            string words = TerbilangOracle.Words(signed);
            bool parsed = Terbilang.TryParse(words, out decimal read);
            return (parsed && read == ToDecimal(signed)).Label($"'{words}' → {parsed} {read}, expected {signed}");
        });

    [Property(MaxTest = 2000)]
    public Property Rupiah_style_matches_the_oracle_with_sen() =>
        Prop.ForAll(WideSen.ToArbitrary(), sen =>
        {
            var amount = new Rupiah(ToDecimal(sen) / 100m);
            string expected = TerbilangOracle.RupiahWords(sen);
            string actual = amount.ToTerbilang();
            bool parsed = Terbilang.TryParse(expected, out decimal read);
            return (actual == expected && parsed && read == amount.Amount)
                .Label($"{amount}: library '{actual}', oracle '{expected}', read back {parsed} {read}");
        });

    [Fact]
    public void Every_number_below_one_hundred_thousand_matches_the_oracle()
    {
        // Exhaustive where it is cheap: every group shape, with and without ribu (sebelas ribu, seratus ribu, ...).
        string[] wrong = Enumerable.Range(0, 100_000)
            .Where(n => Terbilang.ToWords(n) != TerbilangOracle.Words(n))
            .Take(5)
            .Select(n => string.Create(CultureInfo.InvariantCulture, $"{n}: '{Terbilang.ToWords(n)}' vs '{TerbilangOracle.Words(n)}'"))
            .ToArray();
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("1000", "seribu")]
    [InlineData("1000000", "satu juta")]
    [InlineData("1000000000", "satu miliar")]
    [InlineData("1011", "seribu sebelas")]
    [InlineData("110000", "seratus sepuluh ribu")]
    [InlineData("999999999999999999999999999", "sembilan ratus sembilan puluh sembilan septiliun sembilan ratus sembilan puluh sembilan sekstiliun sembilan ratus sembilan puluh sembilan kuintiliun sembilan ratus sembilan puluh sembilan kuadriliun sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan")]
    public void The_oracle_itself_follows_the_rules(string number, string words) =>
        Assert.Equal(words, TerbilangOracle.Words(BigInteger.Parse(number, CultureInfo.InvariantCulture)));

    private static BigInteger Compose(int[] digits) =>
        digits.Aggregate(BigInteger.Zero, static (value, digit) => (value * 10) + digit);

    /// <summary>A number of the same length made of one edge group and zeros: 1000…, 11000…, 100100….</summary>
    private static BigInteger Sparse(int[] digits, int edge) =>
        BigInteger.Pow(10, ((digits.Length - 1) / 3) * 3) * edge;

    private static decimal ToDecimal(BigInteger value) => decimal.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
