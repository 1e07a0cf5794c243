using System;

namespace Rkaskpd;

/// <summary>
/// The reading core of <see cref="Terbilang"/> and <see cref="TerbilangChecker"/>: a strict grammar over
/// <see cref="TerbilangWord"/> sequences, in linear time and without allocation.
/// </summary>
/// <remarks>
/// Grammar: <c>[minus] integer [koma digit…] [rupiah [sen-group sen]]</c>, where <c>integer</c> is <c>nol</c> or
/// groups with strictly decreasing scales; a group is <c>[seratus | D ratus] [sepuluh | sebelas | D belas |
/// D puluh [U] | U]</c> with D = <c>dua</c>…<c>sembilan</c> and U = <c>satu</c>…<c>sembilan</c>; a thousands group
/// of exactly one is <c>seribu</c> (never <c>satu ribu</c>).
/// </remarks>
internal static class TerbilangReader
{
    /// <summary>More words than any supported number needs.</summary>
    internal const int MaxWords = 128;

    private static readonly UInt128 MaxMantissa = new(uint.MaxValue, ulong.MaxValue);

    private static readonly UInt128[] PowThousand = BuildPowThousand();

    /// <summary>Reads a whole text as a number (see <see cref="Terbilang.TryParse(ReadOnlySpan{char}, out decimal)"/>).</summary>
    /// <remarks>Text as the writer writes it is read in one pass by <see cref="TerbilangCanonicalReader"/>; any other
    /// text (or any the fast path gives up on) is split into words and read by the grammar below.</remarks>
    internal static bool TryParse(ReadOnlySpan<char> text, out decimal value) =>
        TerbilangCanonicalReader.TryRead(text, out value) || TryParseWords(text, out value);

    /// <summary>Reads a whole text as a number by splitting it into words and reading them by the grammar.</summary>
    [System.Runtime.CompilerServices.SkipLocalsInit] // the words are written before they are read
    internal static bool TryParseWords(ReadOnlySpan<char> text, out decimal value)
    {
        Span<TerbilangWord> words = stackalloc TerbilangWord[MaxWords];
        if (!TryTokenize(text, words, out int count))
        {
            value = 0m;
            return false;
        }

        return TryParse(words[..count], out value);
    }

    /// <summary>Splits on white space and maps each token (case-insensitively) to its word.</summary>
    /// <remarks>Canonical text (as the writer writes it, in any casing) takes the fast path of
    /// <see cref="TerbilangCanonicalTokenizer"/>. Other ASCII text is read in one pass: each token's letters are folded
    /// and packed into a key as they are read (see <see cref="TerbilangVocabulary.LookupAsciiKey"/>); text with other
    /// characters takes the general path.</remarks>
    internal static bool TryTokenize(ReadOnlySpan<char> text, Span<TerbilangWord> words, out int count)
    {
        if (TerbilangCanonicalTokenizer.TryTokenize(text, words, out count))
        {
            return true;
        }

        return TryTokenizeTolerant(text, words, out count);
    }

    /// <summary>Splits on white space and maps each token (case-insensitively) to its word: ASCII text in one pass,
    /// other text through the general lookup.</summary>
    internal static bool TryTokenizeTolerant(ReadOnlySpan<char> text, Span<TerbilangWord> words, out int count)
    {
        count = 0;
        ulong key = 0;
        int length = 0;
        bool letters = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c >= 0x80)
            {
                return TryTokenizeAny(text, words, out count);
            }

            if (c <= ' ' && char.IsWhiteSpace(c)) // ASCII white space is at most ' '
            {
                if (length > 0 && !TryAdd(key, length, letters, words, ref count))
                {
                    return false;
                }

                key = 0;
                length = 0;
                letters = true;
                continue;
            }

