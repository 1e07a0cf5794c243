using Rkaskpd.Utility;
using System;
using System.Collections.Generic;

namespace Rkaskpd;

/// <summary>
/// Checks a written <c>terbilang</c> (e.g. <c>(SERATUS EMPAT PULUH SERMBILAN JUTA … RUPIAH)</c> on a form) against
/// its amount, telling spelling slips (a warning) from a wrong amount (an error).
/// </summary>
/// <remarks>
/// <para>The text is read as runs of letters: parentheses and punctuation around or between words are ignored,
/// casing does not matter. Slips are mended before reading, and only on words that are not number words, so a
/// wrong but correctly spelled word (<c>ENAM</c> for <c>EMPAT</c>) is never taken for a slip: see
/// <see cref="TerbilangSlipKind"/> for what is mended. The mended words are then read with the strict grammar of
/// <see cref="Terbilang.TryParse(string?, out decimal)"/>; a text whose words are all number words but do not form
/// a number (<c>… TUJUH RATUS LIMA RATUS</c>) is <see cref="TerbilangVerdict.Wrong"/> with no read amount.</para>
/// <para>Fractions compare by value: <c>SATU KOMA LIMA NOL</c> spells 1.5.</para>
/// </remarks>
public static class TerbilangChecker
{
    /// <summary>The most words whose slips are mended (split, glued and misspelled words): the longest
    /// <c>terbilang</c> of any amount has about a hundred words, so a longer text can never be correct and its unknown
    /// words are left unknown, which keeps checking a hostile megabyte-long line fast.</summary>
    private const int MaxMendedWords = 256;

    /// <summary>Checks a written <c>terbilang</c> against the amount it should spell.</summary>
    /// <param name="written">The text as written, with or without parentheses and <c>RUPIAH</c>; null reads as
    /// empty.</param>
    /// <param name="amount">The amount the text should spell.</param>
    /// <returns>The verdict, the expected text in the written text's style, the slips and the amount read.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The integer part of <paramref name="amount"/> exceeds
    /// 10^27 − 1, so it has no <c>terbilang</c>.</exception>
    /// <example><code>TerbilangChecker.Check("(SEMBILAN JUTA TUJUH RATUS TIGA PULUH SATURIBU TUJUH RATUS RUPIAH)", 9731700m)
    /// // CorrectWithSlips, slip GluedWords "SATURIBU" → "SATU RIBU"</code></example>
    public static TerbilangCheckResult Check(string? written, decimal amount) => Check(written, amount, null);

    /// <summary>
    /// Checks a written <c>terbilang</c> against its amount, expecting a given style (e.g.
    /// <see cref="TerbilangOptions.Rupiah"/> for the forms).
    /// </summary>
    /// <param name="written">The text as written, with or without parentheses; null reads as empty.</param>
    /// <param name="amount">The amount the text should spell.</param>
    /// <param name="style">The expected style: <see cref="TerbilangCheckResult.ExpectedText"/> is written with it,
    /// and when it has a <see cref="TerbilangOptions.CurrencyWord"/> of <c>rupiah</c> a text without <c>RUPIAH</c>
    /// gets a <see cref="TerbilangSlipKind.MissingCurrencyWord"/> slip. Null infers the style from the text, as
    /// <see cref="Check(string?, decimal)"/> does. Casing is never a slip.</param>
    /// <returns>The verdict, the expected text, the slips and the amount read.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The integer part of <paramref name="amount"/> exceeds
    /// 10^27 − 1, so it has no <c>terbilang</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="style"/> asks for <see cref="TerbilangFraction.Sen"/>
    /// without a currency word.</exception>
    public static TerbilangCheckResult Check(string? written, decimal amount, TerbilangOptions? style)
    {
        string text = written ?? string.Empty;
        return CheckExact(text, amount, style) ?? CheckFully(text, amount, style);
    }

