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
            "Without a command, reads the bundled Lumajang 2020 forms and prints a summary table and their diagnostics; that run is a demonstration and exits 0 although the bundled forms have errors (validate them to get exit code 1). " +
            "Exit codes: 0 success (validate: no errors), 1 errors found (validate) or a bad amount (terbilang), 2 unreadable input or bad usage.")
        {
            ConvertCommand.Create(stdout),
            ValidateCommand.Create(stdout),
            RecapCommand.Create(stdout),
            TerbilangCommand.Create(stdin, stdout, stderr),
        };
        root.SetAction(_ => SummaryCommand.Run(stdout));
        return root;
    }
}
