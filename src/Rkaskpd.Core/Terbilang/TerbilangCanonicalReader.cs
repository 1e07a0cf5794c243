using System;
using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Rkaskpd;

/// <summary>
/// The fast path of <see cref="TerbilangReader.TryParse(ReadOnlySpan{char}, out decimal)"/>: reads text as
/// <see cref="Terbilang.ToWords(decimal)"/> writes it (canonical words in any ASCII casing, one space between them) in
/// one pass, finding each word as <see cref="TerbilangCanonicalTokenizer"/> does and taking it through a table-driven
/// automaton of the reader's grammar, and gives up on anything else, leaving the text to the full reader.
/// </summary>
/// <remarks>
/// <para>Amounts written in words defeat a branch predictor: which word follows which depends on the digits. So every
/// word is handled by the same few table look-ups and arithmetic, with no branch on the word: the automaton's next
/// state (see <see cref="BuildTransitions"/>), and one <see cref="Step"/> that folds the word into the amount. A
/// digit waits in <c>pending</c>; <c>ratus</c>, <c>puluh</c> and <c>belas</c> multiply it into the group, a scale word
/// adds the group times its power of one thousand to the total, and the order of the scales is kept in a bit set.</para>
/// <para>It reads <c>[minus] (nol | groups) [rupiah [sen-group sen]]</c> with scales up to <c>kuadriliun</c> (the
/// total fits a <see cref="long"/>); <c>koma</c>, the larger scales, regional spellings, other spacing and every text
/// the grammar rejects make it give up. It never reads a text differently from the full reader: it only reads fewer
/// texts.</para>
/// </remarks>
internal static class TerbilangCanonicalReader
{
    /// <summary>The columns of a state's row in <see cref="Transitions"/>: one for each word (all below 32).</summary>
    private const int Columns = 32;

    /// <summary>The longest text read here: longer than any text of an amount below 10^18 with sen (about 340
    /// characters), a multiple of 64.</summary>
    private const int MaxLength = 384;

    /// <summary>The spaces put after the copy of the text: one ends the last word, and the others let a word's
    /// characters and a whole block of bit set be read without a bounds check.</summary>
    private const int Padding = 16;

    /// <summary>The largest scale read here: <c>kuadriliun</c> (10^15), so that 999 999 … fits a <see cref="long"/>.</summary>
    private const int MaxScale = 5;

    /// <summary>The states in which the text may end.</summary>
    private const uint Accepting = (1u << (int)State.Scaled) | (1u << (int)State.Hundreds) | (1u << (int)State.DigitFirst)
        | (1u << (int)State.SatuFirst) | (1u << (int)State.DigitAfterHundreds) | (1u << (int)State.Puluh) | (1u << (int)State.Done)
        | (1u << (int)State.Zero) | (1u << (int)State.Rupiah) | (1u << (int)State.End);

    /// <summary>The next state for each state and word: <c>Transitions[state * Columns + word]</c>.</summary>
    private static readonly State[] Transitions = BuildTransitions();

    /// <summary>What each word does to the amount, by word.</summary>
    private static readonly Step[] Steps = BuildSteps();

    /// <summary>The automaton's states; the comments give the words that may follow.</summary>
    private enum State : byte
    {
        /// <summary>The text is not read here (absorbing).</summary>
        Error,

        /// <summary>Nothing read yet: <c>minus</c>, <c>nol</c> or a group.</summary>
        Start,

        /// <summary>After <c>minus</c>: <c>nol</c> or a group.</summary>
        StartMinus,

        /// <summary>After a scale word or <c>seribu</c>: a group (with a smaller scale), <c>rupiah</c> or the end.</summary>
        Scaled,

        /// <summary>After <c>seratus</c> or <c>D ratus</c>: tens or units, a scale, <c>rupiah</c> or the end.</summary>
        Hundreds,

        /// <summary>After <c>dua</c>…<c>sembilan</c> opening a group: <c>ratus</c>, <c>puluh</c>, <c>belas</c>, a scale,
        /// <c>rupiah</c> or the end.</summary>
        DigitFirst,

        /// <summary>After <c>satu</c> opening a group: a scale other than <c>ribu</c>, <c>rupiah</c> or the end.</summary>
        SatuFirst,

