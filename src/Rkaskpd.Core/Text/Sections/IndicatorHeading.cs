using System;
using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Utility;
using static Rkaskpd.Text.Sections.ScanText;

namespace Rkaskpd.Text.Sections;

/// <summary>Recognises the headings of the indicator section (<c>Indikator &amp; Tolok Ukur Kinerja ...</c>,
/// <c>PERUBAHAN INDIKATOR DAN TOLOK UKUR ...</c>, a <c>Tolok Ukur Kinerja</c> header row) and tells whether such a
/// heading is made of heading words only; <see cref="IndicatorRowReader"/> reads them.</summary>
internal static class IndicatorHeading
{
    /// <summary>Returns whether a line is a heading of the indicator section (<c>Indikator ...</c>,
    /// <c>PERUBAHAN INDIKATOR DAN TOLOK UKUR ...</c>, <c>Tolok Ukur Kinerja</c>, or a perubahan table's second heading
    /// row, <c>Tolok Ukur Kinerja Target Kinerja</c> under Sebelum and again under Setelah).</summary>
    public static bool IsHeading(string trimmed, bool inTable) =>
        StartsWithOrdinal(trimmed, "Indikator")
        || (!trimmed.Contains(':', StringComparison.Ordinal) && ContainsOrdinal(trimmed, "INDIKATOR")
            && (ContainsOrdinal(trimmed, "TOLOK UKUR") || ContainsOrdinal(trimmed, "TOLAK UKUR")))
        || (inTable && (StartsWithOrdinal(trimmed, "Tolok Ukur") || StartsWithOrdinal(trimmed, "Tolak Ukur"))
            && !HasDigit(trimmed) && (trimmed.Length < 60 || HasOnlyHeadingWords(trimmed) == true));

    /// <summary>The words a heading of the indicator section is made of (lower case).</summary>
    private static readonly HashSet<string> HeadingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "indikator", "dan", "tolok", "tolak", "ukur", "kinerja", "target", "belanja", "langsung", "kegiatan", "sub",
        "program", "perubahan", "sebelum", "sesudah", "setelah",
    };

    /// <summary>The same words looked up by a span of the line, without a string per word.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadingWordSpans =
        HeadingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The length of the longest heading word.</summary>
    private static readonly int MaxHeadingWordLength = HeadingWords.Max(word => word.Length);

    /// <summary>
    /// Returns how well a heading line (one <see cref="IsHeading"/> accepts) is made of heading words only:
    /// <see langword="true"/> when every word is one, <see langword="false"/> when some word is at most one edit
    /// from one (a slip such as <c>LANGSUG</c>, or a heading cut short), <see langword="null"/> when some word is
    /// not a heading word at all: text that only starts like a heading, which must not vanish without a word.
    /// </summary>
    public static bool? HasOnlyHeadingWords(string trimmed)
    {
        bool exact = true;
        int start = -1;
        for (int i = 0; i <= trimmed.Length; i++)
        {
            bool letter = i < trimmed.Length && char.IsLetterOrDigit(trimmed[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                ReadOnlySpan<char> word = trimmed.AsSpan(start, i - start);
                start = -1;
                if (HeadingWordSpans.Contains(word))
                {
                    continue;
                }

                exact = false;
                if (!IsNearHeadingWord(word))
                {
                    return null;
                }
            }
        }

        return exact;
    }

    private static bool IsNearHeadingWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 4)
        {
            return false;
        }

        // A word longer than any heading word by more than one edit is none; shorter ones are lowered on the stack.
        if (word.Length > MaxHeadingWordLength + 1)
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        Span<char> folded = stackalloc char[word.Length];
        ReadOnlySpan<char> ocr = FoldOcrLetters(lower, folded);
        foreach (string known in HeadingWords)
        {
            if (EditDistance.Bounded(lower, known, 1) <= 1 || EditDistance.Bounded(ocr, known, 1) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folds the letter pairs OCR reads for one letter of a print (<c>ri</c> for <c>n</c>, <c>rn</c> for
    /// <c>m</c>, <c>cl</c> for <c>d</c>, <c>vv</c> for <c>w</c>) in a lower-case word, so that <c>Kegiatari</c> is one
    /// edit from <c>kegiatan</c>.</summary>
    private static ReadOnlySpan<char> FoldOcrLetters(ReadOnlySpan<char> word, Span<char> folded)
    {
        int n = 0;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            char next = i + 1 < word.Length ? word[i + 1] : '\0';
            char one = (c, next) switch
            {
                ('r', 'i') => 'n',
                ('r', 'n') => 'm',
                ('c', 'l') => 'd',
                ('v', 'v') => 'w',
                _ => '\0',
            };
            if (one != '\0')
            {
                folded[n++] = one;
                i++;
            }
            else
            {
                folded[n++] = c;
            }
        }

        return folded[..n];
    }

    private static bool HasDigit(string s)
    {
        foreach (char c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
