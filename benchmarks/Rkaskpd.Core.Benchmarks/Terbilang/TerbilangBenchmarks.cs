using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace Rkaskpd.Benchmarks;

/// <summary>
/// Terbilang of form-like amounts (1–15 digits, whole rupiah) against formatting the same amounts as
/// <c>1.234.567,00</c> with the BCL. Each operation processes all <see cref="Count"/> amounts.
/// </summary>
[MemoryDiagnoser]
public class TerbilangBenchmarks
{
    private const int Count = 256;

    private static readonly decimal[] Amounts = CreateAmounts();

    private static readonly NumberFormatInfo IdNumberFormat = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NumberGroupSizes = [3],
    };

    private readonly char[] buffer = new char[1024];

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int DecimalToStringN2()
    {
        int total = 0;
        foreach (decimal amount in Amounts)
        {
            total += amount.ToString("N2", IdNumberFormat).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ToWords()
    {
        int total = 0;
        foreach (decimal amount in Amounts)
        {
            total += Terbilang.ToWords(amount).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ToWordsRupiah()
    {
        int total = 0;
        foreach (decimal amount in Amounts)
        {
            total += Terbilang.ToWords(amount, TerbilangOptions.Rupiah).Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int TryFormatRupiah()
    {
        int total = 0;
        foreach (decimal amount in Amounts)
        {
            Terbilang.TryFormat(amount, buffer, out int written, TerbilangOptions.Rupiah);
            total += written;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int TryParse()
    {
        int total = 0;
        foreach (string words in Words)
        {
            if (Terbilang.TryParse(words, out decimal value))
            {
                total += (int)(value % 1000m);
            }
        }

        return total;
    }

    private static readonly string[] Words = Array.ConvertAll(Amounts, static a => Terbilang.ToWords(a, TerbilangOptions.Rupiah));

    private static decimal[] CreateAmounts()
    {
        var random = new Random(20200101);
        var amounts = new decimal[Count];
        for (int i = 0; i < amounts.Length; i++)
        {
            int digits = random.Next(1, 16);
            long max = 1;
            for (int d = 0; d < digits; d++)
            {
                max *= 10;
            }

            amounts[i] = random.NextInt64(max / 10, max);
        }

        return amounts;
    }
}
