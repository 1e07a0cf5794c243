using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Rkaskpd.Validation;

namespace RkaConvert;

/// <summary>
/// <c>validate &lt;file&gt; [--format text|json]</c>: prints the diagnostics of a document (form text or JSON).
/// Exit code 0: no errors; 1: errors found; 2: unreadable input or bad usage.
/// </summary>
internal static class ValidateCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="stdout">Where the diagnostics go.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<string>("file") { Description = "The forms: a text export of RKA-SKPD 2.2.1 forms, or the JSON written by 'convert'." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one diagnostic a line and a count; json: an array of {code, severity, kegiatan, path, line, message}.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("validate", "Checks a document against the RKA rules and prints the diagnostics. Exit code 0: no errors; 1: errors found; 2: unreadable input or bad usage.")
        {
            file,
            format,
        };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, parsed.GetValue(format) ?? "text", stdout));
        return command;
    }

    /// <summary>Validates a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format"><c>text</c> or <c>json</c>.</param>
    /// <param name="stdout">Where the diagnostics go.</param>
    /// <returns>0 without errors, 1 with errors.</returns>
    /// <exception cref="UsageException">The file is unusable.</exception>
    internal static int Run(string path, string format, TextWriter stdout)
    {
        LoadedDocument loaded = DocumentLoader.Load(path);
        IReadOnlyList<Diagnostic> diagnostics = loaded.Validate();
        if (string.Equals(format, "json", StringComparison.Ordinal))
        {
            stdout.WriteLine(JsonOutput.Diagnostics(diagnostics));
        }
        else
        {
            foreach (Diagnostic diagnostic in diagnostics)
            {
                stdout.WriteLine(diagnostic.ToString());
            }

            stdout.WriteLine(
                $"{Plural(Count(diagnostics, DiagnosticSeverity.Error), "error")}, {Plural(Count(diagnostics, DiagnosticSeverity.Warning), "warning")}, " +
                $"{Plural(Count(diagnostics, DiagnosticSeverity.Info), "info")} in {Plural(loaded.Document.Forms.Count, "form")}.");
        }

        return diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? RkaConvertApp.ExitFindings : RkaConvertApp.ExitOk;
    }

    private static int Count(IReadOnlyList<Diagnostic> diagnostics, DiagnosticSeverity severity) =>
        diagnostics.Count(d => d.Severity == severity);

    private static string Plural(int count, string noun) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 || noun == "info" ? string.Empty : "s")}");
}
