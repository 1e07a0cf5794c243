using System;

namespace Rkaskpd.Text.Decoding;

/// <summary>Recognises the byte order mark at the start of a document's bytes.</summary>
internal static class ByteOrderMark
{
    /// <summary>The longest byte order mark recognised, in bytes.</summary>
    public const int MaxLength = 3;

    /// <summary>Recognises a UTF-8 or UTF-16 byte order mark at the start of <paramref name="start"/>.</summary>
    /// <param name="start">The first bytes of the document (at least <see cref="MaxLength"/> when it has that many).</param>
    /// <param name="kind">The encoding the mark names.</param>
    /// <param name="length">The mark's length in bytes.</param>
    /// <returns>Whether the bytes start with a byte order mark.</returns>
    public static bool TryDetect(ReadOnlySpan<byte> start, out TextEncodingKind kind, out int length)
    {
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            (kind, length) = (TextEncodingKind.Utf8WithBom, 3);
            return true;
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            (kind, length) = (TextEncodingKind.Utf16LittleEndian, 2);
            return true;
        }

        if (start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            (kind, length) = (TextEncodingKind.Utf16BigEndian, 2);
            return true;
        }

        (kind, length) = (TextEncodingKind.Utf8, 0);
        return false;
    }
}
