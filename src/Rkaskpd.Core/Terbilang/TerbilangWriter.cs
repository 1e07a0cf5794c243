using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rkaskpd;

/// <summary>The formatting core of <see cref="Terbilang"/>: writes into a span by copying static words only.</summary>
/// <remarks>
/// <para>An amount is written in one pass into a scratch buffer on the stack, as entries of
/// <see cref="TerbilangWordTable"/> (the words of each three-digit group 0–999 and each scale, in the casing asked
/// for). Each entry is one copy of <see cref="TerbilangWordTable.CopyLength"/> characters, a length the JIT knows
/// and unrolls, whatever the entry's own length: the characters past the entry are overwritten by the next one, and
/// the scratch buffer has room for the spare characters of the last. The words are then copied once, at their exact
/// length, to where they go (the caller's span, a new string, or nowhere: <see cref="EqualsWords"/> compares them
/// with a text), so nothing is ever written past them.</para>
/// </remarks>
internal static class TerbilangWriter
{
    /// <summary>The largest supported integer part: 10^27 − 1 (999 <c>septiliun</c> …).</summary>
    internal static readonly UInt128 MaxInteger = UInt128.Parse("999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The largest mantissa of a decimal, 2^96 − 1.</summary>
    private static readonly UInt128 MaxMantissa = new(uint.MaxValue, ulong.MaxValue);

    private static readonly ulong[] Pow10U64 = BuildPow10U64();
    private static readonly UInt128[] Pow10U128 = BuildPow10U128();

    /// <summary>
    /// The scratch buffer's size without a currency word of the caller's own: room for the longest words any decimal
    /// can take (minus; nine groups and scales; <c>koma</c> and 28 digits; <c>rupiah</c>; a sen group and <c>sen</c>:
    /// at most 64 entries of at most <see cref="TerbilangWordTable.CopyLength"/> characters would be 2,560, but the
    /// longest such text is under 800) and the spare characters of the last copy.
    /// </summary>
    private const int ScratchLength = 1024;

    /// <summary>The longest currency word of the caller's own written with the stack buffer; a longer one takes a
    /// buffer from the heap.</summary>
    private const int CurrencyOnStack = 128;

    /// <summary>Writes <paramref name="value"/> in words; false when <paramref name="destination"/> is too small.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The integer part exceeds <see cref="MaxInteger"/>.</exception>
    /// <exception cref="ArgumentException">Sen style without a currency word, or with more than two decimals.</exception>
    [SkipLocalsInit] // the scratch buffer is written before it is read
    internal static bool TryWrite(decimal value, Span<char> destination, out int charsWritten, TerbilangOptions options)
    {
        Span<char> scratch = NeedsHeap(options) ? new char[HeapLength(options)] : stackalloc char[ScratchLength];
        int length = Write(value, options, scratch);
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        scratch[..length].CopyTo(destination);
        charsWritten = length;
        return true;
    }

    /// <summary>Writes <paramref name="value"/> in words into a new string of exactly the right length.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The integer part exceeds <see cref="MaxInteger"/>.</exception>
    /// <exception cref="ArgumentException">Sen style without a currency word, or with more than two decimals.</exception>
    [SkipLocalsInit] // the scratch buffer is written before it is read
    internal static string ToWords(decimal value, TerbilangOptions options)
    {
        Span<char> scratch = NeedsHeap(options) ? new char[HeapLength(options)] : stackalloc char[ScratchLength];
        int length = Write(value, options, scratch);
        return new string(scratch[..length]);
    }

    /// <summary>
    /// Whether <paramref name="text"/> is, ignoring case (ordinal), exactly the words written for
    /// <paramref name="value"/> with <paramref name="options"/>: the words are written into a stack buffer and compared,
    /// allocating nothing unless the currency word is very long.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The integer part exceeds <see cref="MaxInteger"/>.</exception>
    /// <exception cref="ArgumentException">Sen style without a currency word, or with more than two decimals.</exception>
    [SkipLocalsInit] // the scratch buffer is written before it is read
    internal static bool EqualsWords(ReadOnlySpan<char> text, decimal value, TerbilangOptions options)
    {
        Span<char> scratch = NeedsHeap(options) ? new char[HeapLength(options)] : stackalloc char[ScratchLength];
        int length = Write(value, options, scratch);
        return text.Equals(scratch[..length], StringComparison.OrdinalIgnoreCase);
    }

    private static bool NeedsHeap(TerbilangOptions options) => options.CurrencyWord is { Length: > CurrencyOnStack };

    private static int HeapLength(TerbilangOptions options) => ScratchLength + options.CurrencyWord!.Length;

    /// <summary>
    /// Writes the words of <paramref name="value"/> into <paramref name="scratch"/> (at least <see cref="ScratchLength"/>
    /// characters, more the currency word's length when it is longer than <see cref="CurrencyOnStack"/>) and returns
    /// their length; the characters after them are spare.
    /// </summary>
    [SkipLocalsInit] // the bits and groups are written before they are read
    private static int Write(decimal value, TerbilangOptions options, Span<char> scratch)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        bool negative = bits[3] < 0;
        int scale = (bits[3] >> 16) & 0xFF;
        ulong low = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        uint high = unchecked((uint)bits[2]);

        UInt128 integer;
        UInt128 fraction;
        int fractionDigits = scale;
        if (high == 0 && scale <= 19)
        {
            ulong smallInteger = low;
            ulong smallFraction = 0;
            if (scale != 0)
            {
                ulong divisor = Pow10U64[scale];
                smallInteger = low / divisor;
                smallFraction = low % divisor;
            }

            while (fractionDigits > 0 && smallFraction % 10 == 0)
            {
                smallFraction /= 10;
                fractionDigits--;
            }

            integer = smallInteger;
            fraction = smallFraction;
        }
        else
        {
            var mantissa = new UInt128(high, low);
            UInt128 divisor = Pow10U128[scale];
            integer = mantissa / divisor;
            fraction = mantissa % divisor;
            while (fractionDigits > 0 && fraction % 10 == 0)
            {
                fraction /= 10;
                fractionDigits--;
            }

            if (integer > MaxInteger)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(value),
                    value,
                    "Terbilang names integers up to 999 999 999 999 999 999 999 999 999 (999 septiliun …); this amount is larger.");
            }
        }

        int sen = 0;
        if (options.Fraction == TerbilangFraction.Sen)
        {
            if (options.CurrencyWord is null)
            {
                throw new ArgumentException(
                    "The sen fraction style needs a currency word (e.g. \"rupiah\") to separate rupiah from sen.",
                    nameof(options));
            }

            if (fractionDigits > 2)
            {
                throw new ArgumentException(
                    $"The sen fraction style reads whole sen only, but {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} has more than two decimals; round it first (e.g. decimal.Round(value, 2)).",
                    nameof(value));
            }

            sen = (int)(ulong)fraction * (fractionDigits == 1 ? 10 : 1);
        }

        var words = new WordCopier(options.Casing == TerbilangCasing.Upper ? TerbilangWordTable.Upper : TerbilangWordTable.Lower, scratch);
        if (negative && (integer != 0 || fraction != 0))
        {
            words.Add(TerbilangWordTable.WordEntry + (int)TerbilangWord.Minus);
        }

        if (integer == 0)
        {
            words.Add(TerbilangWordTable.WordEntry + (int)TerbilangWord.Nol);
        }
        else
        {
            Span<int> groups = stackalloc int[TerbilangVocabulary.MaxScale + 1];
            int groupCount = integer <= ulong.MaxValue ? SplitGroups((ulong)integer, groups) : SplitGroups(integer, groups);
            for (int s = groupCount - 1; s >= 0; s--)
            {
                int group = groups[s];
                if (group == 0)
                {
                    continue;
                }

                if (s == 1 && group == 1)
                {
                    words.Add(TerbilangWordTable.WordEntry + (int)TerbilangWord.Seribu);
                    continue;
                }

                words.Add(group);
                if (s > 0)
                {
                    words.Add(TerbilangWordTable.ScaleEntry + s);
                }
            }
        }

        if (options.Fraction == TerbilangFraction.Koma && fractionDigits > 0)
        {
            words.Add(TerbilangWordTable.WordEntry + (int)TerbilangWord.Koma);
            Span<byte> digits = stackalloc byte[28];
            for (int i = fractionDigits - 1; i >= 0; i--)
            {
                digits[i] = (byte)(ulong)(fraction % 10);
                fraction /= 10;
            }

            for (int i = 0; i < fractionDigits; i++)
            {
                words.Add(TerbilangWordTable.WordEntry + digits[i]);
            }
        }

        if (options.CurrencyWord is { } currency)
        {
            if (string.Equals(currency, "rupiah", StringComparison.Ordinal))
            {
                words.Add(TerbilangWordTable.WordEntry + (int)TerbilangWord.Rupiah);
            }
            else
            {
                words.AddCurrency(currency, options.Casing);
            }
        }

        if (sen > 0)
        {
            words.Add(sen);
            words.Add(TerbilangWordTable.WordEntry + (int)TerbilangWord.Sen);
        }

        int length = words.Position - 1; // the last entry's trailing space is not part of the words
        Span<char> written = scratch[..length];
        if (options.Casing == TerbilangCasing.Title)
        {
            for (int i = 0; i < written.Length; i++)
            {
                if (i == 0 || written[i - 1] == ' ')
                {
                    written[i] = char.ToUpperInvariant(written[i]);
                }
            }
        }
        else if (options.Casing == TerbilangCasing.Sentence)
        {
            written[0] = char.ToUpperInvariant(written[0]);
        }

        return length;
    }

    /// <summary>
    /// The amount <see cref="TerbilangReader"/> reads from the words written for <paramref name="value"/> with
    /// <paramref name="options"/>: the same value at the scale the words give (no trailing fraction zeros after
    /// <c>koma</c>; two decimals when sen are written, none when not), never negative zero; or null when the reader
    /// cannot hold it in a decimal (sen of an amount near 10^27 need more than 96 bits).
    /// </summary>
    /// <remarks>Call only with options <see cref="TryWrite"/> accepts for <paramref name="value"/>.</remarks>
    internal static decimal? ReadBack(decimal value, TerbilangOptions options)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        bool negative = bits[3] < 0;
        int scale = (bits[3] >> 16) & 0xFF;
        ulong low = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        uint high = unchecked((uint)bits[2]);
        if (high == 0 && scale <= 19)
        {
            // The forms' amounts: 64-bit arithmetic only (128-bit division is slow).
            ulong divisor = Pow10U64[scale];
            ulong smallInteger = low / divisor;
            ulong smallFraction = low % divisor;
            int digits = scale;
            while (digits > 0 && smallFraction % 10 == 0)
            {
                smallFraction /= 10;
                digits--;
            }

            if (options.Fraction == TerbilangFraction.Sen)
            {
                smallFraction *= digits == 1 ? 10u : 1u;
                digits = smallFraction == 0 ? 0 : 2;
            }

            UInt128 small = ((UInt128)smallInteger * Pow10U64[digits]) + smallFraction;
            return small > MaxMantissa
                ? null
                : unchecked(new decimal((int)(uint)small, (int)(uint)(small >> 32), (int)(uint)(small >> 64), negative && small != 0, (byte)digits));
        }

        var mantissa = new UInt128(high, low);
        UInt128 integer = mantissa / Pow10U128[scale];
        UInt128 fraction = mantissa % Pow10U128[scale];
        int fractionDigits = scale;
        while (fractionDigits > 0 && fraction % 10 == 0)
        {
            fraction /= 10;
            fractionDigits--;
        }

        if (options.Fraction == TerbilangFraction.Sen)
        {
            fraction *= fractionDigits == 1 ? 10u : 1u;
            fractionDigits = fraction == 0 ? 0 : 2;
        }

        UInt128 read = (integer * Pow10U128[fractionDigits]) + fraction;
        if (read > MaxMantissa)
        {
            return null;
        }

        return unchecked(new decimal((int)(uint)read, (int)(uint)(read >> 32), (int)(uint)(read >> 64), negative && read != 0, (byte)fractionDigits));
    }

    private static int SplitGroups(ulong integer, Span<int> groups)
    {
        int count = 0;
        do
        {
            groups[count++] = (int)(integer % 1000);
            integer /= 1000;
        }
        while (integer != 0);

        return count;
    }

    private static int SplitGroups(UInt128 integer, Span<int> groups)
    {
        int count = 0;
        do
        {
            groups[count++] = (int)(uint)(integer % 1000);
            integer /= 1000;
        }
        while (integer != 0);

        return count;
    }

    private static ulong[] BuildPow10U64()
    {
        var powers = new ulong[20];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    private static UInt128[] BuildPow10U128()
    {
        var powers = new UInt128[29];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    /// <summary>Copies table entries one after another into a scratch buffer, each in one fixed-size copy.</summary>
    private ref struct WordCopier(TerbilangWordTable table, Span<char> scratch)
    {
        private readonly ReadOnlySpan<char> chars = table.Chars;
        private readonly Span<char> scratch = scratch;

        /// <summary>Gets the position after the last entry's trailing space.</summary>
        internal int Position { get; private set; }

        /// <summary>Copies one entry and its trailing space.</summary>
        internal void Add(int entry)
        {
            (int offset, int length) = table.EntryAt(entry);

            // One fixed-size copy (unrolled by the JIT): the spare characters written past the entry are overwritten
            // by the next one, and the scratch buffer has room for them after the last.
            chars.Slice(offset, TerbilangWordTable.CopyLength).CopyTo(scratch.Slice(Position, TerbilangWordTable.CopyLength));
            Position += length;
        }

        /// <summary>Writes a currency word that is not in the tables, cased like the number words, and its space.</summary>
        internal void AddCurrency(string word, TerbilangCasing casing)
        {
            for (int i = 0; i < word.Length; i++)
            {
                bool up = casing == TerbilangCasing.Upper || (casing == TerbilangCasing.Title && i == 0);
                scratch[Position + i] = up ? char.ToUpperInvariant(word[i]) : char.ToLowerInvariant(word[i]);
            }

            scratch[Position + word.Length] = ' ';
            Position += word.Length + 1;
        }
    }
}
