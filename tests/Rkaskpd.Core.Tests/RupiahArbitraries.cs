using FsCheck;
using FsCheck.Fluent;

namespace Rkaskpd.Tests;

/// <summary>FsCheck arbitraries for <see cref="Rupiah"/> tests.</summary>
public static class RupiahArbitraries
{
    /// <summary>
    /// Amounts over the whole <see cref="long"/> range of <c>sen</c>: small values, values spread over all 64 bits,
    /// whole rupiah and the edges, shrinking toward zero.
    /// </summary>
    public static Arbitrary<Rupiah> Rupiah()
    {
        Arbitrary<long> longs = ArbMap.Default.ArbFor<long>();
        Gen<long> wide = Gen.Zip(
            Gen.Choose(int.MinValue, int.MaxValue),
            Gen.Choose(int.MinValue, int.MaxValue),
            (high, low) => ((long)high << 32) | (uint)low);
        Gen<long> whole = Gen.Choose(-1_000_000_000, 1_000_000_000).Select(r => r * 100L);
        Gen<long> edges = Gen.Elements(
            long.MinValue, long.MinValue + 1, long.MaxValue, long.MaxValue - 1, 0L, 1L, -1L, 99L, -100L, 100L);
        Gen<long> sen = Gen.Frequency((3, longs.Generator), (4, wide), (2, whole), (1, edges));
        return Arb.From(sen, longs.Shrinker).Convert(Rkaskpd.Rupiah.FromSen, r => r.Sen);
    }
}
