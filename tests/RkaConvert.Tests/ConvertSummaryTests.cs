using System;
using System.IO;
using System.Linq;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace RkaConvert.Tests;

/// <summary><c>convert</c> writes one line to standard error counting the reader's findings by severity; <c>--quiet</c>
/// silences it and <c>--strict</c> turns a reader error into exit code 1.</summary>
public class ConvertSummaryTests
{
    /// <summary>A form with a kegiatan but no amounts, indicators or KAK: the reader reports it incomplete (RKA002, an error).</summary>
    private const string IncompleteForm = "Urusan Pemerintahan : 1.01 Pendidikan\nKegiatan : 1.01.1.01.01.01 Contoh kegiatan\n";

    [Fact]
    public void The_summary_counts_the_readers_findings_of_the_seed_by_severity()
    {
        RkaReadResult read = RkaTextReader.Read(File.ReadAllText(TempFiles.SeedPath));
        int errors = read.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        int warnings = read.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
        int infos = read.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info);
        Assert.True(warnings + infos > 0);

        AppResult result = AppRun.Of("convert", TempFiles.SeedPath);

        Assert.Equal(
            $"rkaconvert: read 11 forms from '{TempFiles.SeedPath}': {Counted(errors, "error")}, {Counted(warnings, "warning")}, {infos} info from the reader; 'rkaconvert validate' lists them.",
            Assert.Single(result.StderrLines));
    }

    [Fact]
    public void Quiet_writes_nothing_to_standard_error()
    {
        AppResult result = AppRun.Of("convert", TempFiles.SeedPath, "--quiet");

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Equal(AppRun.Of("convert", TempFiles.SeedPath).Stdout, result.Stdout);
    }

    [Fact]
    public void A_reader_error_is_counted_and_exits_1_only_with_strict()
    {
        using var files = new TempFiles();
        string path = files.Write("incomplete.txt", IncompleteForm);

        AppResult lenient = AppRun.Of("convert", path);
        AppResult strict = AppRun.Of("convert", path, "--strict");
        AppResult quietStrict = AppRun.Of("convert", path, "--strict", "-q");

        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("1 error,", Assert.Single(lenient.StderrLines), StringComparison.Ordinal);
        Assert.Equal(1, strict.ExitCode);
        Assert.Equal(lenient.Stdout, strict.Stdout);
        Assert.NotEmpty(strict.Stdout);
        Assert.Equal(1, quietStrict.ExitCode);
        Assert.Empty(quietStrict.Stderr);
    }

    [Fact]
    public void Strict_on_a_document_without_reader_errors_exits_0()
    {
        AppResult result = AppRun.Of("convert", TempFiles.SeedPath, "--strict");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(" 0 errors,", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_input_says_the_reader_did_not_run()
    {
        using var files = new TempFiles();
        string json = files.Write("seed.json", AppRun.Of("convert", TempFiles.SeedPath).Stdout);

        AppResult result = AppRun.Of("convert", json, "--strict");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"rkaconvert: read 11 forms from '{json}' (JSON; the text reader did not run).", Assert.Single(result.StderrLines));
    }

    private static string Counted(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
