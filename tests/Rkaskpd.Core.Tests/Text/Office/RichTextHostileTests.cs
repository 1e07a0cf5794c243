using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Rkaskpd.Text;
using Rkaskpd.Text.Office;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>Rich Text Format files that are damaged or hostile: reading never throws nor hangs, memory stays within the
/// reader's limit, and a diagnostic says what happened.</summary>
public class RichTextHostileTests
{
    [Theory]
    [InlineData("{\\rtf1")]
    [InlineData("{\\rtf1\\ansi{\\fonttbl{\\f0 Arial;}}{\\*\\generator x;}}")]
    [InlineData("{\\rtf1{\\pict\\bin2147483647 ")]
    [InlineData("{\\rtf1 \\'\\u\\uc-5\\u99999999999999 \\u0 \\")]
    public void A_file_without_text_is_one_error_that_says_so(string rtf)
    {
        RkaReadResult result = RkaTextReader.Read(Encoding.Latin1.GetBytes(rtf));

        Diagnostic only = Assert.Single(result.Diagnostics);
        Assert.Equal(("RKA001", DiagnosticSeverity.Error), (only.Code, only.Severity));
        Assert.Contains("Rich Text Format", only.Message, StringComparison.Ordinal);
        Assert.Empty(result.Document.Forms);
    }

    [Fact]
    public void A_file_cut_short_is_read_to_its_end_and_says_so()
    {
        byte[] whole = RichTextFiles.Rtf(TestData.SeedText, tables: true);

        RkaReadResult result = RkaTextReader.Read(whole.AsSpan(0, whole.Length * 2 / 3));

        Assert.NotEmpty(result.Document.Forms);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA021" && d.Message.Contains("cut short", StringComparison.Ordinal));
    }

    [Fact]
    public void Ten_megabytes_of_open_braces_are_read_in_bounded_depth()
    {
        byte[] bytes = [.. "{\\rtf1 "u8, .. Enumerable.Repeat((byte)'{', 10 << 20), .. "x\\par"u8];

        RkaReadResult result = RkaTextReader.Read(bytes);

        Assert.Equal("RKA001", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Deep_nesting_leaves_out_only_the_text_deeper_than_the_limit()
    {
        int depth = RichTextBuilder.MaxDepth + 10;
        string rtf = "{\\rtf1 a" + new string('{', depth - 1) + "deep" + new string('}', depth - 1) + "b\\par}";

        Assert.Equal("ab\n", RichTextDocumentTests.Read(rtf).Text);
    }

    [Fact]
    public void A_huge_bin_skips_to_the_end_of_the_bytes_without_reading_them_into_memory()
    {
        OfficeText read = RichTextDocumentTests.Read("{\\rtf1 Sebelum\\par{\\pict\\bin999999999999 " + new string('x', 5000) + "}}");

        Assert.Equal("Sebelum\n", read.Text);
        Assert.Contains(read.Notes, n => n.Message.Contains("cut short", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_past_the_limit_is_not_read_and_is_reported()
    {
        string rtf = "{\\rtf1 " + string.Concat(Enumerable.Repeat("Program : 1.01\\par ", 2000)) + "}";

        OfficeText read = RichTextDocumentTests.Read(rtf, limit: 1000);

        Assert.True(read.Text!.Length <= 1000);
        Assert.Contains(read.Notes, n => n.Code == "RKA011");
    }

    [Fact]
    public void A_tall_narrow_frame_far_right_whose_words_each_pad_a_line_stops_at_the_limit()
    {
        // Each word wrapped onto a line of its own and padded out to a far column: 2 bytes of RTF made 1,025
        // characters of text before the layout counted them against the limit.
        var rtf = new StringBuilder("{\\rtf1 ");
        for (int i = 0; i < 25; i++)
        {
            rtf.Append(CultureInfo.InvariantCulture, $"\\pard\\posx0\\posy{i * 300}\\phpg\\pvpg\\absw2000 A\\par");
        }

        rtf.Append("\\pard\\posx2000000\\posy9000\\phpg\\pvpg\\absw100\\absh-2000000000\\fs2 ");
        rtf.Insert(rtf.Length, "a ", 20_000).Append("\\par}");

        string source = rtf.ToString();
        long before = GC.GetAllocatedBytesForCurrentThread();
        OfficeText read = RichTextDocumentTests.Read(source, limit: 100_000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.NotNull(read.Text);
        Assert.True(read.Text.Length <= 100_000, $"{read.Text.Length} characters");
        Assert.True(allocated < 16 << 20, $"{allocated:N0} bytes allocated for {source.Length:N0} characters of RTF");
        Assert.Contains(read.Notes, n => n.Code == "RKA011");
    }

    [Fact]
    public void Frames_far_off_the_page_or_of_absurd_size_are_laid_out_within_bounds()
    {
        var rtf = new StringBuilder("{\\rtf1 ");
        for (int i = 0; i < 30; i++)
        {
            rtf.Append(i % 2 == 0 ? "\\pard\\phpg\\posx2147483647\\pvpg\\posy-2147483648\\absw-5\\absh2147483647 x\\par" : string.Create(CultureInfo.InvariantCulture, $"\\pard\\phpg\\posx{i}\\pvpg\\posy{i}\\absw99999999 y\\par"));
        }

        OfficeText read = RichTextDocumentTests.Read(rtf + "}");

        Assert.NotNull(read.Text);
        Assert.True(read.Text.Length < 100_000);
    }

    [Fact]
    public void A_stream_that_cannot_seek_is_read_as_one_that_can()
    {
        byte[] bytes = RichTextFiles.Rtf(TestData.SeedText, tables: true);
        using var stream = new NonSeekable(bytes);

        RkaReadResult result = RkaTextReader.Read(stream);

        Assert.Equal(RkaTextReader.Read(bytes).Document.Forms.Count, result.Document.Forms.Count);
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
