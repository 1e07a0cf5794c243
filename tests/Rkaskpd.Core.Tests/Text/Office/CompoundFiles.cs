using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>Builds compound files ([MS-CFB]) by hand for the tests: streams under the root, those shorter than 4096
/// bytes in the mini stream, 512- or 4096-byte sectors, the FAT listed in the header and, past 109 FAT sectors, in
/// DIFAT sectors. The layout is returned so tests can damage the file where they mean to.</summary>
internal static class CompoundFiles
{
    public const uint EndOfChain = 0xFFFFFFFE;

    private const uint FreeSector = 0xFFFFFFFF;

    private const uint FatSector = 0xFFFFFFFD;

    private const uint DifatSector = 0xFFFFFFFC;

    /// <summary>Builds a file.</summary>
    /// <param name="streams">The streams of the root storage.</param>
    /// <param name="sectorShift">9 (512-byte sectors, version 3) or 12 (4096-byte sectors, version 4).</param>
    /// <returns>The file and where things are.</returns>
    public static CompoundLayout Build(IReadOnlyList<(string Name, byte[] Data)> streams, int sectorShift = 9)
    {
        int sectorSize = 1 << sectorShift;
        var sectors = new List<byte[]>();
        var fat = new List<uint>();
        var starts = new Dictionary<string, uint>();

        // The mini stream: each small stream in 64-byte mini sectors, chained in the mini FAT.
        var mini = new MemoryStream();
        var miniFat = new List<uint>();
        foreach ((string name, byte[] data) in streams.Where(s => s.Data.Length < 4096))
        {
            int count = (data.Length + 63) / 64;
            starts[name] = count == 0 ? EndOfChain : (uint)miniFat.Count;
            for (int i = 0; i < count; i++)
            {
                miniFat.Add(i == count - 1 ? EndOfChain : (uint)(miniFat.Count + 1));
            }

            mini.Write(data);
            mini.Write(new byte[(count * 64) - data.Length]);
        }

        uint miniStart = Allocate(mini.ToArray(), sectorSize, sectors, fat);
        foreach ((string name, byte[] data) in streams.Where(s => s.Data.Length >= 4096))
        {
            starts[name] = Allocate(data, sectorSize, sectors, fat);
        }

        byte[] miniFatBytes = new byte[miniFat.Count * 4];
        for (int i = 0; i < miniFat.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(miniFatBytes.AsSpan(i * 4), miniFat[i]);
        }

        uint miniFatStart = Allocate(miniFatBytes, sectorSize, sectors, fat);

        // The directory: the root, then each stream, chained as right siblings of the root's child.
        byte[] directory = new byte[((streams.Count + 1 + (sectorSize / 128) - 1) / (sectorSize / 128)) * sectorSize];
        WriteEntry(directory, 0, "Root Entry", 5, streams.Count > 0 ? 1u : FreeSector, FreeSector, miniStart, mini.Length);
        for (int i = 0; i < streams.Count; i++)
        {
            uint right = i + 1 < streams.Count ? (uint)(i + 2) : FreeSector;
            WriteEntry(directory, i + 1, streams[i].Name, 2, FreeSector, right, starts[streams[i].Name], streams[i].Data.Length);
        }

        for (int i = streams.Count + 1; i < directory.Length / 128; i++)
        {
            WriteEntry(directory, i, string.Empty, 0, FreeSector, FreeSector, 0, 0);
        }

        uint directoryStart = Allocate(directory, sectorSize, sectors, fat);

        // The FAT sectors (and DIFAT sectors past the header's 109) come last, sized to cover themselves.
        int perSector = sectorSize / 4;
        int fatCount = 1;
        int difatCount = 0;
        while (true)
        {
            difatCount = fatCount <= 109 ? 0 : (fatCount - 109 + perSector - 2) / (perSector - 1);
            if ((long)fatCount * perSector >= sectors.Count + fatCount + difatCount)
            {
                break;
            }

            fatCount++;
        }

        uint firstFat = (uint)sectors.Count;
        for (int i = 0; i < fatCount; i++)
        {
            fat.Add(FatSector);
            sectors.Add(new byte[sectorSize]);
        }

        uint firstDifat = (uint)sectors.Count;
        for (int i = 0; i < difatCount; i++)
        {
            fat.Add(DifatSector);
            sectors.Add(new byte[sectorSize]);
        }

        while (fat.Count < fatCount * perSector)
        {
            fat.Add(FreeSector);
        }

        for (int i = 0; i < fat.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(sectors[(int)firstFat + (i / perSector)].AsSpan((i % perSector) * 4), fat[i]);
        }

        for (int d = 0; d < difatCount; d++)
        {
            byte[] sector = sectors[(int)firstDifat + d];
            sector.AsSpan().Fill(0xFF);
            for (int i = 0; i < perSector - 1; i++)
            {
                int index = 109 + (d * (perSector - 1)) + i;
                if (index < fatCount)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(sector.AsSpan(i * 4), firstFat + (uint)index);
                }
            }

            BinaryPrimitives.WriteUInt32LittleEndian(sector.AsSpan((perSector - 1) * 4), d + 1 < difatCount ? firstDifat + (uint)d + 1 : EndOfChain);
        }