        /// <summary>After <c>dua</c>…<c>sembilan</c> following hundreds: <c>puluh</c>, <c>belas</c>, a scale,
        /// <c>rupiah</c> or the end.</summary>
        DigitAfterHundreds,

        /// <summary>After <c>D puluh</c>: a unit, a scale, <c>rupiah</c> or the end.</summary>
        Puluh,

        /// <summary>After the tens or units of a group: a scale, <c>rupiah</c> or the end.</summary>
        Done,

        /// <summary>After <c>nol</c>: <c>rupiah</c> or the end.</summary>
        Zero,

        /// <summary>After <c>rupiah</c>: the sen group or the end.</summary>
        Rupiah,

        /// <summary>After <c>dua</c>…<c>sembilan</c> opening the sen: <c>puluh</c>, <c>belas</c> or <c>sen</c>.</summary>
        SenDigit,

        /// <summary>After <c>satu</c> opening the sen: <c>sen</c>.</summary>
        SenSatu,

        /// <summary>After <c>D puluh</c> in the sen: a unit or <c>sen</c>.</summary>
        SenPuluh,

        /// <summary>After the tens or units of the sen: <c>sen</c>.</summary>
        SenDone,

        /// <summary>After <c>sen</c>: the end.</summary>
        End,

        /// <summary>The number of states.</summary>
        Count,
    }

    /// <summary>Reads canonical text as a number; false when the fast path gives up (the text may still be a number).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number read, or 0 when the result is false.</param>
    /// <returns>True when the whole text is canonical words single-spaced that the grammar reads, as
    /// <see cref="TerbilangReader.TryParse(ReadOnlySpan{TerbilangWord}, out decimal)"/> would read them.</returns>
    /// <remarks>The text is copied with spaces after it, and the spaces found first, as a bit set, 64 characters
    /// to a number: the words' starts then follow from bit operations, not from looking up each word before the next
    /// can be found, so that the look-ups of several words overlap in the processor.</remarks>
    [SkipLocalsInit] // the copy and the bit sets are written before they are read
    internal static bool TryRead(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        int length = text.Length;
        if (unchecked((uint)(length - 1)) >= MaxLength) // empty or too long
        {
            return false;
        }

        Span<char> copy = stackalloc char[MaxLength + Padding];
        text.CopyTo(copy);
        copy.Slice(length, Padding).Fill(' ');
        Span<ulong> spaceBits = stackalloc ulong[MaxLength / 64];
        int blocks = FindSpaces(copy, length, spaceBits);

        State[] transitions = Transitions;
        Step[] steps = Steps;
        ref char chars = ref MemoryMarshal.GetReference(copy);
        State state = State.Start;
        long total = 0;
        long group = 0;
        long pending = 0;
        uint scales = 0;
        int start = 0;
        for (int block = 0; block < blocks; block++)
        {
            ulong bits = spaceBits[block];
            while (bits != 0)
            {
                // A word from start to the next space (the space after the text ends the last one).
                int end = unchecked((block * 64) + BitOperations.TrailingZeroCount(bits));
                bits &= bits - 1;
                bool known = TerbilangCanonicalTokenizer.TryMatch(ref Unsafe.Add(ref chars, start), unchecked(end - start), out TerbilangWord word);
                start = end + 1;

                // Within the grammar and the scales' order the numbers stay below 10^18: no overflow to check.
                state = transitions[((int)state * Columns) + (int)word];
                ref readonly Step step = ref steps[(int)word];
                group = unchecked(group + (pending * step.Multiplier) + step.Addend);
                total = unchecked(total + (group * step.Power));
                group &= step.Keep;
                pending = step.Pending;
                if (!known | (state == State.Error) | ((scales & step.NotAfter) != 0)) // a scale after its own or a smaller one
                {
                    return false;
                }

                scales |= step.ScaleBit;
                if (end == length)
                {
                    return TryEnd(state, total, group + pending, (chars | 0x20) == 'm', out value); // only minus starts with m
                }
            }
        }

        return false;
    }

