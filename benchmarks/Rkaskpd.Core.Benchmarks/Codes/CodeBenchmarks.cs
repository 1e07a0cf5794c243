using System;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using Rkaskpd.Codes;

namespace Rkaskpd.Benchmarks.Codes;

/// <summary>Parsing and formatting a kegiatan code against the BCL baseline of string.Split + int.Parse / string.Join.</summary>
[MemoryDiagnoser]
public class CodeBenchmarks
{
    private static readonly string Text = "3.05.3.05.09.01.021";
    private static readonly KegiatanCode Code = KegiatanCode.Parse(Text);
    private static readonly int[] Parts = [3, 5, 3, 5, 9, 1, 21];
    private static readonly string Spaced = "Kode: 2.07 . 2.07.01 . 27 . 02";

    [Benchmark(Baseline = true)]
    public int SplitAndIntParse()
    {
        string[] parts = Text.Split('.');
        int sum = 0;
        foreach (string part in parts)
        {
            sum += int.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return sum;
    }

    [Benchmark]
    public KegiatanCode KegiatanParse() => KegiatanCode.Parse(Text);

    [Benchmark]
    public bool KegiatanTryParseSpan() => KegiatanCode.TryParse(Text.AsSpan(), out _);

    [Benchmark]
    public string JoinFormat() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Parts[0]}.{Parts[1]:00}.{Parts[2]}.{Parts[3]:00}.{Parts[4]:00}.{Parts[5]:00}.{Parts[6]:000}");

    [Benchmark]
    public string KegiatanToString() => Code.ToString();

    [Benchmark]
    public int KegiatanTryFormatUtf8()
    {
        Span<byte> buffer = stackalloc byte[KegiatanCode.MaxFormattedLength];
        Code.TryFormat(buffer, out int written);
        return written;
    }

    [Benchmark]
    public CodeNormalization NormalizeVariant() => CodeNormalizer.Normalize(Spaced);
}
