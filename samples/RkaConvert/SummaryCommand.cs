using System;
using System.Collections.Generic;
using System.IO;
using Rkaskpd;
using Rkaskpd.Forms;
using Rkaskpd.Validation;

namespace RkaConvert;

/// <summary>
/// The run without a command: reads the bundled Lumajang 2020 forms and prints a summary table (kegiatan, year-n
/// amount, errors, warnings, and a total row) followed by every diagnostic. A demonstration: the exit code is 0 even
/// though the bundled forms have errors.
/// </summary>
internal static class SummaryCommand
{
    /// <summary>The bundled forms, relative to the executable's folder.</summary>
    public static readonly string BundledPath = Path.Combine("data", "rka-skpd-221-lumajang-2020.txt");

    /// <summary>Runs the demonstration.</summary>
    /// <param name="console">The run's streams; the table and diagnostics go to standard output.</param>
    /// <returns>0.</returns>
    /// <exception cref="UsageException">The bundled file is missing or unreadable.</exception>
    public static int Run(ConsoleStreams console)
    {
        string path = Path.Combine(AppContext.BaseDirectory, BundledPath);
        LoadedDocument loaded = DocumentLoader.Load(path, console.Input);
        TextWriter stdout = console.Output;
        IReadOnlyList<Diagnostic> diagnostics = loaded.Validate();
        stdout.WriteLine(CliMessages.SummaryTitle(BundledPath, loaded.Document.Forms.Count));
        stdout.WriteLine();
        WriteTable(loaded.Document, diagnostics, stdout);
        stdout.WriteLine();
        stdout.WriteLine(CliMessages.SummaryDiagnostics(diagnostics.Count));
        foreach (Diagnostic diagnostic in diagnostics)
        {
            stdout.WriteLine(CliMessages.DiagnosticLine(diagnostic));
        }

        stdout.WriteLine();
        stdout.WriteLine(CliMessages.SummaryClosing);
        return RkaConvertApp.ExitOk;
    }

    /// <summary>Writes the summary table of a document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="diagnostics">Its diagnostics.</param>
    /// <param name="stdout">Where to write.</param>
    internal static void WriteTable(RkaDocument document, IReadOnlyList<Diagnostic> diagnostics, TextWriter stdout)
    {
        var perKegiatan = new Dictionary<string, (int Errors, int Warnings)>(StringComparer.Ordinal);
        int totalErrors = 0;
        int totalWarnings = 0;
        foreach (Diagnostic diagnostic in diagnostics)
        {
            int errors = diagnostic.Severity == DiagnosticSeverity.Error ? 1 : 0;
            int warnings = diagnostic.Severity == DiagnosticSeverity.Warning ? 1 : 0;
            totalErrors += errors;
            totalWarnings += warnings;
            if (diagnostic.Kegiatan is { } kegiatan)
            {
                perKegiatan.TryGetValue(kegiatan, out (int Errors, int Warnings) counts);
                perKegiatan[kegiatan] = (counts.Errors + errors, counts.Warnings + warnings);
            }
        }

        var rows = new List<string[]>(document.Forms.Count + 1);
        Rupiah total = Rupiah.Zero;
        foreach (RkaForm form in document.Forms)
        {
            string kegiatan = form.KegiatanCodeText;
            Rupiah? amount = form.Amounts.CurrentYear?.Amount;
            if (amount is { } value)
            {
                total += value;
            }

            perKegiatan.TryGetValue(kegiatan, out (int Errors, int Warnings) counts);
            rows.Add([
                kegiatan.Length > 0 ? kegiatan : CliMessages.NoKegiatanCode,
                amount?.ToString("G") ?? CliMessages.UnreadableAmount,
                Count(counts.Errors),
                Count(counts.Warnings),
            ]);
        }

        string[] header = CliMessages.SummaryHeadings;
        string[] totalRow = [CliMessages.SummaryTotal, total.ToString("G"), Count(totalErrors), Count(totalWarnings)];
        int[] widths = new int[header.Length];
        foreach (string[] row in (IEnumerable<string[]>)[header, totalRow, .. rows])
        {
            for (int i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        WriteRow(header, widths, stdout);
        WriteRule(widths, stdout);
        foreach (string[] row in rows)
        {
            WriteRow(row, widths, stdout);
        }

        WriteRule(widths, stdout);
        WriteRow(totalRow, widths, stdout);
    }

    private static string Count(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteRow(string[] cells, int[] widths, TextWriter stdout)
    {
        stdout.Write(cells[0].PadRight(widths[0]));
        for (int i = 1; i < cells.Length; i++)
        {
            stdout.Write("  ");
            stdout.Write(cells[i].PadLeft(widths[i]));
        }

        stdout.WriteLine();
    }

    private static void WriteRule(int[] widths, TextWriter stdout)
    {
        int length = widths.Length * 2 - 2;
        foreach (int width in widths)
        {
            length += width;
        }

        stdout.WriteLine(new string('-', length));
    }
}
