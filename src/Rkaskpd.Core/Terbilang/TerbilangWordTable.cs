using System;

namespace Rkaskpd;

/// <summary>
/// The words <see cref="TerbilangWriter"/> copies, in one casing, packed into one character array: the words of every
/// three-digit group 0–999, the scale words and the canonical words, each followed by one space. Writing an amount
/// is a handful of copies from this array, found by index without any search.
/// </summary>
internal sealed class TerbilangWordTable
{
    /// <summary>The first entry of the scale words: entry <c>ScaleEntry + s</c> is the word for 1000^s.</summary>
    internal const int ScaleEntry = 1000;

    /// <summary>The first entry of the canonical words: entry <c>WordEntry + (int)word</c>.</summary>
    internal const int WordEntry = ScaleEntry + TerbilangVocabulary.MaxScale + 1;

    /// <summary>
    /// The characters the writer copies at once from any entry while the destination has room for them: at least the
    /// longest entry, so that an entry is always one copy of a length the JIT knows (and unrolls).
    /// </summary>
    internal const int CopyLength = 40;

    /// <summary>Characters readable past the last entry, so that <see cref="CopyLength"/> characters can be read from
    /// any entry.</summary>
    internal const int Padding = CopyLength;

    /// <summary>The bits of a packed entry that hold its length (the rest hold its offset).</summary>
    private const int LengthBits = 6;

    private readonly char[] chars;

    private readonly uint[] entries;

    private TerbilangWordTable(bool upper)
    {
        var words = new string[WordEntry + TerbilangVocabulary.Canonical.Length];
        for (int g = 0; g < ScaleEntry; g++)
        {
            words[g] = upper ? TerbilangVocabulary.GroupUpper[g] : TerbilangVocabulary.GroupLower[g];
        }

        for (int s = 0; s <= TerbilangVocabulary.MaxScale; s++)
        {
            words[ScaleEntry + s] = upper ? TerbilangVocabulary.ScaleUpper[s] : TerbilangVocabulary.ScaleLower[s];
        }

        string[] canonical = upper ? TerbilangVocabulary.CanonicalUpper : TerbilangVocabulary.Canonical;
        for (int w = 0; w < canonical.Length; w++)
        {
            words[WordEntry + w] = canonical[w];
        }

        int size = Padding;
        foreach (string word in words)
        {
            size += word.Length + 1;
        }

        chars = new char[size];
        entries = new uint[words.Length];
        int offset = 0;
        for (int e = 0; e < words.Length; e++)
        {
            string word = words[e];
            if (word.Length + 1 > CopyLength)
            {
                throw new InvalidOperationException($"The entry '{word}' is longer than one copy of {CopyLength} characters.");
            }

            word.CopyTo(chars.AsSpan(offset));
            chars[offset + word.Length] = ' ';
            entries[e] = ((uint)offset << LengthBits) | (uint)(word.Length + 1);
            offset += word.Length + 1;
        }
    }

    /// <summary>Gets the lower-case table.</summary>
    internal static TerbilangWordTable Lower { get; } = new(upper: false);

    /// <summary>Gets the upper-case table.</summary>
    internal static TerbilangWordTable Upper { get; } = new(upper: true);

    /// <summary>Gets all entries' characters, followed by <see cref="Padding"/> spare characters.</summary>
    internal char[] Chars => chars;

    /// <summary>An entry's offset in <see cref="Chars"/> and its length, its trailing space included, packed into one
    /// number: read them with <see cref="OffsetOf"/> and <see cref="LengthOf"/>.</summary>
    internal uint PackedAt(int entry) => entries[entry];

    /// <summary>The offset in <see cref="Chars"/> of a packed entry (<see cref="PackedAt"/>).</summary>
    internal static int OffsetOf(uint packed) => (int)(packed >> LengthBits);

    /// <summary>The length of a packed entry (<see cref="PackedAt"/>), its trailing space included.</summary>
    internal static int LengthOf(uint packed) => (int)(packed & ((1u << LengthBits) - 1));
}
