using System.CommandLine;
using System.CommandLine.Help;

namespace RkaConvert;

/// <summary>Builds the root command and its subcommands over the given streams.</summary>
internal static class CommandLineBuilder
{
    /// <summary>Builds the command line. The root is a plain command named <c>rkaconvert</c> (a
    /// <see cref="RootCommand"/> takes the executable's file name, <c>RkaConvert</c>, for its help) with the help and
    /// version options a root command has.</summary>
    /// <param name="console">The run's streams.</param>
    /// <returns>The root command.</returns>
    public static Command Build(ConsoleStreams console)
    {
        var root = new Command(CliMessages.CommandName, CliMessages.RootDescription)
        {
            new HelpOption { Description = CliMessages.HelpOption },
            new VersionOption { Description = CliMessages.VersionOption },
            Language.CreateOption(),
            ConvertCommand.Create(console),
            ValidateCommand.Create(console),
            RecapCommand.Create(console),
            TerbilangCommand.Create(console),
        };
        root.SetAction(_ => SummaryCommand.Run(console));
        return root;
    }
}
