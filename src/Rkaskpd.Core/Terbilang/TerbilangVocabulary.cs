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

    private static readonly FrozenDictionary<string, TerbilangWord> CanonicalLookup = BuildCanonicalLookup();

    private static readonly FrozenDictionary<string, TerbilangWord>.AlternateLookup<ReadOnlySpan<char>> CanonicalSpans =
        CanonicalLookup.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, TerbilangWord>.AlternateLookup<ReadOnlySpan<char>> RegionalSpans =
        Regional.GetAlternateLookup<ReadOnlySpan<char>>();

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
    internal static TerbilangWord LookupCanonical(ReadOnlySpan<char> token) =>
        CanonicalSpans.TryGetValue(token, out TerbilangWord word) ? word : TerbilangWord.Unknown;

    /// <summary>Looks up a token among the canonical words and the accepted regional spellings.</summary>
    internal static TerbilangWord Lookup(ReadOnlySpan<char> token)
    {
        if (CanonicalSpans.TryGetValue(token, out TerbilangWord word))
        {
            return word;
        }

        return RegionalSpans.TryGetValue(token, out word) ? word : TerbilangWord.Unknown;
    }

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

    private static FrozenDictionary<string, TerbilangWord> BuildCanonicalLookup()
    {
        var words = new Dictionary<string, TerbilangWord>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < Canonical.Length; i++)
        {
            words.Add(Canonical[i], (TerbilangWord)i);
        }

        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
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
