using System;
using System.Text;

namespace Rkaskpd.Text.Decoding;

/// <summary>
/// The Windows-1252 code page ("ANSI" of western Windows and older Office exports), written out here so the library
/// needs neither <c>System.Text.Encoding.CodePages</c> nor a registered provider and stays trimming- and AOT-safe.
/// </summary>
/// <remarks>
/// Bytes <c>0x00</c>–<c>0x7F</c> and <c>0xA0</c>–<c>0xFF</c> are the same code points as Latin-1; <c>0x80</c>–<c>0x9F</c>
/// hold the typographic characters Office writes (<c>€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ</c>). The five
/// unassigned bytes (<c>0x81</c>, <c>0x8D</c>, <c>0x8F</c>, <c>0x90</c>, <c>0x9D</c>) decode to the C1 control of the same
/// value, as Windows and the WHATWG Encoding Standard do, so decoding never fails. Encoding (used to write test data)
/// turns a character outside the code page into <c>?</c>.
/// </remarks>
internal sealed class Windows1252Encoding : Encoding
{
    /// <summary>The characters of bytes <c>0x80</c>–<c>0x9F</c>.</summary>
    private const string HighControls =
        "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
        "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

    /// <summary>Gets the one instance (the encoding has no state).</summary>
    public static Windows1252Encoding Instance { get; } = new();

    /// <inheritdoc/>
    public override string WebName => "windows-1252";

    /// <inheritdoc/>
    public override string EncodingName => "Western European (Windows)";

    /// <inheritdoc/>
    public override bool IsSingleByte => true;

    /// <summary>Gets the character a byte stands for.</summary>
    /// <param name="value">The byte.</param>
    /// <returns>Its character.</returns>
    public static char ToChar(byte value) => value is >= 0x80 and <= 0x9F ? HighControls[value - 0x80] : (char)value;

    /// <inheritdoc/>
    public override int GetByteCount(char[] chars, int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index + (ulong)(uint)count, (ulong)(chars?.Length ?? 0), nameof(count));
        return count;
    }

    /// <inheritdoc/>
    public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
    {
        ArgumentNullException.ThrowIfNull(chars);
        ArgumentNullException.ThrowIfNull(bytes);
        ReadOnlySpan<char> source = chars.AsSpan(charIndex, charCount);
        Span<byte> destination = bytes.AsSpan(byteIndex);
        if (destination.Length < source.Length)
        {
            throw new ArgumentException("The byte array is too small for the characters.", nameof(bytes));
        }

        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = ToByte(source[i]);
        }

        return source.Length;
    }

    /// <inheritdoc/>
    public override int GetCharCount(byte[] bytes, int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)index + (ulong)(uint)count, (ulong)(bytes?.Length ?? 0), nameof(count));
        return count;
    }

    /// <inheritdoc/>
    public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(chars);
        return GetChars(bytes.AsSpan(byteIndex, byteCount), chars.AsSpan(charIndex));
    }

    /// <inheritdoc/>
    public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        if (chars.Length < bytes.Length)
        {
            throw new ArgumentException("The character buffer is too small for the bytes.", nameof(chars));
        }

        for (int i = 0; i < bytes.Length; i++)
        {
            chars[i] = ToChar(bytes[i]);
        }

        return bytes.Length;
    }

    /// <inheritdoc/>
    public override int GetMaxByteCount(int charCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(charCount);
        return charCount;
    }

    /// <inheritdoc/>
    public override int GetMaxCharCount(int byteCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(byteCount);
        return byteCount;
    }

    /// <inheritdoc/>
    public override Decoder GetDecoder() => new Windows1252Decoder();

    private static byte ToByte(char c)
    {
        if (c < 0x80 || c is >= '\u00A0' and <= '\u00FF')
        {
            return (byte)c;
        }

        int high = HighControls.IndexOf(c, StringComparison.Ordinal);
        return high >= 0 ? (byte)(0x80 + high) : (byte)'?';
    }

    /// <summary>A stateless decoder over spans (every byte is one character), so reading needs no array copies.</summary>
    private sealed class Windows1252Decoder : Decoder
    {
        public override int GetCharCount(byte[] bytes, int index, int count) => count;

        public override int GetCharCount(ReadOnlySpan<byte> bytes, bool flush) => bytes.Length;

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
            Instance.GetChars(bytes, byteIndex, byteCount, chars, charIndex);

        public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush) =>
            Instance.GetChars(bytes, chars);
    }
}
