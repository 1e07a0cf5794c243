using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>Builds Word 97-2003 documents by hand for the tests: a FIB, the text in pieces (compressed 8-bit or
/// UTF-16), a <c>Clx</c> (with a <c>Prc</c> before the piece table) in <c>1Table</c> and, for each cell and row end
/// mark, paragraph properties in <c>PapxFkp</c> pages. LibreOffice writes only Unicode pieces and keeps table
/// properties where they fit: the builder makes the other kinds.</summary>
internal static class WordBinaryFiles
{
    /// <summary>Written in a test's text where a row's end mark (a <c>0x07</c> whose paragraph has <c>sprmPFTtp</c>)
    /// stands; every other <c>0x07</c> is a cell's end (<c>sprmPFInTable</c>).</summary>
    public const char RowEnd = '\uE000';

    /// <summary>The FIB's offset of <c>ccpText</c>.</summary>
    public const int CcpTextOffset = 0x4C;

    /// <summary>The FIB's offset of <c>fcClx</c>.</summary>
    public const int ClxOffset = 0x9A + (33 * 8);

    private const int TextStart = 0x800;

    private static readonly Dictionary<char, byte> Compressed = new()
    {
        ['\u201A'] = 0x82, ['\u0192'] = 0x83, ['\u201E'] = 0x84, ['\u2026'] = 0x85, ['\u2020'] = 0x86, ['\u2021'] = 0x87,
        ['\u02C6'] = 0x88, ['\u2030'] = 0x89, ['\u0160'] = 0x8A, ['\u2039'] = 0x8B, ['\u0152'] = 0x8C, ['\u2018'] = 0x91,
        ['\u2019'] = 0x92, ['\u201C'] = 0x93, ['\u201D'] = 0x94, ['\u2022'] = 0x95, ['\u2013'] = 0x96, ['\u2014'] = 0x97,
        ['\u02DC'] = 0x98, ['\u2122'] = 0x99, ['\u0161'] = 0x9A, ['\u203A'] = 0x9B, ['\u0153'] = 0x9C, ['\u0178'] = 0x9F,
    };

    /// <summary>A document of one compressed piece.</summary>
    public static byte[] Doc(string text) => Doc([(text, true)]);

    /// <summary>Builds a document.</summary>
    /// <param name="pieces">The main text's pieces, in order.</param>
    /// <param name="marks">Whether to write paragraph properties for the cell and row end marks.</param>
    /// <param name="hugeRowEnds">Whether the row ends' properties lie in the <c>Data</c> stream (<c>sprmPHugePapx</c>).</param>
    /// <param name="after">Text of a later story (footnotes) after the main text, not counted in <c>ccpText</c>.</param>
    /// <param name="flags">The FIB's flags (<c>fWhichTblStm</c> set by default).</param>
    /// <param name="sectorShift">The compound file's sector shift.</param>
    public static byte[] Doc(IReadOnlyList<(string Text, bool Compressed)> pieces, bool marks = true, bool hugeRowEnds = false, string after = "", int flags = 0x0200, int sectorShift = 9) =>
        CompoundFiles.Build(Streams(pieces, marks, hugeRowEnds, after, flags), sectorShift).File;

    /// <summary>The streams of a document (see <see cref="Doc(IReadOnlyList{ValueTuple{string, bool}}, bool, bool, string, int, int)"/>).</summary>
    public static List<(string Name, byte[] Data)> Streams(IReadOnlyList<(string Text, bool Compressed)> pieces, bool marks = true, bool hugeRowEnds = false, string after = "", int flags = 0x0200)
    {
        List<(string Text, bool Compressed)> all = [.. pieces];
        if (after.Length > 0)
        {
            all.Add((after, false));
        }

        var document = new MemoryStream();
        document.Write(new byte[TextStart]);
        var cps = new List<int> { 0 };
        var fcs = new List<uint>();
        var kinds = new List<(uint Fc, int Width, bool RowEnd)>();
        foreach ((string raw, bool compressed) in all)
        {
            uint offset = (uint)document.Position;
            fcs.Add(compressed ? (offset * 2) | 0x40000000 : offset);
            for (int i = 0; i < raw.Length; i++)
            {
                char c = raw[i] == RowEnd ? '\u0007' : raw[i];
                if (c == '\u0007')
                {
                    kinds.Add(((uint)document.Position, compressed ? 1 : 2, raw[i] == RowEnd));
                }

                if (compressed)
                {
                    document.WriteByte(Compressed.TryGetValue(c, out byte b) ? b : checked((byte)c));
                }
                else
                {
                    document.Write(BitConverter.GetBytes(c));
                }
            }

            cps.Add(cps[^1] + raw.Length);
        }

        int ccpText = cps[pieces.Count];
        byte[] data = [];
        var bte = new List<(uint Fc, uint Page)>();
        if (marks && kinds.Count > 0)
        {
            document.Write(new byte[(512 - (document.Length % 512)) % 512]);
            byte[] cell = [0, 0, 0x16, 0x24, 1, 0x49, 0x66, 1, 0, 0, 0];
            byte[] rowEnd = hugeRowEnds ? [0, 0, 0x46, 0x66, 0, 0, 0, 0] : [0, 0, 0x16, 0x24, 1, 0x17, 0x24, 1, 0x49, 0x66, 1, 0, 0, 0];
            data = hugeRowEnds ? [6, 0, 0x16, 0x24, 1, 0x17, 0x24, 1] : [];
            foreach (var chunk in kinds.Chunk(20))
            {
                byte[] page = new byte[512];
                int crun = chunk.Length;
                for (int i = 0; i < crun; i++)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(i * 4), chunk[i].Fc);
                    page[((crun + 1) * 4) + (i * 13)] = (byte)(chunk[i].RowEnd ? 220 : 200);
                }

                BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(crun * 4), chunk[^1].Fc + (uint)chunk[^1].Width);
                page[400] = (byte)((cell.Length + 1) / 2);
                cell.CopyTo(page, 401);
                page[440] = 0;
                page[441] = (byte)(rowEnd.Length / 2);
                rowEnd.CopyTo(page, 442);
                page[511] = (byte)crun;
                bte.Add((chunk[0].Fc, (uint)(document.Length / 512)));
                document.Write(page);
            }

            bte.Add((kinds[^1].Fc + (uint)kinds[^1].Width, 0));
        }

        var table = new MemoryStream();
        table.Write([1, 3, 0, 0x0A, 0x08, 0x01]);
        int plcLength = (cps.Count * 4) + (fcs.Count * 8);
        table.WriteByte(2);
        table.Write(BitConverter.GetBytes(plcLength));
        foreach (int cp in cps)
        {
            table.Write(BitConverter.GetBytes(cp));
        }

        foreach (uint fc in fcs)
        {
            table.Write([0, 0]);
            table.Write(BitConverter.GetBytes(fc));
            table.Write([0, 0]);
        }

        uint lcbClx = (uint)table.Length;
        uint fcBte = (uint)table.Length;
        foreach ((uint fc, _) in bte)
        {
            table.Write(BitConverter.GetBytes(fc));
        }

        foreach ((_, uint page) in bte.Take(bte.Count - 1))
        {
            table.Write(BitConverter.GetBytes(page));
        }

        uint lcbBte = (uint)table.Length - fcBte;
        byte[] bytes = document.ToArray();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, 0xA5EC);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2), 0xC1);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x0A), (ushort)flags);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x20), 14);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x3E), 22);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(CcpTextOffset), ccpText);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(0x98), 93);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x9A + (13 * 8)), fcBte);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(0x9A + (13 * 8) + 4), bte.Count > 0 ? lcbBte : 0);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(ClxOffset), 0);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(ClxOffset + 4), lcbClx);

        List<(string, byte[])> streams = [("WordDocument", bytes), ("1Table", table.ToArray())];
        if (data.Length > 0)
        {
            streams.Add(("Data", data));
        }

        return streams;
    }

    /// <summary>Text as the tests write it, with <c>\r</c> for paragraph marks.</summary>
    public static string Paragraphs(params string[] lines) => string.Concat(lines.Select(l => l + "\r"));

    /// <summary>The ASCII bytes of a string (for a compound stream that is not a Word document).</summary>
    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);
}
