using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Text;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Reads the streams of a compound file ([MS-CFB], "OLE2": the container of Office 97-2003 files, Word <c>.doc</c>,
/// Excel <c>.xls</c>) held whole in memory: its header (512- or 4096-byte sectors), the DIFAT (the header's 109
/// entries and the chain of extra DIFAT sectors), the FAT, the directory and the mini stream with its mini FAT. Built
/// for hostile bytes: every chain is checked against the file's end and for loops, every declared size against the
/// file, and nothing throws; a file that cannot be read gives a <see cref="BinaryOfficeProblem"/>.
/// </summary>
internal sealed class CompoundFile
{
    /// <summary>The sector numbers above this one are markers (end of chain, free, FAT, DIFAT), not sectors.</summary>
    private const uint MaxRegularSector = 0xFFFFFFFA;

    private const uint EndOfChain = 0xFFFFFFFE;

    private const uint NoEntry = 0xFFFFFFFF;

    private const int HeaderLength = 512;

    private const int HeaderDifatEntries = 109;

    private const int EntryLength = 128;

    private const int MiniSectorSize = 64;

    /// <summary>Streams shorter than this live in the mini stream ([MS-CFB] fixes it at 4096).</summary>
    private const int MiniStreamCutoff = 4096;

    private readonly ReadOnlyMemory<byte> file;
    private readonly int sectorSize;
    private readonly uint[] fat;
    private readonly uint[] miniFat;
    private readonly byte[] miniStream;
    private readonly byte[] directory;
    private readonly bool version3;
    private readonly Dictionary<string, int> streams;

    private CompoundFile(ReadOnlyMemory<byte> file, int sectorSize, bool version3, uint[] fat, byte[] directory, uint[] miniFat, byte[] miniStream)
    {
        this.file = file;
        this.sectorSize = sectorSize;
        this.version3 = version3;
        this.fat = fat;
        this.directory = directory;
        this.miniFat = miniFat;
        this.miniStream = miniStream;
        streams = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the first bytes of every compound file.</summary>
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>Gets the names of the streams directly under the root storage (not those of embedded objects).</summary>
    public IReadOnlyCollection<string> StreamNames => streams.Keys;

    /// <summary>Gets whether bytes start as a compound file.</summary>
    /// <param name="head">The file's first bytes (eight are enough).</param>
    /// <returns>Whether they start with the compound file signature.</returns>
    public static bool StartsAsCompoundFile(ReadOnlySpan<byte> head) => head.StartsWith(Signature);

    /// <summary>Opens a compound file: reads its header, FAT, directory and mini stream.</summary>
    /// <param name="file">The whole file.</param>
    /// <param name="problem">Why the file could not be opened, or <see cref="BinaryOfficeProblem.None"/>.</param>
    /// <returns>The file, or null when it could not be opened; never throws.</returns>
    public static CompoundFile? Open(ReadOnlyMemory<byte> file, out BinaryOfficeProblem problem)
    {
        ReadOnlySpan<byte> bytes = file.Span;
        if (bytes.Length < HeaderLength || !StartsAsCompoundFile(bytes))
        {
            problem = bytes.Length < HeaderLength && StartsAsCompoundFile(bytes) ? BinaryOfficeProblem.Truncated : BinaryOfficeProblem.Header;
            return null;
        }

        int sectorShift = UInt16(bytes, 0x1E);
        if (UInt16(bytes, 0x1C) != 0xFFFE || sectorShift is not (9 or 12) || UInt16(bytes, 0x20) != 6)
        {
            problem = BinaryOfficeProblem.Header;
            return null;
        }

        int sectorSize = 1 << sectorShift;
        if (bytes.Length < sectorSize)
        {
            problem = BinaryOfficeProblem.Truncated;
            return null;
        }

        // Sectors in the file, the last one possibly cut short (some writers leave off its unused end).
        long sectorCount = (bytes.Length - sectorSize + sectorSize - 1L) / sectorSize;
        uint[]? fat = ReadFat(bytes, sectorSize, sectorCount, out problem);
        if (fat is null)
        {
            return null;
        }

        // The directory is read first through the FAT alone; the mini stream and mini FAT come from its root entry.
        var compound = new CompoundFile(file, sectorSize, sectorShift == 9, fat, [], [], []);
        byte[]? directory = compound.ReadChain(UInt32(bytes, 0x30), -1, mini: false, out problem);
        if (directory is null)
        {
            return null;
        }

        compound = new CompoundFile(file, sectorSize, sectorShift == 9, fat, directory, [], []);
        return compound.ReadRoot(UInt32(bytes, 0x3C), out problem);
    }

    /// <summary>Gets whether the root storage holds a stream of this name (compared ignoring case, as the format does).</summary>
    /// <param name="name">The stream's name.</param>
    /// <returns>Whether it is there.</returns>
    public bool HasStream(string name) => streams.ContainsKey(name);

    /// <summary>Reads a stream of the root storage whole.</summary>
    /// <param name="name">The stream's name.</param>
    /// <param name="problem">Why it could not be read (<see cref="BinaryOfficeProblem.Directory"/> when there is no
    /// such stream), or <see cref="BinaryOfficeProblem.None"/>.</param>
    /// <returns>The stream's bytes, or null; never throws.</returns>
    public byte[]? ReadStream(string name, out BinaryOfficeProblem problem)
    {
        if (!streams.TryGetValue(name, out int entry))
        {
            problem = BinaryOfficeProblem.Directory;
            return null;
        }

        ReadOnlySpan<byte> record = directory.AsSpan(entry * EntryLength, EntryLength);
        long size = StreamSize(record);
        return ReadChain(UInt32(record, 0x74), size, mini: size < MiniStreamCutoff, out problem);
    }

    /// <summary>Reads the FAT from the sectors the DIFAT lists: the header's 109 entries, then the chain of DIFAT
    /// sectors (each listing <c>sectorSize / 4 - 1</c> FAT sectors and the next DIFAT sector last).</summary>
    private static uint[]? ReadFat(ReadOnlySpan<byte> bytes, int sectorSize, long sectorCount, out BinaryOfficeProblem problem)
    {
        uint fatSectors = UInt32(bytes, 0x2C);
        uint difatSectors = UInt32(bytes, 0x48);
        if (fatSectors > sectorCount || difatSectors > sectorCount)
        {
            problem = fatSectors > sectorCount ? BinaryOfficeProblem.SizeTooLarge : BinaryOfficeProblem.Header;
            return null;
        }

        int perSector = sectorSize / 4;
        var fat = new uint[checked((int)fatSectors * perSector)];
        int filled = 0;
        for (int i = 0; i < HeaderDifatEntries && filled < fatSectors; i++)
        {
            if (!CopyFatSector(bytes, sectorSize, UInt32(bytes, 0x4C + (i * 4)), fat, filled++, out problem))
            {
                return null;
            }
        }

        uint difat = UInt32(bytes, 0x44);
        var seen = new HashSet<uint>();
        while (filled < fatSectors)
        {
            if (difat > MaxRegularSector || !seen.Add(difat) || seen.Count > difatSectors + 1)
            {
                problem = difat > MaxRegularSector ? BinaryOfficeProblem.Truncated : BinaryOfficeProblem.ChainLoop;
                return null;
            }

            long offset = (difat + 1L) * sectorSize;
            if (offset + sectorSize > bytes.Length)
            {
                problem = BinaryOfficeProblem.SectorOutOfRange;
                return null;
            }

            ReadOnlySpan<byte> sector = bytes.Slice((int)offset, sectorSize);
            for (int i = 0; i < perSector - 1 && filled < fatSectors; i++)
            {
                if (!CopyFatSector(bytes, sectorSize, UInt32(sector, i * 4), fat, filled++, out problem))
                {
                    return null;
                }
            }

            difat = UInt32(sector, (perSector - 1) * 4);
        }

        problem = BinaryOfficeProblem.None;
        return fat;
    }

    /// <summary>Copies one FAT sector's entries into the FAT at the place of the <paramref name="index"/>th.</summary>
    private static bool CopyFatSector(ReadOnlySpan<byte> bytes, int sectorSize, uint sector, uint[] fat, int index, out BinaryOfficeProblem problem)
    {
        long offset = (sector + 1L) * sectorSize;
        if (sector > MaxRegularSector || offset + sectorSize > bytes.Length)
        {
            problem = BinaryOfficeProblem.SectorOutOfRange;
            return false;
        }

        int perSector = sectorSize / 4;
        for (int i = 0; i < perSector; i++)
        {
            fat[(index * perSector) + i] = UInt32(bytes, (int)offset + (i * 4));
        }

        problem = BinaryOfficeProblem.None;
        return true;
    }

    /// <summary>Reads the root entry (the mini stream's chain and size), the mini FAT, and the names of the streams
    /// under the root (its red-black tree of children, walked with a bound on the entries visited).</summary>
    private CompoundFile? ReadRoot(uint firstMiniFatSector, out BinaryOfficeProblem problem)
    {
        if (directory.Length < EntryLength || directory[0x42] != 5)
        {
            problem = BinaryOfficeProblem.Directory;
            return null;
        }

        ReadOnlySpan<byte> root = directory.AsSpan(0, EntryLength);
        long miniSize = StreamSize(root);
        problem = BinaryOfficeProblem.None;
        byte[]? mini = miniSize == 0 ? [] : ReadChain(UInt32(root, 0x74), miniSize, mini: false, out problem);
        if (mini is null)
        {
            return null;
        }

        byte[]? miniFatBytes = firstMiniFatSector is EndOfChain or NoEntry ? [] : ReadChain(firstMiniFatSector, -1, mini: false, out problem);
        if (miniFatBytes is null)
        {
            return null;
        }

        var miniTable = new uint[miniFatBytes.Length / 4];
        for (int i = 0; i < miniTable.Length; i++)
        {
            miniTable[i] = UInt32(miniFatBytes, i * 4);
        }

        var compound = new CompoundFile(file, sectorSize, version3, fat, directory, miniTable, mini);
        return compound.ReadNames(out problem) ? compound : null;
    }

    /// <summary>Collects the names of the root's child streams; a tree that loops or points past the directory is
    /// damaged.</summary>
    private bool ReadNames(out BinaryOfficeProblem problem)
    {
        int entries = directory.Length / EntryLength;
        var visited = new bool[entries];
        var pending = new Stack<uint>();
        pending.Push(UInt32(directory, 0x4C));
        while (pending.Count > 0)
        {
            uint entry = pending.Pop();
            if (entry == NoEntry)
            {
                continue;
            }

            if (entry >= entries || visited[entry])
            {
                problem = BinaryOfficeProblem.Directory;
                return false;
            }

            visited[entry] = true;
            ReadOnlySpan<byte> record = directory.AsSpan((int)entry * EntryLength, EntryLength);
            if (record[0x42] == 2 && NameOf(record) is { } name)
            {
                streams.TryAdd(name, (int)entry);
            }

            pending.Push(UInt32(record, 0x44));
            pending.Push(UInt32(record, 0x48));
        }

        problem = BinaryOfficeProblem.None;
        return true;
    }

    /// <summary>Reads a chain of sectors (of the file, or of the mini stream) from <paramref name="start"/>: exactly
    /// <paramref name="size"/> bytes, or, for a size of -1, every sector up to the end of the chain. A sector outside
    /// the file or the table, a chain that comes back on itself, or one shorter than the size is a problem.</summary>
    private byte[]? ReadChain(uint start, long size, bool mini, out BinaryOfficeProblem problem)
    {
        uint[] table = mini ? miniFat : fat;
        int unit = mini ? MiniSectorSize : sectorSize;
        ReadOnlySpan<byte> source = mini ? miniStream : file.Span;
        long available = mini ? miniStream.Length : file.Length;
        if (size > available || size > (long)table.Length * unit)
        {
            problem = BinaryOfficeProblem.SizeTooLarge;
            return null;
        }

        if (size == 0)
        {
            problem = BinaryOfficeProblem.None;
            return [];
        }

        var visited = new bool[table.Length];
        var chain = new List<uint>();
        long wanted = size < 0 ? long.MaxValue : (size + unit - 1) / unit;
        uint sector = start;
        while (chain.Count < wanted && !(size < 0 && sector == EndOfChain))
        {
            if (sector >= table.Length)
            {
                problem = sector == EndOfChain ? BinaryOfficeProblem.Truncated : BinaryOfficeProblem.SectorOutOfRange;
                return null;
            }

            if (visited[sector])
            {
                problem = BinaryOfficeProblem.ChainLoop;
                return null;
            }

            // A sector the FAT covers but the file does not hold is caught here, before the chain's bytes are
            // allocated: they never pass the file's own size.
            if ((mini ? (long)sector * unit : (sector + 1L) * unit) >= source.Length)
            {
                problem = BinaryOfficeProblem.SectorOutOfRange;
                return null;
            }

            visited[sector] = true;
            chain.Add(sector);
            sector = table[sector];
        }

        long length = size < 0 ? (long)chain.Count * unit : size;
        var bytes = new byte[length];
        long done = 0;
        foreach (uint link in chain)
        {
            long offset = mini ? (long)link * unit : (link + 1L) * unit;
            int count = (int)Math.Min(unit, length - done);
            // The file's last sector may be cut short (some writers leave off its unused end): what it lacks stays
            // zero. Every sector starts inside the file (checked above).
            int held = (int)Math.Min(count, source.Length - offset);
            source.Slice((int)offset, held).CopyTo(bytes.AsSpan((int)done));
            done += count;
        }

        problem = BinaryOfficeProblem.None;
        return bytes;
    }

    /// <summary>The size a directory entry declares: 64 bits in a version 4 file; in a version 3 file (512-byte
    /// sectors) only the low 32 bits count, as some writers leave garbage in the high ones.</summary>
    private long StreamSize(ReadOnlySpan<byte> record)
    {
        ulong size = BinaryPrimitives.ReadUInt64LittleEndian(record[0x78..]);
        if (version3)
        {
            size &= 0xFFFFFFFF;
        }

        return size > long.MaxValue / 2 ? long.MaxValue / 2 : (long)size;
    }

    /// <summary>The entry's name (its length in bytes, at most 64, counts the closing NUL), or null when it has none.</summary>
    private static string? NameOf(ReadOnlySpan<byte> record)
    {
        int length = UInt16(record, 0x40);
        return length is >= 4 and <= 64 && length % 2 == 0
            ? Encoding.Unicode.GetString(record[..(length - 2)])
            : null;
    }

    private static int UInt16(ReadOnlySpan<byte> bytes, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(bytes[offset..]);

    private static uint UInt32(ReadOnlySpan<byte> bytes, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(bytes[offset..]);
}
