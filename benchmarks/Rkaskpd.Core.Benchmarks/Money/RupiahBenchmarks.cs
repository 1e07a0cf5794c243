using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Rkaskpd.Benchmarks.Money;

/// <summary>
/// <see cref="Rupiah"/> parsing and formatting against <see cref="decimal"/> with the forms' separators
/// ('.' between thousands, ',' before the sen) in a hand-built <see cref="NumberFormatInfo"/>.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RupiahBenchmarks
{
    private static readonly NumberFormatInfo IndonesianNumbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
        NumberDecimalDigits = 2,
    };

    private static readonly string Text = "551.204.390,00";
    private static readonly Rupiah Amount = Rupiah.FromSen(55120439000);
    private static readonly decimal DecimalAmount = 551204390.00m;
    private readonly char[] buffer = new char[64];
    private readonly byte[] utf8Buffer = new byte[64];

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Parse")]
    public decimal DecimalParse() => decimal.Parse(Text, NumberStyles.Number, IndonesianNumbers);

    [Benchmark]
    [BenchmarkCategory("Parse")]
    public Rupiah RupiahParse() => Rupiah.Parse(Text);

    [Benchmark]
    [BenchmarkCategory("Parse")]
    public RupiahNotation RupiahParseDetailed() => Rupiah.ParseDetailed(Text).Notation;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Format")]
    public int DecimalTryFormat()
    {
        _ = DecimalAmount.TryFormat(buffer, out int written, "N2", IndonesianNumbers);
        return written;
    }

    [Benchmark]
    [BenchmarkCategory("Format")]
    public int RupiahTryFormat()
    {
        _ = Amount.TryFormat(buffer, out int written);
        return written;
    }

    [Benchmark]
    [BenchmarkCategory("Format")]
    public int RupiahTryFormatUtf8()
    {
        _ = Amount.TryFormat(utf8Buffer, out int written);
        return written;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ToString")]
    public string DecimalToString() => DecimalAmount.ToString("N2", IndonesianNumbers);

    [Benchmark]
    [BenchmarkCategory("ToString")]
    public string RupiahToString() => Amount.ToString();
}
