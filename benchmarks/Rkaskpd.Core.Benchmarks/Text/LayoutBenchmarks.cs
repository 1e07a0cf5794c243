using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Tests.Text.Layout;
using Rkaskpd.Text;

namespace Rkaskpd.Benchmarks.Text;

/// <summary>
/// Reading the seed (as the writer writes it, the tab layout) against the same document re-laid out into layout
/// families 2 to 5 (one cell per line, merged pairs, labels then values, fixed-width columns), to check that the
/// layout stage keeps the other families about as fast as the seed's own layout.
/// </summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private static readonly string Canonical = RkaTextWriter.Write(RkaTextReader.Read(File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"), Encoding.UTF8)).Document);

    private static readonly string OneCellPerLine = LayoutTransforms.ToOneCellPerLine(Canonical, 1, valueOnColonLine: false);
    private static readonly string Merged = LayoutTransforms.ToMergedLines(Canonical);
    private static readonly string LabelsThenValues = LayoutTransforms.ToLabelsThenValues(Canonical, 2);
    private static readonly string FixedWidth = LayoutTransforms.ToFixedWidth(Canonical, 30);

    [Benchmark(Baseline = true)]
    public RkaReadResult TabLayout() => RkaTextReader.Read(Canonical);

    [Benchmark]
    public RkaReadResult OneCellPerLineLayout() => RkaTextReader.Read(OneCellPerLine);

    [Benchmark]
    public RkaReadResult MergedLayout() => RkaTextReader.Read(Merged);

    [Benchmark]
    public RkaReadResult LabelsThenValuesLayout() => RkaTextReader.Read(LabelsThenValues);

    [Benchmark]
    public RkaReadResult FixedWidthLayout() => RkaTextReader.Read(FixedWidth);
}
