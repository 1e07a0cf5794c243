using System.Collections.Generic;
using System.IO;
using System.Text;
using Rkaskpd.Text.Office;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>The Rich Text Format tokenizer: groups, control words with parameters and delimiters, control symbols,
/// bytes and <c>\'hh</c>, <c>\binN</c>, and bad input that still moves forward.</summary>
public class RichTextTokenizerTests
{
    private static List<string> Tokens(string rtf)
    {
        var tokens = new RichTextTokenizer(new MemoryStream(Encoding.Latin1.GetBytes(rtf)));
        var list = new List<string>();
        while (tokens.Next() is var kind && kind != RichTextTokenKind.End)
        {
            list.Add(kind switch
            {
                RichTextTokenKind.GroupStart => "{",
                RichTextTokenKind.GroupEnd => "}",
                RichTextTokenKind.ControlWord => "\\" + tokens.Name.ToString() + (tokens.HasParameter ? tokens.Parameter.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty),
                RichTextTokenKind.ControlSymbol => "\\" + tokens.Symbol,
                RichTextTokenKind.Byte => ((char)tokens.Value).ToString(),
                _ => "bin",
            });
        }

        Assert.Equal(RichTextTokenKind.End, tokens.Next()); // and it stays at the end
        return list;
    }

    [Theory]
    [InlineData("{\\rtf1 a}", "{ \\rtf1 a }")]
    [InlineData("\\fs-20x\\par\r\n\\b0 y", "\\fs-20 x \\par \\b0 y")]
    [InlineData("\\'e9\\'4g\\'zz", "\u00E9 \u0004 g \\' z z")]
    [InlineData("\\~\\-\\*\\{\\\\", "\\~ \\- \\* \\{ \\\\")]
    [InlineData("\\\r\nx", "\\par x")]
    [InlineData("\\bin3 }}}z", "bin z")]
    [InlineData("\\bin-5 z", "bin z")]
    [InlineData("\\u99999999999999 x", "\\u2147483647 x")]
    [InlineData("\\u-99999999999999 x", "\\u-2147483648 x")]
    public void Reads_tokens_as_the_specification_delimits_them(string rtf, string expected)
    {
        Assert.Equal(expected.Split(' '), Tokens(rtf));
    }

    [Fact]
    public void An_overlong_control_word_has_no_name_and_its_letters_are_consumed()
    {
        Assert.Equal(["\\", "x"], Tokens("\\" + new string('a', 100) + " x"));
    }

    [Fact]
    public void A_huge_bin_skips_to_the_end_in_a_stream_that_cannot_seek()
    {
        var tokens = new RichTextTokenizer(new NonSeekable(Encoding.ASCII.GetBytes("\\bin2147483647 " + new string('x', 100_000))));

        Assert.Equal(RichTextTokenKind.Binary, tokens.Next());
        Assert.Equal(RichTextTokenKind.End, tokens.Next());
        Assert.True(tokens.BytesRead > 100_000);
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
