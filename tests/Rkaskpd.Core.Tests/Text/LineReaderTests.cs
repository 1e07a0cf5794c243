using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>The string fast path of <see cref="LineReader"/> (lines cut from the string) reads exactly what the
/// block reader reads through a <see cref="StringReader"/>: the same lines, truncations and consumed counts.</summary>
[Properties(Arbitrary = new[] { typeof(TextArbitraries) })]
public class LineReaderTests
{
    private static readonly char[] Alphabet = ['a', 'b', ' ', '\t', '\r', '\n', '\u00A0', '\uFEFF'];

    [Property(MaxTest = 500)]
    public Property String_and_reader_paths_read_the_same_lines(int[] codes, PositiveInt limit)
    {
        string text = new(codes.Select(c => Alphabet[(c & int.MaxValue) % Alphabet.Length]).ToArray());
        int max = (limit.Get % 6) + 1;
        return Read(new LineReader(text, max)).SequenceEqual(Read(new LineReader(new StringReader(text), max)))
            .Label(text.Replace("\r", "\\r", System.StringComparison.Ordinal).Replace("\n", "\\n", System.StringComparison.Ordinal));
    }

    [Property(MaxTest = 50)]
    public Property String_and_reader_scans_are_equal(MangledDocument mangled) =>
        RawFormScanner.Scan(mangled.Text).Equals(RawFormScanner.Scan(new StringReader(mangled.Text))).ToProperty();

    [Theory]
    [InlineData("")]
    [InlineData("\r\n")]
    [InlineData("a\r\n\r\nb")]
    [InlineData("a\r\rb\n\r")]
    [InlineData("abcdefgh\nab")]
    [InlineData("\uFEFF")]
    [InlineData("\uFEFF\uFEFFa\r\uFEFF")]
    public void Edge_cases_read_the_same(string text)
    {
        Assert.Equal(Read(new LineReader(new StringReader(text), 3)), Read(new LineReader(text, 3)));
    }

    [Fact]
    public void A_reader_longer_than_its_block_reads_whole_lines()
    {
        string text = string.Join("\r\n", Enumerable.Range(0, 3000).Select(i => new string('x', i % 17)));
        Assert.Equal(Read(new LineReader(text, 10)), Read(new LineReader(new StringReader(text), 10)));
    }

    [Theory]
    [InlineData("a\rb\r\nc\nd")]
    [InlineData("\uFEFFa\rb\r\nc\nd\n")]
    public void CR_LF_and_CRLF_each_end_a_line_and_a_leading_byte_order_mark_is_skipped(string text)
    {
        string[] expected = ["a", "b", "c", "d"];
        Assert.Equal(expected, Read(new LineReader(text, 100)).SkipLast(1).Select(l => l.Text));
        Assert.Equal(expected, Read(new LineReader(new StringReader(text), 100)).SkipLast(1).Select(l => l.Text));
    }

    [Fact]
    public void A_whole_line_from_a_reader_is_a_slice_of_its_block_not_a_string()
    {
        // The scanner reads most rows in place: a line in the block is handed out without a string made of it (a
        // document's text is not copied line by line first); one that spans two blocks is a string of its own.
        string text = "first\n" + new string('x', 9000) + "\nlast\n";
        var reader = new LineReader(new StringReader(text), 20_000);

        Assert.True(reader.TryReadLine(out ReadOnlyMemory<char> first, out _));
        Assert.Equal("first", first.ToString());
        Assert.False(MemoryMarshal.TryGetString(first, out _, out _, out _));
        Assert.True(MemoryMarshal.TryGetArray(first, out ArraySegment<char> block));
        Assert.True(block.Array!.Length > first.Length);

        Assert.True(reader.TryReadLine(out ReadOnlyMemory<char> spanning, out _));
        Assert.Equal(9000, spanning.Length);
        Assert.True(MemoryMarshal.TryGetString(spanning, out _, out _, out _));
    }

    [Fact]
    public void Only_the_first_character_is_taken_for_a_byte_order_mark()
    {
        string text = "\uFEFF\uFEFFx\n\uFEFFy";
        string[] expected = ["\uFEFFx", "\uFEFFy"];
        Assert.Equal(expected, Read(new LineReader(text, 100)).SkipLast(1).Select(l => l.Text));
    }

    private static List<(string Text, bool Truncated, long Consumed)> Read(LineReader reader)
    {
        var lines = new List<(string, bool, long)>();
        while (reader.TryReadLine(out string line, out bool truncated))
        {
            lines.Add((line, truncated, reader.Consumed));
        }

        lines.Add(("<end>", false, reader.Consumed));
        return lines;
    }
}
