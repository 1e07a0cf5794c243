using System;
using System.Buffers.Binary;

namespace Rkaskpd.Text.Office;

/// <summary>
/// A Word 97-2003 document's piece table ([MS-DOC] 2.9.38 <c>Clx</c>, 2.8.35 <c>PlcPcd</c>): the map from the text's
/// character positions (CPs) to the bytes of the <c>WordDocument</c> stream that hold them. The <c>Clx</c> in the table
/// stream starts with any number of <c>Prc</c> (property modifiers, type 1, skipped) and then one <c>Pcdt</c> (type 2)
/// whose <c>PlcPcd</c> holds <c>n + 1</c> CPs and <c>n</c> piece descriptors; a piece's <c>fc</c> has the
/// <c>fCompressed</c> bit (0x40000000): a compressed piece is 8-bit text at <c>fc / 2</c> (Windows-1252 as [MS-DOC]
/// 2.4.1 maps 0x82–0x9F, the other bytes as Latin-1), any other UTF-16LE text at <c>fc</c>. Every piece is checked
/// against the stream; nothing throws.
/// </summary>
internal sealed class WordPieceTable
{
    private const uint CompressedBit = 0x40000000;

    /// <summary>The bits of a piece's <c>fc</c> that hold the offset (bit 31 is reserved).</summary>
    private const uint FcMask = 0x3FFFFFFF;

    /// <summary>[MS-DOC] 2.4.1's characters for the compressed bytes 0x82–0x9F (0 where the byte keeps its value).</summary>
    private static readonly char[] Compressed82To9F =
    [
        '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\0', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0',
        '\0', '\u0178',
    ];

    private readonly int[] cps;
    private readonly uint[] fcs;

    private WordPieceTable(int[] cps, uint[] fcs)
    {
        this.cps = cps;
        this.fcs = fcs;
    }

    /// <summary>Reads the piece table from the <c>Clx</c> at <paramref name="fcClx"/> in the table stream.</summary>
    /// <param name="table">The table stream (<c>0Table</c> or <c>1Table</c>).</param>
    /// <param name="fcClx">The <c>Clx</c>'s offset in it (the FIB's <c>fcClx</c>).</param>
    /// <param name="lcbClx">Its length (<c>lcbClx</c>).</param>
    /// <returns>The piece table, or null when the <c>Clx</c> lies outside the stream, holds no <c>Pcdt</c> or its CPs
    /// go backwards; never throws.</returns>
    public static WordPieceTable? Read(ReadOnlySpan<byte> table, uint fcClx, uint lcbClx)
    {
        if (fcClx > table.Length || lcbClx > table.Length - fcClx)
        {
            return null;
        }

        ReadOnlySpan<byte> clx = table.Slice((int)fcClx, (int)lcbClx);
        int position = 0;
        while (position < clx.Length && clx[position] == 1)
        {
            if (position + 3 > clx.Length)
            {
                return null;
            }

            position += 3 + BinaryPrimitives.ReadUInt16LittleEndian(clx[(position + 1)..]);
        }

        if (position + 5 > clx.Length || clx[position] != 2)
        {
            return null;
        }

        uint length = BinaryPrimitives.ReadUInt32LittleEndian(clx[(position + 1)..]);
        position += 5;
        if (length < 16 || length > clx.Length - position || (length - 4) % 12 != 0)
        {
            return null;
        }

        int count = (int)((length - 4) / 12);
        ReadOnlySpan<byte> plc = clx.Slice(position, (int)length);
        var cps = new int[count + 1];
        var fcs = new uint[count];
        for (int i = 0; i <= count; i++)
        {
            cps[i] = BinaryPrimitives.ReadInt32LittleEndian(plc[(i * 4)..]);
            if (cps[i] < 0 || (i > 0 && cps[i] < cps[i - 1]))
            {
                return null;
            }
        }

        for (int i = 0; i < count; i++)
        {
            fcs[i] = BinaryPrimitives.ReadUInt32LittleEndian(plc[(((count + 1) * 4) + (i * 8) + 2)..]);
        }

        return new WordPieceTable(cps, fcs);
    }

    /// <summary>Writes the text of the character positions [0, <paramref name="end"/>) into <paramref name="text"/>,
    /// piece by piece; stops short where the pieces end.</summary>
    /// <param name="document">The <c>WordDocument</c> stream.</param>
    /// <param name="end">The first CP not written (the main document's <c>ccpText</c>, or the reader's limit).</param>
    /// <param name="text">Receives the characters; its length is the CPs written.</param>
    /// <returns>False when a piece lies outside the stream.</returns>
    public bool TryCopyText(ReadOnlySpan<byte> document, int end, out char[] text)
    {
        // A character takes at least one byte of the stream, so no more characters than bytes are written (hostile
        // pieces that share their bytes are cut there).
        int total = Math.Max(Math.Min(Math.Min(end, cps[^1]), document.Length), 0);
        text = new char[total];
        for (int i = 0; i < fcs.Length && cps[i] < total; i++)
        {
            int start = cps[i];
            int length = Math.Min(cps[i + 1], total) - start;
            if (!TryLocate(i, document.Length, length, out long offset, out bool compressed))
            {
                return false;
            }

            Span<char> target = text.AsSpan(start, length);
            if (compressed)
            {
                Decode(document.Slice((int)offset, length), target);
            }
            else
            {
                ReadOnlySpan<byte> unicode = document.Slice((int)offset, length * 2);
                for (int c = 0; c < length; c++)
                {
                    target[c] = (char)BinaryPrimitives.ReadUInt16LittleEndian(unicode[(c * 2)..]);
                }
            }
        }

        return true;
    }

    /// <summary>Gets the stream offset of a character position (where its byte or two bytes are), or -1 when no
    /// piece holds it.</summary>
    /// <param name="cp">The character position.</param>
    /// <returns>The offset in the <c>WordDocument</c> stream.</returns>
    public long OffsetOf(int cp)
    {
        int index = Array.BinarySearch(cps, cp);
        int piece = index >= 0 ? index : ~index - 1;
        if (piece < 0 || piece >= fcs.Length || cp >= cps[piece + 1])
        {
            return -1;
        }

        uint fc = fcs[piece];
        long within = cp - cps[piece];
        return (fc & CompressedBit) != 0 ? ((fc & FcMask) / 2) + within : (fc & FcMask) + (within * 2);
    }

    /// <summary>Decodes compressed (8-bit) text as [MS-DOC] 2.4.1 does.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="target">Receives one character a byte.</param>
    public static void Decode(ReadOnlySpan<byte> bytes, Span<char> target)
    {
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            char mapped = b is >= 0x82 and <= 0x9F ? Compressed82To9F[b - 0x82] : '\0';
            target[i] = mapped != '\0' ? mapped : (char)b;
        }
    }

    /// <summary>Where a piece's bytes lie, checked against the stream's length.</summary>
    private bool TryLocate(int piece, long streamLength, int length, out long offset, out bool compressed)
    {
        uint fc = fcs[piece];
        compressed = (fc & CompressedBit) != 0;
        offset = compressed ? (fc & FcMask) / 2 : fc & FcMask;
        long bytes = compressed ? length : length * 2L;
        return offset + bytes <= streamLength;
    }
}
