using System;
using System.Linq;
using Rkaskpd.Tests.Text.Office;
using Xunit;

namespace RkaConvert.Tests;

/// <summary>A form as a Word document or an Excel workbook is read by the CLI like its text, whatever the file is
/// named; a zip that is neither is a usage error that says why.</summary>
public class OfficeInputTests
{
    [Theory]
    [InlineData("rka-skpd-221.docx", true)]
    [InlineData("rka-skpd-221.xlsx", false)]
    [InlineData("rka-skpd-221.bin", true)]
    public void The_seed_as_docx_or_xlsx_converts_to_the_same_json_and_validate_says_how_it_was_read(string name, bool word)
    {
        using var files = new TempFiles();
        byte[] file = word ? OfficeFiles.Docx(TempFiles.SeedText, tables: true, multiLineCells: true) : OfficeFiles.Xlsx(TempFiles.SeedText);
        string path = files.WriteBytes(name, file);
        string code = word ? "RKA021" : "RKA022";

        AppResult converted = AppRun.Of("convert", path);
        AppResult validated = AppRun.Of("validate", path, "--lang", "en");

        Assert.Equal(0, converted.ExitCode);
        Assert.Equal(AppRun.Of("convert", TempFiles.SeedPath).Stdout, converted.Stdout);
        Assert.Contains(validated.StdoutLines, l => l.StartsWith(code + " info", StringComparison.Ordinal));
        string[] expected = AppRun.Of("validate", TempFiles.SeedPath, "--lang", "en").StdoutLines;
        string[] found = [.. validated.StdoutLines.Where(l => !l.StartsWith(code, StringComparison.Ordinal))];
        Assert.Equal(expected[..^1], found[..^1]);
    }

    [Fact]
    public void A_zip_that_is_not_an_office_file_is_a_usage_error_naming_the_reason()
    {
        using var files = new TempFiles();
        string path = files.WriteBytes("archive.docx", OfficeFiles.Zip(("notes.txt", "Program : 1.01")));

        AppResult result = AppRun.Of("convert", path, "--lang", "en");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("word/document.xml", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
    }
}
