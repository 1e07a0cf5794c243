using Rkaskpd.Utility;
using System;
using System.Collections.Generic;

namespace Rkaskpd;

/// <summary>The tolerant word recognition under <see cref="TerbilangChecker"/>: splits a run of glued words into
/// canonical terbilang words, and finds the canonical words nearest to a misspelt one (edit distance at most 2).</summary>
internal static class TerbilangWordMatcher
{
    /// <summary>The longest token that can be within edit distance 2 of a canonical word.</summary>
    private static readonly int MaxNearestTokenLength = LongestCanonicalWord() + 2;

    /// <summary>Splits a glued token into the fewest (at least two) canonical number words, or null.</summary>
    internal static List<TerbilangWord>? Segment(ReadOnlySpan<char> token)
    {
        int n = token.Length;
        var best = new int[n + 1];
        var choice = new TerbilangWord[n + 1];
        Array.Fill(best, int.MaxValue);
        best[0] = 0;
        string[] vocabulary = TerbilangVocabulary.Canonical;
        for (int i = 0; i < n; i++)
        {
            if (best[i] == int.MaxValue)
            {
                continue;
            }

            for (int w = 0; w < vocabulary.Length; w++)
            {
                string candidate = vocabulary[w];
                int end = i + candidate.Length;
                if (end <= n && best[i] + 1 < best[end]
                    && token.Slice(i, candidate.Length).Equals(candidate, StringComparison.OrdinalIgnoreCase))
                {
                    best[end] = best[i] + 1;
                    choice[end] = (TerbilangWord)w;
                }
            }
        }

        if (best[n] == int.MaxValue || best[n] < 2)
        {
            return null;
        }

        var pieces = new List<TerbilangWord>(best[n]);
        for (int end = n; end > 0; end -= TerbilangVocabulary.Canonical[(int)choice[end]].Length)
        {
            pieces.Add(choice[end]);
        }

        pieces.Reverse();
        return pieces;
    }

    /// <summary>The canonical words nearest to a token (optimal string alignment distance at most 1 for tokens
    /// of up to 4 letters, 2 for longer ones), several on a tie, none when all are farther.</summary>
    internal static List<TerbilangWord> Nearest(ReadOnlySpan<char> token)
    {
        int limit = token.Length <= 4 ? 1 : 2;
        int bestDistance = limit + 1;
        var best = new List<TerbilangWord>(2);
        if (token.Length > MaxNearestTokenLength)
        {
            return best; // longer than every canonical word by more than the limit
        }

        // The canonical words are lower case: lower the token once, then compare ordinally.
        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        string[] vocabulary = TerbilangVocabulary.Canonical;
        for (int w = 0; w < vocabulary.Length; w++)
        {
            int distance = EditDistance.Bounded(lower, vocabulary[w], limit);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best.Clear();
            }

            if (distance == bestDistance && distance <= limit)
            {
                best.Add((TerbilangWord)w);
            }
        }

        return best;
    }

    private static int LongestCanonicalWord()
    {
        int longest = 0;
        foreach (string word in TerbilangVocabulary.Canonical)
        {
            longest = Math.Max(longest, word.Length);
        }

        return longest;
    }
}
