using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Rkaskpd;

/// <summary>
/// The fast path of <see cref="TerbilangReader.TryParse(ReadOnlySpan{char}, out decimal)"/>: reads text as
/// <see cref="Terbilang.ToWords(decimal)"/> writes it (canonical words in any ASCII casing, one space between them) in
/// one pass of a few instructions a word, and gives up on anything else, leaving the text to the full reader.
/// </summary>
/// <remarks>
/// <para>The text is first copied as lower-case ASCII bytes (any other character gives up) with spaces after it, and
/// its spaces are found as a bit set, 64 characters to a number: each word's end then follows from bit operations, not
/// from looking up the word before, so that the look-ups of several words overlap in the processor.</para>
/// <para>Every word is handled by the same instructions, with no branch on the word, because which word follows which
/// depends on the digits and defeats a branch predictor. A perfect hash of its first four bytes gives its
/// <see cref="Slot"/>: the word with its space as a 16-byte pattern, zero past them, compared with the text where it
/// is not zero in one vector operation whose differences are gathered and tested once at the end; the automaton's
/// column of the word; and what the word does to the amount. A digit waits in <c>pending</c>; <c>ratus</c>, <c>puluh</c> and <c>belas</c> multiply
/// it into the group, and a scale word adds the group times its power of one thousand to the total. The automaton
/// (see <see cref="BuildTransitions"/>) also remembers the smallest scale so far, so that the order of the scales
/// needs no check of its own, and its error state is final, so that it too is tested once at the end.</para>
/// <para>It reads <c>[minus] (nol | groups) [rupiah [sen-group sen]]</c> with scales up to <c>kuadriliun</c> (the
/// total fits a <see cref="long"/>); <c>koma</c>, the larger scales, regional spellings, other spacing and every text
/// the grammar rejects make it give up. It never reads a text differently from the full reader: it only reads fewer
/// texts.</para>
/// </remarks>
internal static class TerbilangCanonicalReader
{
    /// <summary>The columns of a state's row in <see cref="Transitions"/>: one for each word (all below 31), and
    /// <see cref="NoWord"/>.</summary>
    private const int Columns = 32;

    /// <summary>The column of an empty slot: every state goes to <see cref="State.Error"/> on it.</summary>
    private const int NoWord = Columns - 1;

    /// <summary>The texts read here are shorter than this, the room of the bit set of the spaces (a multiple of 64,
    /// with the space after the text): longer than any text of an amount below 10^18 with sen (about 340
    /// characters).</summary>
    private const int MaxLength = 384;

    /// <summary>The spaces put after the copy of the text: one ends the last word, and the others let a word's
    /// 16 bytes and the last block of the bit set be read without a bounds check.</summary>
    private const int Padding = 64;

    /// <summary>The largest scale read here: <c>kuadriliun</c> (10^15), so that 999 999 … fits a <see cref="long"/>.</summary>
    private const int MaxScale = 5;

    /// <summary>The bits of a slot number.</summary>
    private const int SlotBits = 6;

    /// <summary>The states in which the text may end.</summary>
    private const uint Accepting = (1u << (int)State.Scaled) | (1u << (int)State.Hundreds) | (1u << (int)State.DigitFirst)
        | (1u << (int)State.SatuFirst) | (1u << (int)State.DigitAfterHundreds) | (1u << (int)State.Puluh) | (1u << (int)State.Done)
        | (1u << (int)State.Zero) | (1u << (int)State.Rupiah) | (1u << (int)State.End);

    /// <summary>The state of the automaton before the first word: <see cref="State.Start"/>, every scale still
    /// allowed.</summary>
    private const int Initial = (MaxScale * (int)State.Count) + (int)State.Start;

    /// <summary>The multiplier of the perfect hash (see <see cref="BuildSlots"/>).</summary>
    private static readonly uint HashMultiplier;

    /// <summary>The words by the perfect hash of their first four bytes; an empty slot matches no text.</summary>
    private static readonly Slot[] Slots = BuildSlots(out HashMultiplier);

