using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Rkaskpd;

/// <summary>
/// The fast path of <see cref="TerbilangReader.TryTokenize"/>: tokenizes text as <see cref="Terbilang.ToWords(decimal)"/>
/// writes it (canonical words in any ASCII casing, separated by exactly one space, nothing before the first word or
/// after the last) in a few 64-bit comparisons a word, and gives up on anything else, leaving the text to the
/// tolerant tokenizer.
/// </summary>
/// <remarks>
/// <para>A word is found from its first four characters, read as one 64-bit number and folded to lower case by
/// setting bit 5 of each character. Only letters fold into letters, and only NUL and the space fold into a space, so
/// a folded number equals a canonical word's only when the characters are that word's letters in some casing. The
/// first four characters tell the canonical words apart (for the three-letter words <c>nol</c>, <c>dua</c> and
/// <c>sen</c>, the fourth is the space after them, supplied at the end of the text), and a perfect hash of them
/// gives the only candidate in one probe. The rest of the candidate is compared the same way, its last
/// four characters (overlapping the first four in a word of five to seven letters) and, in a word of nine or ten
/// letters, characters four to seven; then the character after it must be exactly one space, or the end.</para>
/// <para>Regional spellings (<c>milyar</c>), other white space, several spaces, punctuation and non-ASCII text all
/// make it give up: it never reads a text differently from the tolerant tokenizer, it only reads fewer texts.</para>
/// </remarks>
internal static class TerbilangCanonicalTokenizer
{
    /// <summary>The bits of a slot number.</summary>
    private const int SlotBits = 8;

    /// <summary>The slots of the table (about eight times the number of words, so that a perfect hash is easy to find).</summary>
    private const int Slots = 1 << SlotBits;

    /// <summary>Bit 5 of each of four characters: a letter's lower-case bit.</summary>
    private const ulong LowerCaseBits = 0x0020_0020_0020_0020;

    /// <summary>The multiplier of the perfect hash (see <see cref="BuildTable"/>).</summary>
    private static readonly ulong Multiplier;

    /// <summary>The words by the folded number of their first four characters; a slot with <c>Head == 0</c> is empty.</summary>
    private static readonly Entry[] Table = BuildTable(out Multiplier);

    /// <summary>Splits canonical text into its words; false (and no words) when the text is not canonical.</summary>
    /// <param name="text">The text.</param>
    /// <param name="words">Where to put the words.</param>
    /// <param name="count">The number of words, or 0 when the text is not canonical.</param>
    /// <returns>True when the whole text is canonical words separated by single spaces and fits in
    /// <paramref name="words"/>.</returns>
    internal static bool TryTokenize(ReadOnlySpan<char> text, Span<TerbilangWord> words, out int count)
    {
        ref char start = ref MemoryMarshal.GetReference(text);
        int position = 0;
        count = 0;
        while (true)
        {
            int remaining = text.Length - position;
            if (remaining < 4)
            {
                if (count < words.Length && TryMatchLastThree(text[position..], out TerbilangWord last))
                {
                    words[count++] = last;
                    return true;
                }

                count = 0;
                return false;
            }

            if (!TryMatch(ref start, position, remaining, out TerbilangWord word, out int length) || count == words.Length)
            {
                count = 0;
                return false;
            }

            words[count++] = word;
            position += length;
            if (position == text.Length)
            {
                return true;
            }

            if (text[position] != ' ')
            {
                count = 0;
                return false;
            }

            position++;
        }
    }

    /// <summary>Matches the canonical word at <paramref name="position"/>, where at least four characters are left.</summary>
    /// <param name="start">The first character of the text.</param>
    /// <param name="position">Where the word starts.</param>
    /// <param name="remaining">The characters left from <paramref name="position"/> to the end of the text (at least
    /// four).</param>
    /// <param name="word">The word found, when the result is true.</param>
    /// <param name="length">Its length: the character after it is the next to read.</param>
    /// <returns>True when the characters at <paramref name="position"/> are a canonical word in some ASCII casing
    /// (what follows it is left to the caller).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryMatch(ref char start, int position, int remaining, out TerbilangWord word, out int length)
    {
        ulong head = Read(ref start, position);

        // One slot per word (see BuildTable). The rest of the candidate is read at two offsets that depend on its
        // length only (see Entry), clamped to the text so that every read stays within it; the checks are combined
        // without branching on the words, whose lengths a branch predictor cannot guess.
        ref readonly Entry entry = ref Table[SlotOf(head)];
        length = entry.Length;
        word = entry.Word;
        int clamp = Math.Min(length, remaining) - length;
        bool differs = (entry.Head != head)
            | (clamp != 0)
            | (Read(ref start, position + Math.Max(entry.MiddleAt + clamp, 0)) != entry.Middle)
            | (Read(ref start, position + Math.Max(entry.TailAt + clamp, 0)) != entry.Tail);
        return !differs;
    }

