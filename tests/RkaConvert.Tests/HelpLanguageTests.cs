using System;
using Xunit;

namespace RkaConvert.Tests;

/// <summary><c>--help</c> in the language of <c>--lang</c>: the descriptions, the options' help and the headings.</summary>
public class HelpLanguageTests
{
    [Fact]
    public void Root_help_is_indonesian_under_lang_id_and_english_under_lang_en()
    {
        AppResult id = AppRun.Of("--help", "--lang", "id");
        AppResult en = AppRun.Of("--help", "--lang", "en");

        Assert.Equal((0, 0), (id.ExitCode, en.ExitCode));
        Assert.Contains("rkaconvert: membaca, mengonversi, dan memeriksa formulir anggaran", id.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nCara pakai:\n", id.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\nOpsi:\n", id.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\nPerintah:\n", id.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("Tampilkan bantuan dan cara pakai.", id.Stdout, StringComparison.Ordinal);
        Assert.Contains("Bahasa pesan, hasil pemeriksaan, dan bantuan", id.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", id.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("reads, converts", id.Stdout, StringComparison.Ordinal);

        Assert.Contains("rkaconvert: reads, converts and validates", en.Stdout, StringComparison.Ordinal);
        Assert.Contains("Usage:", en.Stdout, StringComparison.Ordinal);
        Assert.Contains("Show help and usage information.", en.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("convert", "Format keluaran: json", "Argumen:")]
    [InlineData("recap", "per program, kegiatan, dan sub kegiatan", "Argumen:")]
    [InlineData("validate", "Memeriksa dokumen menurut aturan RKA", "Opsi:")]
    [InlineData("terbilang", "Jumlah uang dalam ejaan apa pun", "Argumen:")]
    public void Command_help_is_indonesian_under_lang_id(string command, string text, string heading)
    {
        AppResult result = AppRun.Of(command, "--help", "--lang", "id");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(text, result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n" + heading + "\n", result.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("rkaconvert " + command, result.Stdout, StringComparison.Ordinal);
    }
}