    /// <summary>The row of the next state for each state's row and column: <c>Transitions[row + column]</c>, where the
    /// row of a state is <c>state × Columns</c>, and a state is <c>(limit − 1) × <see cref="State.Count"/> + s</c> for a
    /// <see cref="State"/> <c>s</c> and the scales below <c>limit</c> still allowed.</summary>
    private static readonly ushort[] Transitions = BuildTransitions();

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
    [SkipLocalsInit] // the copy and the bit sets are written before they are read
    internal static bool TryRead(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        int length = text.Length;
        if (unchecked((uint)(length - 1)) >= MaxLength - 1) // empty or too long
        {
            return false;
        }

        // Not stackalloc: a method with a stack allocation and loops is compiled without tiering, so that the static
        // tables would not become constants.
        Unsafe.SkipInit(out Bytes copy);
        Unsafe.SkipInit(out SpaceBits spaces);
        ref byte chars = ref copy[0];
        if (!TryCopyLower(text, ref chars))
        {
            return false; // a character that no word has and that might be white space
        }

        int blocks = FindSpaces(ref chars, length, spaces);

        unchecked
        {
            ref Slot slots = ref MemoryMarshal.GetArrayDataReference(Slots);
            ref ushort transitions = ref MemoryMarshal.GetArrayDataReference(Transitions);
            uint multiplier = HashMultiplier;
            Vector128<byte> differences = Vector128<byte>.Zero;
            nuint state = Initial * Columns; // the row of the state
            long total = 0;
            long group = 0;
            long pending = 0;
            nuint start = 0;
            for (int block = 0; block < blocks; block++)
            {
                ulong bits = spaces[block];
                while (bits != 0)
                {
                    // A word from start to the next space (the space after the text ends the last one). Its 16 bytes
                    // equal the slot's pattern where the pattern is not zero only when they are the slot's word and
                    // its space.
                    nuint end = (nuint)(uint)((block * 64) + BitOperations.TrailingZeroCount(bits));
                    bits &= bits - 1;
                    uint head = Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref chars, start));
                    ref readonly Slot slot = ref Unsafe.Add(ref slots, (nuint)((head * multiplier) >> (32 - SlotBits)));
                    Vector128<byte> pattern = slot.Pattern;
                    differences |= Vector128.AndNot(Vector128.LoadUnsafe(ref chars, start), Vector128.Equals(pattern, Vector128<byte>.Zero)) ^ pattern;
                    state = Unsafe.Add(ref transitions, state + slot.Column);

                    // Within the grammar and the scales' order the numbers stay below 10^18: no overflow to check.
                    group += (pending * slot.Multiplier) + slot.Addend;
                    total += group * slot.Power;
                    group &= slot.Keep;
                    pending = slot.Pending;
                    start = end + 1;
                }
            }

            if (differences != Vector128<byte>.Zero)
            {
                return false; // a word is not canonical, or not followed by one space
            }

