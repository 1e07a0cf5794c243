using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Text;

namespace Rkaskpd.Benchmarks.Text;

/// <summary>
/// One RKA-SKPD 2.2.1 form with its KAK typed in LibreOffice Writer (<c>tests/data/unseen/writer-2020-rka-skpd-221-kak</c>)
/// as LibreOffice saves it: <c>.docx</c> (the baseline), Rich Text Format, Word 97-2003 <c>.doc</c>, <c>.odt</c> and
/// Writer's text export. Each reads into the same values; the ratios are the cost of each format's path to the text.
/// </summary>
[MemoryDiagnoser]
public class WriterFormatsBenchmarks
{
    private static readonly byte[] Docx = Load("docx");
    private static readonly byte[] Rtf = Load("rtf");
    private static readonly byte[] Doc = Load("doc");
    private static readonly byte[] Odt = Load("odt");
    private static readonly byte[] Txt = Load("txt");

    [Benchmark(Baseline = true)]
    public RkaReadResult ReadDocx() => RkaTextReader.Read(Docx);

    [Benchmark]
    public RkaReadResult ReadRtf() => RkaTextReader.Read(Rtf);

    [Benchmark]
    public RkaReadResult ReadDoc() => RkaTextReader.Read(Doc);

    [Benchmark]
    public RkaReadResult ReadOdt() => RkaTextReader.Read(Odt);

    [Benchmark]
    public RkaReadResult ReadText() => RkaTextReader.Read(Txt);

    private static byte[] Load(string extension) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "unseen", "writer-2020-rka-skpd-221-kak." + extension));
}
