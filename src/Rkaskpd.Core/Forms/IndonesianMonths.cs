using System;

namespace Rkaskpd.Forms;

/// <summary>Indonesian month names, with old spellings and abbreviations.</summary>
internal static class IndonesianMonths
{
    private static readonly (string Name, int Month)[] Names =
    [
        ("januari", 1), ("jan", 1), ("djanuari", 1),
        ("februari", 2), ("pebruari", 2), ("febuari", 2), ("peb", 2), ("feb", 2), ("pebr", 2), ("febr", 2),
        ("maret", 3), ("mar", 3), ("mrt", 3),
        ("april", 4), ("apr", 4), ("aprl", 4),
        ("mei", 5),
        ("juni", 6), ("jun", 6), ("djuni", 6),
        ("juli", 7), ("jul", 7), ("djuli", 7),
        ("agustus", 8), ("augustus", 8), ("agustu", 8), ("agus", 8), ("agu", 8), ("agt", 8), ("ags", 8), ("aug", 8),
        ("september", 9), ("sept", 9), ("sep", 9), ("spt", 9),
        ("oktober", 10), ("okt", 10), ("october", 10), ("oct", 10),
        ("november", 11), ("nopember", 11), ("nov", 11), ("nop", 11),
        ("desember", 12), ("des", 12), ("december", 12), ("dec", 12), ("dez", 12),
    ];

    /// <summary>Returns the month number (1–12) of a lower-case word, or 0 when it is not a month name.</summary>
    public static int Lookup(ReadOnlySpan<char> lowerWord)
    {
        foreach ((string name, int month) in Names)
        {
            if (lowerWord.SequenceEqual(name))
            {
                return month;
            }
        }

        return 0;
    }

    /// <summary>
    /// Returns the month number (1–12) of a word in any case, or 0: the same as <see cref="Lookup"/> of the word's
    /// invariant lower case, without building that string.
    /// </summary>
    public static int LookupAnyCase(ReadOnlySpan<char> word)
    {
        const int longestName = 9; // "september"
        if (word.Length > longestName)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[longestName];
        int written = word.ToLowerInvariant(lower);
        return Lookup(lower[..written]);
    }
}
