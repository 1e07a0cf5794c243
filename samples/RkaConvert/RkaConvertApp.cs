using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;

namespace RkaConvert;

/// <summary>
/// The command line of RkaConvert (DESIGN.md §3.2), independent of the console so tests can run it in-process.
/// </summary>
internal static class RkaConvertApp
{
    /// <summary>Exit code: success (for <c>validate</c>: no errors).</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code: <c>validate</c> found errors, or <c>terbilang</c> met a bad amount.</summary>
    public const int ExitFindings = 1;

    /// <summary>Exit code: unreadable input or bad usage.</summary>
    public const int ExitUnusable = 2;

    /// <summary>Runs one command line.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdin">Standard input (read by <c>terbilang</c> without amounts).</param>
    /// <param name="stdout">Standard output; the caller flushes it.</param>
    /// <param name="stderr">Standard error: one line per problem, never a stack trace.</param>
    /// <returns>The exit code: 0, 1 or 2 as in DESIGN.md §3.2.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        try
        {
            RootCommand root = CommandLineBuilder.Build(stdin, stdout, stderr);
            ParseResult parsed = root.Parse(args);
            if (parsed.Action is ParseErrorAction || (parsed.Errors.Count > 0 && parsed.Action is null))
            {
                string message = OneLine(parsed.Errors.Count > 0 ? parsed.Errors[0].Message : "The command line is not valid.");
                if (!message.EndsWith('.'))
                {
                    message += ".";
                }

                string help = parsed.CommandResult.Command is RootCommand ? "rkaconvert --help" : $"rkaconvert {parsed.CommandResult.Command.Name} --help";
                stderr.WriteLine($"rkaconvert: {message} Run '{help}' for usage.");
                return ExitUnusable;
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"rkaconvert: {OneLine(ex.Message)}");
            return ExitUnusable;
        }
#pragma warning disable CA1031 // The top of a console app: any failure becomes one line on stderr and exit 2.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"rkaconvert: unexpected failure ({ex.GetType().Name}: {OneLine(ex.Message)}); please report it with the input that caused it.");
            return ExitUnusable;
        }
    }

    /// <summary>Folds a message onto one line.</summary>
    /// <param name="message">The message.</param>
    /// <returns>The message with line breaks replaced by spaces.</returns>
    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(s => s.Length > 0));
}
