using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace RkaConvert.Tests;

public class ConvertPrintAndSpreadsheetTests
{
    [Fact]
    public void Seed_converts_to_self_contained_html_with_one_page_per_form()
    {
        AppResult result = AppRun.Of("convert", TempFiles.SeedPath, "--to", "html");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", result.Stdout.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", result.Stdout, StringComparison.OrdinalIgnoreCase);
        Assert.All(SeedFacts.KegiatanCodes, code => Assert.Contains(code, result.Stdout, StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_converts_to_an_xlsx_workbook_with_one_sheet_per_form_and_the_recap()
    {
        using var files = new TempFiles();
        string path = files.PathOf("seed.xlsx");

        AppResult result = AppRun.Of("convert", TempFiles.SeedPath, "--to", "xlsx", "-o", path);

        Assert.Equal(0, result.ExitCode);
        using ZipArchive zip = ZipFile.OpenRead(path);
        Assert.Equal(12, zip.Entries.Count(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)));
    }

    [Fact]
    public void Xlsx_without_an_output_file_is_a_usage_error()
    {
        AppResult result = AppRun.Of("convert", TempFiles.SeedPath, "--to", "xlsx");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("-o", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}
