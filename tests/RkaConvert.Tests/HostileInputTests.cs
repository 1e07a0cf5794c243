using System;
using System.Text;
using Xunit;

namespace RkaConvert.Tests;

public class HostileInputTests
{
    public static TheoryData<string> Commands => new() { "convert", "validate", "recap" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Empty_file(string command) => AssertUnusable(files => files.Write("empty.txt", string.Empty), command, "no RKA-SKPD");

    [Theory]
    [MemberData(nameof(Commands))]
    public void White_space_only(string command) => AssertUnusable(files => files.Write("blank.txt", " \n\t\r\n  "), command, "no RKA-SKPD");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Prose_that_is_not_a_form(string command) =>
        AssertUnusable(files => files.Write("prose.txt", "Dear reader,\nthis is a letter, not a budget form.\n"), command, "no RKA-SKPD");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Bytes_that_are_not_utf8_are_read_as_Windows_1252_and_then_hold_no_form(string command) =>
        AssertUnusable(files => files.WriteBytes("latin1.txt", [0x4B, 0x65, 0x67, 0x69, 0x61, 0x74, 0x61, 0x6E, 0xE9, 0xFF, 0xFE, 0x0A]), command, "no RKA-SKPD");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Binary_bytes_that_happen_to_be_valid_utf8(string command) =>
        AssertUnusable(files => files.WriteBytes("zeros.bin", [0x00, 0x01, 0x02, 0x00, 0x41, 0x00, 0x0A]), command, "binary");

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_pdf_is_recognised_by_its_content(string command) =>
        AssertUnusable(files => files.WriteBytes("forms.txt", [.. "%PDF-1.7\n%\u00E2\u00E3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8]), command, "is a PDF document");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Missing_file(string command) => AssertUnusable(files => files.PathOf("does-not-exist.txt"), command, "not found");

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_folder_instead_of_a_file(string command) => AssertUnusable(files => files.Folder, command, "is a folder, not a file");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Truncated_json(string command) =>
        AssertUnusable(files => files.Write("bad.json", "{ \"forms\": [ { \"header\": "), command, "JSON");

    [Theory]
    [MemberData(nameof(Commands))]
    public void Json_of_the_wrong_shape(string command) =>
        AssertUnusable(files => files.Write("wrong.json", "{ \"forms\": 42 }"), command, "JSON");

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("convert")]
    [InlineData("validate")]
    [InlineData("convert", "a.txt", "--to", "pdf")]
    [InlineData("validate", "a.txt", "--bogus")]
    [InlineData("--nope")]
    public void Bad_usage_exits_2_with_one_line_saying_where_to_find_help(params string[] args)
    {
        AppResult result = AppRun.Of(args);

        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.StderrLines);
        Assert.Contains("--help", line, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }

    private static void AssertUnusable(Func<TempFiles, string> arrange, string command, string expected)
    {
        using var files = new TempFiles();
        string path = arrange(files);

        AppResult result = AppRun.Of(command, path);

        Assert.Equal(2, result.ExitCode);
        string line = Assert.Single(result.StderrLines);
        Assert.StartsWith("rkaconvert: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.Stdout);
    }
}
