using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Rkaskpd.Text.Decoding;

/// <summary>
/// The first stage of the reader pipeline: turns a document's bytes into text. It recognises the encoding (a UTF-8 or
/// UTF-16 byte order mark; otherwise UTF-8 when the bytes are valid UTF-8, Windows-1252 when they are not) and hands
/// the scanner a <see cref="TextReader"/> that decodes block by block, so the text is never held whole.
/// </summary>
/// <remarks>
/// Whether the bytes are valid UTF-8 is decided over everything the reader could read within
/// <see cref="RkaTextReader.MaxDocumentLength"/>: a seekable stream is checked in a first pass and read again from its
/// starting position; a stream that cannot seek is first copied into memory up to that many bytes. Invalid sequences
/// in UTF-8 after a byte order mark, and lone surrogates in UTF-16, become U+FFFD and are counted for a note.
/// </remarks>
internal sealed class DecodedReader : IDisposable
{
    private const int BufferLength = 1 << 14;

    private readonly ReplacementCounter counter;
    private readonly MemoryStream? copy;
    private readonly string? declaredName;

    private DecodedReader(TextReader reader, TextEncodingKind kind, ReplacementCounter counter, MemoryStream? copy, string? declaredName)
    {
        Reader = reader;
        Kind = kind;
        this.counter = counter;
        this.copy = copy;
        this.declaredName = declaredName;
    }

    /// <summary>Gets the decoded text.</summary>
    public TextReader Reader { get; }

    /// <summary>Gets the encoding recognised.</summary>
    public TextEncodingKind Kind { get; }

    /// <summary>Gets the most bytes that <paramref name="maxChars"/> characters can take in any recognised encoding
    /// (three bytes a UTF-16 character in UTF-8), plus the room the scanner needs to see the limit crossed and a byte
    /// order mark.</summary>
    /// <param name="maxChars">The reader's character limit.</param>
    /// <returns>The byte limit.</returns>
    public static long MaxBytesFor(long maxChars) => checked((maxChars + 2) * 3 + ByteOrderMark.MaxLength);

    /// <summary>Recognises the encoding of the stream's bytes from its current position and opens a reader over them.</summary>
    /// <param name="stream">The bytes; left open.</param>
    /// <param name="maxChars">The reader's character limit (bytes past what it can take are not examined).</param>
    /// <returns>The reader; dispose it when done (the stream stays open).</returns>
    /// <exception cref="IOException">The stream fails.</exception>
    public static DecodedReader Open(Stream stream, long maxChars)
    {
        long maxBytes = MaxBytesFor(maxChars);
        MemoryStream? copy = null;
        if (!stream.CanSeek)
        {
            copy = CopyOf(stream, maxChars);
            stream = copy;
        }

        long start = stream.Position;
        string? declared = null;
        Span<byte> head = stackalloc byte[ByteOrderMark.MaxLength];
        int headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (!ByteOrderMark.TryDetect(head[..headLength], out TextEncodingKind kind, out int markLength))
        {
            stream.Position = start;
            kind = Utf8Validator.IsValid(stream, maxBytes) ? TextEncodingKind.Utf8 : TextEncodingKind.Windows1252;
            stream.Position = start;
            declared = kind == TextEncodingKind.Windows1252 ? DeclaredCharset.Windows1252Name(stream) : null;
        }

        stream.Position = start + markLength;
        var counter = new ReplacementCounter();
        Encoding encoding = kind switch
        {
            TextEncodingKind.Utf16LittleEndian => WithFallback(new UnicodeEncoding(bigEndian: false, byteOrderMark: false), counter),
            TextEncodingKind.Utf16BigEndian => WithFallback(new UnicodeEncoding(bigEndian: true, byteOrderMark: false), counter),
            TextEncodingKind.Windows1252 => Windows1252Encoding.Instance,
            _ => WithFallback(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), counter),
        };
        var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, BufferLength, leaveOpen: true);
        return new DecodedReader(reader, kind, counter, copy, declared);
    }

    /// <summary>Copies a stream that cannot seek into memory, up to the bytes <paramref name="maxChars"/> characters can
    /// take (<see cref="MaxBytesFor"/>).</summary>
    /// <param name="stream">The bytes.</param>
    /// <param name="maxChars">The reader's character limit.</param>
    /// <returns>The copy, positioned at its start.</returns>
    /// <exception cref="IOException">The stream fails.</exception>
    public static MemoryStream CopyOf(Stream stream, long maxChars)
    {
        var copy = new MemoryStream();
        CopyAtMost(stream, copy, MaxBytesFor(maxChars));
        copy.Position = 0;
        return copy;
    }

    /// <summary>Gets the notes about the decoding: how the text was read when it was not UTF-8, and how many invalid
    /// sequences were replaced (known once the text has been read).</summary>
    /// <returns>The notes, each about the whole document (line 0).</returns>
    public IEnumerable<RawNote> Notes()
    {
        if (Kind == TextEncodingKind.Windows1252)
        {
            yield return new RawNote(0, TextReaderMessages.ReadAsWindows1252, declaredName is null
                ? TextReaderMessages.Windows1252()
                : TextReaderMessages.Windows1252Declared(declaredName));
        }

        if (counter.Count > 0)
        {
            yield return new RawNote(0, TextReaderMessages.InvalidBytesReplaced, TextReaderMessages.BytesReplaced(counter.Count, Describe(Kind)));
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        Reader.Dispose();
        copy?.Dispose();
    }

    private static string Describe(TextEncodingKind kind) => kind switch
    {
        TextEncodingKind.Utf16LittleEndian => "UTF-16 little-endian",
        TextEncodingKind.Utf16BigEndian => "UTF-16 big-endian",
        _ => "UTF-8",
    };

    private static Encoding WithFallback(Encoding encoding, ReplacementCounter counter)
    {
        var clone = (Encoding)encoding.Clone();
        clone.DecoderFallback = counter;
        return clone;
    }

    private static void CopyAtMost(Stream source, MemoryStream destination, long maxBytes)
    {
        byte[] block = new byte[BufferLength];
        long remaining = maxBytes;
        while (remaining > 0)
        {
            int read = source.Read(block, 0, (int)Math.Min(block.Length, remaining));
            if (read == 0)
            {
                break;
            }

            destination.Write(block, 0, read);
            remaining -= read;
        }
    }
}
