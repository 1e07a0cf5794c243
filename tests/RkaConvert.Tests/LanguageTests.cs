using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace RkaConvert.Tests;

/// <summary><c>--lang id|en</c> on every command: the tool's messages and the library's diagnostics in one language.</summary>
public class LanguageTests
{
    [Fact]
    public void A_missing_file_is_reported_in_indonesian_under_lang_id()
    {
        using var files = new TempFiles();
        string path = files.PathOf("tidak-ada.txt");
        AppResult id = AppRun.Of("convert", path, "--lang", "id");
        AppResult en = AppRun.Of("convert", path, "--lang", "en");

        Assert.Equal((2, 2), (id.ExitCode, en.ExitCode));
        Assert.Equal("rkaconvert: berkas '" + path + "' tidak ditemukan: periksa lokasi berkasnya.", id.Stderr.Trim());
        Assert.Equal("rkaconvert: file '" + path + "' not found: check the path.", en.Stderr.Trim());
    }

    [Fact]
    public void Validate_prints_the_librarys_diagnostics_and_the_counts_in_indonesian()
    {
        AppResult id = AppRun.Of("validate", TempFiles.SeedPath, "--lang=id");
        AppResult en = AppRun.Of("validate", TempFiles.SeedPath);

        Assert.Equal((1, 1), (id.ExitCode, en.ExitCode));
        Assert.Equal(en.StdoutLines.Length, id.StdoutLines.Length);
        string terbilang = Assert.Single(id.StdoutLines, l => l.StartsWith("RKA201 ", StringComparison.Ordinal));
        Assert.StartsWith("RKA201 kesalahan 3.05.3.05.09.39.007 amounts.currentYear.terbilang (baris ", terbilang, StringComparison.Ordinal);
        Assert.Contains("tidak sesuai dengan jumlah", terbilang, StringComparison.Ordinal);
        Assert.StartsWith("RKA201 error 3.05.3.05.09.39.007 amounts.currentYear.terbilang (line ", Assert.Single(en.StdoutLines, l => l.StartsWith("RKA201 ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Matches(@"^\d+ kesalahan, \d+ peringatan, \d+ info dalam 11 formulir\.$", id.StdoutLines[^1]);
        Assert.Matches(@"^\d+ errors?, \d+ warnings?, \d+ info in 11 forms\.$", en.StdoutLines[^1]);
    }

    [Fact]
    public void The_json_keeps_codes_and_field_names_and_only_the_messages_change()
    {
        AppResult id = AppRun.Of("validate", TempFiles.SeedPath, "--format", "json", "--lang", "id");
        AppResult en = AppRun.Of("validate", TempFiles.SeedPath, "--format", "json", "--lang", "en");
        Assert.Contains("\"code\": \"RKA201\"", id.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"error\"", id.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(en.Stdout, id.Stdout);
        Assert.Equal(en.Stdout.Count(c => c == '\n'), id.Stdout.Count(c => c == '\n'));
    }

    [Fact]
    public void Convert_summarises_the_findings_in_indonesian()
    {
        AppResult id = AppRun.Of("convert", TempFiles.SeedPath, "--lang", "id");
        Assert.Equal(0, id.ExitCode);
        Assert.Matches(@"^rkaconvert: 11 formulir dibaca dari '.*': \d+ kesalahan, \d+ peringatan, \d+ info dari pembaca; 'rkaconvert validate' menampilkan rinciannya\.$", id.Stderr.Trim());
    }

    [Fact]
    public void A_bad_terbilang_amount_is_reported_in_indonesian()
    {
        AppResult id = AppRun.Of("terbilang", "--lang", "id", "12,3456");
        Assert.Equal(1, id.ExitCode);
        Assert.Equal(
            "rkaconvert: argumen ke-1 '12,3456' bukan jumlah uang: Jumlah tidak dapat dibaca pada indeks 5 ('5'): jumlah uang paling banyak dua angka sen di belakang koma. Tulis seperti 551.204.390,00 atau 120877500.",
            id.Stderr.Trim());
    }

    [Fact]
    public void An_unknown_language_is_bad_usage()
    {
        AppResult result = AppRun.Of("validate", TempFiles.SeedPath, "--lang", "fr");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'fr' is not a language of --lang: use id (Bahasa Indonesia) or en (English).", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_lang_the_ui_culture_decides_and_is_restored()
    {
        CultureInfo before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("id-ID");
            using var files = new TempFiles();
            AppResult result = AppRun.Of("validate", files.Folder);
            Assert.Contains("adalah folder, bukan berkas", result.Stderr, StringComparison.Ordinal);
            Assert.Equal("id-ID", CultureInfo.CurrentUICulture.Name);

            CultureInfo.CurrentUICulture = new CultureInfo("en-GB");
            Assert.Contains("is a folder, not a file", AppRun.Of("validate", files.Folder).Stderr, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Lang_after_a_double_dash_is_an_amount_not_an_option() =>
        Assert.Equal(1, AppRun.Of("terbilang", "--", "--lang").ExitCode);
}
