using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using FsCheck.Xunit;
using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text.Office;
using Xunit;

namespace Rkaskpd.Tests.Text.Office;

/// <summary>The compound file reader ([MS-CFB]) on LibreOffice's files and on files built and damaged by hand: it
/// reads every stream, and a damaged file gives its problem, never an exception or a hang.</summary>
public class CompoundFileTests
{
    private static readonly byte[] Small = Enumerable.Range(0, 300).Select(i => (byte)i).ToArray();

    private static readonly byte[] Large = Enumerable.Range(0, 9000).Select(i => (byte)(i * 7)).ToArray();

    [Fact]
    public void LibreOffice_files_name_their_streams_and_give_the_word_document_whole()
    {
        byte[] file = UnseenData.Bytes("writer-2020-rka-skpd-221-kak.doc");

        CompoundFile? compound = CompoundFile.Open(file, out BinaryOfficeProblem problem);

        Assert.Equal(BinaryOfficeProblem.None, problem);
        Assert.NotNull(compound);
        Assert.Contains("WordDocument", compound.StreamNames);
        Assert.True(compound.HasStream("1table"));
        byte[]? word = compound.ReadStream("WordDocument", out problem);
        Assert.Equal(BinaryOfficeProblem.None, problem);
        Assert.Equal(0xA5EC, BinaryPrimitives.ReadUInt16LittleEndian(word));

        // A stream under 4096 bytes lives in the mini stream (LibreOffice's summary information does).
        byte[]? summary = compound.ReadStream("\u0005SummaryInformation", out problem);
        Assert.NotNull(summary);
        Assert.InRange(summary.Length, 1, 4095);
        Assert.Equal(0xFFFE, BinaryPrimitives.ReadUInt16LittleEndian(summary));
    }

    [Theory]
    [InlineData(9)]
    [InlineData(12)]
    public void Streams_in_the_mini_stream_and_in_sectors_read_back_as_written(int sectorShift)
    {
        byte[] file = CompoundFiles.Build([("Small", Small), ("Large", Large), ("Empty", [])], sectorShift).File;

        CompoundFile compound = Assert.IsType<CompoundFile>(CompoundFile.Open(file, out _));

        Assert.Equal(Small, compound.ReadStream("Small", out _));
        Assert.Equal(Large, compound.ReadStream("large", out _));
        Assert.Empty(compound.ReadStream("Empty", out _)!);
        Assert.Null(compound.ReadStream("Missing", out BinaryOfficeProblem problem));
        Assert.Equal(BinaryOfficeProblem.Directory, problem);
    }

    [Fact]
    public void A_fat_past_109_sectors_is_read_through_the_difat_sectors()
    {
        // 110 FAT sectors of 128 entries cover more than 14 000 sectors: a stream of 7.2 MB.
        byte[] huge = new byte[(110 * 128 * 512) + 1000];
        huge[^1] = 42;
        huge[4_000_000] = 7;

        CompoundLayout layout = CompoundFiles.Build([("Huge", huge)]);
        CompoundFile compound = Assert.IsType<CompoundFile>(CompoundFile.Open(layout.File, out _));

        Assert.NotEqual(CompoundFiles.EndOfChain, BinaryPrimitives.ReadUInt32LittleEndian(layout.File.AsSpan(0x44)));
        byte[]? read = compound.ReadStream("Huge", out BinaryOfficeProblem problem);
        Assert.Equal(BinaryOfficeProblem.None, problem);
        Assert.Equal(huge.Length, read!.Length);
        Assert.Equal(42, read[^1]);
        Assert.Equal(7, read[4_000_000]);
    }

    [Fact]
    public void A_chain_that_loops_is_a_problem_not_a_hang()
    {
        CompoundLayout layout = CompoundFiles.Build([("Large", Large)]);
        uint start = layout.Starts["Large"];
        CompoundFiles.SetFat(layout, start + 1, start);

        CompoundFile compound = Assert.IsType<CompoundFile>(CompoundFile.Open(layout.File, out _));

        Assert.Null(compound.ReadStream("Large", out BinaryOfficeProblem problem));
        Assert.Equal(BinaryOfficeProblem.ChainLoop, problem);
    }

    [Fact]
    public void A_directory_chain_that_loops_on_itself_is_a_problem()
    {
        CompoundLayout layout = CompoundFiles.Build([("Large", Large)]);
        CompoundFiles.SetFat(layout, layout.DirectoryStart, layout.DirectoryStart);

        Assert.Null(CompoundFile.Open(layout.File, out BinaryOfficeProblem problem));
        Assert.Equal(BinaryOfficeProblem.ChainLoop, problem);
    }

    [Fact]
    public void A_sector_past_the_end_is_a_problem()
    {
        CompoundLayout layout = CompoundFiles.Build([("Large", Large)]);
        CompoundFiles.SetFat(layout, layout.Starts["Large"], 0x00FFFFF0);

        CompoundFile compound = Assert.IsType<CompoundFile>(CompoundFile.Open(layout.File, out _));

        Assert.Null(compound.ReadStream("Large", out BinaryOfficeProblem problem));
        Assert.Equal(BinaryOfficeProblem.SectorOutOfRange, problem);
    }

