using System;
using System.Runtime.CompilerServices;

namespace Rkaskpd;

/// <summary>
/// The fast path of the terbilang rules (<c>RKA201</c>, <c>RKA202</c>): whether a form's written terbilang is exactly
/// the words of its <see cref="Rupiah"/> amount in the forms' style (<see cref="TerbilangOptions.Rupiah"/>), ignoring
/// case and the non-letters around it, as <see cref="TerbilangChecker.IsExactly"/> tells for that style.
/// </summary>
/// <remarks>
/// The amount is taken in sen, a <see cref="long"/>, so that the rupiah and the sen come from two divisions by a
/// constant, with no <see cref="decimal"/> arithmetic and no options to look at. The table entries of the words are
/// collected as <see cref="TerbilangWriter"/> collects them; a text of another length is rejected at once, else the
/// words are written (upper case, as the forms print them) into a stack buffer and compared ordinally, then, only if
/// they differ, ignoring case.
/// </remarks>
internal static class TerbilangFormWords
{
    /// <summary>The longest words of a <see cref="Rupiah"/> amount fit easily: six groups with their scales,
    /// <c>rupiah</c> and the sen are fewer than 400 characters.</summary>
    private const int ScratchLength = 512;

    /// <summary>
    /// Whether <paramref name="written"/>, from its first letter to its last, is the words of
    /// <paramref name="amount"/> in <see cref="TerbilangOptions.Rupiah"/>, ignoring case: the same answer as
    /// <see cref="TerbilangChecker.IsExactly"/> with that style.
    /// </summary>
    /// <param name="written">The text as written on the form.</param>
    /// <param name="amount">The amount it should spell.</param>
    /// <returns>True when the letters are exactly the expected words; false says nothing (the full check
    /// decides).</returns>
    [SkipLocalsInit] // the entries and the words are written before they are read
    internal static bool IsExactly(string written, Rupiah amount)
    {
        ReadOnlySpan<char> text = TerbilangChecker.Letters(written);
        long sen = amount.Sen;
        if (text.IsEmpty || sen == long.MinValue)
        {
            return !text.IsEmpty && TerbilangChecker.IsExactly(written, amount.Amount, TerbilangOptions.Rupiah);
        }

        // From the last word backwards: sen, rupiah, the groups, minus.
        ulong magnitude = (ulong)Math.Abs(sen);
        ulong rupiah = magnitude / 100;
        int cents = unchecked((int)(magnitude - (rupiah * 100)));
        TerbilangWordTable table = TerbilangWordTable.Upper;
        Unsafe.SkipInit(out TerbilangEntries.Buffer buffer);
        Span<uint> entries = buffer;
        int first = TerbilangEntries.Capacity;
        int spacedLength = 0;
        if (cents > 0)
        {
            TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(TerbilangWordTable.WordEntry + (int)TerbilangWord.Sen));
            TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(cents));
        }

        TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(TerbilangWordTable.WordEntry + (int)TerbilangWord.Rupiah));
        if (rupiah == 0)
        {
            TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(TerbilangWordTable.WordEntry + (int)TerbilangWord.Nol));
        }

        for (int scale = 0; rupiah != 0; scale = unchecked(scale + 1))
        {
            ulong next = rupiah / 1000;
            TerbilangEntries.PushGroup(table, entries, ref first, ref spacedLength, unchecked((int)(rupiah - (next * 1000))), scale);
            rupiah = next;
        }

        if (sen < 0)
        {
            TerbilangEntries.Push(entries, ref first, ref spacedLength, table.PackedAt(TerbilangWordTable.WordEntry + (int)TerbilangWord.Minus));
        }

        int length = spacedLength - 1; // the last entry's trailing space is not part of the words
        if (text.Length != length)
        {
            return false; // ordinal case-insensitive comparison maps one character to one
        }

        Unsafe.SkipInit(out Scratch scratch);
        Span<char> words = ((Span<char>)scratch)[..length];
        TerbilangEntries.Write(entries[first..], TerbilangCasing.Upper, null, words);
        return text.SequenceEqual(words) || text.Equals(words, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Room for the words on the stack (no <c>stackalloc</c>: a method with a stack allocation and loops is
    /// compiled without profile-guided optimization).</summary>
    [InlineArray(ScratchLength)]
    private struct Scratch
    {
        private char element;
    }
}
