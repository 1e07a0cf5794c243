using System;
using System.Globalization;

namespace RkaConvert;

/// <summary>
/// Every text the command line shows a user (help, errors, summaries), in one place so it can be localised. Each
/// error says what is wrong and what to do; <see cref="RkaConvertApp"/> adds the <c>rkaconvert: </c> prefix.
/// </summary>
internal static class CliMessages
{
    /// <summary>The command's name, as installed (<c>dotnet tool install rkaconvert</c>) and shown in help.</summary>
    public const string CommandName = "rkaconvert";

    /// <summary>How messages name standard input.</summary>
    public const string StandardInput = "standard input";

    /// <summary>The root command's help.</summary>
    public const string RootDescription =
        "rkaconvert: reads, converts and validates RKA-SKPD 2.2.1 budget forms. " +
        "Commands: convert (form text or JSON to JSON, text, Markdown, HTML or XLSX), validate (the diagnostics), " +
        "recap (the RKA-SKPD 2.2 recap as text, JSON, Markdown, HTML or XLSX), terbilang (amounts in Indonesian words). " +
        "Without a command, reads the bundled Lumajang 2020 forms and prints a summary table and their diagnostics; that run is a demonstration and exits 0 although the bundled forms have errors (validate them to get exit code 1). " +
        "A file argument of '-' reads standard input, and '-o -' writes to standard output. " +
        "Exit codes: 0 success (validate: no errors), 1 errors found (validate, convert --strict) or a bad amount (terbilang), 2 unreadable input or bad usage.";

    /// <summary>The help of <c>convert</c>.</summary>
    public const string ConvertDescription =
        "Converts forms between form text, JSON, Markdown, printable HTML and XLSX; JSON input converts back, so convert round-trips. " +
        "Writes one line to standard error counting the reader's findings by severity (--quiet silences it).";

    /// <summary>The help of <c>validate</c>.</summary>
    public const string ValidateDescription =
        "Checks a document against the RKA rules and prints the diagnostics. Exit code 0: no errors; 1: errors found; 2: unreadable input or bad usage.";

    /// <summary>The help of <c>recap</c>.</summary>
    public const string RecapDescription =
        "Computes the RKA-SKPD 2.2 recap (per program and kegiatan, with subtotals and the SKPD total) from the 2.2.1 forms.";

    /// <summary>The help of <c>terbilang</c>.</summary>
    public const string TerbilangDescription =
        "Writes each amount in words as the forms do (... RUPIAH). Exit code 1 when an amount could not be read.";

    /// <summary>The help of a command's file argument.</summary>
    public const string FileArgument =
        "The forms: a text export of RKA-SKPD 2.2.1 forms (UTF-8, UTF-16 or Windows-1252), or the JSON written by 'convert' (detected by a leading '{'); '-' reads standard input.";

    /// <summary>The help of <c>convert --to</c>.</summary>
    public const string ConvertFormat =
        "The output format: json (an object with a 'forms' array), text (the canonical form text), markdown, html (printable A4 forms) or xlsx (one sheet per form; needs -o). Case does not matter.";

    /// <summary>The help of <c>recap --to</c>.</summary>
    public const string RecapFormat =
        "The output format: text (an aligned table), json ({programs: [{code, previousYear, currentYear, nextYear, kegiatan: [...]}], total}), markdown (a table), html (a printable page) or xlsx (a workbook; needs -o). Case does not matter.";

    /// <summary>The help of <c>validate --format</c>.</summary>
    public const string ValidateFormat =
        "text: one diagnostic a line and a count; json: an array of {code, severity, kegiatan, path, line, message}. Case does not matter.";

    /// <summary>The help of <c>-o</c>.</summary>
    public const string OutputOption = "Write to this file instead of standard output; '-' is standard output.";

    /// <summary>The help of <c>convert --quiet</c>.</summary>
    public const string QuietOption = "Do not write the one-line summary of the reader's findings to standard error.";

    /// <summary>The help of <c>convert --strict</c>.</summary>
    public const string StrictOption = "Exit with code 1 when the reader found an error (the output is still written).";

    /// <summary>The help of the terbilang amounts.</summary>
    public const string AmountArgument =
        "Amounts in any spelling the forms use (551.204.390,00, Rp. 73.246.000,-, 32 500 000,00, 120877500). " +
        "Put -- before a negative amount (terbilang -- -1.000,00). " +
        "Without amounts, one amount a line is read from standard input; empty lines are skipped.";

    /// <summary>The summary table's column headings.</summary>
    public static readonly string[] SummaryHeadings = ["Kegiatan", "Jumlah Tahun n (Rp)", "Errors", "Warnings"];

    /// <summary>The summary table's total row label.</summary>
    public const string SummaryTotal = "Total";

    /// <summary>The summary table's cell for a form without a kegiatan code.</summary>
    public const string NoKegiatanCode = "(no kegiatan code)";

    /// <summary>The summary table's cell for an amount that could not be read.</summary>
    public const string UnreadableAmount = "(unreadable)";