    [Fact]
    public void A_chain_through_sectors_the_fat_covers_but_the_file_lacks_allocates_nothing_for_them()
    {
        // A hundred FAT sectors (the whole file) cover 12 800 sectors; the directory's chain runs through those past
        // the file's end. Its bytes (6.5 MB) must not be allocated before the first missing sector is seen.
        byte[] file = new byte[512 * 101];
        CompoundFiles.Build([]).File.AsSpan(0, 0x4C).CopyTo(file);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x2C), 100);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x30), 100);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x44), CompoundFiles.EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x48), 0);
        for (int i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(0x4C + (i * 4)), i < 100 ? (uint)i : 0xFFFFFFFF);
        }

        for (int entry = 0; entry < 12_800; entry++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(512 + (entry * 4)), entry == 12_799 ? CompoundFiles.EndOfChain : (uint)entry + 1);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        CompoundFile? compound = CompoundFile.Open(file, out BinaryOfficeProblem problem);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(compound);
        Assert.Equal(BinaryOfficeProblem.SectorOutOfRange, problem);
        Assert.InRange(allocated, 0, 1 << 20);
    }

    [Theory]
    [InlineData(0x7FFFFFF0L)]
    [InlineData(100_000L)]
    public void A_stream_declaring_more_bytes_than_the_file_is_a_problem(long size)
    {
        CompoundLayout layout = CompoundFiles.Build([("Small", Small), ("Large", Large)]);
        BinaryPrimitives.WriteInt64LittleEndian(layout.File.AsSpan(CompoundFiles.EntryOffset(layout, 2) + 0x78), size);

        CompoundFile compound = Assert.IsType<CompoundFile>(CompoundFile.Open(layout.File, out _));

        Assert.Null(compound.ReadStream("Large", out BinaryOfficeProblem problem));
        Assert.Equal(BinaryOfficeProblem.SizeTooLarge, problem);
        Assert.Equal(Small, compound.ReadStream("Small", out _));
    }

    [Fact]
    public void A_stream_declaring_more_bytes_than_its_chain_is_a_problem()
    {
        CompoundLayout layout = CompoundFiles.Build([("Large", Large), ("Padding", new byte[40_000])]);
        BinaryPrimitives.WriteInt64LittleEndian(layout.File.AsSpan(CompoundFiles.EntryOffset(layout, 1) + 0x78), Large.Length + 1000);

        CompoundFile compound = Assert.IsType<CompoundFile>(CompoundFile.Open(layout.File, out _));

        Assert.Null(compound.ReadStream("Large", out BinaryOfficeProblem problem));
        Assert.Equal(BinaryOfficeProblem.Truncated, problem);
    }

    [Fact]
    public void A_truncated_file_is_a_problem_at_every_length()
    {
        byte[] file = UnseenData.Bytes("docx-2019-rka-skpd-221-kak.doc");

        foreach (int length in new[] { 8, 100, 511, 512, 4096, file.Length / 2 })
        {
            CompoundFile? compound = CompoundFile.Open(file.AsMemory(0, length), out BinaryOfficeProblem problem);
            byte[]? word = compound?.ReadStream("WordDocument", out problem);

            Assert.True(word is null, $"read the WordDocument stream of {length} bytes");
            Assert.NotEqual(BinaryOfficeProblem.None, problem);
        }
    }

    [Theory]
    [InlineData(0x1C, 0xFFFF)]
    [InlineData(0x1E, 10)]
    [InlineData(0x20, 7)]
    public void A_header_of_other_byte_order_or_sector_sizes_is_a_problem(int offset, int value)
    {
        byte[] file = CompoundFiles.Build([("Small", Small)]).File;
        BinaryPrimitives.WriteUInt16LittleEndian(file.AsSpan(offset), (ushort)value);

        Assert.Null(CompoundFile.Open(file, out BinaryOfficeProblem problem));
        Assert.Equal(BinaryOfficeProblem.Header, problem);
    }

    [Fact]
    public void A_directory_tree_that_points_back_at_itself_is_a_problem()
    {
        CompoundLayout layout = CompoundFiles.Build([("Small", Small), ("Large", Large)]);
        BinaryPrimitives.WriteUInt32LittleEndian(layout.File.AsSpan(CompoundFiles.EntryOffset(layout, 2) + 0x48), 1);

        Assert.Null(CompoundFile.Open(layout.File, out BinaryOfficeProblem problem));
        Assert.Equal(BinaryOfficeProblem.Directory, problem);
    }

    [Property(MaxTest = 300)]
    public void Random_bytes_after_a_valid_header_never_throw(byte[] rest, bool big)
    {
        byte[] header = CompoundFiles.Build([("WordDocument", big ? Large : Small), ("1Table", Small)]).File[..512];
        byte[] file = [.. header, .. rest];

        CompoundFile? compound = CompoundFile.Open(file, out _);
        compound?.ReadStream("WordDocument", out _);
        OfficeText text = WordBinaryText.Read(file, 1 << 20);

        Assert.NotEmpty(text.Notes);
    }

    [Property(MaxTest = 200)]
    public bool Bytes_of_a_real_file_changed_at_random_never_throw(int[] positions, byte[] values)
    {
        byte[] file = UnseenData.Bytes("writer-2020-rka-skpd-221-kak.doc");
        for (int i = 0; i < positions.Length && i < values.Length; i++)
        {
            file[(int)((uint)positions[i] % (uint)file.Length)] = values[i];
        }

        OfficeText text = WordBinaryText.Read(file, 1 << 20);
        return text.Notes.Count > 0 && (text.Text is not null || text.Notes.Single().Code == "RKA001");
    }

    [Fact]
    public void A_stream_that_is_not_seekable_reads_as_a_seekable_one()
    {
        byte[] file = UnseenData.Bytes("writer-2020-rka-skpd-221-kak.doc");

        OfficeText fromMemory = WordBinaryText.Read(file, 1 << 26);
        OfficeText fromStream = WordBinaryText.Read(new NonSeekable(file), 1 << 26);

        Assert.NotNull(fromMemory.Text);
        Assert.Equal(fromMemory.Text, fromStream.Text);
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
