using System;
using Xunit;

namespace RkaConvert.Tests;

/// <summary>Format names are matched without regard to case; unknown ones are a usage error naming the choices.</summary>
public class FormatNamesTests
{
    [Theory]
    [InlineData("convert", "--to", "JSON", "json")]
    [InlineData("convert", "--to", "Markdown", "markdown")]
    [InlineData("convert", "-t", "HTML", "html")]
    [InlineData("convert", "--to", "Text", "text")]
    [InlineData("recap", "--to", "JSON", "json")]
    [InlineData("recap", "--format", "MarkDown", "markdown")]
    [InlineData("recap", "-f", "Html", "html")]
    [InlineData("validate", "--format", "JSON", "json")]
    public void Any_case_gives_the_same_output(string command, string option, string written, string canonical)
    {
        AppResult expected = AppRun.Of(command, TempFiles.SeedPath, option, canonical);

        AppResult actual = AppRun.Of(command, TempFiles.SeedPath, option, written);

        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.NotEmpty(actual.Stdout);
    }

    [Fact]
    public void Xlsx_in_capitals_is_accepted()
    {
        using var files = new TempFiles();
        string path = files.PathOf("seed.xlsx");

        AppResult result = AppRun.Of("convert", TempFiles.SeedPath, "--to", "XLSX", "-o", path);

        Assert.Equal(0, result.ExitCode);
        Assert.True(new System.IO.FileInfo(path).Length > 0);
    }

    [Theory]
    [InlineData("convert", "--to")]
    [InlineData("recap", "--format")]
    [InlineData("validate", "--format")]
    public void An_unknown_format_is_a_usage_error_listing_the_formats(string command, string option)
    {
        AppResult result = AppRun.Of(command, TempFiles.SeedPath, option, "pdf");

        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.StderrLines);
        Assert.Contains("'pdf' is not a format", line, StringComparison.Ordinal);
        Assert.Contains("json", line, StringComparison.Ordinal);
        Assert.Contains($"rkaconvert {command} --help", line, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}