    /// <summary>How messages name an input.</summary>
    /// <param name="path">The path given, or <c>-</c>.</param>
    /// <returns>The quoted path, or "standard input".</returns>
    public static string SourceName(string path) => path == "-" ? StandardInput : $"'{path}'";

    /// <summary>A parse error of the command line.</summary>
    public static string BadUsage(string problem, string helpCommand) => $"{problem} Run '{helpCommand}' for usage.";

    /// <summary>The command line could not be parsed, without a more precise reason.</summary>
    public const string InvalidCommandLine = "The command line is not valid.";

    /// <summary>A format value that is not among the accepted ones.</summary>
    public static string UnknownFormat(string value, string option, string[] formats) =>
        $"'{value}' is not a format of {option}: use one of {string.Join(", ", formats)}.";

    /// <summary>A failure nobody expected.</summary>
    public static string Unexpected(string type, string message) =>
        $"unexpected failure ({type}: {message}); please report it with the input that caused it.";

    /// <summary>A missing input file.</summary>
    public static string FileNotFound(string path) => $"file '{path}' not found: check the path.";

    /// <summary>A folder given as the input.</summary>
    public static string IsFolder(string path) => $"'{path}' is a folder, not a file: give the path of a form text or JSON file.";

    /// <summary>An input that exists but cannot be read.</summary>
    public static string CannotRead(string source, string detail) =>
        $"cannot read {source} ({detail}): check the path and its permissions.";

    /// <summary>An output that cannot be written.</summary>
    public static string CannotWrite(string path, string detail) =>
        $"cannot write '{path}' ({detail}): check that its folder exists and is writable.";

    /// <summary>A binary input.</summary>
    public static string Binary(string source) =>
        $"{source} is a binary file, not form text or JSON: give the RKA-SKPD forms as text (UTF-8, UTF-16 or Windows-1252).";

    /// <summary>A PDF input (recognised by its <c>%PDF-</c> header).</summary>
    public static string Pdf(string source, string problem) =>
        $"{source} is a PDF document that cannot be read: {problem}";

    /// <summary>An input without any form.</summary>
    public static string NoForm(string source, string code) =>
        $"{source} holds no RKA-SKPD 2.2.1 form ({code}): give a form text export or the JSON written by 'rkaconvert convert'.";

    /// <summary>Malformed JSON input.</summary>
    public static string BadJson(string source, long? line, string detail) =>
        $"{source} is not valid RKA JSON{(line is { } l ? string.Create(CultureInfo.InvariantCulture, $" at line {l + 1}") : string.Empty)} ({detail}): give the JSON written by 'rkaconvert convert'.";

    /// <summary>A binary format asked for without an output.</summary>
    public static string BinaryNeedsOutput(string format) =>
        $"--to {format} writes a binary workbook: name the file with -o <out.{format}>, or write it to standard output with -o -.";

    /// <summary>The one line <c>convert</c> writes about the reader's findings.</summary>
    public static string ReaderSummary(int forms, string source, int errors, int warnings, int infos) => string.Create(
        CultureInfo.InvariantCulture,
        $"read {Plural(forms, "form")} from {source}: {Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")} from the reader{(errors + warnings + infos > 0 ? "; 'rkaconvert validate' lists them" : string.Empty)}.");

    /// <summary>The one line <c>convert</c> writes about JSON input (the reader did not run).</summary>
    public static string JsonSummary(int forms, string source) => string.Create(
        CultureInfo.InvariantCulture, $"read {Plural(forms, "form")} from {source} (JSON; the text reader did not run).");

    /// <summary>The count line under <c>validate</c>'s text output.</summary>
    public static string ValidateCounts(int errors, int warnings, int infos, int forms) =>
        $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")} in {Plural(forms, "form")}.";

    /// <summary>The title of the demonstration run.</summary>
    public static string SummaryTitle(string path, int forms) => string.Create(
        CultureInfo.InvariantCulture, $"RKA-SKPD 2.2.1 forms in {path} ({forms} forms)");

    /// <summary>The heading of the demonstration's diagnostics.</summary>
    public static string SummaryDiagnostics(int count) => string.Create(CultureInfo.InvariantCulture, $"Diagnostics ({count}):");

    /// <summary>The closing line of the demonstration run.</summary>
    public const string SummaryClosing = "This is a demonstration (exit code 0); run 'rkaconvert validate <file>' to check a document.";

    /// <summary>A bad terbilang argument.</summary>
    public static string NotAnAmountArgument(int index, string text, string? error) => string.Create(
        CultureInfo.InvariantCulture, $"argument {index} '{text}' is not an amount: {error} Write it like 551.204.390,00 or 120877500.");

    /// <summary>A bad terbilang input line.</summary>
    public static string NotAnAmountLine(long line, string text, string? error) => string.Create(
        CultureInfo.InvariantCulture, $"line {line} '{text}' is not an amount: {error} Write one amount a line, like 551.204.390,00 or 120877500.");

    private static string Plural(int count, string noun) => string.Create(
        CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 || string.Equals(noun, "info", StringComparison.Ordinal) ? string.Empty : "s")}");
}