            return TryEnd((State)((int)state / Columns % (int)State.Count), total, group + pending, chars == (byte)'m', out value); // only minus starts with m
        }
    }

    /// <summary>Sets a bit for each space of the copy up to <paramref name="length"/> (the space after the text), 64
    /// characters to a number, and returns the numbers written.</summary>
    private static int FindSpaces(ref byte chars, int length, Span<ulong> spaces)
    {
        unchecked
        {
            Vector128<byte> space = Vector128.Create((byte)' ');
            int blocks = (length >> 6) + 1;
            for (int block = 0; block < blocks; block++)
            {
                nuint at = (nuint)(block * 64);
                ulong bits = Vector128.Equals(Vector128.LoadUnsafe(ref chars, at), space).ExtractMostSignificantBits();
                bits |= (ulong)Vector128.Equals(Vector128.LoadUnsafe(ref chars, at + 16), space).ExtractMostSignificantBits() << 16;
                bits |= (ulong)Vector128.Equals(Vector128.LoadUnsafe(ref chars, at + 32), space).ExtractMostSignificantBits() << 32;
                bits |= (ulong)Vector128.Equals(Vector128.LoadUnsafe(ref chars, at + 48), space).ExtractMostSignificantBits() << 48;
                spaces[block] = bits;
            }

            // The padding's spaces after the one that ends the text are no words' ends.
            spaces[blocks - 1] &= ulong.MaxValue >> (63 - (length & 63));
            return blocks;
        }
    }

    /// <summary>
    /// Copies <paramref name="text"/> to <paramref name="destination"/> as bytes, letters in lower case, followed by
    /// <see cref="Padding"/> spaces; false when a character is below the space (a control character, which might be
    /// white space) or not ASCII.
    /// </summary>
    /// <remarks>Sixteen characters at a time, the last sixteen overlapping the ones before (a text shorter than
    /// sixteen is padded first). Setting bit 5 lowers the case of letters only, and turns no other character from
    /// the space to DEL into a letter or a space: a word matches only the same letters in any casing.</remarks>
    private static bool TryCopyLower(ReadOnlySpan<char> text, ref byte destination)
    {
        int length = text.Length;
        bool copied;
        if (length >= 16)
        {
            copied = TryCopyLower(ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text)), length, ref destination);
        }
        else
        {
            Unsafe.SkipInit(out Chars16 small);
            Span<char> padded = small;
            padded.Fill(' ');
            text.CopyTo(padded);
            copied = TryCopyLower(ref Unsafe.As<char, ushort>(ref small[0]), 16, ref destination);
        }

        Vector128<byte> spaces = Vector128.Create((byte)' ');
        for (int pad = 0; pad < Padding; pad += 16)
        {
            spaces.StoreUnsafe(ref destination, unchecked((nuint)(length + pad)));
        }

        return copied;
    }

    /// <summary>Copies <paramref name="count"/> characters (at least sixteen) as <see cref="TryCopyLower(ReadOnlySpan{char}, ref byte)"/> does, without the padding.</summary>
    private static bool TryCopyLower(ref ushort source, int count, ref byte destination)
    {
        unchecked
        {
            Vector128<ushort> above = Vector128<ushort>.Zero; // each character's distance above the space, the greatest
            int last = count - 16;
            for (int at = 0; ; at += 16)
            {
                at = Math.Min(at, last);
                Vector128<ushort> first = Vector128.LoadUnsafe(ref source, (nuint)at);
                Vector128<ushort> second = Vector128.LoadUnsafe(ref source, (nuint)at + 8);
                above = Vector128.Max(above, Vector128.Max(first - Vector128.Create((ushort)' '), second - Vector128.Create((ushort)' ')));
                Vector128.Narrow(first | Vector128.Create((ushort)0x20), second | Vector128.Create((ushort)0x20)).StoreUnsafe(ref destination, (nuint)at);
                if (at == last)
                {
                    break;
                }
            }

            return Vector128.LessThanAll(above, Vector128.Create((ushort)(0x80 - ' ')));
        }
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
    /// The automaton over the slots' columns: <see cref="BuildGrammar"/>'s, times the scales still allowed after the
    /// smallest one read so far (all at first, none below <c>ribu</c>), so that a scale after its own or a smaller
    /// one (<c>dua ribu juta</c>, <c>seribu ribu</c>) is an error like any other word out of place.
    /// </summary>
    private static ushort[] BuildTransitions()
    {
        State[] grammar = BuildGrammar();
        int count = (int)State.Count;
        var next = new ushort[(MaxScale + 1) * count * Columns];
        for (int limit = 1; limit <= MaxScale + 1; limit++)
        {
            for (int state = 0; state < count; state++)
            {
                for (int word = 0; word < Columns; word++)
                {
                    State to = grammar[(state * Columns) + word];
                    int scale = ScaleOf((TerbilangWord)word);
                    int toLimit = scale == 0 ? limit : scale;
                    if (to == State.Error || (scale != 0 && scale >= limit))
                    {
                        continue; // 0: State.Error with limit 1, which every word keeps
                    }

                    next[((((limit - 1) * count) + state) * Columns) + word] = (ushort)((((toLimit - 1) * count) + (int)to) * Columns);
                }
            }
        }

        return next;
    }

    /// <summary>The power of one thousand a word stands for: 1 for <c>ribu</c> and <c>seribu</c>, 0 for a word that
    /// is no scale.</summary>
    private static int ScaleOf(TerbilangWord word) => word switch
    {
        TerbilangWord.Seribu => 1,
        >= TerbilangWord.Ribu and <= TerbilangWord.Septiliun => (int)word - (int)TerbilangWord.Ribu + 1,
        _ => 0,
    };

    /// <summary>
    /// The grammar of <see cref="TerbilangReader"/> as an automaton over words, within the limits of this fast path:
    /// <c>[minus] (nol | group [scale] …) [rupiah [sen-group sen]]</c>, where a group is
    /// <c>[seratus | D ratus] [sepuluh | sebelas | D belas | D puluh [U] | U]</c>, <c>satu</c> alone is never followed
    /// by <c>ribu</c> and <c>seribu</c> stands for a whole thousands group. The order of the scales is left to
    /// <see cref="BuildTransitions"/>. <c>next[state * Columns + word]</c>.
    /// </summary>
    private static State[] BuildGrammar()
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

    // Stryker disable all : runs once, in the static initializer, where Stryker does not switch its mutants on (they all
    // survive, even ones that throw or never end); compiled in by hand, such faults fail most of the terbilang tests.
    /// <summary>
    /// Finds a multiplier that sends the first four bytes of each canonical word (with the space after a three-letter
    /// word) to a slot of its own (a perfect hash: any text is one probe), and fills the slots. With 29 words in 64
    /// slots about one odd multiplier in 500 does; the search is deterministic.
    /// </summary>
    private static Slot[] BuildSlots(out uint multiplier)
    {
        string[] canonical = TerbilangVocabulary.Canonical;
        var heads = new uint[canonical.Length];
        for (int w = 0; w < canonical.Length; w++)
        {
            string word = canonical[w] + " ";
            heads[w] = (uint)(word[0] | (word[1] << 8) | (word[2] << 16) | (word[3] << 24));
        }

        for (multiplier = 0x9E3779B9u; ; multiplier = unchecked(multiplier + 0x6A09E66Eu))
        {
            ulong used = 0;
            foreach (uint head in heads)
            {
                used |= 1UL << SlotOf(head, multiplier);
            }

            if (BitOperations.PopCount(used) == canonical.Length)
            {
                break;
            }
        }

        var slots = new Slot[1 << SlotBits];
        slots.AsSpan().Fill(new Slot { Pattern = Vector128.Create((byte)0xFF), Column = NoWord, Keep = -1 }); // 0xFF: never a byte of the copy
        Span<byte> pattern = stackalloc byte[16];
        for (int w = 0; w < canonical.Length; w++)
        {
            string word = canonical[w];
            pattern.Clear();
            for (int i = 0; i <= word.Length; i++)
            {
                pattern[i] = i < word.Length ? (byte)word[i] : (byte)' ';
            }

            slots[SlotOf(heads[w], multiplier)] = Step((TerbilangWord)w) with
            {
                Pattern = Vector128.Create((ReadOnlySpan<byte>)pattern),
                Column = (byte)w,
            };
        }

        return slots;
    }

    /// <summary>The slot of a word's first four bytes.</summary>
    private static int SlotOf(uint head, uint multiplier) => (int)(unchecked(head * multiplier) >> (32 - SlotBits));

    // Stryker disable all : called only by BuildSlots, in the static initializer (see there); a disable comment holds
    // for the one member after it.
    /// <summary>What a word does: <c>group += pending × Multiplier + Addend; total += group × Power;
    /// group &amp;= Keep; pending = Pending</c>.</summary>
    private static Slot Step(TerbilangWord word)
    {
        var plain = new Slot { Multiplier = 1, Keep = -1 }; // adds what is pending
        int scale = ScaleOf(word);
        return word switch
        {
            >= TerbilangWord.Satu and <= TerbilangWord.Sembilan => plain with { Pending = (byte)word },
            TerbilangWord.Ratus => plain with { Multiplier = 100 },
            TerbilangWord.Puluh => plain with { Multiplier = 10 },
            TerbilangWord.Belas or TerbilangWord.Sepuluh => plain with { Addend = 10 },
            TerbilangWord.Sebelas => plain with { Addend = 11 },
            TerbilangWord.Seratus => plain with { Addend = 100 },
            TerbilangWord.Seribu => plain with { Addend = 1, Power = 1000, Keep = 0 },
            _ when scale is > 0 and <= MaxScale => plain with { Power = PowerOfThousand(scale), Keep = 0 },
            TerbilangWord.Rupiah => plain with { Power = 1, Keep = 0 }, // the integer is complete
            _ => plain,
        };
    }

    // Stryker disable all : called only by BuildSlots, in the static initializer (see there); a disable comment holds
    // for the one member after it.
    /// <summary>1000 to the power <paramref name="scale"/>.</summary>
    private static long PowerOfThousand(int scale)
    {
        long power = 1;
        for (int s = 0; s < scale; s++)
        {
            power *= 1000;
        }

        return power;
    }

    // Stryker restore all

    /// <summary>
    /// One slot of the perfect hash: a word (with the space after it) as lower-case bytes, zero past it (only the
    /// bytes that are not zero are compared); its column in <see cref="Transitions"/>; and what it does to the amount (see <see cref="Step"/>).
    /// </summary>
    private struct Slot
    {
        /// <summary>The word and its space, then zeros.</summary>
        public Vector128<byte> Pattern;

        /// <summary>What the group adds to the total, times the group: a scale's power of one thousand.</summary>
        public long Power;

        /// <summary>-1 to keep the group, 0 to start a new one.</summary>
        public long Keep;

        /// <summary>What the pending digit is multiplied by as it joins the group.</summary>
        public long Multiplier;

        /// <summary>What the word adds to the group.</summary>
        public long Addend;

        /// <summary>The digit the word leaves pending.</summary>
        public byte Pending;

        /// <summary>The word's column in <see cref="Transitions"/>.</summary>
        public byte Column;
    }

    /// <summary>The copy of a text as bytes, with its padding.</summary>
    [InlineArray(MaxLength + Padding)]
    private struct Bytes
    {
        private byte element;
    }

    /// <summary>A text shorter than sixteen characters, padded.</summary>
    [InlineArray(16)]
    private struct Chars16
    {
        private char element;
    }

    /// <summary>The bit set of a text's spaces.</summary>
    [InlineArray(MaxLength / 64)]
    private struct SpaceBits
    {
        private ulong element;
    }
}
