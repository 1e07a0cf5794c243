using System;
using System.IO;

namespace Rkaskpd.Tests.Text.HtmlPage;

/// <summary>A reader over a string that hands over at most a given number of characters a call, so every state of a
/// streaming stage meets a block boundary.</summary>
internal sealed class ChunkedReader(string text, int chunk) : TextReader
{
    private int position;

    /// <inheritdoc/>
    public override int Read(char[] buffer, int index, int count)
    {
        int take = Math.Min(Math.Min(count, chunk), text.Length - position);
        text.CopyTo(position, buffer, index, take);
        position += take;
        return take;
    }

    /// <inheritdoc/>
    public override int Read(Span<char> buffer)
    {
        int take = Math.Min(Math.Min(buffer.Length, chunk), text.Length - position);
        text.AsSpan(position, take).CopyTo(buffer);
        position += take;
        return take;
    }

    /// <inheritdoc/>
    public override int Peek() => position < text.Length ? text[position] : -1;
}