    /// <summary>
    /// The rules' fast path: whether <paramref name="written"/>, without the non-letters around it (the parentheses
    /// of the forms), is exactly the words of <paramref name="amount"/> in <paramref name="style"/>, ignoring case.
    /// Such a text is <see cref="TerbilangVerdict.Correct"/> for <see cref="Check(string?, decimal, TerbilangOptions?)"/>
    /// with that style; false says nothing (the full check decides). Never throws.
    /// </summary>
    /// <remarks>The words are written into a stack buffer and compared (see <see cref="TerbilangWriter.EqualsWords"/>):
    /// no allocation. Amounts the style cannot spell (more than two decimals with sen, from 10^26 on, where the sen
    /// may not fit a decimal) and currency words other than <c>rupiah</c> are left to the full check.</remarks>
    internal static bool IsExactly(string written, decimal amount, TerbilangOptions style)
    {
        if (Math.Abs(amount) >= 1e26m
            || (style.CurrencyWord is not null && !string.Equals(style.CurrencyWord, "rupiah", StringComparison.OrdinalIgnoreCase))
            || (style.Fraction == TerbilangFraction.Sen && (style.CurrencyWord is null || (amount.Scale > 2 && decimal.Round(amount, 2) != amount))))
        {
            return false;
        }

        ReadOnlySpan<char> text = Letters(written);
        return !text.IsEmpty && TerbilangWriter.EqualsWords(text, amount, style);
    }

    /// <summary>The text from its first letter to its last (empty when it has none): what the fast paths
    /// (<see cref="IsExactly"/>, <see cref="TerbilangFormWords.IsExactly"/>) compare with the expected words.</summary>
    internal static ReadOnlySpan<char> Letters(string written)
    {
        int first = 0;
        while (first < written.Length && !char.IsLetter(written[first]))
        {
            first++;
        }

        int last = written.Length - 1;
        while (last >= first && !char.IsLetter(written[last]))
        {
            last--;
        }

        return written.AsSpan(first, last + 1 - first);
    }

