using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace RkaConvert.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void Seed_has_errors_so_the_exit_code_is_1()
    {
        AppResult result = AppRun.Of("validate", TempFiles.SeedPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stderr);
        Assert.Contains(result.StdoutLines, l => l.StartsWith("RKA201 error 3.05.3.05.09.39.007", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, l => l.StartsWith("RKA202 warning", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_without_errors_exits_0()
    {
        using var files = new TempFiles();
        string path = files.Write("ok.txt", SeedWithoutTheWrongTerbilang());

        AppResult result = AppRun.Of("validate", path);

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(result.StdoutLines, l => l.Contains(" error ", StringComparison.Ordinal));
        Assert.Contains(result.StdoutLines, l => l.StartsWith("RKA", StringComparison.Ordinal)); // warnings remain
    }

    [Fact]
    public void Json_format_is_an_array_of_diagnostic_objects()
    {
        AppResult result = AppRun.Of("validate", TempFiles.SeedPath, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        JsonElement[] items = json.RootElement.EnumerateArray().ToArray();
        Assert.NotEmpty(items);
        foreach (JsonElement item in items)
        {
            Assert.Matches("^RKA[0-9]{3}$", item.GetProperty("code").GetString());
            Assert.Contains(item.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.True(item.GetProperty("kegiatan").ValueKind is JsonValueKind.String or JsonValueKind.Null);
            Assert.False(string.IsNullOrEmpty(item.GetProperty("message").GetString()));
            Assert.True(item.TryGetProperty("path", out _));
            Assert.True(item.TryGetProperty("line", out _));
        }

        JsonElement wrong = Assert.Single(items, i => i.GetProperty("code").GetString() == "RKA201");
        Assert.Equal("error", wrong.GetProperty("severity").GetString());
        Assert.Equal("3.05.3.05.09.39.007", wrong.GetProperty("kegiatan").GetString());
        Assert.Equal(JsonValueKind.Number, wrong.GetProperty("line").ValueKind);
        Assert.Contains(items, i => i.GetProperty("kegiatan").ValueKind == JsonValueKind.Null); // RKA103 is about the document
    }

    [Fact]
    public void Text_and_json_formats_report_the_same_diagnostics()
    {
        AppResult text = AppRun.Of("validate", TempFiles.SeedPath);
        AppResult json = AppRun.Of("validate", TempFiles.SeedPath, "--format", "json");

        using JsonDocument parsed = JsonDocument.Parse(json.Stdout);
        string[] codes = parsed.RootElement.EnumerateArray().Select(i => i.GetProperty("code").GetString()!).ToArray();
        Assert.Equal(text.StdoutLines.Where(l => l.StartsWith("RKA", StringComparison.Ordinal)).Select(l => l[..6]), codes);
    }

    [Fact]
    public void Json_input_is_validated_by_the_rules()
    {
        using var files = new TempFiles();
        AppResult converted = AppRun.Of("convert", TempFiles.SeedPath);
        string path = files.Write("seed.json", converted.Stdout);

        AppResult result = AppRun.Of("validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.StdoutLines, l => l.StartsWith("RKA201 error 3.05.3.05.09.39.007", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_format_is_bad_usage()
    {
        AppResult result = AppRun.Of("validate", TempFiles.SeedPath, "--format", "xml");

        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.StderrLines);
        Assert.Empty(result.Stdout);
    }

    private static string SeedWithoutTheWrongTerbilang() => TempFiles.SeedText.Replace(
        "(TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA RATUS)",
        "(TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA PULUH RUPIAH)",
        StringComparison.Ordinal);
}
