using Rkaskpd.Utility;
using System;
using System.Numerics;

namespace Rkaskpd.Forms;

/// <summary>
/// The set of letters <c>a</c>–<c>z</c> in a word, as a bit mask: a cheap lower bound on the edit distance to a word of
/// such letters, to skip computing it when the distance is bound to exceed what is allowed.
/// </summary>
/// <remarks>
/// The bound holds for the optimal-string-alignment distance of <see cref="Rkaskpd.Utility.EditDistance.Bounded"/>: a
/// character of one word that occurs nowhere in the other can be neither matched nor swapped, so every such position
/// costs a substitution or a deletion of its own (and symmetrically for insertions).
/// </remarks>
internal readonly record struct LetterMask(uint Letters, int Others)
{
    /// <summary>Gets the letters of <paramref name="word"/>; <see cref="Others"/> counts its other characters.</summary>
    public static LetterMask Of(ReadOnlySpan<char> word)
    {
        uint letters = 0;
        int others = 0;
        foreach (char c in word)
        {
            if (c is >= 'a' and <= 'z')
            {
                letters |= 1u << (c - 'a');
            }
            else
            {
                others++;
            }
        }

        return new LetterMask(letters, others);
    }

    /// <summary>
    /// Returns a lower bound on the edit distance between the word of this mask and <paramref name="known"/>'s word,
    /// which holds only letters <c>a</c>–<c>z</c>.
    /// </summary>
    public int DistanceAtLeast(LetterMask known) => Math.Max(
        BitOperations.PopCount(Letters & ~known.Letters) + Others,
        BitOperations.PopCount(known.Letters & ~Letters));
}
