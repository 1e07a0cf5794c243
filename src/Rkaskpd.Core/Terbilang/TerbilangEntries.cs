using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rkaskpd;

/// <summary>
/// The words of one amount as a list of <see cref="TerbilangWordTable"/> entries (plus, at most once, a currency word
/// of the caller's own): how <see cref="TerbilangWriter"/> collects them, and how they are written, at their exact
/// length, into any span.
/// </summary>
/// <remarks>
/// <para>Entries are collected from the last word backwards (<see cref="Push"/> puts each before the ones already
/// there), because the groups of an integer and the digits of a fraction come out of division lowest first. The
/// collector keeps the index of the first entry and the length of the words in its own locals (passed here by
/// reference, so that they stay in registers once these small methods are inlined). Knowing the exact length before
/// writing anything lets <see cref="TerbilangWriter"/> write straight into the caller's span or a new string of that
/// length, with no scratch buffer to copy from.</para>
/// <para><see cref="Write"/> copies each entry in one block of <see cref="TerbilangWordTable.CopyLength"/> characters
/// (a length the JIT knows and unrolls, whatever the entry's own length) while such a block ends within the words:
/// the characters past the entry are overwritten by the entries after it. Entries nearer the end than that are copied
/// at their own length by two or three overlapping blocks, so nothing is ever written past the words.</para>
/// </remarks>
internal static class TerbilangEntries
{
    /// <summary>
    /// The most entries an amount can take, the size of the buffer to collect into: minus, nine groups with their
    /// scales, and either <c>koma</c> with up to 28 digits or a currency word with a sen group and <c>sen</c>
    /// (51 at most).
    /// </summary>
    internal const int Capacity = 64;

    /// <summary>The entry standing for the currency word of the caller's own (not in the tables).</summary>
    internal const uint CurrencyEntry = uint.MaxValue;

    /// <summary>The table of the words in <paramref name="casing"/> (upper case, or lower case to be re-cased).</summary>
    internal static TerbilangWordTable TableFor(TerbilangCasing casing) =>
        casing == TerbilangCasing.Upper ? TerbilangWordTable.Upper : TerbilangWordTable.Lower;

    /// <summary>Puts a packed entry (<see cref="TerbilangWordTable.PackedAt"/>) before the entries already collected.</summary>
    /// <param name="entries">The buffer of <see cref="Capacity"/> entries.</param>
    /// <param name="first">The index of the first entry collected so far (<see cref="Capacity"/> when none).</param>
    /// <param name="spacedLength">The length of the entries so far, their trailing spaces included.</param>
    /// <param name="packed">The entry.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Push(Span<uint> entries, ref int first, ref int spacedLength, uint packed)
    {
        unchecked
        {
            entries[--first] = packed;
            spacedLength += TerbilangWordTable.LengthOf(packed);
        }
    }

    /// <summary>Puts the words of a three-digit group at power <paramref name="scale"/> of one thousand before the
    /// entries already collected: the group and its scale word, <c>seribu</c> alone for one thousand, nothing for
    /// zero.</summary>
    /// <param name="table">The table of the words' casing.</param>
    /// <param name="entries">The buffer of <see cref="Capacity"/> entries.</param>
    /// <param name="first">The index of the first entry collected so far.</param>
    /// <param name="spacedLength">The length of the entries so far, their trailing spaces included.</param>
    /// <param name="group">The group, 0–999.</param>
    /// <param name="scale">Its power of one thousand, 0–<see cref="TerbilangVocabulary.MaxScale"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void PushGroup(TerbilangWordTable table, Span<uint> entries, ref int first, ref int spacedLength, int group, int scale)
    {
        if (group == 0)
        {
            return;
        }

        if (scale == 1 && group == 1)
        {
            Push(entries, ref first, ref spacedLength, table.PackedAt(TerbilangWordTable.WordEntry + (int)TerbilangWord.Seribu));
            return;
        }

        if (scale > 0)
        {
            Push(entries, ref first, ref spacedLength, table.PackedAt(unchecked(TerbilangWordTable.ScaleEntry + scale)));
        }

        Push(entries, ref first, ref spacedLength, table.PackedAt(group));
    }

