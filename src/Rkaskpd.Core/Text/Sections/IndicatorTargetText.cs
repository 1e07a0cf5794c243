using System;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Sections;

/// <summary>Finds the target at the end of a flattened indicator text: the trailing <c>Rp</c> amount, percentage,
/// relational value (<c>&lt; 17</c>), number and unit, or a compound target (<c>5 Desa dan 7 Kelurahan</c>).</summary>
internal static class IndicatorTargetText
{
    /// <summary>Returns whether <paramref name="text"/> is a target and nothing else: an <c>Rp</c> amount, or a number
    /// (after a relational sign) with at most two unit words or a <c>%</c> after it (<c>72 %</c>, <c>350 meter</c>).
    /// </summary>
    public static bool IsTargetAlone(string text)
    {
        if (IsRp(text))
        {
            ReadOnlySpan<char> amount = text.AsSpan(2).TrimStart(". ");
            return amount.Length > 0 && char.IsAsciiDigit(amount[0]);
        }

        string[] words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int first = words.Length > 1 && IsRelationalSign(words[0]) ? 1 : 0;
        if (words.Length == first || words.Length - first > 3 || !char.IsAsciiDigit(words[first][0]))
        {
            return false;
        }

        for (int w = first + 1; w < words.Length; w++)
        {
            if (!(words[w] == "%" || char.IsLetter(words[w][0])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns where the target starts in a flattened indicator text (its length when there is none).</summary>
    public static int TargetStart(string rest)
    {
        int rp = rest.LastIndexOf("Rp", StringComparison.OrdinalIgnoreCase);
        if (rp > 0 && rest[rp - 1] == ' ' && (rp + 2 == rest.Length || !char.IsLetter(rest[rp + 2])))
        {
            return rp;
        }

        // The last number, with at most two unit words (or a %) after it, and a relational sign before it.
        string[] words = rest.Split(' ');
        int offset = rest.Length;
        for (int w = words.Length - 1, seen = 0; w > 0 && seen < 3; w--, seen++)
        {
            offset -= words[w].Length + 1;
            string word = words[w];
            if (IsYearOfTahun(words, w))
            {
                break; // "... Kecamatan Watugede tahun 2020": a year names the measure's time, it is no target
            }

            if (word.Length > 0 && char.IsAsciiDigit(word[0]))
            {
                int start = offset + 1;
                if (w > 1 && IsRelationalSign(words[w - 1]))
                {
                    start -= words[w - 1].Length + 1;
                }

                return ExtendCompound(rest, start);
            }

            if (word.Length > 1 && word[0] is '<' or '>' or '\u2264' or '\u2265' && char.IsAsciiDigit(word[^1]))
            {
                return offset + 1;
            }
        }

        return rest.Length;
    }

    /// <summary>Whether the word at <paramref name="w"/> is a year (<c>1900</c>–<c>2100</c>) after <c>tahun</c> or
    /// <c>TA</c>.</summary>
    private static bool IsYearOfTahun(string[] words, int w) =>
        w > 0 && words[w].Length == 4 && int.TryParse(words[w], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
        && year is >= 1900 and <= 2100
        && (words[w - 1].Equals("tahun", StringComparison.OrdinalIgnoreCase) || words[w - 1].TrimEnd('.').Equals("TA", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether splitting a flattened row into <paramref name="tolokUkur"/> and <paramref name="target"/> at
    /// <see cref="TargetStart"/> is the only reading the row has, so that nothing was guessed: the target reads as a
    /// measurable target (a percentage, amount, quantity, score or compound, with a relational sign or not; not free text), and no part of the tolok
    /// ukur could have belonged to it (no number among its last three words or at its end, no <c>Rp</c>). A row such
    /// as <c>Persentase desa yang dibina 100 %</c> is certain; <c>Cakupan balita 6-59 bulan 90 %</c> (is <c>6-59
    /// bulan</c> the measure or the target?) and a row without any target are not.</summary>
    public static bool IsCertainSplit(string tolokUkur, string target)
    {
        if (tolokUkur.Length == 0 || target.Length == 0 || char.IsAsciiDigit(tolokUkur[^1])
            || IndicatorTarget.Parse(target.TrimStart('<', '>', '=', '\u2264', '\u2265').TrimStart()) is TextTarget)
        {
            return false;
        }

        string[] words = tolokUkur.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int w = 0; w < words.Length; w++)
        {
            string word = words[w];
            bool digit = word.Length > 0 && char.IsAsciiDigit(word[0]);
            if ((digit && w >= words.Length - 3) || IsRp(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word is a relational sign written before a target's number (<c>&lt; 17</c>).</summary>
    private static bool IsRelationalSign(string word) => word is "<" or ">" or "<=" or ">=" or "\u2264" or "\u2265" or "=";

    /// <summary>Whether a word is the currency mark <c>Rp</c> (<c>Rp</c>, <c>Rp.</c>, <c>Rp.5.000</c>, any case).</summary>
    private static bool IsRp(string word) =>
        word.StartsWith("Rp", StringComparison.OrdinalIgnoreCase) && (word.Length == 2 || !char.IsLetter(word[2]));

    /// <summary>Extends a target back over the parts of a compound target (<c>5 Desa dan 7 Kelurahan</c>,
    /// <c>27 kali, 18 laporan</c>): a number and at most two unit words before <c>,</c>, <c>dan</c>, <c>+</c> or
    /// <c>&amp;</c> (the joints <see cref="IndicatorTarget"/> reads).</summary>
    private static int ExtendCompound(string rest, int start)
    {
        while (true)
        {
            string before = rest[..start].TrimEnd();
            int joint;
            if (before.EndsWith(','))
            {
                joint = before.Length - 1;
            }
            else if (before.EndsWith(" dan", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" &", StringComparison.Ordinal)
                || before.EndsWith(" +", StringComparison.Ordinal))
            {
                joint = before.LastIndexOf(' ');
            }
            else
            {
                return start;
            }

            string[] words = before[..joint].TrimEnd().Split(' ');
            int offset = before[..joint].TrimEnd().Length;
            int found = -1;
            for (int w = words.Length - 1, seen = 0; w > 0 && seen < 3; w--, seen++)
            {
                offset -= words[w].Length + 1;
                if (words[w].Length > 0 && char.IsAsciiDigit(words[w][0]))
                {
                    found = offset + 1;
                    break;
                }

                if (!IsLetters(words[w]))
                {
                    return start;
                }
            }

            if (found < 0 || found == start)
            {
                return start;
            }

            start = found;
        }
    }

    private static bool IsLetters(string word)
    {
        foreach (char c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }
}
