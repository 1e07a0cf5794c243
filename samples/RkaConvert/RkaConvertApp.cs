using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using System.IO;
using System.Linq;

namespace RkaConvert;

/// <summary>
/// The command line of rkaconvert (DESIGN.md §3.2), independent of the console so tests can run it in-process.
/// </summary>
internal static class RkaConvertApp
{
    /// <summary>Exit code: success (for <c>validate</c>: no errors).</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code: <c>validate</c> (or <c>convert --strict</c>) found errors, or <c>terbilang</c> met a bad amount.</summary>
    public const int ExitFindings = 1;

    /// <summary>Exit code: unreadable input or bad usage.</summary>
    public const int ExitUnusable = 2;

    /// <summary>The start of every line the tool writes to standard error.</summary>
    public const string Prefix = CliMessages.CommandName + ": ";

    /// <summary>Runs one command line, with messages in the language of <c>--lang</c> (see <see cref="Language"/>); the
    /// caller's UI culture is restored before the method returns.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdin">Standard input, as bytes (read by <c>-</c> and by <c>terbilang</c> without amounts).</param>
    /// <param name="stdout">Standard output, as bytes; text is written as UTF-8 without a byte order mark, and flushed
    /// before the method returns.</param>
    /// <param name="stderr">Standard error: one line per problem, never a stack trace; flushed before the method returns.</param>
    /// <returns>The exit code: 0, 1 or 2 as in DESIGN.md §3.2.</returns>
    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        using var console = new ConsoleStreams(stdin, stdout, stderr);
        CultureInfo previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Language.Choose(args, out string? unknownLanguage);
        try
        {
            if (unknownLanguage is not null)
            {
                console.Error.WriteLine(Prefix + CliMessages.BadUsage(CliMessages.UnknownLanguage(unknownLanguage), $"{CliMessages.CommandName} --help"));
                return ExitUnusable;
            }

            return Run(args, console);
        }
        finally
        {
            console.Flush();
            CultureInfo.CurrentUICulture = previous;
        }
    }

    /// <summary>Folds a message onto one line.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message with line breaks replaced by spaces.</returns>
    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0));

    private static int Run(string[] args, ConsoleStreams console)
    {
        TextWriter stderr = console.Error;
        try
        {
            Command root = CommandLineBuilder.Build(console);
            ParseResult parsed = root.Parse(args);
            if (parsed.Action is ParseErrorAction || (parsed.Errors.Count > 0 && parsed.Action is null))
            {
                string message = OneLine(parsed.Errors.Count > 0 ? parsed.Errors[0].Message : CliMessages.InvalidCommandLine);
                if (!message.EndsWith('.'))
                {
                    message += ".";
                }

                Command command = parsed.CommandResult.Command;
                string help = ReferenceEquals(command, root) ? $"{CliMessages.CommandName} --help" : $"{CliMessages.CommandName} {command.Name} --help";
                stderr.WriteLine(Prefix + CliMessages.BadUsage(message, help));
                return ExitUnusable;
            }

            if (parsed.Action is HelpAction)
            {
                // System.CommandLine has no Indonesian for its help headings: translate them on the way out.
                using var help = new StringWriter(CultureInfo.InvariantCulture);
                int code = parsed.Invoke(new InvocationConfiguration { Output = help, Error = stderr, EnableDefaultExceptionHandler = false });
                console.Output.Write(HelpHeadings.Localize(help.ToString()));
                return code;
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = console.Output,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException ex)
        {
            stderr.WriteLine(Prefix + OneLine(ex.Message));
            return ExitUnusable;
        }
#pragma warning disable CA1031 // The top of a console app: any failure becomes one line on stderr and exit 2.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine(Prefix + CliMessages.Unexpected(ex.GetType().Name, OneLine(ex.Message)));
            return ExitUnusable;
        }
    }
}
