using System;
using System.Runtime.CompilerServices;

namespace Rkaskpd;

/// <summary>The formatting core of <see cref="Terbilang"/>: writes into a span by copying static words only.</summary>
/// <remarks>
/// <para>An amount is written in two steps. <see cref="Collect"/> splits it into its parts (sign, three-digit groups,
/// fraction digits or sen) and lists the <see cref="TerbilangWordTable"/> entries that spell them, in the casing asked
/// for: whole groups such as <c>seratus dua puluh tiga</c>, scale words and single words (<c>seribu</c>, <c>nol</c>,
/// <c>minus</c>, <c>koma</c>, <c>rupiah</c>, <c>sen</c>). The list knows the words' exact length, so
/// <see cref="TerbilangEntries.Write"/> then copies the entries straight to where they go (the caller's span or a new
/// string of that length) or, to compare them with a text (<see cref="EqualsWords"/>), into a stack buffer; nothing
/// is ever written past the words.</para>
/// </remarks>
internal static class TerbilangWriter
{
    /// <summary>The largest supported integer part: 10^27 − 1 (999 <c>septiliun</c> …).</summary>
    internal static readonly UInt128 MaxInteger = UInt128.Parse("999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The largest mantissa of a decimal, 2^96 − 1.</summary>
    private static readonly UInt128 MaxMantissa = new(uint.MaxValue, ulong.MaxValue);

    private static readonly ulong[] Pow10U64 = BuildPow10U64();
    private static readonly UInt128[] Pow10U128 = BuildPow10U128();

    /// <summary>The stack buffer <see cref="EqualsWords"/> writes into; longer words (with a long currency word of
    /// the caller's own) take one from the heap.</summary>
    private const int ScratchLength = 1024;

    /// <summary>Writes <paramref name="value"/> in words; false when <paramref name="destination"/> is too small,
    /// which is then left untouched.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The integer part exceeds <see cref="MaxInteger"/>.</exception>
    /// <exception cref="ArgumentException">Sen style without a currency word, or with more than two decimals.</exception>
    [SkipLocalsInit] // the entries are written before they are read
    internal static bool TryWrite(decimal value, Span<char> destination, out int charsWritten, TerbilangOptions options)
    {
        Unsafe.SkipInit(out TerbilangEntries.Buffer buffer); // written before it is read
        Span<uint> entries = buffer;
        int first = Collect(value, options, entries, out int length);
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        TerbilangEntries.Write(entries[first..], options.Casing, options.CurrencyWord, destination[..length]);
        charsWritten = length;
        return true;
    }

    /// <summary>Writes <paramref name="value"/> in words into a new string of exactly the right length.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The integer part exceeds <see cref="MaxInteger"/>.</exception>
    /// <exception cref="ArgumentException">Sen style without a currency word, or with more than two decimals.</exception>
    [SkipLocalsInit] // the entries are written before they are read
    internal static string ToWords(decimal value, TerbilangOptions options)
    {
        Unsafe.SkipInit(out TerbilangEntries.Buffer buffer); // written before it is read
        Span<uint> entries = buffer;
        int first = Collect(value, options, entries, out int length);
        return string.Create(
            length,
            new WriteState(entries[first..], options),
            static (destination, state) => TerbilangEntries.Write(state.Entries, state.Options.Casing, state.Options.CurrencyWord, destination));
    }

    /// <summary>
    /// Whether <paramref name="text"/> is, ignoring case (ordinal), exactly the words written for
    /// <paramref name="value"/> with <paramref name="options"/>: a text of another length is rejected at once, else
    /// the words are written into a stack buffer and compared, allocating nothing unless the currency word is very
    /// long.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The integer part exceeds <see cref="MaxInteger"/>.</exception>
    /// <exception cref="ArgumentException">Sen style without a currency word, or with more than two decimals.</exception>
    [SkipLocalsInit] // the entries and the scratch buffer are written before they are read
    internal static bool EqualsWords(ReadOnlySpan<char> text, decimal value, TerbilangOptions options)
    {
        Unsafe.SkipInit(out TerbilangEntries.Buffer buffer); // written before it is read
        Span<uint> entries = buffer;
        int first = Collect(value, options, entries, out int length);
        if (text.Length != length)
        {
            return false; // ordinal case-insensitive comparison maps one character to one
        }

        Span<char> scratch = length <= ScratchLength ? stackalloc char[ScratchLength] : new char[length];
        scratch = scratch[..length];
        TerbilangEntries.Write(entries[first..], options.Casing, options.CurrencyWord, scratch);
        return text.Equals(scratch, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Splits <paramref name="value"/> into its parts and lists the entries of its words at the end of
    /// <paramref name="entries"/> (<see cref="TerbilangEntries.Capacity"/> entries); returns the index of the first.
    /// </summary>
    /// <param name="value">The amount.</param>
    /// <param name="options">The settings.</param>
    /// <param name="entries">Room for the entries.</param>
    /// <param name="length">The length of the words.</param>
    /// <exception cref="ArgumentOutOfRangeException">The integer part exceeds <see cref="MaxInteger"/>.</exception>
    /// <exception cref="ArgumentException">Sen style without a currency word, or with more than two decimals.</exception>
    private static int Collect(decimal value, TerbilangOptions options, Span<uint> entries, out int length)
    {
        // Not stackalloc: a method with a stack allocation and loops is compiled without profile-guided optimization.
        DecimalBits parts = default;
        Span<int> bits = parts;
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
            // The forms' amounts: 64-bit arithmetic only (128-bit division is slow).
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

        // From the last word backwards: sen, the currency word, the fraction after koma, the integer, minus.
        TerbilangWordTable table = TerbilangEntries.TableFor(options.Casing);
        int first = TerbilangEntries.Capacity;
        int spacedLength = 0;
        if (sen > 0)
        {
            TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(TerbilangWordTable.WordEntry + (int)TerbilangWord.Sen));
            TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(sen));
        }

        if (options.CurrencyWord is { } currency)
        {
            if (string.Equals(currency, "rupiah", StringComparison.Ordinal))
            {
                TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(TerbilangWordTable.WordEntry + (int)TerbilangWord.Rupiah));
            }
            else
            {
                entries[--first] = TerbilangEntries.CurrencyEntry;
                spacedLength += currency.Length + 1;
            }
        }

        if (options.Fraction == TerbilangFraction.Koma && fractionDigits > 0)
        {
            UInt128 digits = fraction;
            for (int i = 0; i < fractionDigits; i++)
            {
                TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(TerbilangWordTable.WordEntry + (int)(uint)(digits % 10)));
                digits /= 10;
            }

            TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(TerbilangWordTable.WordEntry + (int)TerbilangWord.Koma));
        }

        if (integer == 0)
        {
            TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(TerbilangWordTable.WordEntry + (int)TerbilangWord.Nol));
        }
        else if (integer <= ulong.MaxValue)
        {
            ulong rest = (ulong)integer;
            for (int s = 0; rest != 0; s = unchecked(s + 1))
            {
                ulong next = rest / 1000;
                TerbilangEntries.PushGroup(table, entries, ref first, ref spacedLength, unchecked((int)(rest - (next * 1000))), s);
                rest = next;
            }
        }
        else
        {
            UInt128 rest = integer;
            for (int s = 0; rest != 0; s++)
            {
                UInt128 next = rest / 1000;
                TerbilangEntries.PushGroup(table, entries, ref first, ref spacedLength, (int)(uint)(rest - (next * 1000)), s);
                rest = next;
            }
        }

        if (negative && (integer != 0 || fraction != 0))
        {
            TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(TerbilangWordTable.WordEntry + (int)TerbilangWord.Minus));
        }

        length = spacedLength - 1; // the last entry's trailing space is not part of the words
        return first;
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

            // At most the 64-bit mantissa, or ten times it with sen written for one decimal: always within 96 bits.
            UInt128 small = ((UInt128)smallInteger * Pow10U64[digits]) + smallFraction;
            return unchecked(new decimal((int)(uint)small, (int)(uint)(small >> 32), (int)(uint)(small >> 64), negative && small != 0, (byte)digits));
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

    /// <summary>The four 32-bit parts of a decimal (<see cref="decimal.GetBits(decimal, Span{int})"/>).</summary>
    [InlineArray(4)]
    private struct DecimalBits
    {
        private int element;
    }

    /// <summary>What <see cref="ToWords"/> hands to <see cref="string.Create{TState}"/>: the entries and the options.</summary>
    private readonly ref struct WriteState(ReadOnlySpan<uint> entries, TerbilangOptions options)
    {
        /// <summary>Gets the entries, first to last.</summary>
        internal ReadOnlySpan<uint> Entries { get; } = entries;

        /// <summary>Gets the options they were collected with.</summary>
        internal TerbilangOptions Options { get; } = options;
    }
}
