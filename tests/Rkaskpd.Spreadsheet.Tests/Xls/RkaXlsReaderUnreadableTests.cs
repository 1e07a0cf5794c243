using System;
using System.IO;
using System.Linq;
using System.Text;
using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Spreadsheet.Tests.Xls;

/// <summary>
/// What <see cref="RkaXlsReader"/> does with bytes that are no readable <c>.xls</c> workbook: a damaged or truncated one
/// and one past the size limit give one <c>RKA001</c> (error) and no form, never an exception or a hang; an Office
/// 97-2003 file of another kind gets the core's <c>RKA001</c> naming it; bytes of another format are read by the core.
/// </summary>
public class RkaXlsReaderUnreadableTests
{
    private const string NotAnRka = "RKA001";

    private static byte[] Workbook => UnseenData.Bytes("calc-2019-rka-skpd-221-defects.xls");

    public static TheoryData<string, int, int> Damages => new()
    {
        { "truncated after its header", 512, -1 },
        { "truncated in its middle", 8192, -1 },
        { "sectors overwritten", 1024, 4096 },
        { "FAT overwritten", 76, 512 },
        { "directory overwritten", 0, 0 },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_workbook_is_RKA001_without_forms(string damage, int start, int length)
    {
        byte[] bytes = Damaged(start, length);

        RkaReadResult result = ReadWithin(bytes);

        Assert.True(result.Document.Forms.Count == 0, damage);
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Code == NotAnRka);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains(".xls", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, 4, 0x7FFFFFFF)] // the sheet's last row
    [InlineData(14, 2, 0xFFFF)] // its last column
    public void A_sheet_that_declares_more_rows_or_columns_than_the_format_holds_is_RKA001(int offset, int size, int value)
    {
        // A small hostile file: its DIMENSIONS record (0x0200) claims two billion rows or 65535 columns, which the
        // reader would otherwise walk cell by cell.
        byte[] bytes = Workbook;
        int record = bytes.AsSpan().IndexOf((ReadOnlySpan<byte>)[0x00, 0x02, 0x0E, 0x00]);
        Assert.True(record > 0);
        for (int i = 0; i < size; i++)
        {
            bytes[record + offset + i] = (byte)(value >> (8 * i));
        }

        RkaReadResult result = ReadWithin(bytes);

        Assert.Empty(result.Document.Forms);
        Assert.Contains(result.Diagnostics, d => d.Code == NotAnRka && d.Message.Contains(".xls", StringComparison.Ordinal));
    }

    [Fact]
    public void Random_bytes_after_the_signature_are_RKA001_for_every_seed()
    {
        for (int seed = 0; seed < 50; seed++)
        {
            byte[] bytes = Workbook;
            var random = new Random(seed);
            for (int i = 0; i < 40; i++)
            {
                bytes[8 + random.Next(bytes.Length - 8)] = (byte)random.Next(256);
            }

            RkaReadResult result = ReadWithin(bytes);

            Assert.True(result.Document.Forms.Count > 0 || result.Diagnostics.Any(d => d.Code == NotAnRka), $"seed {seed}");
        }
    }

