using System;

namespace RkaConvert;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.WriteLine(args.Length);
        return 0;
    }
}
