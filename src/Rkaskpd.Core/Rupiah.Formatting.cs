using System;
using System.Numerics;

namespace Rkaskpd;

public readonly partial struct Rupiah : ISpanFormattable, IUtf8SpanFormattable
{
    /// <summary>The longest text any format writes: <c>-Rp. 92.233.720.368.547.758,08</c>.</summary>
    private const int MaxFormattedLength = 31;

    /// <summary>Formats this amount as the forms write it: <c>551.204.390,00</c>, <c>-1.000,00</c>.</summary>
    /// <returns>The amount with <c>.</c> between thousands and <c>,</c> before the two <c>sen</c> digits.</returns>
    public override string ToString() => ToString('G');

    /// <summary>
    /// Formats this amount in one of the fixed notations below; culture never changes the result.
    /// <list type="table">
    /// <listheader><term>Format</term><description>Result for 551204390 and −1000.5</description></listheader>
    /// <item><term><c>G</c>, null or empty</term><description>the forms' style: <c>551.204.390,00</c>,
    /// <c>-1.000,50</c>.</description></item>
    /// <item><term><c>C</c></term><description>with currency symbol: <c>Rp 551.204.390,00</c>,
    /// <c>-Rp 1.000,50</c>.</description></item>
    /// <item><term><c>F</c></term><description>the forms' currency style (as in the Masukan target):
    /// <c>Rp. 551.204.390,00</c>, <c>-Rp. 1.000,50</c>.</description></item>
    /// <item><term><c>W</c></term><description>whole rupiah: <c>551.204.390</c>; exact, so an amount with
    /// <c>sen</c> keeps them: <c>-1.000,50</c>. Nothing is ever rounded or truncated.</description></item>
    /// <item><term><c>R</c></term><description>invariant round-trip: <c>551204390.00</c>,
    /// <c>-1000.50</c>.</description></item>
    /// <item><term><c>E</c></term><description>English separators: <c>551,204,390.00</c>,
    /// <c>-1,000.50</c>.</description></item>
    /// </list>
    /// Format letters are case-insensitive. <c>G</c>, <c>C</c>, <c>F</c> and <c>W</c> parse back with the default
    /// styles; <c>R</c> and <c>E</c> with <see cref="RupiahStyles.AllowEnglishSeparators"/>.
    /// </summary>
    /// <param name="format">One of the formats above.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not one of the formats above.</exception>
    public string ToString(string? format) => ToString(FormatCode(format));

    /// <summary>Formats this amount; the provider is ignored, see <see cref="ToString(string?)"/>.</summary>
    /// <param name="format">One of the formats of <see cref="ToString(string?)"/>.</param>
    /// <param name="formatProvider">Ignored: the forms' notation is fixed.</param>
    /// <returns>The formatted amount.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is unknown.</exception>
    string IFormattable.ToString(string? format, IFormatProvider? formatProvider) => ToString(format);

    /// <summary>
    /// Writes this amount into a span of characters without allocating; see <see cref="ToString(string?)"/> for the
    /// formats. At most 31 characters are written.
    /// </summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the span was too short.</param>
    /// <param name="format">One of the formats of <see cref="ToString(string?)"/>; empty for <c>G</c>.</param>
    /// <returns><see langword="true"/> when the text fitted into <paramref name="destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is unknown.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default) =>
        TryFormatCore(destination, out charsWritten, FormatCode(format));

    /// <summary>
    /// Writes this amount as UTF-8 into a span of bytes without allocating; see <see cref="ToString(string?)"/>
    /// for the formats. At most 31 bytes are written.
    /// </summary>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written; 0 when the span was too short.</param>
    /// <param name="format">One of the formats of <see cref="ToString(string?)"/>; empty for <c>G</c>.</param>
    /// <returns><see langword="true"/> when the text fitted into <paramref name="utf8Destination"/>.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is unknown.</exception>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format = default) =>
        TryFormatCore(utf8Destination, out bytesWritten, FormatCode(format));

    /// <inheritdoc cref="TryFormat(Span{char}, out int, ReadOnlySpan{char})"/>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">Ignored: the forms' notation is fixed.</param>
    bool ISpanFormattable.TryFormat(
        Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormatCore(destination, out charsWritten, FormatCode(format));

    /// <inheritdoc cref="TryFormat(Span{byte}, out int, ReadOnlySpan{char})"/>
    /// <param name="utf8Destination">Where to write.</param>
    /// <param name="bytesWritten">How many bytes were written.</param>
    /// <param name="format">The format.</param>
    /// <param name="provider">Ignored: the forms' notation is fixed.</param>
    bool IUtf8SpanFormattable.TryFormat(
        Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormatCore(utf8Destination, out bytesWritten, FormatCode(format));

    private string ToString(char code)
    {
        Span<char> buffer = stackalloc char[MaxFormattedLength];
        _ = TryFormatCore(buffer, out int written, code);
        return new string(buffer[..written]);
    }

    /// <summary>Maps a format string to its upper-case letter.</summary>
    private static char FormatCode(ReadOnlySpan<char> format)
    {
        if (format.IsEmpty)
        {
            return 'G';
        }

        if (format.Length == 1)
        {
            char code = (char)(format[0] & ~0x20); // ASCII upper case
            if (code is 'G' or 'C' or 'F' or 'W' or 'R' or 'E')
            {
                return code;
            }
        }

        throw new FormatException(RupiahMessages.UnknownFormat(format));
    }

    private bool TryFormatCore<TChar>(Span<TChar> destination, out int written, char code)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        (char group, char decimalMark, string prefix) = code switch
        {
            'C' => ('.', ',', "Rp "),
            'F' => ('.', ',', "Rp. "),
            'R' => ('\0', '.', string.Empty),
            'E' => (',', '.', string.Empty),
            _ => ('.', ',', string.Empty),
        };

        ulong magnitude = Magnitude(sen);
        ulong whole = magnitude / SenPerRupiah;
        uint fraction = (uint)(magnitude % SenPerRupiah);
        bool writeSen = code != 'W' || fraction != 0;
        int digits = CountDigits(whole);
        int length = (sen < 0 ? 1 : 0) + prefix.Length + digits + (group == '\0' ? 0 : (digits - 1) / 3) +
            (writeSen ? 3 : 0);
        if (destination.Length < length)
        {
            written = 0;
            return false;
        }

        int position = 0;
        if (sen < 0)
        {
            destination[position++] = TChar.CreateTruncating('-');
        }

        foreach (char c in prefix)
        {
            destination[position++] = TChar.CreateTruncating(c);
        }

        position = length;
        if (writeSen)
        {
            destination[--position] = TChar.CreateTruncating('0' + (fraction % 10));
            destination[--position] = TChar.CreateTruncating('0' + (fraction / 10));
            destination[--position] = TChar.CreateTruncating(decimalMark);
        }

        int count = 0;
        do
        {
            if (count == 3)
            {
                if (group != '\0')
                {
                    destination[--position] = TChar.CreateTruncating(group);
                }

                count = 0;
            }

            (whole, ulong digit) = Math.DivRem(whole, 10UL);
            destination[--position] = TChar.CreateTruncating('0' + digit);
            count++;
        }
        while (whole != 0);

        written = length;
        return true;
    }

    private static int CountDigits(ulong value)
    {
        int digits = 1;
        while (value >= 10)
        {
            value /= 10;
            digits++;
        }

        return digits;
    }
}
