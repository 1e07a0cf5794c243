using System;
using System.Linq;
using System.Text;
using Rkaskpd.Tests.Text.HtmlPage;
using Xunit;

namespace RkaConvert.Tests;

/// <summary>A form saved as an HTML page (from the budgeting system's print page, or from Word as a web page) is read
/// by the CLI like its text: the command goes by the file's content, not its extension, and <c>validate</c> says the
/// document was read as an HTML page (RKA020).</summary>
public class HtmlInputTests
{
    [Theory]
    [InlineData(HtmlPageStyle.Word, "rka-skpd-221.htm")]
    [InlineData(HtmlPageStyle.Minified, "rka-skpd-221.html")]
    public void The_seed_saved_as_a_page_converts_to_the_same_json_and_validate_says_it_was_read_as_html(HtmlPageStyle style, string name)
    {
        using var files = new TempFiles();
        string html = HtmlPageTransform.ToHtml(TempFiles.SeedText, style, multiLineCells: true);
        string path = files.WriteBytes(name, [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(html)]);

        AppResult converted = AppRun.Of("convert", path);
        AppResult validated = AppRun.Of("validate", path, "--lang", "en");

        Assert.Equal(0, converted.ExitCode);
        Assert.Equal(AppRun.Of("convert", TempFiles.SeedPath).Stdout, converted.Stdout);
        Assert.Contains(validated.StdoutLines, l => l.StartsWith("RKA020 info", StringComparison.Ordinal) && l.Contains("HTML page", StringComparison.Ordinal));
        string[] expected = AppRun.Of("validate", TempFiles.SeedPath, "--lang", "en").StdoutLines;
        string[] found = [.. validated.StdoutLines.Where(l => !l.StartsWith("RKA020", StringComparison.Ordinal))];
        Assert.Equal(expected[..^1], found[..^1]);
        Assert.Equal(expected[^1].Replace(" 3 info ", " 4 info ", StringComparison.Ordinal), found[^1]); // the summary counts the RKA020 note
    }

    [Fact]
    public void A_page_holding_no_form_is_reported_as_such()
    {
        using var files = new TempFiles();
        string path = files.WriteBytes("kosong.html", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><head><title>SIPD</title></head><body><p>Sesi Anda telah berakhir.</p></body></html>"));

        AppResult converted = AppRun.Of("convert", path, "--lang", "en");

        Assert.NotEqual(0, converted.ExitCode);
        Assert.Contains("RKA001", converted.Stderr, StringComparison.Ordinal);
    }
}
