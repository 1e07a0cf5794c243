using System;
using System.IO;
using System.Text;

namespace Rkaskpd.Text;

/// <summary>Reads lines (ended by <c>\n</c>, <c>\r\n</c> or <c>\r</c>) from a <see cref="TextReader"/> in blocks,
/// keeping at most a given number of characters of each line, so a giant line never has to be held whole. A byte order
/// mark (U+FEFF) at the very start of the text is skipped (and not counted in <see cref="Consumed"/>): a string decoded
/// without removing it would otherwise cost the first line.</summary>
internal sealed class LineReader
{
    private const char ByteOrderMark = '\uFEFF';

    private readonly TextReader? reader;
    private readonly string? source;
    private readonly int maxLineLength;
    private readonly char[] buffer;
    private readonly StringBuilder line = new();
    private int position;
    private int length;
    private bool skipLineFeed;
    private bool ended;
    private bool started;
    private long consumed;

    /// <summary>Initialises a reader over <paramref name="reader"/> keeping at most
    /// <paramref name="maxLineLength"/> characters of each line.</summary>
    public LineReader(TextReader reader, int maxLineLength)
    {
        this.reader = reader;
        this.maxLineLength = maxLineLength;
        buffer = new char[8192];
    }

    /// <summary>Initialises a reader over <paramref name="reader"/> whose first block, <paramref name="first"/> (the
    /// first <paramref name="firstLength"/> characters of it, at least one unless the text is empty), was read from it
    /// already (to look at how the document starts); the array becomes the reader's buffer.</summary>
    public LineReader(TextReader reader, int maxLineLength, char[] first, int firstLength)
    {
        this.reader = reader;
        this.maxLineLength = maxLineLength;
        buffer = first;
        length = firstLength;
        ended = firstLength == 0;
        started = true;
        position = firstLength > 0 && first[0] == ByteOrderMark ? 1 : 0;
    }

    /// <summary>Initialises a reader over a whole string: lines are cut from it directly, with the same lines,
    /// truncation and <see cref="Consumed"/> counts as reading it through a <see cref="StringReader"/>.</summary>
    public LineReader(string text, int maxLineLength)
    {
        source = text;
        this.maxLineLength = maxLineLength;
        buffer = [];
        length = text.Length;
        position = text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
    }

    /// <summary>Gets the number of characters consumed so far, line breaks included.</summary>
    public long Consumed => consumed;

    /// <summary>Reads the next line; returns false at the end of the text.</summary>
    public bool TryReadLine(out string text, out bool truncated)
    {
        bool read = TryReadLine(out ReadOnlyMemory<char> line, out truncated);
        text = line.ToString();
        return read;
    }

    /// <summary>Reads the next line without copying it when it can: over a whole string the line is a slice of that
    /// string (it stays valid, the string being immutable); over a <see cref="TextReader"/> it is a slice of the
    /// reader's block when the whole line is in it (most lines), valid only until the next call, else a string of its
    /// own. The scanner reads most rows in place and makes a string only of those it keeps, so the text of a document
    /// is not copied into a string per line first.</summary>
    public bool TryReadLine(out ReadOnlyMemory<char> text, out bool truncated) =>
        source is not null
            ? TryReadLineFromString(source, out text, out truncated)
            : TryReadLineFromReader(out text, out truncated);

    private bool TryReadLineFromString(string all, out ReadOnlyMemory<char> text, out bool truncated)
    {
        truncated = false;

        // The line feed of a "\r\n" is consumed by the call after the one that returned its line, as the
        // character-by-character reader does, so Consumed counts the same at every line.
        if (skipLineFeed)
        {
            skipLineFeed = false;
            if (position < length && all[position] == '\n')
            {
                position++;
                consumed++;
            }
        }

        if (position == length)
        {
            text = ReadOnlyMemory<char>.Empty;
            return false;
        }

        int start = position;
        int end = all.AsSpan(start).IndexOfAny('\r', '\n');
        end = end < 0 ? length : start + end;
        position = end;
        if (end < length)
        {
            skipLineFeed = all[end] == '\r';
            position++;
        }

        consumed += position - start;
        int kept = end - start;
        if (kept > maxLineLength)
        {
            kept = maxLineLength;
            truncated = true;
        }

        text = all.AsMemory(start, kept);
        return true;
    }

    private bool TryReadLineFromReader(out ReadOnlyMemory<char> text, out bool truncated)
    {
        line.Clear();
        truncated = false;
        bool any = false;
        while (true)
        {
            if (position == length)
            {
                if (ended)
                {
                    break;
                }

                length = reader!.Read(buffer, 0, buffer.Length);
                position = 0;
                if (length <= 0)
                {
                    length = 0;
                    ended = true;
                    break;
                }

                if (!started)
                {
                    started = true;
                    if (buffer[0] == ByteOrderMark)
                    {
                        position = 1;
                        continue;
                    }
                }
            }

            if (skipLineFeed)
            {
                skipLineFeed = false;
                if (buffer[position] == '\n')
                {
                    position++;
                    consumed++;
                    continue;
                }
            }

            // At least one character is read from here on: the run up to the next line break (kept while the line
            // is within its limit), then the break itself.
            any = true;
            ReadOnlySpan<char> rest = buffer.AsSpan(position, length - position);
            int run = rest.IndexOfAny('\r', '\n');
            int take = run < 0 ? rest.Length : run;
            int room = maxLineLength - line.Length;
            if (take > room)
            {
                truncated = true;
            }

            if (run >= 0 && line.Length == 0)
            {
                // The whole line is in the buffer (the usual case): a slice of it, no copy at all.
                text = buffer.AsMemory(position, Math.Min(take, room));
                position += take + 1;
                consumed += take + 1;
                skipLineFeed = rest[take] == '\r';
                return true;
            }

            line.Append(rest[..Math.Min(take, room)]);
            position += take;
            consumed += take;
            if (run >= 0)
            {
                char c = buffer[position++];
                consumed++;
                skipLineFeed = c == '\r';
                text = line.ToString().AsMemory();
                return true;
            }
        }

        text = line.ToString().AsMemory();
        return any;
    }
}
