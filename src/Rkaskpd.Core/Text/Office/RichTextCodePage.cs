using System;
using System.Text;
using Rkaskpd.Text.Decoding;

namespace Rkaskpd.Text.Office;

/// <summary>
/// The code page a Rich Text Format document's bytes of text (and <c>\'hh</c>) are decoded through: the one its
/// <c>\ansicpgN</c> names, Windows-1252 when it names none (<c>\ansi</c>, the RTF default). Windows-1252 and Latin-1 are
/// always at hand; any other single-byte code page is used when the runtime has it without help (an application that
/// registers <c>CodePagesEncodingProvider</c> gives it all of Windows' code pages). A code page the runtime does not
/// have, or one of several bytes a character (Chinese, Japanese, Korean), is read as Windows-1252 instead, and
/// <see cref="Substituted"/> says so once a byte outside ASCII was decoded so. A font whose character set is Symbol
/// (<c>\fcharset2</c>) gives its bytes as the private-use characters Word gives them (<c>U+F000</c> + the byte), which
/// the reader knows as Symbol bullets.
/// </summary>
internal sealed class RichTextCodePage
{
    private char[]? table;
    private bool declaredUnavailable;

    /// <summary>Gets the code page declared (<c>\ansicpgN</c>), or 1252 when none was.</summary>
    public int Declared { get; private set; } = 1252;

    /// <summary>Gets whether a byte outside ASCII was read as Windows-1252 because the declared code page is not at
    /// hand.</summary>
    public bool Substituted { get; private set; }

    /// <summary>Sets the declared code page (<c>\ansicpgN</c>).</summary>
    /// <param name="codePage">The code page's number.</param>
    public void Declare(int codePage)
    {
        Declared = codePage;
        table = null;
        declaredUnavailable = false;
        if (codePage is 1252 or 0)
        {
            return;
        }

        Encoding? encoding = Available(codePage);
        if (encoding is null || !encoding.IsSingleByte)
        {
            declaredUnavailable = true;
            return;
        }

        var chars = new char[256];
        Span<byte> one = stackalloc byte[1];
        Span<char> decoded = stackalloc char[2];
        for (int b = 0; b < 256; b++)
        {
            one[0] = (byte)b;
            chars[b] = encoding.GetChars(one, decoded) == 1 ? decoded[0] : Windows1252Encoding.ToChar((byte)b);
        }

        table = chars;
    }

    /// <summary>Decodes one byte of text.</summary>
    /// <param name="value">The byte.</param>
    /// <param name="symbolFont">Whether the current font's character set is Symbol.</param>
    /// <returns>Its character.</returns>
    public char ToChar(byte value, bool symbolFont)
    {
        if (symbolFont && value >= 0x20)
        {
            return (char)(0xF000 + value);
        }

        if (table is not null)
        {
            return table[value];
        }

        if (declaredUnavailable && value >= 0x80)
        {
            Substituted = true;
        }

        return Windows1252Encoding.ToChar(value);
    }

    /// <summary>The runtime's encoding for a code page, or null when it has none.</summary>
    private static Encoding? Available(int codePage)
    {
        if (codePage == 28591)
        {
            return Encoding.Latin1;
        }

        try
        {
            return Encoding.GetEncoding(codePage);
        }
        catch (ArgumentException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