    /// <summary>
    /// The fast path for a text that is right: writes the expected words in the style the full check would infer
    /// and compares them with the text (case-insensitively, without the non-letters around it). Returns the
    /// <see cref="TerbilangVerdict.Correct"/> result the full check gives such a text, or null when the text differs.
    /// </summary>
    /// <remarks>
    /// When the letters of the text, from the first to the last, equal the expected words, every token is a
    /// canonical word, every gap is one space (no slip), the text has <c>rupiah</c> and <c>koma</c> exactly when the
    /// expected words do, and so the full check picks the same style and expected text and reads the amount that
    /// <see cref="TerbilangWriter.ReadBack"/> gives.
    /// </remarks>
    internal static TerbilangCheckResult? CheckExact(string text, decimal amount, TerbilangOptions? style)
    {
        int first = 0;
        while (first < text.Length && !char.IsLetter(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return null;
        }

        int last = text.Length - 1;
        while (!char.IsLetter(text[last]))
        {
            last--;
        }

        ReadOnlySpan<char> core = text.AsSpan(first, last - first + 1);
        bool hasKoma = core.Contains("koma", StringComparison.OrdinalIgnoreCase);
        TerbilangOptions options;
        if (style is null)
        {
            bool hasRupiah = core.Contains("rupiah", StringComparison.OrdinalIgnoreCase);
            options = ExpectedOptions(amount, InferCasing(core), hasRupiah, hasKoma, empty: false);
        }
        else if (style.CurrencyWord is null || string.Equals(style.CurrencyWord, "rupiah", StringComparison.OrdinalIgnoreCase))
        {
            options = StyleOptions(style, amount, hasKoma);
        }
        else
        {
            return null; // another currency word is not a terbilang word: leave it to the full check
        }

        string expected = TerbilangWriter.ToWords(amount, options);
        if (!core.Equals(expected, StringComparison.OrdinalIgnoreCase)
            || TerbilangWriter.ReadBack(amount, options) is not { } read)
        {
            return null;
        }

        return new TerbilangCheckResult(TerbilangVerdict.Correct, expected, read, []);
    }

    /// <summary>The full check: tokenizes, mends slips, reads the mended words and compares.</summary>
    internal static TerbilangCheckResult CheckFully(string text, decimal amount, TerbilangOptions? style)
    {
        List<Token> tokens = Tokenize(text);
        TerbilangCasing casing = InferCasing(text);
        var slips = new List<TerbilangSlip>();
        var words = new List<Mended>(tokens.Count);
        bool unknown = false;
        var ambiguous = new List<(int Word, int Slip, List<TerbilangWord> Candidates)>();

        for (int t = 0; t < tokens.Count; t++)
        {
            Token token = tokens[t];
            ReadOnlySpan<char> span = text.AsSpan(token.Start, token.Length);
            if (t > 0)
            {
                AddSpacingSlip(text, tokens[t - 1], token, slips);
            }

            TerbilangWord word = TerbilangVocabulary.LookupCanonical(span);
            if (word != TerbilangWord.Unknown)
            {
                words.Add(new Mended(word, token.Start, token.End));
                continue;
            }

            word = TerbilangVocabulary.Lookup(span);
            if (word != TerbilangWord.Unknown)
            {
                slips.Add(new TerbilangSlip(TerbilangSlipKind.RegionalSpelling, span.ToString(), Cased(word, casing), token.Start));
                words.Add(new Mended(word, token.Start, token.End));
                continue;
            }

            if (tokens.Count > MaxMendedWords)
            {
                unknown = true;
                continue;
            }

            if (t + 1 < tokens.Count && IsBlank(text.AsSpan(token.End, tokens[t + 1].Start - token.End)))
            {
                Token next = tokens[t + 1];
                string joined = string.Concat(span, text.AsSpan(next.Start, next.Length));
                TerbilangWord whole = TerbilangVocabulary.LookupCanonical(joined);
                if (whole != TerbilangWord.Unknown)
                {
                    slips.Add(new TerbilangSlip(
                        TerbilangSlipKind.SplitWord, text[token.Start..next.End], Cased(whole, casing), token.Start));
                    words.Add(new Mended(whole, token.Start, next.End));
                    t++;
                    continue;
                }
            }

            List<TerbilangWord>? pieces = TerbilangWordMatcher.Segment(span);
            if (pieces is not null)
            {
                slips.Add(new TerbilangSlip(TerbilangSlipKind.GluedWords, span.ToString(), Cased(pieces, casing), token.Start));
                foreach (TerbilangWord piece in pieces)
                {
                    words.Add(new Mended(piece, token.Start, token.End));
                }

                continue;
            }

            List<TerbilangWord> nearest = TerbilangWordMatcher.Nearest(span);
            if (nearest.Count > 0)
            {
                if (nearest.Count > 1)
                {
                    ambiguous.Add((words.Count, slips.Count, nearest));
                }

                slips.Add(new TerbilangSlip(TerbilangSlipKind.Misspelling, span.ToString(), Cased(nearest[0], casing), token.Start));
                words.Add(new Mended(nearest[0], token.Start, token.End));
                continue;
            }

            unknown = true;
        }

        if (!unknown)
        {
            ResolveAmbiguous(text, amount, casing, words, slips, ambiguous);
        }

        MendNonStandardForms(text, words, casing, slips);

        bool hasRupiah = words.Exists(static w => w.Word == TerbilangWord.Rupiah);
        bool hasKoma = words.Exists(static w => w.Word == TerbilangWord.Koma);
        TerbilangOptions options;
        if (style is null)
        {
            options = ExpectedOptions(amount, casing, hasRupiah, hasKoma, tokens.Count == 0);
        }
        else
        {
            options = StyleOptions(style, amount, hasKoma);
            if (!hasRupiah && words.Count > 0 && !unknown
                && string.Equals(style.CurrencyWord, "rupiah", StringComparison.OrdinalIgnoreCase))
            {
                int end = words[^1].End;
                string rupiah = ApplyCasing("rupiah", casing);
                slips.Add(new TerbilangSlip(TerbilangSlipKind.MissingCurrencyWord, string.Empty, rupiah, end));
                words.Add(new Mended(TerbilangWord.Rupiah, end, end));
            }
        }

        slips.Sort(static (a, b) => a.Index.CompareTo(b.Index));
        string expected = Terbilang.ToWords(amount, options);

        if (unknown || words.Count == 0)
        {
            return new TerbilangCheckResult(TerbilangVerdict.Unreadable, expected, null, slips);
        }

        var sequence = new TerbilangWord[words.Count];
        for (int i = 0; i < sequence.Length; i++)
        {
            sequence[i] = words[i].Word;
        }

        if (!TerbilangReader.TryParse(sequence, out decimal read))
        {
            return new TerbilangCheckResult(TerbilangVerdict.Wrong, expected, null, slips);
        }

        TerbilangVerdict verdict = read != amount
            ? TerbilangVerdict.Wrong
            : slips.Count == 0 ? TerbilangVerdict.Correct : TerbilangVerdict.CorrectWithSlips;
        return new TerbilangCheckResult(verdict, expected, read, slips);
    }

    /// <summary>
    /// Picks, for misspellings equally near to several words (<c>SRATUS</c>: <c>SERATUS</c> or <c>RATUS</c>), the
    /// candidates that make the text spell the amount, else that make it a number, else the first ones.
    /// </summary>
    private static void ResolveAmbiguous(
        string text,
        decimal amount,
        TerbilangCasing casing,
        List<Mended> words,
        List<TerbilangSlip> slips,
        List<(int Word, int Slip, List<TerbilangWord> Candidates)> ambiguous)
    {
        if (ambiguous.Count == 0)
        {
            return;
        }

        int tried = Math.Min(ambiguous.Count, 4);
        int combinations = 1;
        for (int a = 0; a < tried; a++)
        {
            combinations *= ambiguous[a].Candidates.Count;
        }

        int bestScore = -1;
        int bestCombination = 0;
        for (int c = 0; c < combinations && bestScore < 2; c++)
        {
            var trial = new List<Mended>(words);
            int rest = c;
            for (int a = 0; a < tried; a++)
            {
                List<TerbilangWord> candidates = ambiguous[a].Candidates;
                Mended original = trial[ambiguous[a].Word];
                trial[ambiguous[a].Word] = original with { Word = candidates[rest % candidates.Count] };
                rest /= candidates.Count;
            }

            MendNonStandardForms(text, trial, casing, []);
            var sequence = new TerbilangWord[trial.Count];
            for (int i = 0; i < sequence.Length; i++)
            {
                sequence[i] = trial[i].Word;
            }

            int score = !TerbilangReader.TryParse(sequence, out decimal read) ? 0 : read == amount ? 2 : 1;
            if (score > bestScore)
            {
                bestScore = score;
                bestCombination = c;
            }
        }

        for (int a = 0; a < tried; a++)
        {
            List<TerbilangWord> candidates = ambiguous[a].Candidates;
            TerbilangWord chosen = candidates[bestCombination % candidates.Count];
            bestCombination /= candidates.Count;
            words[ambiguous[a].Word] = words[ambiguous[a].Word] with { Word = chosen };
            TerbilangSlip slip = slips[ambiguous[a].Slip];
            slips[ambiguous[a].Slip] = new TerbilangSlip(slip.Kind, slip.Found, Cased(chosen, casing), slip.Index);
        }
    }

    /// <summary>The given style, read with <c>koma</c> when the amount has more than two decimals or the text reads
    /// its fraction with <c>koma</c>.</summary>
    private static TerbilangOptions StyleOptions(TerbilangOptions style, decimal amount, bool hasKoma) =>
        style.Fraction == TerbilangFraction.Sen && (decimal.Round(amount, 2) != amount || hasKoma)
            ? style with { Fraction = TerbilangFraction.Koma }
            : style;

    private static TerbilangOptions ExpectedOptions(decimal amount, TerbilangCasing casing, bool hasRupiah, bool hasKoma, bool empty)
    {
        if (empty)
        {
            return TerbilangOptions.Rupiah;
        }

        if (!hasRupiah)
        {
            return new TerbilangOptions { Casing = casing };
        }

        bool senFits = decimal.Round(amount, 2) == amount;
        return new TerbilangOptions
        {
            Casing = casing,
            CurrencyWord = "rupiah",
            Fraction = senFits && !hasKoma ? TerbilangFraction.Sen : TerbilangFraction.Koma,
        };
    }

    /// <summary>Mends <c>satu ratus</c>, <c>satu puluh</c>, <c>satu belas</c> and, at a group start,
    /// <c>satu ribu</c> into the official <c>se-</c> forms.</summary>
    private static void MendNonStandardForms(string text, List<Mended> words, TerbilangCasing casing, List<TerbilangSlip> slips)
    {
        // One pass compacting in place (a RemoveAt per mend would be quadratic on hostile text).
        int kept = 0;
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Word != TerbilangWord.Satu || i + 1 == words.Count)
            {
                words[kept++] = words[i];
                continue;
            }

            TerbilangWord next = words[i + 1].Word;
            TerbilangWord previous = kept == 0 ? TerbilangWord.Unknown : words[kept - 1].Word;
            bool groupStart = kept == 0 || previous == TerbilangWord.Minus || TerbilangVocabulary.IsScale(previous);
            TerbilangWord official = next switch
            {
                TerbilangWord.Ratus => TerbilangWord.Seratus,
                TerbilangWord.Puluh => TerbilangWord.Sepuluh,
                TerbilangWord.Belas => TerbilangWord.Sebelas,
                TerbilangWord.Ribu when groupStart => TerbilangWord.Seribu,
                _ => TerbilangWord.Unknown,
            };
            if (official == TerbilangWord.Unknown)
            {
                words[kept++] = words[i];
                continue;
            }

            int start = words[i].Start;
            int end = words[i + 1].End;
            slips.Add(new TerbilangSlip(TerbilangSlipKind.NonStandardForm, text[start..end], Cased(official, casing), start));
            words[kept++] = new Mended(official, start, end);
            i++;
        }

