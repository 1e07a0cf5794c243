using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Rkaskpd.Text;
using Rkaskpd.Text.Decoding;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Decoding;

/// <summary>The bytes entry points (<see cref="RkaTextReader.Read(Stream)"/>, <see cref="RkaTextReader.Read(ReadOnlySpan{byte})"/>):
/// every accepted encoding and line end reads the seed to the same model and diagnostics as its text.</summary>
public class RkaTextReaderEncodingTests
{
    private const string MiniForm = "Urusan Pemerintahan : 1.01 Pendidikan\nKegiatan : 1.01.1.01.01.01 Contoh kegiatan\n";

    private static readonly Lazy<string> Seed = new(() => TestData.SeedText);

    private static readonly Lazy<RkaReadResult> SeedResult = new(() => RkaTextReader.Read(Seed.Value));

    public static TheoryData<string, string> EncodingsAndLineEnds
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string encoding in new[] { "utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom" })
            {
                foreach (string lineEnd in new[] { "LF", "CRLF", "CR" })
                {
                    data.Add(encoding, lineEnd);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(EncodingsAndLineEnds))]
    public void The_seed_reads_to_the_same_model_and_diagnostics_in_every_encoding_and_line_end(string encoding, string lineEnd)
    {
        byte[] bytes = Encode(WithLineEnds(Seed.Value, lineEnd), encoding);

        RkaReadResult fromSpan = RkaTextReader.Read(bytes);
        using var stream = new MemoryStream(bytes, writable: false);
        RkaReadResult fromStream = RkaTextReader.Read(stream);

        AssertSameReading(SeedResult.Value, fromSpan);
        AssertSameReading(SeedResult.Value, fromStream);
    }

    [Theory]
    [InlineData("LF")]
    [InlineData("CRLF")]
    [InlineData("CR")]
    public void The_seed_in_Windows_1252_reads_to_the_same_model_with_one_info_saying_so(string lineEnd)
    {
        // Windows-1252 has no arrow; the dashes ('—' is 0x97, invalid as UTF-8) make the bytes Windows-1252 only.
        string text = WithLineEnds(Seed.Value.Replace('\u2192', '>'), lineEnd);
        RkaReadResult expected = RkaTextReader.Read(text);
        byte[] bytes = Windows1252Encoding.Instance.GetBytes(text);
        Assert.False(IsUtf8(bytes));

        RkaReadResult actual = RkaTextReader.Read(bytes);

        Assert.Equal(expected.Document, actual.Document);
        Diagnostic info = Assert.Single(actual.Diagnostics, d => d.Code == "RKA013");
        Assert.Equal(DiagnosticSeverity.Info, info.Severity);
        Assert.Null(info.Line);
        Assert.Null(info.Kegiatan);
        Assert.Contains("Windows-1252", info.Message, StringComparison.Ordinal);
        Assert.Equal(expected.Diagnostics, actual.Diagnostics.Where(d => d.Code != "RKA013"));
        Assert.Equal(expected.Validate(), actual.Validate().Where(d => d.Code != "RKA013"));
    }

    [Fact]
    public void The_typographic_characters_of_Windows_1252_are_decoded_as_such()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes(MiniForm), .. "Lokasi Kegiatan : "u8, 0x93, (byte)'K', 0xE9, 0x94, 0x20, 0x96, 0x20, 0x80, 0xB2, (byte)'\n'];

        RkaReadResult result = RkaTextReader.Read(bytes);

        Assert.Equal("\u201CK\u00E9\u201D \u2013 \u20AC\u00B2", Assert.Single(result.Document.Forms).Header.Lokasi);
        Assert.Single(result.Diagnostics, d => d.Code == "RKA013");
    }

    [Fact]
    public void Valid_utf8_with_accents_is_not_taken_for_Windows_1252()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(MiniForm + "Lokasi Kegiatan : Kelurahan Citrodiwangsan \u2013 m\u00B2 \u00E9\n");

        RkaReadResult result = RkaTextReader.Read(bytes);

        Assert.Equal("Kelurahan Citrodiwangsan \u2013 m\u00B2 \u00E9", Assert.Single(result.Document.Forms).Header.Lokasi);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA013" or "RKA014");
    }

    [Theory]
    [InlineData(new byte[] { 0xC3 })] // a lead byte without its continuation
    [InlineData(new byte[] { 0x80 })] // a lone continuation byte
    [InlineData(new byte[] { 0xC0, 0xAF })] // an overlong encoding of '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // an encoded surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // past U+10FFFF
    public void Invalid_utf8_without_a_byte_order_mark_is_read_as_Windows_1252(byte[] invalid)
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes(MiniForm), .. "Lokasi Kegiatan : a"u8, .. invalid, (byte)'b', (byte)'\n'];

        RkaReadResult result = RkaTextReader.Read(bytes);

        // 0xA0 is the no-break space in Windows-1252, which the reader reads as a space (InvisibleCharacters).
        string expected = "a" + Windows1252Encoding.Instance.GetString(invalid).Replace('\u00A0', ' ') + "b";
        Assert.Equal(expected, Assert.Single(result.Document.Forms).Header.Lokasi);
        Assert.Single(result.Diagnostics, d => d.Code == "RKA013");
    }

    [Fact]
    public void Invalid_utf8_after_a_byte_order_mark_is_replaced_and_reported()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.ASCII.GetBytes(MiniForm), .. "Lokasi Kegiatan : a"u8, 0xC3, (byte)'b', 0xFF, (byte)'\n'];

        RkaReadResult result = RkaTextReader.Read(bytes);

        Assert.Equal("a\uFFFDb\uFFFD", Assert.Single(result.Document.Forms).Header.Lokasi);
        Diagnostic replaced = Assert.Single(result.Diagnostics, d => d.Code == "RKA014");
        Assert.Equal(DiagnosticSeverity.Warning, replaced.Severity);
        Assert.StartsWith("2 byte sequence(s) that are not valid UTF-8", replaced.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA013");
    }

    [Fact]
    public void A_lone_surrogate_in_utf16_is_replaced_and_reported()
    {
        byte[] text = Encoding.Unicode.GetBytes(MiniForm + "Lokasi Kegiatan : aXb\n");
        int x = Array.IndexOf(text, (byte)'X');
        text[x] = 0x00;
        text[x + 1] = 0xD8; // U+D800, a high surrogate followed by 'b'
        byte[] bytes = [0xFF, 0xFE, .. text];

        RkaReadResult result = RkaTextReader.Read(bytes);

        Assert.Equal("a\uFFFDb", Assert.Single(result.Document.Forms).Header.Lokasi);
        Assert.Contains("UTF-16 little-endian", Assert.Single(result.Diagnostics, d => d.Code == "RKA014").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_left_in_a_string_does_not_cost_the_first_line()
    {
        RkaReadResult withMark = RkaTextReader.Read("\uFEFF" + Seed.Value);
        using var reader = new StringReader("\uFEFF" + Seed.Value);
        RkaReadResult throughReader = RkaTextReader.Read(reader);

        AssertSameReading(SeedResult.Value, withMark);
        AssertSameReading(SeedResult.Value, throughReader);
    }

    [Fact]
    public void A_byte_order_mark_starting_the_first_line_of_a_form_keeps_that_line()
    {
        string text = "\uFEFF" + MiniForm;
        Assert.Equal(RkaTextReader.Read(MiniForm).Document, RkaTextReader.Read(text).Document);
        Assert.Equal(RkaTextReader.Read(MiniForm).Diagnostics, RkaTextReader.Read(text).Diagnostics);
        Assert.Equal(RkaTextReader.Read(MiniForm).Diagnostics, RkaTextReader.Read(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray()).Diagnostics);
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0xFF, 0xFE })]
    [InlineData(new byte[] { 0xFE, 0xFF })]
    public void An_empty_document_in_any_encoding_is_RKA001_as_for_empty_text(byte[] bytes)
    {
        RkaReadResult expected = RkaTextReader.Read(string.Empty);

        using var stream = new MemoryStream(bytes);
        RkaReadResult fromStream = RkaTextReader.Read(stream);
        RkaReadResult fromSpan = RkaTextReader.Read(bytes);

        Assert.Equal(expected.Diagnostics, fromStream.Diagnostics);
        Assert.Equal(expected.Diagnostics, fromSpan.Diagnostics);
        Assert.Equal("RKA001", Assert.Single(fromSpan.Diagnostics).Code);
        Assert.Empty(fromSpan.Document.Forms);
    }

    [Fact]
    public void A_stream_that_cannot_seek_reads_the_same()
    {
        byte[] bytes = Windows1252Encoding.Instance.GetBytes(Seed.Value.Replace('\u2192', '>'));
        using var forward = new ForwardOnlyStream(new MemoryStream(bytes));

        RkaReadResult result = RkaTextReader.Read(forward);

        AssertSameReading(RkaTextReader.Read(bytes), result);
        Assert.Single(result.Diagnostics, d => d.Code == "RKA013");
    }

    [Fact]
    public void Reading_starts_at_the_stream_position_and_leaves_the_stream_open()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(Seed.Value);
        using var stream = new MemoryStream([.. "junk before\n"u8, .. utf8]);
        stream.Position = "junk before\n"u8.Length;

        RkaReadResult result = RkaTextReader.Read(stream);

        AssertSameReading(SeedResult.Value, result);
        Assert.True(stream.CanRead);
    }

    [Fact]
    public void A_failing_stream_throws_its_IOException()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(Seed.Value);
        using var failing = new FailingStream(new MemoryStream(bytes), failAfter: 4096);

        IOException thrown = Assert.Throws<IOException>(() => RkaTextReader.Read(failing));
        Assert.Equal(FailingStream.Message, thrown.Message);
        Assert.Throws<IOException>(() => RkaTextReader.Read(new ForwardOnlyStream(new FailingStream(new MemoryStream(bytes), failAfter: 100))));
    }

    [Fact]
    public void Null_is_refused() =>
        Assert.Throws<ArgumentNullException>(() => RkaTextReader.Read((Stream)null!));

    [Fact]
    public void A_closed_stream_is_refused_as_an_argument()
    {
        var closed = new MemoryStream(Encoding.UTF8.GetBytes(MiniForm));
        closed.Dispose();

        ArgumentException thrown = Assert.Throws<ArgumentException>(() => RkaTextReader.Read(closed));
        Assert.Equal("stream", thrown.ParamName);
    }

    [Fact]
    public void The_document_limit_holds_for_bytes_as_for_text()
    {
        string text = string.Concat(Enumerable.Repeat(MiniForm, 10));
        long limit = (MiniForm.Length * 2) + 10;
        RawDocument expected = RawFormScanner.Scan(new StringReader(text), limit, 100);

        foreach (string encoding in new[] { "utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom" })
        {
            byte[] bytes = Encode(text, encoding);
            RkaReadResult result = RkaTextReader.Read(bytes, limit, 100);
            Assert.Equal(expected.Forms.Count, result.Document.Forms.Count);
            Diagnostic stopped = Assert.Single(result.Diagnostics, d => d.Code == "RKA011");
            Assert.Equal(expected.Notes.Single(n => n.Code == "RKA011").Line, stopped.Line);
        }
    }

    [Fact]
    public void An_endless_stream_that_cannot_seek_stops_at_the_document_limit()
    {
        const long limit = 1 << 16;
        using var endless = new EndlessStream(Encoding.ASCII.GetBytes(MiniForm));

        RkaReadResult result = RkaTextReader.Read(endless, limit, 100_000);

        Assert.Single(result.Diagnostics, d => d.Code == "RKA011");
        Assert.InRange(endless.BytesRead, limit, DecodedReader.MaxBytesFor(limit) + (1 << 16));
    }

    private static void AssertSameReading(RkaReadResult expected, RkaReadResult actual)
    {
        Assert.Equal(expected.Document, actual.Document);
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(expected.Validate(), actual.Validate());
    }

    private static string WithLineEnds(string text, string lineEnd)
    {
        string lf = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return lineEnd switch
        {
            "CRLF" => lf.Replace("\n", "\r\n", StringComparison.Ordinal),
            "CR" => lf.Replace('\n', '\r'),
            _ => lf,
        };
    }

    private static byte[] Encode(string text, string encoding) => encoding switch
    {
        "utf-8" => Encoding.UTF8.GetBytes(text),
        "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)],
        "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)],
        _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
    };

    private static bool IsUtf8(byte[] bytes) => System.Text.Unicode.Utf8.IsValid(bytes);

    /// <summary>A read-only stream that cannot seek (a pipe, standard input, a network body).</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 1000));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A seekable stream whose reads fail past a given number of bytes, as a failing disk would.</summary>
    private sealed class FailingStream(MemoryStream inner, int failAfter) : Stream
    {
        public const string Message = "The disk went away.";

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (inner.Position >= failAfter)
            {
                throw new IOException(Message);
            }

            return inner.Read(buffer, offset, (int)Math.Min(count, failAfter - inner.Position));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream that repeats its bytes forever and counts what was read.</summary>
    private sealed class EndlessStream(byte[] pattern) : Stream
    {
        private long position;

        public long BytesRead => position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = pattern[(int)(position++ % pattern.Length)];
            }

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
