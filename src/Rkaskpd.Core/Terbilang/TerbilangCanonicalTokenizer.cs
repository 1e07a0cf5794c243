using System;
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
/// <c>sen</c>, the fourth is the space after them, supplied at the end of the text): one probe into a small
/// open-addressing table gives the only candidate. The rest of the candidate is compared the same way, its last
/// four characters (overlapping the first four in a word of five to seven letters) and, in a word of nine or ten
/// letters, characters four to seven; then the character after it must be exactly one space, or the end.</para>
/// <para>Regional spellings (<c>milyar</c>), other white space, several spaces, punctuation and non-ASCII text all
/// make it give up: it never reads a text differently from the tolerant tokenizer, it only reads fewer texts.</para>
/// </remarks>
internal static class TerbilangCanonicalTokenizer
{
    /// <summary>The slots of the table (a power of two, about twice the number of words).</summary>
    private const int Slots = 64;

    /// <summary>Bit 5 of each of four characters: a letter's lower-case bit.</summary>
    private const ulong LowerCaseBits = 0x0020_0020_0020_0020;

    /// <summary>The words by the folded number of their first four characters; a slot with <c>Head == 0</c> is empty.</summary>
    private static readonly Entry[] Table = BuildTable();

    /// <summary>Splits canonical text into its words; false (and no words) when the text is not canonical.</summary>
    /// <param name="text">The text.</param>
    /// <param name="words">Where to put the words.</param>
    /// <param name="count">The number of words, or 0 when the text is not canonical.</param>
    /// <returns>True when the whole text is canonical words separated by single spaces and fits in
    /// <paramref name="words"/>.</returns>
    internal static bool TryTokenize(ReadOnlySpan<char> text, Span<TerbilangWord> words, out int count)
    {
        count = 0;
        int position = 0;
        while (true)
        {
            int remaining = text.Length - position;
            ulong head;
            if (remaining >= 4)
            {
                head = Read(text, position);
            }
            else if (remaining == 3)
            {
                head = ReadLastThree(text[position..]);
            }
            else
            {
                count = 0;
                return false;
            }

            ref readonly Entry entry = ref Find(head);
            int length = entry.Length;
            if (entry.Head == 0
                || length > remaining
                || (length > 4 && Read(text, position + length - 4) != entry.Tail)
                || (length > 8 && Read(text, position + 4) != entry.Middle)
                || count == words.Length)
            {
                count = 0;
                return false;
            }

            words[count++] = entry.Word;
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

    /// <summary>Reads four characters as one number, folded to lower case.</summary>
    private static ulong Read(ReadOnlySpan<char> text, int at) =>
        MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text.Slice(at, 4))) | LowerCaseBits;

    /// <summary>Reads the last three characters of the text and a space after them, as <see cref="Read"/> does.</summary>
    private static ulong ReadLastThree(ReadOnlySpan<char> lastThree)
    {
        Span<char> padded = stackalloc char[4];
        lastThree.CopyTo(padded);
        padded[3] = ' ';
        return Read(padded, 0);
    }

    private static int SlotOf(ulong head) => (int)(unchecked(head * 0x9E3779B97F4A7C15UL) >> 58);

    /// <summary>The slot holding <paramref name="head"/>, or the empty slot where the search ended.</summary>
    private static ref readonly Entry Find(ulong head)
    {
        Entry[] table = Table;
        int slot = SlotOf(head);
        while (table[slot].Head != head && table[slot].Head != 0)
        {
            slot = (slot + 1) & (Slots - 1);
        }

        return ref table[slot];
    }

    private static Entry[] BuildTable()
    {
        var table = new Entry[Slots];
        string[] canonical = TerbilangVocabulary.Canonical;
        for (int w = 0; w < canonical.Length; w++)
        {
            string word = canonical[w];
            ReadOnlySpan<char> padded = (word + " ").AsSpan();
            ulong head = Read(padded, 0);
            int slot = SlotOf(head);
            while (table[slot].Head != 0)
            {
                if (table[slot].Head == head)
                {
                    throw new InvalidOperationException($"'{word}' starts like '{canonical[(int)table[slot].Word]}': the first four characters no longer tell the words apart.");
                }

                slot = (slot + 1) & (Slots - 1);
            }

            ulong tail = word.Length > 4 ? Read(word, word.Length - 4) : 0;
            ulong middle = word.Length > 8 ? Read(word, 4) : 0;
            table[slot] = new Entry(head, middle, tail, (TerbilangWord)w, (byte)word.Length);
        }

        return table;
    }

    /// <summary>One word of the table: its first four characters (with the space after a three-letter word), its
    /// characters four to seven and its last four, each folded as <see cref="Read"/> does.</summary>
    private readonly record struct Entry(ulong Head, ulong Middle, ulong Tail, TerbilangWord Word, byte Length);
}