    [Fact]
    public void A_compound_file_naming_a_word_document_stream_gets_the_core_note_for_a_damaged_doc()
    {
        byte[] bytes = Workbook;
        byte[] name = Encoding.Unicode.GetBytes("Workbook");
        int at = bytes.AsSpan().IndexOf(name);
        Encoding.Unicode.GetBytes("WordDocument\0").CopyTo(bytes, at); // as a Word .doc names its stream
        bytes[at + 0x40] = 26;

        RkaReadResult result = RkaXlsReader.Read(new MemoryStream(bytes));

        // Its "WordDocument" stream holds a workbook's records, not a Word document's FIB.
        Diagnostic error = Assert.Single(result.Diagnostics, d => d.Code == NotAnRka);
        Assert.Equal(RkaTextReader.Read(bytes).Diagnostics.Single().Message, error.Message);
        Assert.Contains("Word 97-2003 document (.doc)", error.Message, StringComparison.Ordinal);
        Assert.Contains("save it as .docx", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_word_doc_whole_or_truncated_is_read_as_RkaTextReader_reads_it(int part)
    {
        byte[] doc = UnseenData.Bytes("writer-2020-rka-skpd-221-kak.doc");
        byte[] bytes = doc[..(doc.Length / part)];

        RkaReadResult result = RkaXlsReader.Read(new MemoryStream(bytes));

        Assert.Equal(RkaTextReader.Read(bytes).Diagnostics, result.Diagnostics);
        Assert.Contains(result.Diagnostics, d => part == 1 ? d.Code == "RKA021" : d.Code == NotAnRka && d.Message.Contains("(.doc)", StringComparison.Ordinal));
        Assert.Equal(part == 1, result.Document.Forms.Count > 0);
    }

    [Fact]
    public void A_file_past_the_limit_is_RKA001_without_reading_it_whole()
    {
        using var stream = new EndlessStream();

        RkaReadResult result = RkaXlsReader.Read(stream);

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal(NotAnRka, error.Code);
        Assert.True(stream.Position <= RkaTextReader.MaxDocumentLength + (1 << 16));
    }

    [Fact]
    public void Bytes_of_another_format_are_read_by_the_core()
    {
        byte[] xlsx = UnseenData.Bytes("calc-2019-rka-skpd-221-defects.xlsx");

        RkaReadResult result = RkaXlsReader.Read(new MemoryStream(xlsx));

        Assert.Equal(RkaTextReader.Read(xlsx).Diagnostics, result.Diagnostics);
        Assert.NotEmpty(result.Document.Forms);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => RkaXlsReader.Read((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => RkaXlsReader.Read((string)null!));
        using var closed = new MemoryStream();
        closed.Dispose();
        Assert.Throws<ArgumentException>(() => RkaXlsReader.Read(closed));
        Assert.Throws<FileNotFoundException>(() => RkaXlsReader.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".xls")));
    }

    /// <summary>The workbook with <paramref name="length"/> bytes from <paramref name="start"/> set to 0xFF, or cut at
    /// <paramref name="start"/> when the length is -1, or every 128-byte directory entry's name zeroed when both are 0.</summary>
    private static byte[] Damaged(int start, int length)
    {
        byte[] bytes = Workbook;
        if (length < 0)
        {
            return bytes[..start];
        }

        if (length == 0)
        {
            byte[] name = Encoding.Unicode.GetBytes("Workbook");
            int at = bytes.AsSpan().IndexOf(name);
            bytes.AsSpan(at - (at % 128), 128 * 4).Clear();
            Encoding.Unicode.GetBytes("Workbook\0").CopyTo(bytes, at - (at % 128)); // still named, but no sector chain
            bytes[at - (at % 128) + 0x40] = 18;
            bytes[at - (at % 128) + 0x42] = 2;
            bytes.AsSpan(at - (at % 128) + 0x74, 4).Fill(0xFE); // a start sector past the file's end
            bytes[at - (at % 128) + 0x78] = 0xFF;
            return bytes;
        }

        bytes.AsSpan(start, length).Fill(0xFF);
        return bytes;
    }

    /// <summary>Reads within ten seconds, so that a hang fails the test instead of stalling the suite.</summary>
    private static RkaReadResult ReadWithin(byte[] bytes)
    {
        var read = System.Threading.Tasks.Task.Run(() => RkaXlsReader.Read(new MemoryStream(bytes)));
        Assert.True(read.Wait(TimeSpan.FromSeconds(60)), "the reader hung (it did not finish within 60 s)");
        return read.Result;
    }

    /// <summary>A compound file's signature followed by zeros without end.</summary>
    private sealed class EndlessStream : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            if (position == 0 && count >= 8)
            {
                new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(buffer, offset);
            }

            position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
