using Rkaskpd.Utility;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Forms;

/// <summary>The letter-mask prefilter never skips a word that is within the allowed edit distance.</summary>
public class LetterMaskTests
{
    private static readonly char[] Alphabet = [.. "aeiklnprstuABé -"];

    [Property(MaxTest = 1000)]
    public Property DistanceAtLeast_never_exceeds_the_edit_distance(int[] word, int[] known)
    {
        string a = string.Concat(word.Take(20).Select(i => Alphabet[(i & int.MaxValue) % Alphabet.Length]));
        string b = string.Concat(known.Take(20).Select(i => (char)('a' + ((i & int.MaxValue) % 26))));
        int bound = LetterMask.Of(a).DistanceAtLeast(LetterMask.Of(b));
        int distance = EditDistance.Bounded(a, b, 64);
        return (bound <= distance).Label($"{a} / {b}: bound {bound}, distance {distance}");
    }

    [Theory]
    [InlineData("layatbelakang", "latarbelakang", 1)]
    [InlineData("pelasanaan", "pelaksanaan", 1)]
    [InlineData("kegiatan", "latarbelakang", 3)]
    public void DistanceAtLeast_counts_letters_missing_on_either_side(string word, string known, int expected) =>
        Assert.Equal(expected, LetterMask.Of(word).DistanceAtLeast(LetterMask.Of(known)));
}
