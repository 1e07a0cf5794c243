using System;
using System.Linq;
using System.Text;
using Rkaskpd.Tests.Text.Layout;
using Xunit;

namespace RkaConvert.Tests;

/// <summary>A form saved from a spreadsheet as CSV is read by the CLI like its tab text: the command does not go by the
/// file's extension, and <c>validate</c> says the text was read as CSV (RKA018).</summary>
public class CsvInputTests
{
    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    public void The_seed_saved_as_csv_converts_to_the_same_json_and_validate_says_it_was_read_as_csv(char delimiter)
    {
        using var files = new TempFiles();
        string csv = CsvTransform.ToCsv(TempFiles.SeedText, delimiter, multiLineCells: true);
        string path = files.WriteBytes("rka-skpd-221.csv", [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(csv)]);

        AppResult converted = AppRun.Of("convert", path);
        AppResult validated = AppRun.Of("validate", path, "--lang", "en");

        Assert.Equal(0, converted.ExitCode);
        Assert.Equal(AppRun.Of("convert", TempFiles.SeedPath).Stdout, converted.Stdout);
        Assert.Contains(validated.StdoutLines, l => l.StartsWith("RKA018 info", StringComparison.Ordinal) && l.Contains("'" + delimiter + "'", StringComparison.Ordinal));
        string[] expected = AppRun.Of("validate", TempFiles.SeedPath, "--lang", "en").StdoutLines;
        string[] found = [.. validated.StdoutLines.Where(l => !l.StartsWith("RKA018", StringComparison.Ordinal))];
        Assert.Equal(expected[..^1], found[..^1]);
        Assert.Equal(expected[^1].Replace(" 3 info ", " 4 info ", StringComparison.Ordinal), found[^1]); // the summary counts the RKA018 note
    }
}