    /// <summary>Writes collected entries, in their casing, into <paramref name="destination"/>, which is exactly as
    /// long as their words (the sum of their lengths less the last one's trailing space).</summary>
    /// <param name="entries">The entries, first to last.</param>
    /// <param name="casing">Their casing: the one they were collected from <see cref="TableFor"/> with.</param>
    /// <param name="currency">The currency word of <see cref="CurrencyEntry"/>, if any.</param>
    /// <param name="destination">Where the words go.</param>
    internal static void Write(ReadOnlySpan<uint> entries, TerbilangCasing casing, string? currency, Span<char> destination)
    {
        int length = destination.Length;
        ref char source = ref MemoryMarshal.GetArrayDataReference(TableFor(casing).Chars);
        ref char target = ref MemoryMarshal.GetReference(destination);
        int position = 0;
        foreach (uint packed in entries)
        {
            int spaced;
            if (packed == CurrencyEntry)
            {
                spaced = WriteCurrency(currency!, casing, destination[position..]);
            }
            else
            {
                spaced = TerbilangWordTable.LengthOf(packed);
                ref char from = ref Unsafe.Add(ref source, TerbilangWordTable.OffsetOf(packed));
                ref char to = ref Unsafe.Add(ref target, position);
                if (unchecked(position + TerbilangWordTable.CopyLength) <= length)
                {
                    // Within the words (checked above) and within the table (its padding): one block, unrolled.
                    Copy<CopyBlock>(ref to, ref from, 0);
                }
                else
                {
                    // Near the end: the entry at its own length, without the trailing space of the last.
                    CopyExactly(ref to, ref from, Math.Min(spaced, unchecked(length - position)));
                }
            }

            position = unchecked(position + spaced);
        }

        Debug.Assert(position == length + 1, "The destination is exactly as long as the words.");
        if (casing == TerbilangCasing.Title)
        {
            for (int i = 0; i < destination.Length; i++)
            {
                if (i == 0 || destination[i - 1] == ' ')
                {
                    destination[i] = char.ToUpperInvariant(destination[i]);
                }
            }
        }
        else if (casing == TerbilangCasing.Sentence)
        {
            destination[0] = char.ToUpperInvariant(destination[0]);
        }
    }

    /// <summary>
    /// Copies 2–<see cref="TerbilangWordTable.CopyLength"/> characters without a call: two or three blocks of a
    /// fixed size that overlap as needed (the first from the start, the last ending at the end), so that nothing
    /// outside the <paramref name="count"/> characters is written.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CopyExactly(ref char to, ref char from, int count)
    {
        Debug.Assert(count is >= 2 and <= TerbilangWordTable.CopyLength, "An entry has 2 to CopyLength characters.");
        unchecked
        {
            if (count >= 16)
            {
                Copy<Block16>(ref to, ref from, 0);
                if (count > 32)
                {
                    Copy<Block16>(ref to, ref from, 16);
                }

                Copy<Block16>(ref to, ref from, count - 16);
            }
            else if (count >= 8)
            {
                Copy<Block8>(ref to, ref from, 0);
                Copy<Block8>(ref to, ref from, count - 8);
            }
            else if (count >= 4)
            {
                Copy<Block4>(ref to, ref from, 0);
                Copy<Block4>(ref to, ref from, count - 4);
            }
            else
            {
                Copy<Block2>(ref to, ref from, 0);
                Copy<Block2>(ref to, ref from, count - 2);
            }
        }
    }

    /// <summary>Copies one block of <typeparamref name="TBlock"/>'s size, <paramref name="at"/> characters in.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy<TBlock>(ref char to, ref char from, int at)
        where TBlock : struct =>
        Unsafe.WriteUnaligned(
            ref Unsafe.As<char, byte>(ref Unsafe.Add(ref to, at)),
            Unsafe.ReadUnaligned<TBlock>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref from, at))));

    /// <summary>Writes the currency word, cased like the number words, and its trailing space if there is room
    /// (there is none after the last word); returns its length with the space.</summary>
    private static int WriteCurrency(string word, TerbilangCasing casing, Span<char> destination)
    {
        for (int i = 0; i < word.Length; i++)
        {
            bool up = casing == TerbilangCasing.Upper || (casing == TerbilangCasing.Title && i == 0);
            destination[i] = up ? char.ToUpperInvariant(word[i]) : char.ToLowerInvariant(word[i]);
        }

        if (destination.Length > word.Length)
        {
            destination[word.Length] = ' ';
        }

        return word.Length + 1;
    }

    /// <summary>Room for <see cref="Capacity"/> entries on the stack (no <c>stackalloc</c>: a method with a stack
    /// allocation and loops is compiled without profile-guided optimization).</summary>
    [InlineArray(Capacity)]
    internal struct Buffer
    {
        private uint element;
    }

    /// <summary>A block of <see cref="TerbilangWordTable.CopyLength"/> characters, copied at once.</summary>
    [InlineArray(TerbilangWordTable.CopyLength)]
    private struct CopyBlock
    {
        private char element;
    }

    /// <summary>A block of 16 characters (32 bytes).</summary>
    [InlineArray(16)]
    private struct Block16
    {
        private char element;
    }

    /// <summary>A block of 8 characters (16 bytes).</summary>
    [InlineArray(8)]
    private struct Block8
    {
        private char element;
    }

    /// <summary>A block of 4 characters (8 bytes).</summary>
    [InlineArray(4)]
    private struct Block4
    {
        private char element;
    }

    /// <summary>A block of 2 characters (4 bytes).</summary>
    [InlineArray(2)]
    private struct Block2
    {
        private char element;
    }
}