        words.RemoveRange(kept, words.Count - kept);
    }

    private static void AddSpacingSlip(string text, Token previous, Token current, List<TerbilangSlip> slips)
    {
        ReadOnlySpan<char> gap = text.AsSpan(previous.End, current.Start - previous.End);
        if (IsBlank(gap) && !(gap.Length == 1 && gap[0] == ' '))
        {
            slips.Add(new TerbilangSlip(TerbilangSlipKind.Spacing, gap.ToString(), " ", previous.End));
        }
    }

    private static bool IsBlank(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Min(text.Length / 4, 64) + 1);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            tokens.Add(new Token(start, i - start));
        }

        return tokens;
    }

    /// <summary>The forms' style (<see cref="TerbilangOptions.Rupiah"/>) in the casing of <paramref name="written"/>, so
    /// that the words a finding expects are written as the document writes its own (<c>Dua ratus ... rupiah</c>).</summary>
    internal static TerbilangOptions RupiahStyleOf(string written)
    {
        TerbilangCasing casing = InferCasing(written);
        return casing == TerbilangOptions.Rupiah.Casing ? TerbilangOptions.Rupiah : TerbilangOptions.Rupiah with { Casing = casing };
    }

    /// <summary>Upper when no letter is lower case; lower when none is upper; title when every word (run of letters)
    /// starts upper; sentence when only the first does; upper (the forms' style) for anything else.</summary>
    private static TerbilangCasing InferCasing(ReadOnlySpan<char> text)
    {
        bool anyUpper = false;
        bool anyLower = false;
        bool everyWordCapital = true;
        bool laterLetterUpper = false;
        bool anyWord = false;
        bool firstWordCapital = false;
        bool previousLetter = false;
        foreach (char c in text)
        {
            if (!char.IsLetter(c))
            {
                previousLetter = false;
                continue;
            }

            bool upper = char.IsUpper(c);
            anyUpper |= upper;
            anyLower |= char.IsLower(c);
            if (!previousLetter)
            {
                everyWordCapital &= upper;
                laterLetterUpper |= anyWord && upper;
                if (!anyWord)
                {
                    firstWordCapital = upper;
                    anyWord = true;
                }
            }
            else
            {
                laterLetterUpper |= upper;
            }

            previousLetter = true;
        }

        if (!anyLower)
        {
            return TerbilangCasing.Upper;
        }

        if (!anyUpper)
        {
            return TerbilangCasing.Lower;
        }

        if (!laterLetterUpper && firstWordCapital)
        {
            return TerbilangCasing.Sentence;
        }

        return everyWordCapital ? TerbilangCasing.Title : TerbilangCasing.Upper;
    }

    private static string Cased(TerbilangWord word, TerbilangCasing casing) =>
        ApplyCasing(TerbilangVocabulary.Canonical[(int)word], casing);

    private static string Cased(List<TerbilangWord> words, TerbilangCasing casing)
    {
        var parts = new string[words.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = TerbilangVocabulary.Canonical[(int)words[i]];
        }

        return ApplyCasing(string.Join(' ', parts), casing);
    }

    private static string ApplyCasing(string lower, TerbilangCasing casing) => casing switch
    {
        TerbilangCasing.Upper => lower.ToUpperInvariant(),
        TerbilangCasing.Title => string.Create(lower.Length, lower, static (span, source) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = i == 0 || source[i - 1] == ' ' ? char.ToUpperInvariant(source[i]) : source[i];
            }
        }),
        _ => lower,
    };

    private readonly record struct Token(int Start, int Length)
    {
        public int End => Start + Length;
    }

    private readonly record struct Mended(TerbilangWord Word, int Start, int End);
}
