using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Rkaskpd.Benchmarks;

/// <summary>
/// Terbilang over a random set of 1–15-digit whole amounts, each operation against its BCL counterpart on the same
/// amounts: <c>ToWords</c> against <c>decimal.ToString("N2")</c>, <c>TryFormat</c> against the BCL's <c>TryFormat</c>
/// with <c>N2</c>, and <c>TryParse</c> of the words against <c>decimal.Parse</c> of the digits. With 65,536 amounts
/// the inputs and results do not stay in cache and the garbage collector runs, as in a batch job; with 256 they do.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
[CategoriesColumn]
public class TerbilangRandomSetBenchmarks
{
    private static readonly NumberFormatInfo IdNumberFormat = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
    };

    private readonly char[] buffer = new char[1024];

    private decimal[] amounts = [];

    private string[] words = [];

    private string[] digits = [];

    /// <summary>Gets or sets the number of amounts each operation processes.</summary>
    [Params(256, 65_536)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20200101 + Count);
        amounts = new decimal[Count];
        for (int i = 0; i < amounts.Length; i++)
        {
            int length = random.Next(1, 16);
            long max = 1;
            for (int d = 0; d < length; d++)
            {
                max *= 10;
            }

            amounts[i] = random.NextInt64(max / 10, max);
        }

        words = Array.ConvertAll(amounts, static a => Terbilang.ToWords(a));
        digits = Array.ConvertAll(amounts, static a => a.ToString(CultureInfo.InvariantCulture));
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Format")]
    public int DecimalToStringN2()
    {
        int total = 0;
        foreach (decimal amount in amounts)
        {
            total += amount.ToString("N2", IdNumberFormat).Length;
        }

        return total;
    }

    [Benchmark]
    [BenchmarkCategory("Format")]
    public int ToWords()
    {
        int total = 0;
        foreach (decimal amount in amounts)
        {
            total += Terbilang.ToWords(amount).Length;
        }

        return total;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("TryFormat")]
    public int DecimalTryFormatN2()
    {
        int total = 0;
        foreach (decimal amount in amounts)
        {
            amount.TryFormat(buffer, out int written, "N2", IdNumberFormat);
            total += written;
        }

        return total;
    }

    [Benchmark]
    [BenchmarkCategory("TryFormat")]
    public int TryFormat()
    {
        int total = 0;
        foreach (decimal amount in amounts)
        {
            Terbilang.TryFormat(amount, buffer, out int written);
            total += written;
        }

        return total;
    }

    [Benchmark]
    [BenchmarkCategory("TryFormat")]
    public int TryFormatRupiah()
    {
        int total = 0;
        foreach (decimal amount in amounts)
        {
            Terbilang.TryFormat(amount, buffer, out int written, TerbilangOptions.Rupiah);
            total += written;
        }

        return total;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Parse")]
    public long DecimalParse()
    {
        long total = 0;
        foreach (string text in digits)
        {
            total += (long)decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        return total;
    }

    [Benchmark]
    [BenchmarkCategory("Parse")]
    public long TryParse()
    {
        long total = 0;
        foreach (string text in words)
        {
            if (Terbilang.TryParse(text, out decimal value))
            {
                total += (long)value;
            }
        }

        return total;
    }
}
