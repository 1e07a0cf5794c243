using System;
using System.IO;

namespace Rkaskpd.Text.Office;

/// <summary>
/// Splits Rich Text Format bytes into tokens: group starts and ends, control words with their parameters, control
/// symbols, and bytes of text (a byte written as <c>\'hh</c> included). Reads the stream forward through a small buffer,
/// so memory stays constant whatever the input. Never throws for bad bytes and always moves forward: a control word
/// longer than the specification's 32 letters or with a parameter of more than ten digits is read to its end and
/// clamped, a bad <c>\'hh</c> gives what hexadecimal digits it has, <c>\binN</c>'s data is skipped however large
/// <c>N</c> (up to the end of the bytes), and the bytes simply end where they end.
/// </summary>
internal sealed class RichTextTokenizer
{
    /// <summary>The longest control word name kept (the specification's limit); longer names are read to their end
    /// and given as an empty name, which no handler knows.</summary>
    public const int MaxNameLength = 32;

    /// <summary>The most digits of a parameter read into its value (a longer number is clamped).</summary>
    private const int MaxDigits = 10;

    private readonly Stream stream;
    private readonly byte[] buffer = new byte[4096];
    private readonly char[] name = new char[MaxNameLength];
    private int position;
    private int length;
    private int pushedBack = -1;
    private int nameLength;

    /// <summary>Initializes a tokenizer over a stream, from its current position.</summary>
    /// <param name="stream">The bytes; read forward, left open.</param>
    public RichTextTokenizer(Stream stream) => this.stream = stream;

    /// <summary>Gets the last token's kind.</summary>
    public RichTextTokenKind Kind { get; private set; }

    /// <summary>Gets the last control word's name (empty for a name longer than <see cref="MaxNameLength"/>).</summary>
    public ReadOnlySpan<char> Name => name.AsSpan(0, nameLength);

    /// <summary>Gets whether the last control word has a numeric parameter.</summary>
    public bool HasParameter { get; private set; }

    /// <summary>Gets the last control word's parameter (0 when it has none), clamped to the range of <see cref="int"/>.</summary>
    public int Parameter { get; private set; }

    /// <summary>Gets the last control symbol's character.</summary>
    public char Symbol { get; private set; }

    /// <summary>Gets the last byte of text.</summary>
    public byte Value { get; private set; }

    /// <summary>Gets how many bytes were read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Reads the next token; carriage returns and line feeds between tokens are no text and are passed over.</summary>
    /// <returns>The token's kind (<see cref="RichTextTokenKind.End"/> once the bytes end, then always).</returns>
    /// <exception cref="IOException">The stream itself fails.</exception>
    public RichTextTokenKind Next()
    {
        while (true)
        {
            int b = Read();
            switch (b)
            {
                case < 0:
                    return Kind = RichTextTokenKind.End;
                case '{':
                    return Kind = RichTextTokenKind.GroupStart;
                case '}':
                    return Kind = RichTextTokenKind.GroupEnd;
                case '\r' or '\n' or 0:
                    continue;
                case '\\':
                    return Kind = Control();
                default:
                    Value = (byte)b;
                    return Kind = RichTextTokenKind.Byte;
            }
        }
    }

    /// <summary>Reads what follows a backslash.</summary>
    private RichTextTokenKind Control()
    {
        int b = Read();
        if (b < 0)
        {
            return RichTextTokenKind.End;
        }

        if (IsLetter(b))
        {
            return Word(b);
        }

        if (b is '\r' or '\n')
        {
            // A backslash before a line break is a paragraph mark, as \par is.
            SetName("par");
            HasParameter = false;
            Parameter = 0;
            return RichTextTokenKind.ControlWord;
        }

        if (b == '\'')
        {
            int high = Hex(Read(), out int first);
            if (high < 0)
            {
                Unread(first);
                Symbol = '\'';
                return RichTextTokenKind.ControlSymbol;
            }

            int low = Hex(Read(), out int second);
            if (low < 0)
            {
                Unread(second);
                Value = (byte)high;
            }
            else
            {
                Value = (byte)((high << 4) | low);
            }

            return RichTextTokenKind.Byte;
        }

        Symbol = (char)b;
        return RichTextTokenKind.ControlSymbol;
    }

    /// <summary>Reads a control word from its first letter, with its parameter and delimiter.</summary>
    private RichTextTokenKind Word(int first)
    {
        nameLength = 0;
        bool overlong = false;
        int b = first;
        while (IsLetter(b))
        {
            if (nameLength < MaxNameLength)
            {
                name[nameLength++] = (char)b;
            }
            else
            {
                overlong = true;
            }

            b = Read();
        }

        if (overlong)
        {
            nameLength = 0;
        }

        HasParameter = false;
        Parameter = 0;
        bool negative = false;
        if (b == '-')
        {
            negative = true;
            b = Read();
        }

        if (b is >= '0' and <= '9')
        {
            long value = 0;
            int digits = 0;
            while (b is >= '0' and <= '9')
            {
                if (digits++ < MaxDigits)
                {
                    value = (value * 10) + (b - '0');
                }

                b = Read();
            }

            value = negative ? -value : value;
            Parameter = (int)Math.Clamp(value, int.MinValue, int.MaxValue);
            HasParameter = true;
        }

        if (b != ' ')
        {
            Unread(b);
        }

        if (HasParameter && Name is "bin")
        {
            Skip(Parameter);
            return RichTextTokenKind.Binary;
        }

        return RichTextTokenKind.ControlWord;
    }

    /// <summary>Passes over <paramref name="count"/> bytes of binary data (fewer when the bytes end first).</summary>
    private void Skip(long count)
    {
        if (count <= 0)
        {
            return;
        }

        if (pushedBack >= 0)
        {
            pushedBack = -1;
            count--;
        }

        int inBuffer = (int)Math.Min(count, length - position);
        position += inBuffer;
        BytesRead += inBuffer;
        count -= inBuffer;
        if (count == 0)
        {
            return;
        }

        if (stream.CanSeek)
        {
            long rest = Math.Max(0, stream.Length - stream.Position);
            long step = Math.Min(count, rest);
            stream.Seek(step, SeekOrigin.Current);
            BytesRead += step;
            return;
        }

        while (count > 0 && Fill())
        {
            int step = (int)Math.Min(count, length - position);
            position += step;
            BytesRead += step;
            count -= step;
        }
    }

    private void SetName(string text)
    {
        text.CopyTo(name);
        nameLength = text.Length;
    }

    private int Read()
    {
        if (pushedBack >= 0)
        {
            int b = pushedBack;
            pushedBack = -1;
            return b;
        }

        if (position == length && !Fill())
        {
            return -1;
        }

        BytesRead++;
        return buffer[position++];
    }

    /// <summary>Gives a byte back to be read again (the end, -1, is not given back: it comes again anyway).</summary>
    private void Unread(int b)
    {
        if (b >= 0)
        {
            pushedBack = b;
        }
    }

    private bool Fill()
    {
        position = 0;
        length = stream.Read(buffer, 0, buffer.Length);
        return length > 0;
    }

    private static bool IsLetter(int b) => b is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static int Hex(int b, out int read)
    {
        read = b;
        return b switch
        {
            >= '0' and <= '9' => b - '0',
            >= 'a' and <= 'f' => b - 'a' + 10,
            >= 'A' and <= 'F' => b - 'A' + 10,
            _ => -1,
        };
    }
}
