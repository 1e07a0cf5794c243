using System;
using System.CommandLine;
using System.IO;
using System.Text;
using Rkaskpd.Html;
using Rkaskpd.Spreadsheet;
using Rkaskpd.Text;

namespace RkaConvert;

/// <summary>
/// <c>convert &lt;file&gt; [--to json|text|markdown|html|xlsx] [-o &lt;out&gt;]</c>: form text or JSON in, JSON (default),
/// canonical form text, Markdown, printable HTML or an XLSX workbook out, to standard output unless <c>-o</c> names a file
/// (XLSX needs <c>-o</c>).
/// </summary>
internal static class ConvertCommand
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Builds the command.</summary>
    /// <param name="stdout">Where the output goes without <c>-o</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<string>("file") { Description = "The forms: a text export of RKA-SKPD 2.2.1 forms, or JSON (detected by a leading '{')." };
        var to = new Option<string>("--to", "-t")
        {
            Description = "The output format: json (an object with a 'forms' array), text (the canonical form text), markdown, html (printable A4 forms) or xlsx (one sheet per form; needs -o).",
            DefaultValueFactory = _ => "json",
        };
        to.AcceptOnlyFromAmong("json", "text", "markdown", "html", "xlsx");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output." };
        var command = new Command("convert", "Converts forms between form text, JSON and Markdown; JSON input converts back, so convert round-trips.")
        {
            file,
            to,
            output,
        };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, parsed.GetValue(to) ?? "json", parsed.GetValue(output), stdout));
        return command;
    }

    /// <summary>Converts a file.</summary>
    /// <param name="path">The input file.</param>
    /// <param name="to"><c>json</c>, <c>text</c> or <c>markdown</c>.</param>
    /// <param name="outputPath">The output file, or null for standard output.</param>
    /// <param name="stdout">Standard output.</param>
    /// <returns>0.</returns>
    /// <exception cref="UsageException">The input is unusable or the output cannot be written.</exception>
    internal static int Run(string path, string to, string? outputPath, TextWriter stdout)
    {
        LoadedDocument loaded = DocumentLoader.Load(path);
        if (string.Equals(to, "xlsx", StringComparison.Ordinal))
        {
            return WriteXlsx(loaded, outputPath);
        }

        if (outputPath is null)
        {
            Write(loaded, to, stdout);
            return RkaConvertApp.ExitOk;
        }

        try
        {
            using var writer = new StreamWriter(outputPath, append: false, Utf8);
            Write(loaded, to, writer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write '{outputPath}' ({RkaConvertApp.OneLine(ex.Message)}): check that its folder exists and is writable.", ex);
        }

        return RkaConvertApp.ExitOk;
    }

    private static int WriteXlsx(LoadedDocument loaded, string? outputPath)
    {
        if (outputPath is null)
        {
            throw new UsageException("--to xlsx writes a binary workbook: name the file with -o <out.xlsx>.");
        }

        try
        {
            using FileStream stream = File.Create(outputPath);
            RkaXlsxWriter.Write(loaded.Document, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot write '{outputPath}' ({RkaConvertApp.OneLine(ex.Message)}): check that its folder exists and is writable.", ex);
        }

        return RkaConvertApp.ExitOk;
    }

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
