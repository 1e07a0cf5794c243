using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace RkaConvert.Tests;

public class ConvertCommandTests
{
    [Fact]
    public void Seed_converts_to_json_with_11_forms_string_codes_and_numeric_amounts()
    {
        AppResult result = AppRun.Of("convert", TempFiles.SeedPath);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("rkaconvert: read 11 forms from '", Assert.Single(result.StderrLines), StringComparison.Ordinal);
        using JsonDocument json = JsonDocument.Parse(result.Stdout);
        JsonElement[] forms = json.RootElement.GetProperty("forms").EnumerateArray().ToArray();
        Assert.Equal(11, forms.Length);
        Assert.Equal(SeedFacts.KegiatanCodes, forms.Select(KegiatanOf));
        Assert.All(forms, form => Assert.Equal(JsonValueKind.Number, CurrentYearAmountOf(form).ValueKind));
        Assert.Equal(551_204_390m, CurrentYearAmountOf(forms[0]).GetDecimal());
        Assert.Equal(1_170_027_840m, forms.Sum(f => CurrentYearAmountOf(f).GetDecimal()));
    }

    [Fact]
    public void Json_converts_to_identical_json()
    {
        using var files = new TempFiles();
        string first = AppRun.Of("convert", TempFiles.SeedPath).Stdout;
        string path = files.Write("seed.json", first);

        AppResult second = AppRun.Of("convert", path, "--to", "json");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first, second.Stdout);
    }

    [Fact]
    public void Seed_to_text_to_json_gives_the_same_forms()
    {
        using var files = new TempFiles();
        AppResult text = AppRun.Of("convert", TempFiles.SeedPath, "--to", "text");
        Assert.Equal(0, text.ExitCode);
        string textPath = files.Write("canonical.txt", text.Stdout);

        AppResult viaText = AppRun.Of("convert", textPath);
        AppResult direct = AppRun.Of("convert", TempFiles.SeedPath);

        Assert.Equal(0, viaText.ExitCode);
        using JsonDocument a = JsonDocument.Parse(direct.Stdout);
        using JsonDocument b = JsonDocument.Parse(viaText.Stdout);
        JsonElement[] directForms = a.RootElement.GetProperty("forms").EnumerateArray().ToArray();
        JsonElement[] textForms = b.RootElement.GetProperty("forms").EnumerateArray().ToArray();
        Assert.Equal(directForms.Select(KegiatanOf), textForms.Select(KegiatanOf));
        Assert.Equal(
            directForms.Select(f => CurrentYearAmountOf(f).GetDecimal()),
            textForms.Select(f => CurrentYearAmountOf(f).GetDecimal()));
        Assert.Equal(directForms.Select(f => f.GetProperty("amounts").GetRawText()), textForms.Select(f => f.GetProperty("amounts").GetRawText()));
        Assert.Equal(directForms.Select(f => f.GetProperty("indicators").GetRawText()), textForms.Select(f => f.GetProperty("indicators").GetRawText()));
    }

    [Fact]
    public void Seed_converts_to_markdown_naming_every_kegiatan()
    {
        AppResult result = AppRun.Of("convert", TempFiles.SeedPath, "--to", "markdown");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(result.StdoutLines, l => l.StartsWith('#'));
        Assert.Contains(result.StdoutLines, l => l.StartsWith('|'));
        foreach (string code in SeedFacts.KegiatanCodes)
        {
            Assert.Contains(code, result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Output_option_writes_the_file_and_nothing_to_stdout()
    {
        using var files = new TempFiles();
        string output = files.PathOf("out.json");

        AppResult result = AppRun.Of("convert", TempFiles.SeedPath, "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Stdout);
        Assert.Equal(AppRun.Of("convert", TempFiles.SeedPath).Stdout, File.ReadAllText(output));
    }

    [Fact]
    public void Json_on_standard_output_is_utf8_without_a_byte_order_mark_after_what_the_stream_held()
    {
        using var bytes = new MemoryStream();
        bytes.Write("before "u8);
        int code = RkaConvertApp.Run(["convert", TempFiles.SeedPath], Stream.Null, bytes, TextWriter.Null);

        Assert.Equal(0, code);
        byte[] written = bytes.ToArray();
        Assert.Equal("before " + AppRun.Of("convert", TempFiles.SeedPath).Stdout, new UTF8Encoding(false, true).GetString(written));
        Assert.Equal((byte)'{', written["before "u8.Length]);
    }

    [Fact]
    public void An_unwritable_output_is_a_one_line_error_with_exit_code_2()
    {
        using var files = new TempFiles();
        string output = Path.Combine(files.Folder, "missing-folder", "out.json");

        AppResult result = AppRun.Of("convert", TempFiles.SeedPath, "-o", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("cannot write", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    private static string? KegiatanOf(JsonElement form) => FindKegiatan(form);

    private static string? FindKegiatan(JsonElement form)
    {
        JsonElement kegiatan = form.GetProperty("header").GetProperty("kegiatan");
        return kegiatan.ValueKind == JsonValueKind.String
            ? kegiatan.GetString()
            : (kegiatan.TryGetProperty("code", out JsonElement code) && code.ValueKind == JsonValueKind.String ? code.GetString() : kegiatan.GetProperty("codeText").GetString());
    }

    private static JsonElement CurrentYearAmountOf(JsonElement form) =>
        form.GetProperty("amounts").GetProperty("currentYear").GetProperty("amount");
}