    /// <summary>Sets a bit for each space of <paramref name="copy"/> up to <paramref name="length"/> (the space
    /// after the text), 64 characters to a number, and returns the numbers written.</summary>
    private static int FindSpaces(ReadOnlySpan<char> copy, int length, Span<ulong> spaceBits)
    {
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(copy));
        Vector128<ushort> space = Vector128.Create((ushort)' ');
        int blocks = (length >> 6) + 1;
        for (int block = 0; block < blocks; block++)
        {
            ulong bits = 0;
            int at = block * 64;
            for (int shift = 0; shift < 64 && at + shift <= length; shift += 16)
            {
                Vector128<ushort> low = Vector128.Equals(Vector128.LoadUnsafe(ref chars, (nuint)(at + shift)), space);
                Vector128<ushort> high = Vector128.Equals(Vector128.LoadUnsafe(ref chars, (nuint)(at + shift + 8)), space);
                bits |= (ulong)Vector128.Narrow(low, high).ExtractMostSignificantBits() << shift;
            }

            spaceBits[block] = bits;
        }

        return blocks;
    }

    /// <summary>The number read when the text ends in <paramref name="state"/>.</summary>
    private static bool TryEnd(State state, long total, long group, bool negative, out decimal value)
    {
        value = 0m;
        if (((Accepting >> (int)state) & 1) == 0)
        {
            return false;
        }

        ulong low;
        ulong high = 0;
        byte scale = 0;
        if (state == State.End)
        {
            high = Math.BigMul((ulong)total, 100, out low);
            low = unchecked(low + (ulong)group); // the sen
            high += low < (ulong)group ? 1UL : 0UL;
            scale = 2;
        }
        else
        {
            low = (ulong)(total + group);
        }

        if (negative && low == 0 && high == 0)
        {
            return false; // minus nol: the full reader rejects it
        }

        value = unchecked(new decimal((int)low, (int)(low >> 32), (int)high, negative, scale));
        return true;
    }

    /// <summary>
    /// The grammar of <see cref="TerbilangReader"/> as an automaton over words, within the limits of this fast path:
    /// <c>[minus] (nol | group [scale] …) [rupiah [sen-group sen]]</c>, where a group is
    /// <c>[seratus | D ratus] [sepuluh | sebelas | D belas | D puluh [U] | U]</c>, <c>satu</c> alone is never followed
    /// by <c>ribu</c> and <c>seribu</c> stands for a whole thousands group. The order of the scales is checked apart.
    /// </summary>
    private static State[] BuildTransitions()
    {
        var next = new State[(int)State.Count * Columns];
        foreach (State groupStart in (ReadOnlySpan<State>)[State.Start, State.StartMinus, State.Scaled])
        {
            On(groupStart, State.Hundreds, TerbilangWord.Seratus);
            OnTwoToNine(groupStart, State.DigitFirst);
            On(groupStart, State.SatuFirst, TerbilangWord.Satu);
            On(groupStart, State.Done, TerbilangWord.Sepuluh, TerbilangWord.Sebelas);
            On(groupStart, State.Scaled, TerbilangWord.Seribu);
        }

        On(State.Start, State.StartMinus, TerbilangWord.Minus);
        On(State.Start, State.Zero, TerbilangWord.Nol);
        On(State.StartMinus, State.Zero, TerbilangWord.Nol);

        On(State.Hundreds, State.Done, TerbilangWord.Satu, TerbilangWord.Sepuluh, TerbilangWord.Sebelas);
        OnTwoToNine(State.Hundreds, State.DigitAfterHundreds);
        On(State.DigitFirst, State.Hundreds, TerbilangWord.Ratus);
        foreach (State digit in (ReadOnlySpan<State>)[State.DigitFirst, State.DigitAfterHundreds])
        {
            On(digit, State.Done, TerbilangWord.Belas);
            On(digit, State.Puluh, TerbilangWord.Puluh);
        }

        On(State.Puluh, State.Done, TerbilangWord.Satu);
        OnTwoToNine(State.Puluh, State.Done);

        // A group ends in a scale word (satu alone not in ribu), in rupiah or at the end of the text.
        foreach (State end in (ReadOnlySpan<State>)[State.Hundreds, State.DigitFirst, State.SatuFirst, State.DigitAfterHundreds, State.Puluh, State.Done])
        {
            for (int scale = 1; scale <= MaxScale; scale++)
            {
                if (end != State.SatuFirst || scale > 1)
                {
                    On(end, State.Scaled, (TerbilangWord)((int)TerbilangWord.Ribu + scale - 1));
                }
            }

            On(end, State.Rupiah, TerbilangWord.Rupiah);
        }

        On(State.Scaled, State.Rupiah, TerbilangWord.Rupiah);
        On(State.Zero, State.Rupiah, TerbilangWord.Rupiah);

        // The sen: a group 1–99, then sen.
        OnTwoToNine(State.Rupiah, State.SenDigit);
        On(State.Rupiah, State.SenSatu, TerbilangWord.Satu);
        On(State.Rupiah, State.SenDone, TerbilangWord.Sepuluh, TerbilangWord.Sebelas);
        On(State.SenDigit, State.SenDone, TerbilangWord.Belas);
        On(State.SenDigit, State.SenPuluh, TerbilangWord.Puluh);
        On(State.SenPuluh, State.SenDone, TerbilangWord.Satu);
        OnTwoToNine(State.SenPuluh, State.SenDone);
        foreach (State sen in (ReadOnlySpan<State>)[State.SenDigit, State.SenSatu, State.SenPuluh, State.SenDone])
        {
            On(sen, State.End, TerbilangWord.Sen);
        }

        return next;

        void On(State from, State to, params ReadOnlySpan<TerbilangWord> words)
        {
            foreach (TerbilangWord word in words)
            {
                next[((int)from * Columns) + (int)word] = to;
            }
        }

        void OnTwoToNine(State from, State to)
        {
            for (TerbilangWord digit = TerbilangWord.Dua; digit <= TerbilangWord.Sembilan; digit++)
            {
                On(from, to, digit);
            }
        }
    }

    /// <summary>What each word does: <c>group += pending × Multiplier + Addend; total += group × Power;
    /// group &amp;= Keep; pending = Pending</c>.</summary>
    private static Step[] BuildSteps()
    {
        var plain = new Step(Multiplier: 1, Addend: 0, Pending: 0, Power: 0, Keep: -1, ScaleBit: 0, NotAfter: 0); // adds what is pending
        var steps = new Step[Columns];
        steps.AsSpan().Fill(plain);
        for (int digit = 1; digit <= 9; digit++)
        {
            steps[digit] = plain with { Pending = digit };
        }

        steps[(int)TerbilangWord.Ratus] = plain with { Multiplier = 100 };
        steps[(int)TerbilangWord.Puluh] = plain with { Multiplier = 10 };
        steps[(int)TerbilangWord.Belas] = plain with { Addend = 10 };
        steps[(int)TerbilangWord.Sepuluh] = plain with { Addend = 10 };
        steps[(int)TerbilangWord.Sebelas] = plain with { Addend = 11 };
        steps[(int)TerbilangWord.Seratus] = plain with { Addend = 100 };
        steps[(int)TerbilangWord.Seribu] = plain with { Addend = 1, Power = 1000, Keep = 0, ScaleBit = 1u << 1, NotAfter = (1u << 2) - 1 };
        long power = 1;
        for (int scale = 1; scale <= MaxScale; scale++)
        {
            power *= 1000;
            steps[(int)TerbilangWord.Ribu + scale - 1] = plain with { Power = power, Keep = 0, ScaleBit = 1u << scale, NotAfter = (1u << (scale + 1)) - 1 };
        }

        steps[(int)TerbilangWord.Rupiah] = plain with { Power = 1, Keep = 0 }; // the integer is complete
        return steps;
    }

    /// <summary>What one word does to the amount (see <see cref="BuildSteps"/>). <see cref="ScaleBit"/> is
    /// <c>1 &lt;&lt; scale</c> for a scale word (and <c>seribu</c>), 0 for any other; <see cref="NotAfter"/> the bits of
    /// the scales it may not follow (its own and the smaller ones), 0 for a word that is no scale.</summary>
    private readonly record struct Step(long Multiplier, long Addend, long Pending, long Power, long Keep, uint ScaleBit, uint NotAfter);
}
