using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace RkaConvert.Tests;

/// <summary><c>-</c> is standard input for every command that reads a file, and standard output for <c>-o</c>.</summary>
public class StandardStreamsTests
{
    private static readonly Lazy<byte[]> SeedBytes = new(() => File.ReadAllBytes(TempFiles.SeedPath));

    [Theory]
    [InlineData("convert")]
    [InlineData("validate")]
    [InlineData("recap")]
    public void A_dash_reads_the_document_from_standard_input(string command)
    {
        AppResult fromFile = AppRun.Of(command, TempFiles.SeedPath);

        AppResult fromStdin = AppRun.WithInputBytes(SeedBytes.Value, command, "-");

        Assert.Equal(fromFile.ExitCode, fromStdin.ExitCode);
        Assert.Equal(fromFile.Stdout, fromStdin.Stdout);
    }

    [Fact]
    public void The_summary_names_standard_input()
    {
        AppResult result = AppRun.WithInputBytes(SeedBytes.Value, "convert", "-");

        Assert.StartsWith("rkaconvert: read 11 forms from standard input:", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_on_standard_input_converts_back()
    {
        AppResult json = AppRun.Of("convert", TempFiles.SeedPath);

        AppResult again = AppRun.WithInput(json.Stdout, "convert", "-", "--to", "json");

        Assert.Equal(0, again.ExitCode);
        Assert.Equal(json.Stdout, again.Stdout);
    }

    [Fact]
    public void Empty_standard_input_holds_no_form()
    {
        AppResult result = AppRun.Of("convert", "-");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("standard input holds no RKA-SKPD", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("convert", "json")]
    [InlineData("convert", "markdown")]
    [InlineData("recap", "text")]
    [InlineData("recap", "html")]
    public void Output_dash_writes_to_standard_output_and_creates_no_file(string command, string format)
    {
        using var files = new TempFiles();
        string dash = Path.Combine(Environment.CurrentDirectory, "-");
        bool existed = File.Exists(dash);

        AppResult result = AppRun.Of(command, TempFiles.SeedPath, "--to", format, "-o", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(AppRun.Of(command, TempFiles.SeedPath, "--to", format).Stdout, result.Stdout);
        Assert.False(!existed && File.Exists(dash), "a file named '-' was written");
    }

    [Theory]
    [InlineData("convert", 12)] // 11 forms and the recap
    [InlineData("recap", 1)]
    public void Xlsx_to_output_dash_writes_the_workbook_bytes_to_standard_output(string command, int sheets)
    {
        AppResult result = AppRun.Of(command, TempFiles.SeedPath, "--to", "xlsx", "-o", "-");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal((byte)'P', result.StdoutBytes[0]);
        Assert.Equal((byte)'K', result.StdoutBytes[1]);
        using var zip = new ZipArchive(new MemoryStream(result.StdoutBytes), ZipArchiveMode.Read);
        Assert.Equal(sheets, zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)));
    }
}
