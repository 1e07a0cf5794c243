using System;
using System.IO;

namespace Rkaskpd.Text.Office;

/// <summary>A read-only view of a package part's decompressed bytes that ends after a set number of bytes, so a part
/// that inflates beyond the reader's limit (a zip bomb, or a declared size that lies) is never read whole; it records
/// whether the limit cut the part short.</summary>
internal sealed class BoundedStream : Stream
{
    private readonly Stream inner;
    private readonly bool leaveOpen;
    private long remaining;

    /// <summary>Wraps <paramref name="inner"/>, reading at most <paramref name="limit"/> bytes of it.</summary>
    /// <param name="inner">The part's stream; disposed with this one unless <paramref name="leaveOpen"/>.</param>
    /// <param name="limit">The most bytes read.</param>
    /// <param name="leaveOpen">Whether <paramref name="inner"/> stays open (the caller's own stream, as a flat
    /// OpenDocument file is).</param>
    public BoundedStream(Stream inner, long limit, bool leaveOpen = false)
    {
        this.inner = inner;
        this.leaveOpen = leaveOpen;
        remaining = limit;
    }

    /// <summary>Gets a value indicating whether the part had more bytes than the limit.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Gets the bytes that may still be read.</summary>
    public long Remaining => remaining;

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (remaining <= 0)
        {
            // One byte more tells a part that ends exactly at the limit from one that goes past it.
            Span<byte> probe = stackalloc byte[1];
            Truncated |= inner.Read(probe) > 0;
            return 0;
        }

        int read = inner.Read(buffer[..(int)Math.Min(buffer.Length, remaining)]);
        remaining -= read;
        return read;
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
