using System;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace RkaConvert.Tests;

public class SummaryCommandTests
{
    [Fact]
    public void Default_run_prints_every_kegiatan_the_total_and_the_diagnostics_and_exits_0()
    {
        AppResult result = AppRun.Of();

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stderr);
        foreach (string code in SeedFacts.KegiatanCodes)
        {
            Assert.Contains(result.StdoutLines, line => line.StartsWith(code, StringComparison.Ordinal));
        }

        string total = Assert.Single(result.StdoutLines, line => line.StartsWith("Total", StringComparison.Ordinal));
        Assert.Contains(SeedFacts.YearNTotal, total, StringComparison.Ordinal);
        Assert.Contains(result.StdoutLines, line => line.StartsWith("RKA201 error 3.05.3.05.09.39.007", StringComparison.Ordinal));
    }

    [Fact]
    public void Default_run_prints_the_same_diagnostics_as_validate()
    {
        AppResult summary = AppRun.Of();
        AppResult validate = AppRun.Of("validate", TempFiles.SeedPath);

        string[] diagnostics = validate.StdoutLines.Where(IsDiagnostic).ToArray();
        Assert.NotEmpty(diagnostics);
        Assert.Equal(diagnostics, summary.StdoutLines.Where(IsDiagnostic));
    }

    private static bool IsDiagnostic(string line) => Regex.IsMatch(line, "^RKA[0-9]{3} ");

    [Fact]
    public void Help_says_the_default_run_is_a_demonstration_that_exits_0()
    {
        AppResult result = AppRun.Of("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("exits 0", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("convert", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("validate", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("terbilang", result.Stdout, StringComparison.Ordinal);
    }
}
