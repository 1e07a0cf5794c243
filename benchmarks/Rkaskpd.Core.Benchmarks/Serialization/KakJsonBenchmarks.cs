using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Text;

namespace Rkaskpd.Benchmarks.Serialization;

/// <summary>
/// JSON of the KAK sections of the Lumajang 2020 seed (11 forms, 88 sections), as <c>convert</c> writes them: sections
/// fresh from the reader, whose parts (legal references, schedules, steps, ...) the writer computes from the text and
/// drops again, against the baseline of the same sections with their parts already read, where only the serializer
/// works. The difference is the cost of computing the parts.
/// </summary>
[MemoryDiagnoser]
public class KakJsonBenchmarks
{
    private static readonly (KakSectionKind Kind, string? Heading, string Text, int? TahunAnggaran)[] Inputs = LoadInputs();
    private static readonly KakSection[] ReadSections = CreateRead();
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 20);

    [GlobalSetup]
    public void Setup() => Console.WriteLine($"// {Inputs.Length} KAK sections, {WriteParsed()} UTF-8 bytes of JSON");

    /// <summary>Sections whose parts are read and kept: the serializer only.</summary>
    [Benchmark(Baseline = true)]
    public long WriteParsed() => Write(ReadSections);

    /// <summary>Fresh sections, as read from a document: the writer computes each part and drops it.</summary>
    [Benchmark]
    public long WriteFresh() => Write(Create());

    private long Write(KakSection[] sections)
    {
        buffer.ResetWrittenCount();
        using var writer = new Utf8JsonWriter(buffer);
        writer.WriteStartArray();
        foreach (KakSection section in sections)
        {
            JsonSerializer.Serialize(writer, section, RkaskpdJsonContext.Default.KakSection);
        }

        writer.WriteEndArray();
        writer.Flush();
        return writer.BytesCommitted;
    }

    private static KakSection[] Create()
    {
        var sections = new KakSection[Inputs.Length];
        for (int i = 0; i < sections.Length; i++)
        {
            (KakSectionKind kind, string? heading, string text, int? year) = Inputs[i];
            sections[i] = KakSection.Create(kind, heading, text, year);
        }

        return sections;
    }

    private static KakSection[] CreateRead()
    {
        KakSection[] sections = Create();
        foreach (KakSection section in sections)
        {
            _ = section switch
            {
                DasarHukum d => d.References.Count,
                MaksudDanTujuan m => (m.Maksud?.Length ?? 0) + (m.Tujuan?.Length ?? 0),
                BentukKegiatan b => b.Items.Count,
                Mekanisme m => (m.Prosedur?.Length ?? 0) + m.ProsedurSteps.Count + (m.Tempat?.Length ?? 0) + m.Pelaksanaan.Count + m.Jadwal.Count,
                Alur a => a.Steps.Count,
                Manfaat m => (m.Intro?.Length ?? 0) + m.Points.Count,
                _ => section.Body.Length,
            };
        }

        return sections;
    }

    private static (KakSectionKind, string?, string, int?)[] LoadInputs()
    {
        string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"));
        var inputs = new List<(KakSectionKind, string?, string, int?)>();
        foreach (RkaForm form in RkaTextReader.Read(seed).Document.Forms)
        {
            foreach (KakSection section in form.Kak?.Sections ?? [])
            {
                inputs.Add((section.Kind, section.Heading, section.Text, (section as Mekanisme)?.TahunAnggaran));
            }
        }

        return inputs.ToArray();
    }
}
