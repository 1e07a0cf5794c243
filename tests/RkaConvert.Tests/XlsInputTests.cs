using System;
using System.IO;
using System.Linq;
using Xunit;

namespace RkaConvert.Tests;

/// <summary>An Excel 97-2003 workbook (<c>.xls</c>) is read by the CLI through <c>RkaXlsReader</c>, whatever the file is
/// named, as its <c>.xlsx</c> is: the same JSON, the same findings but the note naming the format, the same summary; a
/// damaged one is a usage error that says why, without a stack trace.</summary>
public class XlsInputTests
{
    public static TheoryData<string> Workbooks => new()
    {
        "simda-2016-rka-skpd-221-workbook",
        "calc-2019-rka-skpd-221-defects",
    };

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void An_xls_converts_to_the_json_of_its_xlsx(string workbook)
    {
        AppResult xls = AppRun.Of("convert", PathOf(workbook + ".xls"));
        AppResult xlsx = AppRun.Of("convert", PathOf(workbook + ".xlsx"));

        Assert.Equal(0, xls.ExitCode);
        Assert.StartsWith("{", xls.Stdout, StringComparison.Ordinal);
        Assert.Equal(xlsx.Stdout, xls.Stdout);
    }

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Validate_on_an_xls_finds_what_it_finds_on_its_xlsx_and_says_how_it_was_read(string workbook)
    {
        using var files = new TempFiles();
        string renamed = files.WriteBytes("download.bin", File.ReadAllBytes(PathOf(workbook + ".xls")));

        AppResult xls = AppRun.Of("validate", renamed, "--lang", "en");
        AppResult xlsx = AppRun.Of("validate", PathOf(workbook + ".xlsx"), "--lang", "en");

        Assert.Equal(xlsx.ExitCode, xls.ExitCode);
        Assert.Contains(xls.StdoutLines, l => l.StartsWith("RKA022 info", StringComparison.Ordinal) && l.Contains("(.xls)", StringComparison.Ordinal));
        Assert.Equal(
            xlsx.StdoutLines.Where(l => !l.StartsWith("RKA022", StringComparison.Ordinal)),
            xls.StdoutLines.Where(l => !l.StartsWith("RKA022", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_summary_of_an_xls_counts_what_the_summary_of_its_xlsx_counts()
    {
        const string workbook = "simda-2016-rka-skpd-221-workbook";

        AppResult xls = AppRun.Of("convert", PathOf(workbook + ".xls"), "--to", "markdown", "--lang", "en");
        AppResult xlsx = AppRun.Of("convert", PathOf(workbook + ".xlsx"), "--to", "markdown", "--lang", "en");

        Assert.Equal(0, xls.ExitCode);
        Assert.Equal(xlsx.Stdout, xls.Stdout);
        string summary = Assert.Single(xls.StderrLines);
        Assert.StartsWith("rkaconvert: read 3 forms", summary, StringComparison.Ordinal);
        Assert.Equal(Assert.Single(xlsx.StderrLines).Replace(".xlsx", ".xls", StringComparison.Ordinal), summary);
    }

    [Fact]
    public void A_damaged_xls_is_a_usage_error_naming_the_format_in_either_language()
    {
        using var files = new TempFiles();
        byte[] bytes = File.ReadAllBytes(PathOf("calc-2019-rka-skpd-221-defects.xls"));
        string path = files.WriteBytes("rusak.xls", bytes[..9000]); // the directory, at the file's end, is cut off

        AppResult inEnglish = AppRun.Of("convert", path, "--lang", "en");
        AppResult inIndonesian = AppRun.Of("validate", path, "--lang", "id");

        Assert.Equal(2, inEnglish.ExitCode);
        Assert.Contains("Excel 97-2003 workbook (.xls)", inEnglish.Stderr, StringComparison.Ordinal);
        Assert.Contains("damaged", inEnglish.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", inEnglish.Stderr, StringComparison.Ordinal);
        Assert.Single(inEnglish.StderrLines);
        Assert.Equal(2, inIndonesian.ExitCode);
        Assert.Contains("buku kerja Excel 97-2003 (.xls)", inIndonesian.Stderr, StringComparison.Ordinal);
    }

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "data", "unseen", name);
}
