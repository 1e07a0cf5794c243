using System.Linq;
using System.Text;
using Rkaskpd.Text.Decoding;
using Xunit;

namespace Rkaskpd.Tests.Text.Decoding;

public class Windows1252EncodingTests
{
    [Theory]
    [InlineData(0x41, 'A')]
    [InlineData(0x80, '\u20AC')]
    [InlineData(0x85, '\u2026')]
    [InlineData(0x8A, '\u0160')]
    [InlineData(0x91, '\u2018')]
    [InlineData(0x93, '\u201C')]
    [InlineData(0x94, '\u201D')]
    [InlineData(0x96, '\u2013')]
    [InlineData(0x97, '\u2014')]
    [InlineData(0x99, '\u2122')]
    [InlineData(0x9F, '\u0178')]
    [InlineData(0x81, '\u0081')]
    [InlineData(0x8D, '\u008D')]
    [InlineData(0x8F, '\u008F')]
    [InlineData(0x90, '\u0090')]
    [InlineData(0x9D, '\u009D')]
    [InlineData(0xA0, '\u00A0')]
    [InlineData(0xB2, '\u00B2')]
    [InlineData(0xE9, '\u00E9')]
    [InlineData(0xFF, '\u00FF')]
    public void Decodes_bytes_as_the_code_page_does(int value, char expected) =>
        Assert.Equal(expected.ToString(), Windows1252Encoding.Instance.GetString([(byte)value]));

    [Fact]
    public void Every_byte_decodes_to_one_character_and_encodes_back()
    {
        byte[] all = [.. Enumerable.Range(0, 256).Select(b => (byte)b)];

        string text = Windows1252Encoding.Instance.GetString(all);

        Assert.Equal(256, text.Length);
        Assert.Equal(all, Windows1252Encoding.Instance.GetBytes(text));
    }

    [Fact]
    public void The_high_controls_differ_from_latin1_only_where_the_code_page_assigns_a_character()
    {
        // Latin-1 decodes 0x80-0x9F to the C1 controls; Windows-1252 assigns 27 of those 32 bytes.
        int differing = Enumerable.Range(0x80, 32).Count(b => Windows1252Encoding.ToChar((byte)b) != (char)b);
        Assert.Equal(27, differing);
    }

    [Fact]
    public void A_character_outside_the_code_page_encodes_as_a_question_mark() =>
        Assert.Equal("a?b"u8.ToArray(), Windows1252Encoding.Instance.GetBytes("a\u2192b"));

    [Fact]
    public void Decoding_through_a_stream_reader_gives_the_same_text()
    {
        byte[] bytes = [0x93, 0x4B, 0x61, 0x6E, 0x74, 0x6F, 0x72, 0x94, 0x20, 0x96, 0x20, 0x31, 0x32, 0x20, 0x6D, 0xB2];
        using var reader = new System.IO.StreamReader(new System.IO.MemoryStream(bytes), Windows1252Encoding.Instance, false);

        Assert.Equal("\u201CKantor\u201D \u2013 12 m\u00B2", reader.ReadToEnd());
        Assert.True(Windows1252Encoding.Instance.IsSingleByte);
        Assert.Equal(Encoding.Latin1.GetString(bytes[1..7]), Windows1252Encoding.Instance.GetString(bytes[1..7]));
    }
}
