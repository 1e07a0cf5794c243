using System;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Tests.Text.Office;
using Rkaskpd.Text;

namespace Rkaskpd.Benchmarks.Text;

/// <summary>
/// Reading the seed from a Word document (its lines as table rows, multi-line cells) and from an Excel workbook,
/// against reading the seed's own UTF-8 bytes: the cost of unzipping and streaming the package's XML into text.
/// </summary>
[MemoryDiagnoser]
public class OfficeBenchmarks
{
    private static readonly string Seed = File.ReadAllText(
        Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"), Encoding.UTF8);

    private static readonly byte[] SeedUtf8 = Encoding.UTF8.GetBytes(Seed);

    private static readonly byte[] SeedDocx = OfficeFiles.Docx(Seed, tables: true, multiLineCells: true);

    private static readonly byte[] SeedXlsx = OfficeFiles.Xlsx(Seed);

    [Benchmark(Baseline = true)]
    public RkaReadResult ReadUtf8Bytes() => RkaTextReader.Read(SeedUtf8);

    [Benchmark]
    public RkaReadResult ReadDocx() => RkaTextReader.Read(SeedDocx);

    [Benchmark]
    public RkaReadResult ReadXlsx() => RkaTextReader.Read(SeedXlsx);
}
