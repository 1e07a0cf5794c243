using System;
using System.Globalization;
using System.Text;
using RkaConvert.Resources;
using Rkaskpd.Validation;

namespace RkaConvert;

/// <summary>
/// Every text the command line shows a user (help, errors, summaries), in one place. Each error says what is wrong
/// and what to do; <see cref="RkaConvertApp"/> adds the <c>rkaconvert: </c> prefix.
/// </summary>
/// <remarks>
/// The messages about the user's input and findings come from <c>Resources/CliResources.resx</c> (English) and
/// <c>Resources/CliResources.id.resx</c> (Indonesian), in the language <c>--lang</c> chose (<see cref="Language"/>).
/// To add one: add the key with the same placeholders to both files, then a method here that formats
/// <c>CliResources.Key</c>; <c>CliResourcesTests</c> fails when a key or a placeholder exists in one language only.
/// The help texts are resources too (keys <c>Help*</c>), so <c>--help</c> speaks the chosen language; the headings
/// System.CommandLine writes (<c>Usage:</c>, <c>Options:</c>, ...) are translated by <see cref="HelpHeadings"/>.
/// </remarks>
internal static class CliMessages
{
    /// <summary>The command's name, as installed (<c>dotnet tool install rkaconvert</c>) and shown in help.</summary>
    public const string CommandName = "rkaconvert";

    /// <summary>The root command's help.</summary>
    public static string RootDescription => CliResources.HelpRoot;

    /// <summary>The help of <c>convert</c>.</summary>
    public static string ConvertDescription => CliResources.HelpConvert;

    /// <summary>The help of <c>validate</c>.</summary>
    public static string ValidateDescription => CliResources.HelpValidate;

    /// <summary>The help of <c>recap</c>.</summary>
    public static string RecapDescription => CliResources.HelpRecap;

    /// <summary>The help of <c>terbilang</c>.</summary>
    public static string TerbilangDescription => CliResources.HelpTerbilang;

    /// <summary>The help of a command's file argument.</summary>
    public static string FileArgument => CliResources.HelpFileArgument;

    /// <summary>The help of <c>convert --to</c>.</summary>
    public static string ConvertFormat => CliResources.HelpConvertFormat;

    /// <summary>The help of <c>recap --to</c>.</summary>
    public static string RecapFormat => CliResources.HelpRecapFormat;

    /// <summary>The help of <c>validate --format</c>.</summary>
    public static string ValidateFormat => CliResources.HelpValidateFormat;

    /// <summary>The help of <c>-o</c>.</summary>
    public static string OutputOption => CliResources.HelpOutputOption;

    /// <summary>The help of <c>convert --quiet</c>.</summary>
    public static string QuietOption => CliResources.HelpQuietOption;

    /// <summary>The help of <c>convert --strict</c>.</summary>
    public static string StrictOption => CliResources.HelpStrictOption;

    /// <summary>The help of the terbilang amounts.</summary>
    public static string AmountArgument => CliResources.HelpAmountArgument;

    /// <summary>The help of <c>--lang</c>.</summary>
    public static string LanguageOption => CliResources.HelpLanguageOption;

    /// <summary>The help of <c>--help</c>.</summary>
    public static string HelpOption => CliResources.HelpHelpOption;

    /// <summary>The help of <c>--version</c>.</summary>
    public static string VersionOption => CliResources.HelpVersionOption;

    /// <summary>The summary table's column headings.</summary>
    public static string[] SummaryHeadings =>
    [
        CliResources.SummaryHeadingKegiatan, CliResources.SummaryHeadingAmount, CliResources.SummaryHeadingErrors,
        CliResources.SummaryHeadingWarnings,
    ];

    /// <summary>The summary table's total row label.</summary>
    public static string SummaryTotal => CliResources.SummaryTotal;

    /// <summary>The summary table's cell for a form without a kegiatan code.</summary>
    public static string NoKegiatanCode => CliResources.NoKegiatanCode;

    /// <summary>The summary table's cell for an amount that could not be read.</summary>
    public static string UnreadableAmount => CliResources.UnreadableAmount;

    /// <summary>How messages name standard input.</summary>
    public static string StandardInput => CliResources.StandardInput;

    /// <summary>How messages name an input.</summary>
    /// <param name="path">The path given, or <c>-</c>.</param>
    /// <returns>The quoted path, or "standard input".</returns>
    public static string SourceName(string path) => path == "-" ? StandardInput : $"'{path}'";

    /// <summary>A parse error of the command line.</summary>
    public static string BadUsage(string problem, string helpCommand) => Format(CliResources.BadUsage, problem, helpCommand);

    /// <summary>The command line could not be parsed, without a more precise reason.</summary>
    public static string InvalidCommandLine => CliResources.InvalidCommandLine;

    /// <summary>A format value that is not among the accepted ones.</summary>
    public static string UnknownFormat(string value, string option, string[] formats) =>
        Format(CliResources.UnknownFormat, value, option, string.Join(", ", formats));

    /// <summary>A <c>--lang</c> value that is not <c>id</c> or <c>en</c>.</summary>
    public static string UnknownLanguage(string value) => Format(CliResources.UnknownLanguage, value);

