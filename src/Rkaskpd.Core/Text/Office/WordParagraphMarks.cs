using System;
using System.Buffers.Binary;
using System.Collections.Generic;

namespace Rkaskpd.Text.Office;

/// <summary>
/// The table properties of a Word 97-2003 document's paragraphs, read from its paragraph properties ([MS-DOC] 2.8.6
/// <c>PlcBtePapx</c> in the table stream, pointing at 512-byte <c>PapxFkp</c> pages of the <c>WordDocument</c> stream;
/// each page's runs of stream offsets carry a <c>grpprl</c> of sprms). Only the sprms that place a paragraph in a
/// table are kept: <c>sprmPFInTable</c> (0x2416), <c>sprmPFTtp</c> (0x2417, the row's end mark),
/// <c>sprmPItap</c> (0x6649, the table depth), <c>sprmPFInnerTableCell</c> (0x244B) and <c>sprmPFInnerTtp</c> (0x244C,
/// a nested table's cell and row ends). They tell a row's end mark from an empty cell's mark, which the text alone
/// cannot. A paragraph whose properties do not fit its page (a table row of many columns) keeps them in the
/// <c>Data</c> stream, named by <c>sprmPHugePapx</c> (0x6646), and they are read there. Pages and runs are checked
/// against the streams; nothing throws.
/// </summary>
internal sealed class WordParagraphMarks
{
    private const int PageSize = 512;

    private readonly List<(uint Start, uint End, WordParagraphKind Kind)> runs;

    private WordParagraphMarks(List<(uint Start, uint End, WordParagraphKind Kind)> runs) => this.runs = runs;

    /// <summary>Gets the marks of a document that has none (its paragraph properties could not be read).</summary>
    public static WordParagraphMarks None { get; } = new([]);

    /// <summary>Reads the runs of the <c>PlcBtePapx</c> at <paramref name="fc"/> in the table stream.</summary>
    /// <param name="table">The table stream.</param>
    /// <param name="document">The <c>WordDocument</c> stream, which holds the pages.</param>
    /// <param name="data">The <c>Data</c> stream (empty when the file has none).</param>
    /// <param name="fc">The FIB's <c>fcPlcfBtePapx</c>.</param>
    /// <param name="lcb">The FIB's <c>lcbPlcfBtePapx</c>.</param>
    /// <returns>The runs (<see cref="None"/> when the table lies outside the stream); never throws.</returns>
    public static WordParagraphMarks Read(ReadOnlySpan<byte> table, ReadOnlySpan<byte> document, ReadOnlySpan<byte> data, uint fc, uint lcb)
    {
        if (fc > table.Length || lcb > table.Length - fc || lcb < 12 || (lcb - 4) % 8 != 0)
        {
            return None;
        }

        ReadOnlySpan<byte> plc = table.Slice((int)fc, (int)lcb);
        int count = (int)((lcb - 4) / 8);
        var runs = new List<(uint, uint, WordParagraphKind)>();
        var pages = new HashSet<uint>();
        for (int i = 0; i < count; i++)
        {
            uint page = BinaryPrimitives.ReadUInt32LittleEndian(plc[(((count + 1) * 4) + (i * 4))..]) & 0x3FFFFF;
            long offset = (long)page * PageSize;
            if (pages.Add(page) && offset + PageSize <= document.Length)
            {
                ReadPage(document.Slice((int)offset, PageSize), data, runs);
            }
        }

        runs.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return new WordParagraphMarks(runs);
    }

    /// <summary>Gets the table kind of the paragraph whose runs hold the stream offset <paramref name="fc"/>.</summary>
    /// <param name="fc">The offset of the paragraph's mark in the <c>WordDocument</c> stream.</param>
    /// <param name="kind">The paragraph's table kind.</param>
    /// <returns>Whether a run holds the offset.</returns>
    public bool TryKindAt(long fc, out WordParagraphKind kind)
    {
        int low = 0;
        int high = runs.Count - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            (uint start, uint end, WordParagraphKind found) = runs[middle];
            if (fc < start)
            {
                high = middle - 1;
            }
            else if (fc >= end)
            {
                low = middle + 1;
            }
            else
            {
                kind = found;
                return true;
            }
        }

