using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Text;
using Rkaskpd.Validation;

namespace Rkaskpd.Benchmarks.Text;

/// <summary>
/// Reading and validating the bundled Lumajang 2020 document (11 forms) against the BCL floor of reading the same
/// text line by line with <see cref="StringReader.ReadLine"/>. Throughput in MB/s is the seed's UTF-8 size
/// (<see cref="SeedBytes"/>) divided by the mean time; allocation per form is the allocation divided by 11.
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private static readonly string Seed = File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"), Encoding.UTF8);

    /// <summary>Gets the seed's size in UTF-8 bytes, to turn the mean time into MB/s.</summary>
    public static int SeedBytes { get; } = Encoding.UTF8.GetByteCount(Seed);

    private static readonly byte[] SeedUtf8 = Encoding.UTF8.GetBytes(Seed);

    private static readonly byte[] SeedUtf16 = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Seed)];

    [GlobalSetup]
    public void PrintSize() => Console.WriteLine($"// Seed: {SeedBytes} UTF-8 bytes, {Seed.Length} chars");

    [Benchmark(Baseline = true)]
    public int StringReaderReadLine() => BclBaseline.CountLines(Seed);

    [Benchmark]
    public RkaReadResult Read() => RkaTextReader.Read(Seed);

    /// <summary>The bytes path (encoding detection, UTF-8 check, block decoding) on the seed's UTF-8 bytes.</summary>
    [Benchmark]
    public RkaReadResult ReadUtf8Bytes() => RkaTextReader.Read(SeedUtf8);

    /// <summary>The bytes path on the seed saved as UTF-16 with a byte order mark (Excel's "Unicode Text").</summary>
    [Benchmark]
    public RkaReadResult ReadUtf16Bytes() => RkaTextReader.Read(SeedUtf16);

    [Benchmark]
    public IReadOnlyList<Diagnostic> ReadAndValidate() => RkaTextReader.Read(Seed).Validate();
}
