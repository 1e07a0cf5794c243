using System.CommandLine;
using System.IO;

namespace RkaConvert;

/// <summary>Builds the root command and its subcommands over the given streams.</summary>
internal static class CommandLineBuilder
{
    /// <summary>Builds the command line.</summary>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The root command.</returns>
    public static RootCommand Build(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand(
            "RkaConvert: reads, converts and validates RKA-SKPD 2.2.1 budget forms. " +
            "Exit codes: 0 success (validate: no errors), 1 errors found (validate) or a bad amount (terbilang), 2 unreadable input or bad usage.")
        {
            TerbilangCommand.Create(stdin, stdout, stderr),
        };
        return root;
    }
}