    /// <summary>A failure nobody expected.</summary>
    public static string Unexpected(string type, string message) => Format(CliResources.Unexpected, type, message);

    /// <summary>A missing input file.</summary>
    public static string FileNotFound(string path) => Format(CliResources.FileNotFound, path);

    /// <summary>A folder given as the input.</summary>
    public static string IsFolder(string path) => Format(CliResources.IsFolder, path);

    /// <summary>An input that exists but cannot be read.</summary>
    public static string CannotRead(string source, string detail) => Format(CliResources.CannotRead, source, detail);

    /// <summary>An output that cannot be written.</summary>
    public static string CannotWrite(string path, string detail) => Format(CliResources.CannotWrite, path, detail);

    /// <summary>A binary input.</summary>
    public static string Binary(string source) => Format(CliResources.Binary, source);

    /// <summary>A PDF input (recognised by its <c>%PDF-</c> header).</summary>
    public static string Pdf(string source, string problem) => Format(CliResources.Pdf, source, problem);

    /// <summary>A zip input that is not a readable Word or Excel file.</summary>
    public static string Office(string source, string problem) => Format(CliResources.Office, source, problem);

    /// <summary>An input without any form.</summary>
    public static string NoForm(string source, string code) => Format(CliResources.NoForm, source, code);

    /// <summary>Malformed JSON input.</summary>
    public static string BadJson(string source, long? line, string detail) => line is { } l
        ? Format(CliResources.BadJsonAtLine, source, l + 1, detail)
        : Format(CliResources.BadJson, source, detail);

    /// <summary>A binary format asked for without an output.</summary>
    public static string BinaryNeedsOutput(string format) => Format(CliResources.BinaryNeedsOutput, format);

    /// <summary>The one line <c>convert</c> writes about the reader's findings.</summary>
    public static string ReaderSummary(int forms, string source, int errors, int warnings, int infos) => Format(
        errors + warnings + infos > 0 ? CliResources.ReaderSummaryWithFindings : CliResources.ReaderSummary,
        Forms(forms), source, Errors(errors), Warnings(warnings), Infos(infos));

    /// <summary>The one line <c>convert</c> writes about JSON input (the reader did not run).</summary>
    public static string JsonSummary(int forms, string source) => Format(CliResources.JsonSummary, Forms(forms), source);

    /// <summary>The count line under <c>validate</c>'s text output.</summary>
    public static string ValidateCounts(int errors, int warnings, int infos, int forms) =>
        Format(CliResources.ValidateCounts, Errors(errors), Warnings(warnings), Infos(infos), Forms(forms));

    /// <summary>The title of the demonstration run.</summary>
    public static string SummaryTitle(string path, int forms) => Format(CliResources.SummaryTitle, path, forms);

    /// <summary>The heading of the demonstration's diagnostics.</summary>
    public static string SummaryDiagnostics(int count) => Format(CliResources.SummaryDiagnostics, count);

    /// <summary>The closing line of the demonstration run.</summary>
    public static string SummaryClosing => CliResources.SummaryClosing;

    /// <summary>A bad terbilang argument.</summary>
    public static string NotAnAmountArgument(int index, string text, string? error) =>
        Format(CliResources.NotAnAmountArgument, index, text, error);

    /// <summary>A bad terbilang input line.</summary>
    public static string NotAnAmountLine(long line, string text, string? error) =>
        Format(CliResources.NotAnAmountLine, line, text, error);

    /// <summary>One diagnostic on one line, laid out as <see cref="Diagnostic.ToString"/> does
    /// (<c>RKA201 error 3.05.3.05.09.39.007 amounts.currentYear.terbilang (line 350): ...</c>) with the severity and the
    /// word for line in the chosen language.</summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The line.</returns>
    public static string DiagnosticLine(Diagnostic diagnostic)
    {
        var builder = new StringBuilder();
        builder.Append(diagnostic.Code).Append(' ').Append(diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => CliResources.SeverityError,
            DiagnosticSeverity.Warning => CliResources.SeverityWarning,
            _ => CliResources.SeverityInfo,
        });
        if (diagnostic.Kegiatan is not null)
        {
            builder.Append(' ').Append(diagnostic.Kegiatan);
        }

        if (!string.IsNullOrEmpty(diagnostic.Path))
        {
            builder.Append(' ').Append(diagnostic.Path);
        }

        if (diagnostic.Line is { } line)
        {
            builder.Append(" (").Append(Format(CliResources.DiagnosticLine, line)).Append(')');
        }

        return builder.Append(": ").Append(diagnostic.Message).ToString();
    }

    private static string Forms(int count) => Format(count == 1 ? CliResources.CountFormOne : CliResources.CountFormOther, count);

    private static string Errors(int count) => Format(count == 1 ? CliResources.CountErrorOne : CliResources.CountErrorOther, count);

    private static string Warnings(int count) => Format(count == 1 ? CliResources.CountWarningOne : CliResources.CountWarningOther, count);

    private static string Infos(int count) => Format(CliResources.CountInfo, count);

    private static string Format(string template, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, template, args);
}
