using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rkaskpd;

/// <summary>The formatting core of <see cref="Terbilang"/>: writes into a span by copying static words only.</summary>
/// <remarks>
/// <para>An amount is first planned as a list of entries of <see cref="TerbilangWordTable"/> (the words of each
/// three-digit group 0–999 and each scale, in the casing asked for), which gives the exact length; the entries are then
/// copied. The fast path of the copy: while the destination has room, each entry is one copy of
/// <see cref="TerbilangWordTable.CopyLength"/> characters, a length the JIT knows and unrolls, whatever the entry's own
/// length; the characters past the entry are overwritten by the next one. Only the last entries, near the end of the
/// destination, are copied at their exact length, so nothing is written past the words.</para>
/// <para><see cref="EqualsWords"/> is the checker's fast path: the expected words are written into a stack buffer and
/// compared with the text, allocating nothing.</para>
/// </remarks>
internal static class TerbilangWriter
{
    /// <summary>The largest supported integer part: 10^27 − 1 (999 <c>septiliun</c> …).</summary>
    internal static readonly UInt128 MaxInteger = UInt128.Parse("999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The largest mantissa of a decimal, 2^96 − 1.</summary>
    private static readonly UInt128 MaxMantissa = new(uint.MaxValue, ulong.MaxValue);

    private static readonly ulong[] Pow10U64 = BuildPow10U64();
    private static readonly UInt128[] Pow10U128 = BuildPow10U128();

    /// <summary>More entries than any text needs: minus, nine groups and scales, koma and 28 digits, currency, sen.</summary>
    private const int MaxEntries = 64;

    /// <summary>The longest words <see cref="EqualsWords"/> writes on the stack: any amount up to 10^18 with sen.</summary>
    private const int MaxComparedOnStack = 512;

    /// <summary>The plan entry for a currency word other than <c>rupiah</c>, written character by character.</summary>
    private const ushort CustomCurrencyEntry = ushort.MaxValue;

    /// <summary>Writes <paramref name="value"/> in words; false when <paramref name="destination"/> is too small.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The integer part exceeds <see cref="MaxInteger"/>.</exception>
    /// <exception cref="ArgumentException">Sen style without a currency word, or with more than two decimals.</exception>
    [SkipLocalsInit] // the plan is written before it is read
    internal static bool TryWrite(decimal value, Span<char> destination, out int charsWritten, TerbilangOptions options)
    {
        Span<ushort> plan = stackalloc ushort[MaxEntries];
        int count = Plan(value, options, plan, out int length);
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        Write(plan[..count], options, destination[..length]);
        charsWritten = length;
        return true;
    }

    /// <summary>Writes <paramref name="value"/> in words into a new string of exactly the right length.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The integer part exceeds <see cref="MaxInteger"/>.</exception>
    /// <exception cref="ArgumentException">Sen style without a currency word, or with more than two decimals.</exception>
    [SkipLocalsInit] // the plan is written before it is read
    internal static string ToWords(decimal value, TerbilangOptions options)
    {
        Span<ushort> plan = stackalloc ushort[MaxEntries];
        int count = Plan(value, options, plan, out int length);
        return string.Create(length, new PlanState(plan[..count], options), static (span, state) => Write(state.Plan, state.Options, span));
    }

    /// <summary>
    /// Whether <paramref name="text"/> is, ignoring case (ordinal), exactly the words written for
    /// <paramref name="value"/> with <paramref name="options"/>: the words are written into a stack buffer and compared,
    /// allocating nothing for any text a form holds.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The integer part exceeds <see cref="MaxInteger"/>.</exception>
    /// <exception cref="ArgumentException">Sen style without a currency word, or with more than two decimals.</exception>
    [SkipLocalsInit] // the plan and the words are written before they are read
    internal static bool EqualsWords(ReadOnlySpan<char> text, decimal value, TerbilangOptions options)
    {
        Span<ushort> plan = stackalloc ushort[MaxEntries];
        int count = Plan(value, options, plan, out int length);
        if (length != text.Length)
        {
            return false;
        }

        if (length > MaxComparedOnStack)
        {
            return text.Equals(ToWords(value, options), StringComparison.OrdinalIgnoreCase);
        }

        Span<char> words = stackalloc char[MaxComparedOnStack];
        Write(plan[..count], options, words[..length]);
        return text.Equals(words[..length], StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Lists the table entries that spell <paramref name="value"/> (see <see cref="TerbilangWordTable"/>;
    /// <see cref="CustomCurrencyEntry"/> stands for a currency word not in the table) and the length of the text.
    /// </summary>
    [SkipLocalsInit] // the bits and groups are written before they are read
    private static int Plan(decimal value, TerbilangOptions options, Span<ushort> plan, out int length)
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

        TerbilangWordTable table = options.Casing == TerbilangCasing.Upper ? TerbilangWordTable.Upper : TerbilangWordTable.Lower;
        int count = 0;
        int total = 0;
        if (negative && (integer != 0 || fraction != 0))
        {
            Add(table, plan, ref count, ref total, TerbilangWordTable.WordEntry + (int)TerbilangWord.Minus);
        }

        if (integer == 0)
        {
            Add(table, plan, ref count, ref total, TerbilangWordTable.WordEntry + (int)TerbilangWord.Nol);
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
                    Add(table, plan, ref count, ref total, TerbilangWordTable.WordEntry + (int)TerbilangWord.Seribu);
                    continue;
                }

                Add(table, plan, ref count, ref total, group);
                if (s > 0)
                {
                    Add(table, plan, ref count, ref total, TerbilangWordTable.ScaleEntry + s);
                }
            }
        }

        if (options.Fraction == TerbilangFraction.Koma && fractionDigits > 0)
        {
            Add(table, plan, ref count, ref total, TerbilangWordTable.WordEntry + (int)TerbilangWord.Koma);
            Span<byte> digits = stackalloc byte[28];
            for (int i = fractionDigits - 1; i >= 0; i--)
            {
                digits[i] = (byte)(ulong)(fraction % 10);
                fraction /= 10;
            }

            for (int i = 0; i < fractionDigits; i++)
            {
                Add(table, plan, ref count, ref total, TerbilangWordTable.WordEntry + digits[i]);
            }
        }

        if (options.CurrencyWord is { } currency)
        {
            if (string.Equals(currency, "rupiah", StringComparison.Ordinal))
            {
                Add(table, plan, ref count, ref total, TerbilangWordTable.WordEntry + (int)TerbilangWord.Rupiah);
            }
            else
            {
                plan[count++] = CustomCurrencyEntry;
                total += currency.Length + 1;
            }
        }

        if (sen > 0)
        {
            Add(table, plan, ref count, ref total, sen);
            Add(table, plan, ref count, ref total, TerbilangWordTable.WordEntry + (int)TerbilangWord.Sen);
        }

        length = total - 1; // the last entry's trailing space is not written
        return count;
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

    private static void Add(TerbilangWordTable table, Span<ushort> plan, ref int count, ref int total, int entry)
    {
        plan[count++] = (ushort)entry;
        total += table.LengthOf(entry);
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

    /// <summary>Copies the planned entries into <paramref name="destination"/>, which is exactly as long as the text,
    /// then applies title or sentence casing.</summary>
    private static void Write(ReadOnlySpan<ushort> plan, TerbilangOptions options, Span<char> destination)
    {
        TerbilangWordTable table = options.Casing == TerbilangCasing.Upper ? TerbilangWordTable.Upper : TerbilangWordTable.Lower;
        ReadOnlySpan<char> chars = table.Chars;
        int position = 0;
        int limit = destination.Length;
        foreach (ushort entry in plan)
        {
            if (entry == CustomCurrencyEntry)
            {
                position = WriteCurrency(options.CurrencyWord!, options.Casing, destination, position);
                continue;
            }

            (int offset, int length) = table.EntryAt(entry);
            if (position + TerbilangWordTable.CopyLength <= limit)
            {
                // One fixed-size copy (unrolled by the JIT): the spare characters written past the entry are
                // overwritten by the next one.
                chars.Slice(offset, TerbilangWordTable.CopyLength).CopyTo(destination.Slice(position, TerbilangWordTable.CopyLength));
            }
            else
            {
                // Near the end: exact copies only, and the last entry's trailing space is left out.
                chars.Slice(offset, Math.Min(length, limit - position)).CopyTo(destination[position..]);
            }

            position += length;
        }

        if (options.Casing == TerbilangCasing.Title)
        {
            for (int i = 0; i < destination.Length; i++)
            {
                if (i == 0 || destination[i - 1] == ' ')
                {
                    destination[i] = char.ToUpperInvariant(destination[i]);
                }
            }
        }
        else if (options.Casing == TerbilangCasing.Sentence)
        {
            destination[0] = char.ToUpperInvariant(destination[0]);
        }
    }

    /// <summary>Writes a currency word that is not in the tables, cased like the number words, and its space.</summary>
    private static int WriteCurrency(string word, TerbilangCasing casing, Span<char> destination, int position)
    {
        for (int i = 0; i < word.Length; i++)
        {
            bool up = casing == TerbilangCasing.Upper || (casing == TerbilangCasing.Title && i == 0);
            destination[position + i] = up ? char.ToUpperInvariant(word[i]) : char.ToLowerInvariant(word[i]);
        }

        position += word.Length;
        if (position < destination.Length)
        {
            destination[position] = ' ';
        }

        return position + 1;
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

    /// <summary>The plan and options passed to <c>string.Create</c>.</summary>
    private readonly ref struct PlanState(ReadOnlySpan<ushort> plan, TerbilangOptions options)
    {
        internal ReadOnlySpan<ushort> Plan { get; } = plan;

        internal TerbilangOptions Options { get; } = options;
    }
}