            uint letter = unchecked((uint)((c | 0x20) - 'a'));
            letters &= letter < 26;
            key = (key << 5) | unchecked(letter + 1);
            length++;
        }

        if (length > 0 && !TryAdd(key, length, letters, words, ref count))
        {
            return false;
        }

        return count > 0;
    }

    private static bool TryAdd(ulong key, int length, bool letters, Span<TerbilangWord> words, ref int count)
    {
        if (!letters || length > TerbilangVocabulary.LongestWord || count == words.Length)
        {
            return false;
        }

        TerbilangWord word = TerbilangVocabulary.LookupAsciiKey(key, out _);
        if (word == TerbilangWord.Unknown)
        {
            return false;
        }

        words[count++] = word;
        return true;
    }

    /// <summary>Splits on white space and maps each token (case-insensitively) to its word, for any text.</summary>
    private static bool TryTokenizeAny(ReadOnlySpan<char> text, Span<TerbilangWord> words, out int count)
    {
        count = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            TerbilangWord word = TerbilangVocabulary.Lookup(text[start..i]);
            if (word == TerbilangWord.Unknown || count == words.Length)
            {
                return false;
            }

            words[count++] = word;
        }

        return count > 0;
    }

    /// <summary>Reads a whole word sequence as a number; false unless every word fits the grammar.</summary>
    internal static bool TryParse(ReadOnlySpan<TerbilangWord> words, out decimal value)
    {
        value = 0m;
        int i = 0;
        bool negative = false;
        if (i < words.Length && words[i] == TerbilangWord.Minus)
        {
            negative = true;
            i++;
        }

        UInt128 integer;
        if (i < words.Length && words[i] == TerbilangWord.Nol)
        {
            integer = 0;
            i++;
        }
        else if (!TryParseInteger(words, ref i, out integer))
        {
            return false;
        }

        UInt128 fraction = 0;
        int fractionDigits = 0;
        if (i < words.Length && words[i] == TerbilangWord.Koma)
        {
            i++;
            while (i < words.Length && TerbilangVocabulary.IsDigit(words[i]))
            {
                if (fractionDigits == 28)
                {
                    return false;
                }

                fraction = (fraction * 10) + (uint)words[i];
                fractionDigits++;
                i++;
            }

            if (fractionDigits == 0)
            {
                return false;
            }
        }

        if (i < words.Length && words[i] == TerbilangWord.Rupiah)
        {
            i++;
            if (i < words.Length)
            {
                if (fractionDigits > 0)
                {
                    return false;
                }

                int start = i;
                if (!TryParseGroup(words, ref i, out int sen) || sen > 99 || i == start
                    || i >= words.Length || words[i] != TerbilangWord.Sen)
                {
                    return false;
                }

                i++;
                fraction = (uint)sen;
                fractionDigits = 2;
            }
        }

        if (i != words.Length)
        {
            return false;
        }

        UInt128 mantissa = integer;
        for (int d = 0; d < fractionDigits; d++)
        {
            if (mantissa > MaxMantissa / 10)
            {
                return false;
            }

            mantissa *= 10;
        }

        if (MaxMantissa - mantissa < fraction)
        {
            return false;
        }

        mantissa += fraction;
        if (negative && mantissa == 0)
        {
            return false;
        }

        value = unchecked(new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), (int)(uint)(mantissa >> 64), negative, (byte)fractionDigits));
        return true;
    }

    /// <summary>Reads groups with strictly decreasing scales; consumes at least one word on success.</summary>
    private static bool TryParseInteger(ReadOnlySpan<TerbilangWord> words, ref int i, out UInt128 total)
    {
        total = 0;
        int lastScale = int.MaxValue;
        int start = i;
        while (i < words.Length && lastScale > 0)
        {
            if (words[i] == TerbilangWord.Seribu)
            {
                if (lastScale <= 1)
                {
                    return false;
                }

                total += 1000;
                lastScale = 1;
                i++;
                continue;
            }

            int groupStart = i;
            if (!TryParseGroup(words, ref i, out int group) || i == groupStart)
            {
                break;
            }

            if (i < words.Length && TerbilangVocabulary.IsScale(words[i]))
            {
                int scale = TerbilangVocabulary.ScaleOf(words[i]);
                if (scale >= lastScale || (scale == 1 && group == 1 && i - groupStart == 1))
                {
                    return false;
                }

                total += unchecked((uint)group * PowThousand[scale]); // at most 999 × 1000^8: no overflow
                lastScale = scale;
                i++;
            }
            else
            {
                total += (uint)group;
                lastScale = 0;
            }
        }

        return i > start;
    }

    /// <summary>Reads one group 1–999 from word <paramref name="i"/> on (both callers have a word there); returns true
    /// with no word consumed when no group starts here.</summary>
    private static bool TryParseGroup(ReadOnlySpan<TerbilangWord> words, ref int i, out int group)
    {
        group = 0;
        TerbilangWord word = words[i];
        TerbilangWord next = i + 1 < words.Length ? words[i + 1] : TerbilangWord.Unknown;
        if (word == TerbilangWord.Seratus)
        {
            group = 100;
            i++;
        }
        else if (TerbilangVocabulary.IsDigitTwoToNine(word) && next == TerbilangWord.Ratus)
        {
            group = (int)word * 100;
            i += 2;
        }

        if (i >= words.Length)
        {
            return true;
        }

        word = words[i];
        next = i + 1 < words.Length ? words[i + 1] : TerbilangWord.Unknown;
        if (word == TerbilangWord.Sepuluh)
        {
            group += 10;
            i++;
        }
        else if (word == TerbilangWord.Sebelas)
        {
            group += 11;
            i++;
        }
        else if (TerbilangVocabulary.IsDigitTwoToNine(word) && next == TerbilangWord.Belas)
        {
            group += 10 + (int)word;
            i += 2;
        }
        else if (TerbilangVocabulary.IsDigitTwoToNine(word) && next == TerbilangWord.Puluh)
        {
            group += (int)word * 10;
            i += 2;
            if (i < words.Length && TerbilangVocabulary.IsDigitOneToNine(words[i]))
            {
                group += (int)words[i];
                i++;
            }
        }
        else if (TerbilangVocabulary.IsDigitOneToNine(word))
        {
            group += (int)word;
            i++;
        }

        return true;
    }

    private static UInt128[] BuildPowThousand()
    {
        var powers = new UInt128[TerbilangVocabulary.MaxScale + 1];
        powers[0] = 1;
        for (int i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 1000;
        }

        return powers;
    }
}