        kind = WordParagraphKind.Body;
        return false;
    }

    /// <summary>Reads one <c>PapxFkp</c>: <c>crun</c> in its last byte, <c>crun + 1</c> offsets, then <c>crun</c>
    /// 13-byte <c>BxPap</c> whose first byte, doubled, places the run's <c>PapxInFkp</c> in the page.</summary>
    private static void ReadPage(ReadOnlySpan<byte> page, ReadOnlySpan<byte> data, List<(uint, uint, WordParagraphKind)> runs)
    {
        int crun = page[PageSize - 1];
        int boxes = (crun + 1) * 4;
        if (crun == 0 || boxes + (crun * 13) > PageSize - 1)
        {
            return;
        }

        for (int i = 0; i < crun; i++)
        {
            uint start = BinaryPrimitives.ReadUInt32LittleEndian(page[(i * 4)..]);
            uint end = BinaryPrimitives.ReadUInt32LittleEndian(page[((i + 1) * 4)..]);
            int papx = page[boxes + (i * 13)] * 2;
            if (end > start)
            {
                runs.Add((start, end, papx == 0 ? WordParagraphKind.Body : KindOf(page, papx, data)));
            }
        }
    }

    /// <summary>The table kind a <c>PapxInFkp</c> gives: its size byte <c>cb</c> (the <c>GrpPrlAndIstd</c> is
    /// <c>2 cb - 1</c> bytes; for 0, the next byte <c>cb'</c> gives <c>2 cb'</c>), the style index, then the sprms.</summary>
    private static WordParagraphKind KindOf(ReadOnlySpan<byte> page, int offset, ReadOnlySpan<byte> data)
    {
        if (offset + 2 > PageSize - 1)
        {
            return WordParagraphKind.Body;
        }

        int cb = page[offset];
        int start = cb == 0 ? offset + 2 : offset + 1;
        int length = cb == 0 ? page[offset + 1] * 2 : (cb * 2) - 1;
        int end = Math.Min(start + length, PageSize - 1);
        return start + 2 <= end ? KindOf(page[(start + 2)..end], data) : WordParagraphKind.Body;
    }

    /// <summary>The table kind a paragraph's sprms give.</summary>
    /// <param name="sprms">The sprms (a <c>grpprl</c>).</param>
    /// <param name="data">The <c>Data</c> stream, where <c>sprmPHugePapx</c> points (its <c>PrcData</c>: a 16-bit
    /// length, then the sprms); empty to follow none.</param>
    /// <returns>The kind.</returns>
    public static WordParagraphKind KindOf(ReadOnlySpan<byte> sprms, ReadOnlySpan<byte> data)
    {
        (bool InTable, bool RowEnd, bool InnerCell, bool InnerRowEnd, int Depth) found = default;
        Collect(sprms, data, ref found);
        return found.InnerRowEnd && found.Depth > 1 ? WordParagraphKind.InnerRowEnd
            : found.InnerCell && found.Depth > 1 ? WordParagraphKind.InnerCell
            : found.RowEnd && (found.InTable || found.Depth > 0) ? WordParagraphKind.RowEnd
            : found.InTable || found.Depth > 0 ? WordParagraphKind.Cell
            : WordParagraphKind.Body;
    }

    /// <summary>Notes the table sprms among <paramref name="sprms"/>; follows a <c>sprmPHugePapx</c> into
    /// <paramref name="data"/> once (the sprms found there follow none).</summary>
    private static void Collect(ReadOnlySpan<byte> sprms, ReadOnlySpan<byte> data, ref (bool InTable, bool RowEnd, bool InnerCell, bool InnerRowEnd, int Depth) found)
    {
        int position = 0;
        while (position + 2 <= sprms.Length)
        {
            int sprm = BinaryPrimitives.ReadUInt16LittleEndian(sprms[position..]);
            position += 2;
            int size = OperandSize(sprm, sprms[position..]);
            if (size < 0 || position + size > sprms.Length)
            {
                break;
            }

            ReadOnlySpan<byte> operand = sprms.Slice(position, size);
            switch (sprm)
            {
                case 0x2416:
                    found.InTable = operand[0] != 0;
                    break;
                case 0x2417:
                    found.RowEnd = operand[0] != 0;
                    break;
                case 0x244B:
                    found.InnerCell = operand[0] != 0;
                    break;
                case 0x244C:
                    found.InnerRowEnd = operand[0] != 0;
                    break;
                case 0x6649:
                    found.Depth = BinaryPrimitives.ReadInt32LittleEndian(operand);
                    break;
                case 0x6646:
                    uint at = BinaryPrimitives.ReadUInt32LittleEndian(operand);
                    if (at <= data.Length - 2L)
                    {
                        int length = BinaryPrimitives.ReadUInt16LittleEndian(data[(int)at..]);
                        int from = (int)at + 2;
                        Collect(data.Slice(from, Math.Min(length, data.Length - from)), default, ref found);
                    }

                    break;
            }

            position += size;
        }
    }

    /// <summary>The operand's size from the sprm's <c>spra</c> (its top three bits); -1 when it cannot be told
    /// (<c>sprmPChgTabs</c>'s long form, or a size past the bytes).</summary>
    private static int OperandSize(int sprm, ReadOnlySpan<byte> rest) => (sprm >> 13) switch
    {
        0 or 1 => 1,
        2 or 4 or 5 => 2,
        3 => 4,
        7 => 3,
        _ when sprm == 0xD608 => rest.Length >= 2 ? BinaryPrimitives.ReadUInt16LittleEndian(rest) + 1 : -1,
        _ when sprm == 0xC615 => rest.Length >= 1 && rest[0] != 255 ? rest[0] + 1 : -1,
        _ => rest.Length >= 1 ? rest[0] + 1 : -1,
    };
}
