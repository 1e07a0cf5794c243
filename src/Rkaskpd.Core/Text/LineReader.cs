using System;
using System.IO;
using System.Text;

namespace Rkaskpd.Text;

/// <summary>Reads lines (ended by <c>\n</c>, <c>\r\n</c> or <c>\r</c>) from a <see cref="TextReader"/> in blocks,
/// keeping at most a given number of characters of each line, so a giant line never has to be held whole.</summary>
internal sealed class LineReader
{
    private readonly TextReader reader;
    private readonly int maxLineLength;
    private readonly char[] buffer = new char[8192];
    private readonly StringBuilder line = new();
    private int position;
    private int length;
    private bool skipLineFeed;
    private bool ended;
    private long consumed;

    /// <summary>Initialises a reader over <paramref name="reader"/> keeping at most
    /// <paramref name="maxLineLength"/> characters of each line.</summary>
    public LineReader(TextReader reader, int maxLineLength)
    {
        this.reader = reader;
        this.maxLineLength = maxLineLength;
    }

    /// <summary>Gets the number of characters consumed so far, line breaks included.</summary>
    public long Consumed => consumed;

    /// <summary>Reads the next line; returns false at the end of the text.</summary>
    public bool TryReadLine(out string text, out bool truncated)
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

                length = reader.Read(buffer, 0, buffer.Length);
                position = 0;
                if (length <= 0)
                {
                    length = 0;
                    ended = true;
                    break;
                }
            }

            char c = buffer[position++];
            consumed++;
            if (skipLineFeed)
            {
                skipLineFeed = false;
                if (c == '\n')
                {
                    continue;
                }
            }

            any = true;
            if (c == '\n')
            {
                text = line.ToString();
                return true;
            }

            if (c == '\r')
            {
                skipLineFeed = true;
                text = line.ToString();
                return true;
            }

            if (line.Length < maxLineLength)
            {
                line.Append(c);
            }
            else
            {
                truncated = true;
            }
        }

        text = line.ToString();
        return any;
    }
}
