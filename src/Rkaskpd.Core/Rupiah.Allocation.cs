using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace Rkaskpd;

public readonly partial struct Rupiah
{
    /// <summary>
    /// Splits this amount into <paramref name="parts"/> parts that differ by at most one <c>sen</c> and always add
    /// up exactly to this amount; the earlier parts receive the leftover <c>sen</c>, e.g. Rp 100,00 in 3 parts
    /// gives 33,34 + 33,33 + 33,33.
    /// </summary>
    /// <param name="parts">The number of parts, at least 1 (e.g. 12 for monthly amounts).</param>
    /// <returns>A new array of <paramref name="parts"/> amounts whose sum is this amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is less than 1.</exception>
    public Rupiah[] Allocate(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 1);

        long share = sen / parts;
        long leftover = sen % parts; // same sign as sen, |leftover| < parts
        int step = Math.Sign(leftover);
        var result = new Rupiah[parts];
        for (int i = 0; i < parts; i++)
        {
            result[i] = new(i < Math.Abs(leftover) ? share + step : share, false);
        }

        return result;
    }

    /// <summary>
    /// Splits this amount in proportion to <paramref name="ratios"/> by the largest-remainder method at
    /// <c>sen</c> granularity: every part is the exact proportional share rounded toward zero, and the leftover
    /// <c>sen</c> go one each to the parts with the largest discarded fractions (earlier parts first on ties).
    /// The parts always add up exactly to this amount.
    /// </summary>
    /// <param name="ratios">One non-negative weight per part, not all zero, e.g. <c>30m, 70m</c> or
    /// <c>0.25m, 0.75m</c>.</param>
    /// <returns>A new array with one amount per ratio, in the same order, whose sum is this amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty or all zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A ratio is negative.</exception>
    public Rupiah[] Allocate(params ReadOnlySpan<decimal> ratios)
    {
        if (ratios.IsEmpty)
        {
            throw new ArgumentException(RupiahMessages.NoRatios, nameof(ratios));
        }

        // Bring every ratio to the largest scale so they become exact integer weights.
        int maxScale = 0;
        foreach (decimal ratio in ratios)
        {
            if (ratio < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(ratios), ratio, RupiahMessages.NegativeRatio);
            }

            maxScale = Math.Max(maxScale, ratio.Scale);
        }

        var weights = new BigInteger[ratios.Length];
        BigInteger total = BigInteger.Zero;
        for (int i = 0; i < ratios.Length; i++)
        {
            decimal ratio = ratios[i];
            weights[i] = UnscaledValue(ratio, out int scale) * BigInteger.Pow(10, maxScale - scale);
            total += weights[i];
        }

        if (total.IsZero)
        {
            throw new ArgumentException(RupiahMessages.ZeroRatios, nameof(ratios));
        }

        // Work on the magnitude so that negative amounts split symmetrically with positive ones.
        var magnitude = new BigInteger(Magnitude(sen));
        var shares = new ulong[ratios.Length];
        var remainders = new BigInteger[ratios.Length];
        ulong allocated = 0;
        for (int i = 0; i < ratios.Length; i++)
        {
            BigInteger share = BigInteger.DivRem(magnitude * weights[i], total, out remainders[i]);
            shares[i] = (ulong)share;
            allocated += shares[i];
        }

        ulong leftover = Magnitude(sen) - allocated; // fewer than ratios.Length
        if (leftover > 0)
        {
            int[] order = Enumerable.Range(0, ratios.Length).ToArray();
            Array.Sort(order, (a, b) =>
            {
                int byRemainder = remainders[b].CompareTo(remainders[a]);
                return byRemainder != 0 ? byRemainder : a.CompareTo(b);
            });
            for (ulong k = 0; k < leftover; k++)
            {
                shares[order[(int)k]]++;
            }
        }

        var result = new Rupiah[ratios.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = new(sen < 0 ? unchecked((long)(0UL - shares[i])) : (long)shares[i], false);
        }

        return result;
    }

    /// <summary>
    /// Splits this amount in proportion to <paramref name="ratios"/>; see
    /// <see cref="Allocate(ReadOnlySpan{decimal})"/> for the rules.
    /// </summary>
    /// <param name="ratios">One non-negative weight per part, not all zero.</param>
    /// <returns>A new array with one amount per ratio, in the same order, whose sum is this amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ratios"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty or all zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A ratio is negative.</exception>
    public Rupiah[] Allocate(IEnumerable<decimal> ratios)
    {
        ArgumentNullException.ThrowIfNull(ratios);
        return Allocate(new ReadOnlySpan<decimal>(ratios.ToArray()));
    }
}