    /// <summary>Reads the four characters at <paramref name="at"/> (which the caller keeps within the text) as one
    /// number, folded to lower case.</summary>
    private static ulong Read(ref char start, int at) =>
        Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref start, at))) | LowerCaseBits;

    /// <summary>Reads four characters of a word as one number, folded to lower case.</summary>
    private static ulong Read(ReadOnlySpan<char> word, int at) =>
        MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(word.Slice(at, 4))) | LowerCaseBits;

    /// <summary>Matches the last word of a text when fewer than four characters are left: a three-letter word, read
    /// with a space after it (as the table has it).</summary>
    /// <param name="last">The rest of the text (fewer than four characters).</param>
    /// <param name="word">The word found, when the result is true.</param>
    /// <returns>True when <paramref name="last"/> is a three-letter canonical word in some ASCII casing.</returns>
    internal static bool TryMatchLastThree(ReadOnlySpan<char> last, out TerbilangWord word)
    {
        Span<char> padded = stackalloc char[4];
        padded[3] = ' ';
        word = TerbilangWord.Unknown;
        if (last.Length != 3)
        {
            return false;
        }

        last.CopyTo(padded);
        ulong head = Read(padded, 0);
        ref readonly Entry entry = ref Table[SlotOf(head)];
        word = entry.Word;
        return entry.Head == head && entry.Length == 3;
    }

    /// <summary>The slot of a word: the high bits of its first four characters times <see cref="Multiplier"/>.</summary>
    private static int SlotOf(ulong head) => (int)(unchecked(head * Multiplier) >> (64 - SlotBits));

    // Stryker disable all : runs once, in the static initializer, where Stryker does not switch its mutants on (they all
    // survive, even ones that throw or never end); compiled in by hand, such faults fail most of the terbilang tests.
    /// <summary>
    /// Finds a multiplier that sends the first four characters of each canonical word to a slot of its own (a perfect
    /// hash: any text is one probe), and fills the table. With 29 words in 256 slots about one odd multiplier in five
    /// does; the search is deterministic and takes a few tries.
    /// </summary>
    private static Entry[] BuildTable(out ulong multiplier)
    {
        string[] canonical = TerbilangVocabulary.Canonical;
        var heads = new System.Collections.Generic.HashSet<ulong>();
        foreach (string word in canonical)
        {
            if (!heads.Add(Read(word + " ", 0)))
            {
                throw new InvalidOperationException($"Two canonical words start like '{word}': the first four characters no longer tell them apart.");
            }
        }

        for (multiplier = 0x9E3779B97F4A7C15UL; ; multiplier += 0x6A09E667F3BCC90AUL)
        {
            var table = new Entry[Slots];
            bool perfect = true;
            for (int w = 0; w < canonical.Length && perfect; w++)
            {
                string word = canonical[w];
                ulong head = Read(word + " ", 0);
                int slot = (int)(unchecked(head * multiplier) >> (64 - SlotBits));
                perfect = table[slot].Head == 0;
                string padded = word + " ";
                int tailAt = Math.Max(word.Length - 4, 0);
                int middleAt = word.Length > 8 ? 4 : tailAt;
                table[slot] = new Entry(head, Read(padded, middleAt), Read(padded, tailAt), (TerbilangWord)w, (byte)word.Length, (byte)middleAt, (byte)tailAt);
            }

            if (perfect)
            {
                return table;
            }
        }
    }

    // Stryker restore all

    /// <summary>
    /// One word of the table: its first four characters (with the space after a three-letter word), the four at
    /// <see cref="MiddleAt"/> and the four at <see cref="TailAt"/>, each folded as <see cref="Read(ReadOnlySpan{char}, int)"/> does. The
    /// last four characters start at <see cref="TailAt"/> (0 in a word of three or four letters, so that they repeat
    /// the head); <see cref="MiddleAt"/> is 4 in a word of nine or ten letters and repeats <see cref="TailAt"/> in
    /// a shorter one.
    /// </summary>
    private readonly record struct Entry(ulong Head, ulong Middle, ulong Tail, TerbilangWord Word, byte Length, byte MiddleAt, byte TailAt);
}
