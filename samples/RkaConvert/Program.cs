using System;
using System.IO;
using System.Text;

namespace RkaConvert;

/// <summary>The entry point: wires the console's streams (UTF-8, buffered output) to <see cref="RkaConvertApp"/>.</summary>
internal static class Program
{
    private const int BufferSize = 1 << 16;

    private static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        using var stdin = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true, BufferSize);
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, BufferSize) { AutoFlush = false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8, BufferSize) { AutoFlush = false };
        try
        {
            return RkaConvertApp.Run(args, stdin, stdout, stderr);
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }
}
