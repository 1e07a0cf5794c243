using System;
using System.IO;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Text;

namespace Rkaskpd.Benchmarks.Serialization;

/// <summary>
/// JSON of the Lumajang 2020 seed (11 forms, KAK included): serializing and deserializing with the source-generated
/// context against the BCL baseline of merely parsing the same JSON into a <see cref="JsonDocument"/>.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private static readonly RkaDocument Document =
        RkaTextReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"))).Document;

    private static readonly string Json = RkaJson.Serialize(Document);
    private static readonly byte[] Utf8 = Encoding.UTF8.GetBytes(Json);
    private static readonly MemoryStream Output = new(Utf8.Length * 2);

    /// <summary>Prints the size of the JSON, for MB/s.</summary>
    [GlobalSetup]
    public void Setup() => Console.WriteLine($"// JSON: {Document.Forms.Count} forms, {Utf8.Length} UTF-8 bytes");

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse()
    {
        using JsonDocument document = JsonDocument.Parse(Utf8);
        return document.RootElement.GetProperty("forms").GetArrayLength();
    }

    [Benchmark]
    public string SerializeToString() => RkaJson.Serialize(Document);

    [Benchmark]
    public long SerializeToStream()
    {
        Output.Position = 0;
        RkaJson.Serialize(Output, Document);
        return Output.Position;
    }

    [Benchmark]
    public RkaDocument DeserializeString() => RkaJson.Deserialize(Json);

    [Benchmark]
    public RkaDocument DeserializeStream() => RkaJson.Deserialize(new MemoryStream(Utf8, writable: false));
}
