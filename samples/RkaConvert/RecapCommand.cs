using System.CommandLine;
using System.IO;
using Rkaskpd.Html;
using Rkaskpd.Recap;
using Rkaskpd.Spreadsheet;

namespace RkaConvert;

/// <summary>
/// <c>recap &lt;file&gt; [--to text|json|markdown|html|xlsx] [-o &lt;out&gt;]</c>: the RKA-SKPD 2.2 recap (spending by
/// program and kegiatan) computed from a document's 2.2.1 forms, written like <c>convert</c> writes (XLSX needs
/// <c>-o</c>; <c>-o -</c> is standard output). <c>--format</c> is kept as an alias of <c>--to</c>.
/// </summary>
internal static class RecapCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="console">The run's streams.</param>
    /// <returns>The command.</returns>
    public static Command Create(ConsoleStreams console)
    {
        var file = new Argument<string>("file") { Description = CliMessages.FileArgument };
        Option<string> to = FormatOption.Create(["--to", "-t", "--format", "-f"], CliMessages.RecapFormat, "text", "json", "markdown", "html", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = CliMessages.OutputOption };
        var command = new Command("recap", CliMessages.RecapDescription)
        {
            file,
            to,
            output,
        };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, FormatOption.Chosen(parsed, to), parsed.GetValue(output), console));
        return command;
    }

    /// <summary>Writes the recap of an input.</summary>
    /// <param name="path">The file, or <c>-</c>.</param>
    /// <param name="to">The format, lower case.</param>
    /// <param name="outputPath">The output file, <c>-</c> or null for standard output.</param>
    /// <param name="console">The run's streams.</param>
    /// <returns>0.</returns>
    /// <exception cref="UsageException">The input is unusable or the output cannot be written.</exception>
    internal static int Run(string path, string to, string? outputPath, ConsoleStreams console)
    {
        LoadedDocument loaded = DocumentLoader.Load(path, console.Input);
        RekapitulasiBelanja recap = Rekapitulasi.Compute(loaded.Document);
        if (to == "xlsx")
        {
            OutputTarget.WriteBinary(outputPath, to, console, stream => RkaXlsxWriter.WriteRecap(recap, stream));
        }
        else
        {
            OutputTarget.WriteText(outputPath, console, writer => Write(recap, to, writer));
        }

        return RkaConvertApp.ExitOk;
    }

    private static void Write(RekapitulasiBelanja recap, string to, TextWriter writer)
    {
        switch (to)
        {
            case "html":
                RkaHtmlWriter.WriteRecap(recap, writer);
                break;
            case "json":
                RekapitulasiWriter.Write(recap, writer, RekapitulasiFormat.Json);
                writer.WriteLine();
                break;
            case "markdown":
                RekapitulasiWriter.Write(recap, writer, RekapitulasiFormat.Markdown);
                break;
            default:
                RekapitulasiWriter.Write(recap, writer, RekapitulasiFormat.Text);
                break;
        }
    }
}
