using System;

namespace Rkaskpd;

/// <summary>The formatting core of <see cref="Terbilang"/>: writes into a span by copying static words only.</summary>
internal static class TerbilangWriter
{
    /// <summary>The largest supported integer part: 10^27 − 1 (999 <c>septiliun</c> …).</summary>
    internal static readonly UInt128 MaxInteger = UInt128.Parse("999999999999999999999999999", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A buffer size that holds any result written without a currency word.</summary>
    internal const int MaxLengthWithoutCurrency = 1024;

    private static readonly ulong[] Pow10U64 = BuildPow10U64();
    private static readonly UInt128[] Pow10U128 = BuildPow10U128();

    /// <summary>Writes <paramref name="value"/> in words; false when <paramref name="destination"/> is too small.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The integer part exceeds <see cref="MaxInteger"/>.</exception>
    /// <exception cref="ArgumentException">Sen style without a currency word, or with more than two decimals.</exception>
    internal static bool TryWrite(decimal value, Span<char> destination, out int charsWritten, TerbilangOptions options)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        bool negative = bits[3] < 0;
        int scale = (bits[3] >> 16) & 0xFF;
        ulong low = unchecked(((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        uint high = unchecked((uint)bits[2]);

        UInt128 integer;
        UInt128 fraction;
        if (high == 0 && scale <= 19)
        {
            ulong divisor = Pow10U64[scale];
            integer = low / divisor;
            fraction = low % divisor;
        }
        else
        {
            var mantissa = new UInt128(high, low);
            UInt128 divisor = Pow10U128[scale];
            integer = mantissa / divisor;
            fraction = mantissa % divisor;
        }

        int fractionDigits = scale;
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

        bool upper = options.Casing == TerbilangCasing.Upper;
        string[] words = upper ? TerbilangVocabulary.CanonicalUpper : TerbilangVocabulary.Canonical;
        var writer = new SpanWriter(destination);

        if (negative && (integer != 0 || fraction != 0))
        {
            writer.Append(words[(int)TerbilangWord.Minus]);
        }

        if (integer == 0)
        {
            writer.Append(words[(int)TerbilangWord.Nol]);
        }
        else if (integer <= ulong.MaxValue)
        {
            WriteInteger((ulong)integer, ref writer, upper);
        }
        else
        {
            WriteLargeInteger(integer, ref writer, upper);
        }

        if (options.Fraction == TerbilangFraction.Koma && fractionDigits > 0)
        {
            writer.Append(words[(int)TerbilangWord.Koma]);
            Span<byte> digits = stackalloc byte[28];
            for (int i = fractionDigits - 1; i >= 0; i--)
            {
                digits[i] = (byte)(ulong)(fraction % 10);
                fraction /= 10;
            }

            for (int i = 0; i < fractionDigits; i++)
            {
                writer.Append(words[digits[i]]);
            }
        }

        if (options.CurrencyWord is { } currency)
        {
            writer.AppendCased(currency, options.Casing);
        }

        if (sen > 0)
        {
            writer.Append(upper ? TerbilangVocabulary.GroupUpper[sen] : TerbilangVocabulary.GroupLower[sen]);
            writer.Append(words[(int)TerbilangWord.Sen]);
        }

        if (writer.Overflowed)
        {
            charsWritten = 0;
            return false;
        }

        charsWritten = writer.Position;
        Span<char> written = destination[..charsWritten];
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

        return true;
    }

    private static void WriteInteger(ulong integer, ref SpanWriter writer, bool upper)
    {
        Span<int> groups = stackalloc int[7];
        int count = 0;
        do
        {
            groups[count++] = (int)(integer % 1000);
            integer /= 1000;
        }
        while (integer != 0);

        WriteGroups(groups[..count], ref writer, upper);
    }

    private static void WriteLargeInteger(UInt128 integer, ref SpanWriter writer, bool upper)
    {
        Span<int> groups = stackalloc int[TerbilangVocabulary.MaxScale + 1];
        int count = 0;
        do
        {
            groups[count++] = (int)(uint)(integer % 1000);
            integer /= 1000;
        }
        while (integer != 0);

        WriteGroups(groups[..count], ref writer, upper);
    }

    private static void WriteGroups(scoped ReadOnlySpan<int> groups, ref SpanWriter writer, bool upper)
    {
        string[] groupWords = upper ? TerbilangVocabulary.GroupUpper : TerbilangVocabulary.GroupLower;
        string[] scaleWords = upper ? TerbilangVocabulary.ScaleUpper : TerbilangVocabulary.ScaleLower;
        for (int s = groups.Length - 1; s >= 0; s--)
        {
            int group = groups[s];
            if (group == 0)
            {
                continue;
            }

            if (s == 1 && group == 1)
            {
                writer.Append(upper ? TerbilangVocabulary.CanonicalUpper[(int)TerbilangWord.Seribu] : TerbilangVocabulary.Canonical[(int)TerbilangWord.Seribu]);
                continue;
            }

            writer.Append(groupWords[group]);
            if (s > 0)
            {
                writer.Append(scaleWords[s]);
            }
        }
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

    /// <summary>Appends words separated by single spaces, remembering (instead of throwing) when space runs out.</summary>
    private ref struct SpanWriter
    {
        private readonly Span<char> buffer;

        internal SpanWriter(Span<char> buffer) => this.buffer = buffer;

        internal int Position { get; private set; }

        internal bool Overflowed { get; private set; }

        internal void Append(string word)
        {
            if (!TryReserve(word.Length, out Span<char> target))
            {
                return;
            }

            word.CopyTo(target);
        }

        internal void AppendCased(string word, TerbilangCasing casing)
        {
            if (!TryReserve(word.Length, out Span<char> target))
            {
                return;
            }

            for (int i = 0; i < word.Length; i++)
            {
                bool up = casing == TerbilangCasing.Upper || (casing == TerbilangCasing.Title && i == 0);
                target[i] = up ? char.ToUpperInvariant(word[i]) : char.ToLowerInvariant(word[i]);
            }
        }

        private bool TryReserve(int length, out Span<char> target)
        {
            int separator = Position == 0 ? 0 : 1;
            if (Overflowed || Position + separator + length > buffer.Length)
            {
                Overflowed = true;
                target = default;
                return false;
            }

            if (separator == 1)
            {
                buffer[Position] = ' ';
            }

            target = buffer.Slice(Position + separator, length);
            Position += separator + length;
            return true;
        }
    }
}
