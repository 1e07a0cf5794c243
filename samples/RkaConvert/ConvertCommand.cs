using System.CommandLine;
using System.IO;
using System.Linq;
using Rkaskpd.Html;
using Rkaskpd.Spreadsheet;
using Rkaskpd.Text;
using Rkaskpd.Validation;

namespace RkaConvert;

/// <summary>
/// <c>convert &lt;file&gt; [--to json|text|markdown|html|xlsx] [-o &lt;out&gt;] [--quiet] [--strict]</c>: form text or
/// JSON in (a file, or <c>-</c> for standard input), JSON (default), canonical form text, Markdown, printable HTML or an
/// XLSX workbook out, to standard output unless <c>-o</c> names a file (XLSX needs <c>-o</c>; <c>-o -</c> is standard
/// output). One line on standard error counts the reader's findings by severity.
/// </summary>
internal static class ConvertCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">The run's streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(ConsoleStreams console)
    {
        var file = new Argument<string>("file") { Description = CliMessages.FileArgument };
        Option<string> to = FormatOption.Create(["--to", "-t"], CliMessages.ConvertFormat, "json", "text", "markdown", "html", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = CliMessages.OutputOption };
        var quiet = new Option<bool>("--quiet", "-q") { Description = CliMessages.QuietOption };
        var strict = new Option<bool>("--strict") { Description = CliMessages.StrictOption };
        var command = new Command("convert", CliMessages.ConvertDescription)
        {
            file,
            to,
            output,
            quiet,
            strict,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(file)!, FormatOption.Chosen(parsed, to), parsed.GetValue(output), parsed.GetValue(quiet), parsed.GetValue(strict), console));
        return command;
    }

    /// <summary>Converts an input.</summary>
    /// <param name="path">The input file, or <c>-</c>.</param>
    /// <param name="to">The output format, lower case.</param>
    /// <param name="outputPath">The output file, <c>-</c> or null for standard output.</param>
    /// <param name="quiet">Whether to leave out the summary line.</param>
    /// <param name="strict">Whether a reader error makes the exit code 1.</param>
    /// <param name="console">The run's streams.</param>
    /// <returns>0, or 1 with <paramref name="strict"/> when the reader found an error.</returns>
    /// <exception cref="UsageException">The input is unusable or the output cannot be written.</exception>
    internal static int Run(string path, string to, string? outputPath, bool quiet, bool strict, ConsoleStreams console)
    {
        LoadedDocument loaded = DocumentLoader.Load(path, console.Input);
        if (to == "xlsx")
        {
            OutputTarget.WriteBinary(outputPath, to, console, stream => RkaXlsxWriter.Write(loaded.Document, stream));
        }
        else
        {
            OutputTarget.WriteText(outputPath, console, writer => Write(loaded, to, writer));
        }

        int errors = Count(loaded.TextResult, DiagnosticSeverity.Error);
        if (!quiet)
        {
            string source = CliMessages.SourceName(path);
            console.Error.WriteLine(RkaConvertApp.Prefix + (loaded.TextResult is null
                ? CliMessages.JsonSummary(loaded.Document.Forms.Count, source)
                : CliMessages.ReaderSummary(
                    loaded.Document.Forms.Count, source, errors,
                    Count(loaded.TextResult, DiagnosticSeverity.Warning), Count(loaded.TextResult, DiagnosticSeverity.Info))));
        }

        return strict && errors > 0 ? RkaConvertApp.ExitFindings : RkaConvertApp.ExitOk;
    }

    private static int Count(RkaReadResult? result, DiagnosticSeverity severity) =>
        result?.Diagnostics.Count(d => d.Severity == severity) ?? 0;

    private static void Write(LoadedDocument loaded, string to, TextWriter writer)
    {
        switch (to)
        {
            case "text":
                RkaTextWriter.Write(loaded.Document, writer);
                break;
            case "markdown":
                RkaMarkdownWriter.Write(loaded.Document, writer);
                break;
            case "html":
                RkaHtmlWriter.Write(loaded.Document, writer);
                break;
            default:
                JsonOutput.Write(loaded.Document, writer);
                break;
        }
    }
}
