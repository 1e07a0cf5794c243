using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Text;

namespace Rkaskpd.Benchmarks.Text;

/// <summary>
/// Linear time: reading the seed repeated 1, 10, 100 and 300 times (11 forms each, 36 KB → 11 MB). Time per MB must
/// stay about flat across sizes; the baseline counts the same text's lines with <see cref="StringReader"/>.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"));

    private string text = string.Empty;

    /// <summary>How many times the seed is repeated.</summary>
    [Params(1, 10, 100, 300)]
    public int Copies { get; set; }

    /// <summary>Builds the text once per size.</summary>
    [GlobalSetup]
    public void Setup() => text = string.Concat(Enumerable.Repeat(Seed, Copies));

    /// <summary>The BCL floor: splitting the same text into lines.</summary>
    [Benchmark(Baseline = true)]
    public int CountLines() => BclBaseline.CountLines(text);

    /// <summary>The public reader: forms, typed model and the reader's diagnostics.</summary>
    [Benchmark]
    public RkaReadResult Read() => RkaTextReader.Read(text);
}
