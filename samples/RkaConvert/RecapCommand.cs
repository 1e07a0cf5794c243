using System;
using System.CommandLine;
using System.IO;
using Rkaskpd.Recap;

namespace RkaConvert;

/// <summary>
/// <c>recap &lt;file&gt; [--format text|json|markdown]</c>: the RKA-SKPD 2.2 recap (spending by program and kegiatan)
/// computed from a document's 2.2.1 forms.
/// </summary>
internal static class RecapCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="stdout">Where the recap goes.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter stdout)
    {
        var file = new Argument<string>("file") { Description = "The forms: a text export of RKA-SKPD 2.2.1 forms, or the JSON written by 'convert'." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: an aligned table; json: {programs: [{code, previousYear, currentYear, nextYear, kegiatan: [...]}], total}; markdown: a table.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var command = new Command("recap", "Computes the RKA-SKPD 2.2 recap (per program and kegiatan, with subtotals and the SKPD total) from the 2.2.1 forms.")
        {
            file,
            format,
        };
        command.SetAction(parsed => Run(parsed.GetValue(file)!, parsed.GetValue(format) ?? "text", stdout));
        return command;
    }

    /// <summary>Writes the recap of a file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format"><c>text</c>, <c>json</c> or <c>markdown</c>.</param>
    /// <param name="stdout">Where the recap goes.</param>
    /// <returns>0.</returns>
    /// <exception cref="UsageException">The file is unusable.</exception>
    internal static int Run(string path, string format, TextWriter stdout)
    {
        LoadedDocument loaded = DocumentLoader.Load(path);
        RekapitulasiBelanja recap = Rekapitulasi.Compute(loaded.Document);
        RekapitulasiFormat chosen = format switch
        {
            "json" => RekapitulasiFormat.Json,
            "markdown" => RekapitulasiFormat.Markdown,
            _ => RekapitulasiFormat.Text,
        };
        RekapitulasiWriter.Write(recap, stdout, chosen);
        if (chosen == RekapitulasiFormat.Json)
        {
            stdout.WriteLine();
        }

        return RkaConvertApp.ExitOk;
    }
}
