using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace Rkaskpd.Fuzz;

/// <summary>
/// Fuzz harness entry point.
/// <list type="bullet">
/// <item><c>Rkaskpd.Core.Fuzz &lt;target&gt;</c>: the SharpFuzz loop, run under <c>afl-fuzz</c> (see fuzz.sh).</item>
/// <item><c>Rkaskpd.Core.Fuzz &lt;target&gt; --replay &lt;file|dir&gt;...</c>: runs inputs once, prints any crash.</item>
/// <item><c>Rkaskpd.Core.Fuzz &lt;target&gt; --mutate &lt;seconds&gt; &lt;corpus dir&gt;</c>: the fallback without AFL, an
/// in-process random mutation loop over the corpus; crashing inputs are written to <c>crashes-&lt;target&gt;/</c>.</item>
/// </list>
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.All.TryGetValue(args[0], out Action<byte[]>? target))
        {
            Console.Error.WriteLine($"usage: Rkaskpd.Core.Fuzz <{string.Join('|', FuzzTargets.All.Keys)}> [--replay <files> | --mutate <seconds> <corpus>]");
            return 2;
        }

        if (args.Length >= 2 && args[1] == "--replay")
        {
            return Replay(target, args.Skip(2));
        }

        if (args.Length >= 4 && args[1] == "--mutate")
        {
            return MutationLoop.Run(args[0], target, TimeSpan.FromSeconds(double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)), args[3]);
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            target(copy.ToArray());
        });
        return 0;
    }

    private static int Replay(Action<byte[]> target, IEnumerable<string> paths)
    {
        int crashes = 0;
        foreach (string file in paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p]))
        {
            var watch = Stopwatch.StartNew();
            try
            {
                target(File.ReadAllBytes(file));
                Console.WriteLine($"ok    {watch.ElapsedMilliseconds,6} ms  {file}");
            }
            catch (Exception exception)
            {
                crashes++;
                Console.WriteLine($"CRASH {file}: {exception}");
            }
        }

        return crashes == 0 ? 0 : 1;
    }
}
