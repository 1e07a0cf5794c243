using System;
using System.IO;
using System.Text;

namespace RkaConvert;

/// <summary>The entry point: wires the console's streams (bytes for input and output, buffered UTF-8 for errors) to
/// <see cref="RkaConvertApp"/>.</summary>
internal static class Program
{
    private const int BufferSize = 1 << 16;

    private static int Main(string[] args)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        using Stream stdin = Console.OpenStandardInput();
        using var stdout = new BufferedStream(Console.OpenStandardOutput(), BufferSize);
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8, BufferSize) { AutoFlush = false };
        return RkaConvertApp.Run(args, stdin, stdout, stderr);
    }
}
