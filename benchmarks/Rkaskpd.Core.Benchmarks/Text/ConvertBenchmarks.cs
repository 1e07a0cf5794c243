using System;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Rkaskpd.Serialization;
using Rkaskpd.Text;

namespace Rkaskpd.Benchmarks.Text;

/// <summary>
/// What <c>rkaconvert convert big.txt -o big.json</c> does with an 11 MB document (the bundled seed 300 times, 3,300
/// forms): read the text, then write every form as indented JSON, its derived KAK values included (legal references,
/// schedules, steps). The goal is 10 MB/s or more end to end: the document's UTF-8 size divided by the time.
/// </summary>
/// <remarks>
/// Two jobs: <c>Cold</c> times the first call in a fresh process (three processes), JIT compilation included, as a
/// one-shot converter meets it; <c>Warm</c> is the steady state of a long-running service. The baseline reads the same
/// text line by line with <see cref="StringReader.ReadLine"/>.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 3, warmupCount: 0, iterationCount: 1, id: "Cold")]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 2, iterationCount: 5, id: "Warm")]
public class ConvertBenchmarks
{
    private const int Copies = 300;

    private string text = string.Empty;

    /// <summary>Builds the 11 MB document.</summary>
    [GlobalSetup]
    public void Setup()
    {
        string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"), Encoding.UTF8);
        text = string.Concat(Enumerable.Repeat(seed, Copies));
        Console.WriteLine($"// Document: {Encoding.UTF8.GetByteCount(text)} UTF-8 bytes, {Copies * 11} forms");
    }

    [Benchmark(Baseline = true)]
    public int CountLines() => BclBaseline.CountLines(text);

    [Benchmark]
    public long ReadAndWriteJson()
    {
        RkaReadResult result = RkaTextReader.Read(text);
        using var output = new CountingStream();
        RkaJson.Serialize(output, result.Document, indented: true);
        return output.Length;
    }

    /// <summary>A write-only stream that counts the bytes written to it, so the JSON costs no memory.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position
        {
            get => length;
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
    }
}
