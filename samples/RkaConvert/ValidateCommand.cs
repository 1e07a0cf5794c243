using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Rkaskpd.Validation;

namespace RkaConvert;

/// <summary>
/// <c>validate &lt;file&gt; [--format text|json]</c>: prints the diagnostics of a document (form text or JSON; <c>-</c> is standard input).
/// Exit code 0: no errors; 1: errors found; 2: unreadable input or bad usage.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="stdout">Where the diagnostics go.</param>
    /// <returns>The command.</returns>
    public static Command Create(ConsoleStreams console)
    {
        var file = new Argument<string>("file") { Description = CliMessages.FileArgument };
        Option<string> format = FormatOption.Create(["--format", "-f"], CliMessages.ValidateFormat, "text", "json");
        var command = new Command("validate", CliMessages.ValidateDescription)
        {
            file,
            format,
        };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, FormatOption.Chosen(parsed, format), console));
        return command;
    }

    /// <summary>Validates a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format"><c>text</c> or <c>json</c>.</param>
    /// <param name="console">The run's streams; the diagnostics go to standard output.</param>
    /// <returns>0 without errors, 1 with errors.</returns>
    /// <exception cref="UsageException">The file is unusable.</exception>
    internal static int Run(string path, string format, ConsoleStreams console)
    {
        LoadedDocument loaded = DocumentLoader.Load(path, console.Input);
        TextWriter stdout = console.Output;
        IReadOnlyList<Diagnostic> diagnostics = loaded.Validate();
        if (string.Equals(format, "json", StringComparison.Ordinal))
        {
            stdout.WriteLine(JsonOutput.Diagnostics(diagnostics));
        }
        else
        {
            foreach (Diagnostic diagnostic in diagnostics)
            {
                stdout.WriteLine(CliMessages.DiagnosticLine(diagnostic));
            }

            stdout.WriteLine(CliMessages.ValidateCounts(
                Count(diagnostics, DiagnosticSeverity.Error), Count(diagnostics, DiagnosticSeverity.Warning),
                Count(diagnostics, DiagnosticSeverity.Info), loaded.Document.Forms.Count));
        }

        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? RkaConvertApp.ExitFindings : RkaConvertApp.ExitOk;
    }

    private static int Count(IReadOnlyList<Diagnostic> diagnostics, DiagnosticSeverity severity) =>
        diagnostics.Count(d => d.Severity == severity);
}
