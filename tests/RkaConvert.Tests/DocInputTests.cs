using System;
using System.IO;
using Xunit;

namespace RkaConvert.Tests;

/// <summary>A Word 97-2003 document (<c>.doc</c>) is read by the CLI through <c>RkaTextReader</c>, whatever the file is
/// named, as its <c>.docx</c> is; a damaged one is a one-line usage error that says what to do.</summary>
public class DocInputTests
{
    private const string Document = "docx-2019-rka-skpd-221-kak";

    [Fact]
    public void A_doc_converts_to_the_forms_of_its_docx()
    {
        using var files = new TempFiles();
        string renamed = files.WriteBytes("unduhan.bin", File.ReadAllBytes(PathOf(Document + ".doc")));

        AppResult doc = AppRun.Of("convert", renamed, "--to", "text");
        AppResult docx = AppRun.Of("convert", PathOf(Document + ".docx"), "--to", "text");
        AppResult json = AppRun.Of("convert", PathOf(Document + ".doc"));

        Assert.Equal(0, doc.ExitCode);
        Assert.Equal(docx.Stdout, doc.Stdout);
        Assert.Equal(0, json.ExitCode);
        Assert.StartsWith("{", json.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"forms\"", json.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_on_a_doc_says_it_was_read_as_a_word_97_2003_document()
    {
        AppResult validated = AppRun.Of("validate", PathOf(Document + ".doc"), "--lang", "en");

        Assert.Contains(validated.StdoutLines, l => l.StartsWith("RKA021 info", StringComparison.Ordinal) && l.Contains("Word 97-2003", StringComparison.Ordinal));
        Assert.DoesNotContain(validated.StdoutLines, l => l.StartsWith("RKA001", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void A_damaged_doc_is_a_one_line_usage_error_that_says_to_save_it_as_docx(int part)
    {
        using var files = new TempFiles();
        byte[] bytes = File.ReadAllBytes(PathOf(Document + ".doc"));
        string path = files.WriteBytes("rusak.doc", bytes[..(bytes.Length / part)]);

        AppResult inEnglish = AppRun.Of("convert", path, "--lang", "en");
        AppResult inIndonesian = AppRun.Of("convert", path, "--lang", "id");

        Assert.Equal(2, inEnglish.ExitCode);
        Assert.Contains("Word", inEnglish.Stderr, StringComparison.Ordinal);
        Assert.Contains("save it as .docx", inEnglish.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", inEnglish.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("workbook", inEnglish.Stderr, StringComparison.Ordinal);
        Assert.Single(inEnglish.StderrLines);
        Assert.Equal(2, inIndonesian.ExitCode);
        Assert.Contains("simpan sebagai .docx", inIndonesian.Stderr, StringComparison.Ordinal);
    }

    private static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "data", "unseen", name);
}
