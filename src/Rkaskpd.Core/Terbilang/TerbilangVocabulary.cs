using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace Rkaskpd;

/// <summary>
/// The word tables behind <see cref="Terbilang"/>: canonical spellings, accepted regional spellings and the
/// precomputed words of every three-digit group, in lower and upper case, so that formatting only copies static
/// strings.
/// </summary>
internal static class TerbilangVocabulary
{
    /// <summary>The highest supported power of one thousand (<c>septiliun</c>, 10^24).</summary>
    internal const int MaxScale = 8;

    /// <summary>The canonical lower-case spelling of each <see cref="TerbilangWord"/>, indexed by its value.</summary>
    internal static readonly string[] Canonical =
    [
        "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "sepuluh", "sebelas", "seratus", "seribu", "puluh", "belas", "ratus", "ribu",
        "juta", "miliar", "triliun", "kuadriliun", "kuintiliun", "sekstiliun", "septiliun",
        "minus", "koma", "rupiah", "sen",
    ];

    /// <summary>Regional or older spellings that <see cref="Terbilang.TryParse(string?, out decimal)"/> accepts and
    /// the checker reports as slips.</summary>
    internal static readonly FrozenDictionary<string, TerbilangWord> Regional =
        new Dictionary<string, TerbilangWord>(StringComparer.OrdinalIgnoreCase)
        {
            ["milyar"] = TerbilangWord.Miliar,
            ["milyard"] = TerbilangWord.Miliar,
            ["miliard"] = TerbilangWord.Miliar,
            ["trilyun"] = TerbilangWord.Triliun,
            ["kuadrilyun"] = TerbilangWord.Kuadriliun,
            ["kuintilyun"] = TerbilangWord.Kuintiliun,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The slots of the ASCII lookup table (a power of two, at least four times the number of words).</summary>
    private const int AsciiSlots = 256;

    /// <summary>The longest word of <see cref="Canonical"/> and <see cref="Regional"/>: a longer token is none of
    /// them (case-insensitive ordinal comparison maps one character to one character).</summary>
    internal const int LongestWord = 10;

    /// <summary>The packed key (<see cref="AsciiKey"/>) of each slot's word, 0 for an empty slot.</summary>
    private static readonly ulong[] AsciiKeys = new ulong[AsciiSlots];

    /// <summary>The word in each slot, and in bit 7 whether it is a regional spelling.</summary>
    private static readonly byte[] AsciiWords = BuildAsciiTable();

    /// <summary>Scale words in lower case, indexed by power of one thousand (index 0 is unused).</summary>
    internal static readonly string[] ScaleLower = BuildScales(upper: false);

    /// <summary>Scale words in upper case, indexed by power of one thousand (index 0 is unused).</summary>
    internal static readonly string[] ScaleUpper = BuildScales(upper: true);

    /// <summary>The words of each group 1–999 in lower case (index 0 is the empty string).</summary>
    internal static readonly string[] GroupLower = BuildGroups(upper: false);

    /// <summary>The words of each group 1–999 in upper case (index 0 is the empty string).</summary>
    internal static readonly string[] GroupUpper = BuildGroups(upper: true);

    /// <summary>The canonical spelling of each <see cref="TerbilangWord"/> in upper case, indexed by its value.</summary>
    internal static readonly string[] CanonicalUpper = Array.ConvertAll(Canonical, static w => w.ToUpperInvariant());

    /// <summary>Looks up a token among the canonical words (case-insensitively).</summary>
    internal static TerbilangWord LookupCanonical(ReadOnlySpan<char> token)
    {
        TerbilangWord word = Lookup(token, out bool regional);
        return regional ? TerbilangWord.Unknown : word;
    }

    /// <summary>Looks up a token among the canonical words and the accepted regional spellings.</summary>
    internal static TerbilangWord Lookup(ReadOnlySpan<char> token) => Lookup(token, out _);

    /// <summary>Whether the word is a scale word (<c>ribu</c> … <c>septiliun</c>).</summary>
    internal static bool IsScale(TerbilangWord word) => word is >= TerbilangWord.Ribu and <= TerbilangWord.Septiliun;

    /// <summary>The power of one thousand a scale word stands for (<c>ribu</c> = 1).</summary>
    internal static int ScaleOf(TerbilangWord word) => word - TerbilangWord.Ribu + 1;

    /// <summary>Whether the word is one of <c>dua</c> … <c>sembilan</c>.</summary>
    internal static bool IsDigitTwoToNine(TerbilangWord word) => word is >= TerbilangWord.Dua and <= TerbilangWord.Sembilan;

    /// <summary>Whether the word is one of <c>satu</c> … <c>sembilan</c>.</summary>
    internal static bool IsDigitOneToNine(TerbilangWord word) => word is >= TerbilangWord.Satu and <= TerbilangWord.Sembilan;

    /// <summary>Whether the word is one of <c>nol</c> … <c>sembilan</c>.</summary>
    internal static bool IsDigit(TerbilangWord word) => word <= TerbilangWord.Sembilan;

    /// <summary>Composes the words of a group 1–999 (used once, to fill the tables).</summary>
    internal static string ComposeGroup(int group)
    {
        int hundreds = group / 100;
        int rest = group % 100;
        var parts = new List<string>(4);
        if (hundreds == 1)
        {
            parts.Add("seratus");
        }
        else if (hundreds > 1)
        {
            parts.Add(Canonical[hundreds] + " ratus");
        }

        if (rest == 10)
        {
            parts.Add("sepuluh");
        }
        else if (rest == 11)
        {
            parts.Add("sebelas");
        }
        else if (rest > 11 && rest < 20)
        {
            parts.Add(Canonical[rest - 10] + " belas");
        }
        else if (rest >= 20)
        {
            parts.Add(Canonical[rest / 10] + " puluh");
            if (rest % 10 != 0)
            {
                parts.Add(Canonical[rest % 10]);
            }
        }
        else if (rest > 0)
        {
            parts.Add(Canonical[rest]);
        }

        return string.Join(' ', parts);
    }

    /// <summary>
    /// Looks up a token among the canonical words and the accepted regional spellings, ignoring case, without hashing
    /// strings: its letters, folded to lower case, are packed five bits each into one number, which is found in a
    /// small open-addressing table.
    /// </summary>
    /// <remarks>Every word is ASCII letters, and no other character equals an ASCII letter in a case-insensitive
    /// ordinal comparison (not even the long s or the dotless i, whose upper case is one): a token with any other
    /// character is no word.</remarks>
    /// <param name="token">The token.</param>
    /// <param name="regional">Whether the word found is a regional spelling (<see cref="Regional"/>).</param>
    /// <returns>The word, or <see cref="TerbilangWord.Unknown"/> when the token is none.</returns>
    internal static TerbilangWord Lookup(ReadOnlySpan<char> token, out bool regional)
    {
        regional = false;
        if (token.IsEmpty || token.Length > LongestWord)
        {
            return TerbilangWord.Unknown;
        }

        ulong key = 0;
        bool letters = true;
        foreach (char c in token)
        {
            uint letter = unchecked((uint)((c | 0x20) - 'a'));
            letters &= letter < 26;
            key = (key << 5) | unchecked(letter + 1);
        }

        return letters ? LookupAsciiKey(key, out regional) : TerbilangWord.Unknown;
    }

    /// <summary>
    /// Looks up the packed key of a token of ASCII letters (each folded to lower case and packed as
    /// <c>key = (key &lt;&lt; 5) | (letter - 'a' + 1)</c>, at most <see cref="LongestWord"/> letters) among the
    /// canonical and regional words.
    /// </summary>
    internal static TerbilangWord LookupAsciiKey(ulong key, out bool regional)
    {
        for (int slot = AsciiSlotOf(key); ; slot = (slot + 1) & (AsciiSlots - 1))
        {
            ulong found = AsciiKeys[slot];
            if (found == key)
            {
                byte entry = AsciiWords[slot];
                regional = entry >= 0x80;
                return (TerbilangWord)(entry & 0x7F);
            }

            if (found == 0)
            {
                regional = false;
                return TerbilangWord.Unknown;
            }
        }
    }

    /// <summary>The five-bit-a-letter key of a lower-case ASCII word.</summary>
    private static ulong AsciiKey(string word)
    {
        ulong key = 0;
        foreach (char c in word)
        {
            key = (key << 5) | (uint)(c - 'a' + 1);
        }

        return key;
    }

    private static int AsciiSlotOf(ulong key) => (int)(unchecked(key * 0x9E3779B97F4A7C15UL) >> 56) & (AsciiSlots - 1);

    private static byte[] BuildAsciiTable()
    {
        var words = new byte[AsciiSlots];
        for (int i = 0; i < Canonical.Length; i++)
        {
            Add(Canonical[i], (byte)i);
        }

        foreach (KeyValuePair<string, TerbilangWord> pair in Regional)
        {
            Add(pair.Key, (byte)(0x80 | (byte)pair.Value));
        }

        return words;

        void Add(string word, byte entry)
        {
            ulong key = AsciiKey(word);
            int slot = AsciiSlotOf(key);
            while (AsciiKeys[slot] != 0)
            {
                slot = (slot + 1) & (AsciiSlots - 1);
            }

            AsciiKeys[slot] = key;
            words[slot] = entry;
        }
    }

    private static string[] BuildScales(bool upper)
    {
        var scales = new string[MaxScale + 1];
        scales[0] = string.Empty;
        for (int s = 1; s <= MaxScale; s++)
        {
            string word = Canonical[(int)TerbilangWord.Ribu + s - 1];
            scales[s] = upper ? word.ToUpperInvariant() : word;
        }

        return scales;
    }

    private static string[] BuildGroups(bool upper)
    {
        var groups = new string[1000];
        groups[0] = string.Empty;
        for (int g = 1; g < 1000; g++)
        {
            string words = ComposeGroup(g);
            groups[g] = upper ? words.ToUpperInvariant() : words;
        }

        return groups;
    }
}