        byte[] header = new byte[sectorSize];
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x18), 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1A), (ushort)(sectorShift == 9 ? 3 : 4));
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1C), 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x1E), (ushort)sectorShift);
        BinaryPrimitives.WriteUInt16LittleEndian(header.AsSpan(0x20), 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x28), sectorShift == 9 ? 0u : (uint)(directory.Length / sectorSize));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x2C), (uint)fatCount);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x30), directoryStart);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x38), 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x3C), miniFatStart);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x40), (uint)((miniFatBytes.Length + sectorSize - 1) / sectorSize));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x44), difatCount > 0 ? firstDifat : EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x48), (uint)difatCount);
        for (int i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(0x4C + (i * 4)), i < fatCount ? firstFat + (uint)i : FreeSector);
        }

        byte[] file = [.. header, .. sectors.SelectMany(s => s)];
        return new CompoundLayout(file, sectorSize, firstFat, directoryStart, starts);
    }

    /// <summary>Sets a FAT entry of a file built here (the FAT sectors are consecutive).</summary>
    public static void SetFat(CompoundLayout layout, uint sector, uint next)
    {
        long offset = ((layout.FirstFatSector + 1L) * layout.SectorSize) + (sector * 4L);
        BinaryPrimitives.WriteUInt32LittleEndian(layout.File.AsSpan((int)offset), next);
    }

    /// <summary>Gets the byte offset of a stream's directory entry.</summary>
    public static int EntryOffset(CompoundLayout layout, int entry) =>
        (int)((layout.DirectoryStart + 1L) * layout.SectorSize) + (entry * 128);

    private static uint Allocate(byte[] data, int sectorSize, List<byte[]> sectors, List<uint> fat)
    {
        if (data.Length == 0)
        {
            return EndOfChain;
        }

        uint start = (uint)sectors.Count;
        int count = (data.Length + sectorSize - 1) / sectorSize;
        for (int i = 0; i < count; i++)
        {
            byte[] sector = new byte[sectorSize];
            data.AsSpan(i * sectorSize, Math.Min(sectorSize, data.Length - (i * sectorSize))).CopyTo(sector);
            sectors.Add(sector);
            fat.Add(i == count - 1 ? EndOfChain : (uint)sectors.Count);
        }

        return start;
    }

    private static void WriteEntry(byte[] directory, int index, string name, byte type, uint child, uint right, uint start, long size)
    {
        Span<byte> entry = directory.AsSpan(index * 128, 128);
        byte[] encoded = Encoding.Unicode.GetBytes(name);
        encoded.CopyTo(entry);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[0x40..], (ushort)(name.Length == 0 ? 0 : encoded.Length + 2));
        entry[0x42] = type;
        entry[0x43] = 1;
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x44..], FreeSector);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x48..], right);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x4C..], child);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[0x74..], start);
        BinaryPrimitives.WriteUInt64LittleEndian(entry[0x78..], (ulong)size);
    }
}

/// <summary>A compound file built by <see cref="CompoundFiles"/> and where its parts are.</summary>
/// <param name="File">The bytes.</param>
/// <param name="SectorSize">The sector size.</param>
/// <param name="FirstFatSector">The first FAT sector (the others follow it).</param>
/// <param name="DirectoryStart">The directory's first sector.</param>
/// <param name="Starts">Each stream's first sector (a mini sector for a stream under 4096 bytes).</param>
internal sealed record CompoundLayout(byte[] File, int SectorSize, uint FirstFatSector, uint DirectoryStart, IReadOnlyDictionary<string, uint> Starts);
