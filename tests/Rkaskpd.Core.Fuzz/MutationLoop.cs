using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace Rkaskpd.Fuzz;

/// <summary>
/// The fallback fuzzer for machines without AFL++: a coverage-blind, in-process loop that mutates the corpus
/// (byte flips, interesting bytes, splices, line deletions/duplications/swaps, truncation) and reports every input
/// that throws. Deterministic per seed (<c>RKASKPD_FUZZ_SEED</c>).
/// </summary>
internal static class MutationLoop
{
    private static readonly byte[] Interesting = "\0\n\r\t .,-:;|()%Rp0123456789\u00A0"u8.ToArray();

    public static int Run(string name, Action<byte[]> target, TimeSpan duration, string corpusDirectory)
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("RKASKPD_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : 1;
        var random = new Random(seed);
        List<byte[]> corpus = [.. Directory.EnumerateFiles(corpusDirectory, "*", SearchOption.AllDirectories).Select(File.ReadAllBytes)];
        if (corpus.Count == 0)
        {
            corpus.Add([]);
        }

        string crashDirectory = "crashes-" + name;
        var watch = Stopwatch.StartNew();
        long executions = 0;
        int crashes = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (watch.Elapsed < duration)
        {
            byte[] input = Mutate(random, corpus[random.Next(corpus.Count)], corpus);
            executions++;
            try
            {
                target(input);
            }
            catch (Exception exception)
            {
                string signature = exception.GetType().Name + (exception.StackTrace ?? string.Empty).Split('\n').FirstOrDefault();
                if (seen.Add(signature))
                {
                    crashes++;
                    Directory.CreateDirectory(crashDirectory);
                    string file = Path.Combine(crashDirectory, Convert.ToHexString(SHA256.HashData(input))[..16]);
                    File.WriteAllBytes(file, input);
                    Console.WriteLine($"CRASH {file}: {exception.GetType().Name}: {exception.Message}");
                }
            }
        }

        Console.WriteLine($"{name}: {executions} executions in {watch.Elapsed.TotalSeconds:F0} s, {crashes} distinct crashes");
        return crashes == 0 ? 0 : 1;
    }

    private static byte[] Mutate(Random random, byte[] input, List<byte[]> corpus)
    {
        List<byte> bytes = [.. input];
        int rounds = 1 + random.Next(8);
        for (int round = 0; round < rounds; round++)
        {
            int at = bytes.Count == 0 ? 0 : random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    bytes.Insert(at, Interesting[random.Next(Interesting.Length)]);
                    break;
                case 2 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(16)));
                    break;
                case 3 when bytes.Count > 0:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 4:
                    byte[] other = corpus[random.Next(corpus.Count)];
                    if (other.Length > 0)
                    {
                        int from = random.Next(other.Length);
                        bytes.InsertRange(at, other.Skip(from).Take(1 + random.Next(256)));
                    }

                    break;
                case 5 when bytes.Count > 0:
                    int length = Math.Min(bytes.Count - at, 1 + random.Next(64));
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                default:
                    bytes = LineMutation(random, bytes);
                    break;
            }
        }

        return [.. bytes];
    }

    private static List<byte> LineMutation(Random random, List<byte> bytes)
    {
        List<List<byte>> lines = [[]];
        foreach (byte b in bytes)
        {
            lines[^1].Add(b);
            if (b == (byte)'\n')
            {
                lines.Add([]);
            }
        }

        if (lines.Count > 1)
        {
            int a = random.Next(lines.Count);
            int b = random.Next(lines.Count);
            switch (random.Next(3))
            {
                case 0:
                    lines.RemoveAt(a);
                    break;
                case 1:
                    lines.Insert(a, [.. lines[b]]);
                    break;
                default:
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                    break;
            }
        }

        return [.. lines.SelectMany(l => l)];
    }
}
