using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Rkaskpd.Forms;
using Rkaskpd.Text;

namespace Rkaskpd.Benchmarks.Forms;

/// <summary>
/// Reading the KAK's derived lists of the bundled Lumajang 2020 document: every form's <c>Dasar Hukum</c> into
/// <see cref="LegalReference"/>s, and every <c>Mekanisme</c> schedule into a <see cref="WaktuPelaksanaan"/>. Each is set
/// against the BCL floor of splitting the same texts with <see cref="string.Split(char[])"/>. One operation reads all
/// of the seed's texts of its kind.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class LegalReferenceBenchmarks
{
    private static readonly char[] ItemSeparators = ['\n', ';'];
    private static readonly char[] WordSeparators = [' ', '\n'];

    private static readonly (string[] DasarHukum, (string Text, string? Detail, int? Year)[] Jadwal) Seed = LoadSeed();

    [GlobalSetup]
    public void PrintSize() => Console.WriteLine(
        $"// {Seed.DasarHukum.Length} Dasar Hukum texts, {Seed.Jadwal.Length} schedules");

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("DasarHukum")]
    public int DasarHukumSplit()
    {
        int total = 0;
        foreach (string text in Seed.DasarHukum)
        {
            total += text.Split(ItemSeparators).Length;
        }

        return total;
    }

    [Benchmark]
    [BenchmarkCategory("DasarHukum")]
    public int DasarHukumParseList()
    {
        int total = 0;
        foreach (string text in Seed.DasarHukum)
        {
            total += LegalReference.ParseList(text).Count;
        }

        return total;
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Jadwal")]
    public int JadwalSplit()
    {
        int total = 0;
        foreach ((string text, string? detail, _) in Seed.Jadwal)
        {
            total += text.Split(WordSeparators).Length + (detail?.Split(WordSeparators).Length ?? 0);
        }

        return total;
    }

    [Benchmark]
    [BenchmarkCategory("Jadwal")]
    public int JadwalParse()
    {
        int total = 0;
        foreach ((string text, string? detail, int? year) in Seed.Jadwal)
        {
            total += WaktuPelaksanaan.Parse(text, detail, year).Months.Count;
        }

        return total;
    }

    private static (string[], (string, string?, int?)[]) LoadSeed()
    {
        string seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "rka-skpd-221-lumajang-2020.txt"), Encoding.UTF8);
        var dasarHukum = new List<string>();
        var jadwal = new List<(string, string?, int?)>();
        foreach (RkaForm form in RkaTextReader.Read(seed).Document.Forms)
        {
            if (form.Kak?.DasarHukum is { } section)
            {
                dasarHukum.Add(section.Body);
            }

            foreach (WaktuPelaksanaan schedule in form.Kak?.Mekanisme?.Jadwal ?? [])
            {
                jadwal.Add((schedule.Text, schedule.PelaksanaanText, form.Header?.TahunAnggaran));
            }
        }

        return (dasarHukum.ToArray(), jadwal.ToArray());
    }
}
