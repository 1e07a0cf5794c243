using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace RkaConvert.Tests;

/// <summary>Files are read through the reader's bytes path: every encoding it recognises converts to the same JSON.</summary>
public class InputEncodingTests
{
    private static readonly Lazy<string> Seed = new(() => File.ReadAllText(TempFiles.SeedPath));

    public static TheoryData<string> Encodings => new() { "utf-8-bom", "utf-16le", "utf-16be", "utf-8-crlf", "utf-16le-cr" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_seed_in_any_encoding_converts_to_the_same_json(string encoding)
    {
        using var files = new TempFiles();
        string path = files.WriteBytes("seed.txt", Encode(Seed.Value, encoding));

        AppResult result = AppRun.Of("convert", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(AppRun.Of("convert", TempFiles.SeedPath).Stdout, result.Stdout);
    }

    [Fact]
    public void Windows_1252_converts_like_its_utf8_twin_and_validate_says_how_it_was_read()
    {
        using var files = new TempFiles();
        string text = Seed.Value.Replace('\u2192', '>');
        string utf8 = files.Write("seed-utf8.txt", text);
        Assert.All(text.Where(c => c >= 0x80), c => Assert.Equal('\u2014', c)); // the em dash is 0x97 in Windows-1252
        string ansi = files.WriteBytes("seed-1252.txt", [.. text.Select(c => c == '\u2014' ? (byte)0x97 : (byte)c)]);

        AppResult fromAnsi = AppRun.Of("convert", ansi);
        AppResult validated = AppRun.Of("validate", ansi);

        Assert.Equal(AppRun.Of("convert", utf8).Stdout, fromAnsi.Stdout);
        Assert.Contains(validated.StdoutLines, l => l.StartsWith("RKA013 info", StringComparison.Ordinal) && l.Contains("Windows-1252", StringComparison.Ordinal));
        Assert.DoesNotContain(AppRun.Of("validate", utf8).StdoutLines, l => l.StartsWith("RKA013", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_saved_as_utf16_converts_back()
    {
        using var files = new TempFiles();
        string json = AppRun.Of("convert", TempFiles.SeedPath).Stdout;
        string path = files.WriteBytes("seed.json", Encode(json, "utf-16le"));

        AppResult result = AppRun.Of("convert", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(json, result.Stdout);
    }

    [Fact]
    public void A_read_failure_is_a_one_line_cannot_read()
    {
        using var failing = new FailingStream(File.ReadAllBytes(TempFiles.SeedPath));

        UsageException thrown = Assert.Throws<UsageException>(() => DocumentLoader.Load(failing, "'x.txt'"));

        Assert.StartsWith("cannot read 'x.txt' (The disk went away.)", thrown.Message, StringComparison.Ordinal);
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        "utf-8-crlf" => Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal)),
        "utf-16le-cr" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text.Replace('\n', '\r'))],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    /// <summary>A seekable stream whose reads fail past its first block, as a failing disk would.</summary>
    private sealed class FailingStream(byte[] bytes) : MemoryStream(bytes, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) =>
            Position >= 8192 ? throw new IOException("The disk went away.") : base.Read(buffer, offset, Math.Min(count, 8192 - (int)Position));

        public override int Read(Span<byte> buffer) =>
            Position >= 8192 ? throw new IOException("The disk went away.") : base.Read(buffer[..Math.Min(buffer.Length, 8192 - (int)Position)]);
    }
}
