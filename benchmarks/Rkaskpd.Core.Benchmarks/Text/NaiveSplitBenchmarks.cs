using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Tests.Text.HtmlPage;
using Rkaskpd.Tests.Text.Layout;
using Rkaskpd.Text;

namespace Rkaskpd.Benchmarks.Text;

/// <summary>
/// The reader's speed goal (issue 11): reading and validating the seed ×300 (11 MB, 3,300 forms) at least half as
/// fast as naively splitting the same text into lines and tab cells with <see cref="string.Split(char, StringSplitOptions)"/>,
/// and the other layout families (the same document re-laid out, ×300) about as fast as the seed's own.
/// </summary>
[MemoryDiagnoser]
public class NaiveSplitBenchmarks
{
    private const int Copies = 300;

    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"));

    private string seed = string.Empty;
    private string oneCellPerLine = string.Empty;
    private string fixedWidth = string.Empty;
    private string csv = string.Empty;
    private string html = string.Empty;

    /// <summary>Builds the texts once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        seed = string.Concat(Enumerable.Repeat(Seed, Copies));
        string canonical = RkaTextWriter.Write(RkaTextReader.Read(Seed).Document);
        oneCellPerLine = string.Concat(Enumerable.Repeat(LayoutTransforms.ToOneCellPerLine(canonical, 1, valueOnColonLine: false), Copies));
        fixedWidth = string.Concat(Enumerable.Repeat(LayoutTransforms.ToFixedWidth(canonical, 30), Copies));
        csv = CsvTransform.ToCsv(seed, ';', multiLineCells: true);
        html = HtmlPageTransform.ToHtml(seed, HtmlPageStyle.Minified, multiLineCells: true);
    }

    /// <summary>The naive floor: <c>Split('\n')</c>, then <c>Split('\t')</c> on every line, counting the cells.</summary>
    [Benchmark(Baseline = true)]
    public int SplitLinesAndTabCells()
    {
        int cells = 0;
        foreach (string line in seed.Split('\n'))
        {
            cells += line.Split('\t').Length;
        }

        return cells;
    }

    /// <summary>The reader alone, on the seed's tab layout.</summary>
    [Benchmark]
    public RkaReadResult Read() => RkaTextReader.Read(seed);

    /// <summary>The reader and every rule, on the seed's tab layout.</summary>
    [Benchmark]
    public int ReadAndValidate() => RkaTextReader.Read(seed).Validate().Count;

    /// <summary>The same forms one cell per line.</summary>
    [Benchmark]
    public RkaReadResult ReadOneCellPerLine() => RkaTextReader.Read(oneCellPerLine);

    /// <summary>The same forms in fixed-width columns.</summary>
    [Benchmark]
    public RkaReadResult ReadFixedWidth() => RkaTextReader.Read(fixedWidth);

    /// <summary>The seed saved as CSV by Indonesian Excel (<c>;</c>, padded rows, quoted multi-line title cells).</summary>
    [Benchmark]
    public RkaReadResult ReadCsv() => RkaTextReader.Read(csv);

    /// <summary>The reader on the seed's tab layout through a <see cref="TextReader"/> (the HTML check reads its first
    /// block ahead and hands it to the line reader).</summary>
    [Benchmark]
    public RkaReadResult ReadFromTextReader() => RkaTextReader.Read(new StringReader(seed));

    /// <summary>The seed saved as one minified HTML page (entities, <c>&lt;br&gt;</c> in multi-line cells), read as a
    /// browser copies its text.</summary>
    [Benchmark]
    public RkaReadResult ReadHtml() => RkaTextReader.Read(html);
}
