using System;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>
/// The fast paths of the terbilang writer, reader and rules against their slow paths, over amounts of the whole
/// supported range: <see cref="TerbilangCanonicalTokenizer"/> against the tolerant tokenizer, the fixed-size copies of
/// the writer in destinations of any size against the oracle's words, and <see cref="TerbilangChecker.IsExactly"/> against the full check.
/// </summary>
public class TerbilangFastPathTests
{
    private static readonly TerbilangCasing[] Casings =
        [TerbilangCasing.Lower, TerbilangCasing.Upper, TerbilangCasing.Title, TerbilangCasing.Sentence];

    [Property(Arbitrary = new[] { typeof(TerbilangArbitraries) }, MaxTest = 1000)]
    public Property Canonical_text_is_tokenized_by_the_fast_path_as_the_tolerant_path_does(SupportedAmount amount, int casing, bool rupiah)
    {
        TerbilangOptions options = Options(amount.Value, Casings[(casing & int.MaxValue) % Casings.Length], rupiah);
        string text = Terbilang.ToWords(amount.Value, options);

        bool fast = TokenizeFast(text, out TerbilangWord[] fastWords);
        bool tolerant = TokenizeTolerant(text, out TerbilangWord[] tolerantWords);
        return (fast && tolerant && fastWords.AsSpan().SequenceEqual(tolerantWords))
            .Label($"'{text}': fast {fast} [{string.Join(' ', fastWords)}], tolerant {tolerant} [{string.Join(' ', tolerantWords)}]");
    }

    [Property(Arbitrary = new[] { typeof(TerbilangArbitraries) }, MaxTest = 3000)]
    public Property The_fast_path_never_reads_a_text_differently(SupportedAmount amount, int mutation, int position, int seed)
    {
        // Canonical words with one change anywhere: the fast path either gives up or reads what the tolerant path reads.
        string words = Terbilang.ToWords(amount.Value, Options(amount.Value, TerbilangCasing.Upper, rupiah: (seed & 1) == 0));
        string text = Disturb(words, mutation & int.MaxValue, position & int.MaxValue, new Random(seed));

        bool fast = TokenizeFast(text, out TerbilangWord[] fastWords);
        bool tolerant = TokenizeTolerant(text, out TerbilangWord[] tolerantWords);
        return (!fast || (tolerant && fastWords.AsSpan().SequenceEqual(tolerantWords)))
            .Label($"'{Escape(text)}': fast {fast} [{string.Join(' ', fastWords)}], tolerant {tolerant} [{string.Join(' ', tolerantWords)}]");
    }

    [Theory]
    [InlineData("nol", true)]
    [InlineData("NOL", true)]
    [InlineData("dua ratus sen", true)]
    [InlineData("sen", true)]
    [InlineData("no", false)]
    [InlineData("nol\0", false)] // NUL folds like a space: the separator check must refuse it
    [InlineData("nol\0dua", false)]
    [InlineData("dua  ratus", false)]
    [InlineData(" dua", false)]
    [InlineData("dua ", false)]
    [InlineData("milyar", false)] // regional: the tolerant path's
    [InlineData("seratusseratus", false)]
    [InlineData("kuadriliun kuintiliun", true)]
    [InlineData("kuadrilyun", false)]
    [InlineData("sepuluh sebelas seratus seribu septiliun sekstiliun sembilan", true)]
    [InlineData("SeMbIlAn", true)]
    [InlineData("sembilam", false)]
    [InlineData("sembi1an", false)]
    [InlineData("", false)]
    public void The_fast_path_reads_canonical_words_only(string text, bool expected)
    {
        Assert.Equal(expected, TokenizeFast(text, out _));
    }

    [Property(Arbitrary = new[] { typeof(TerbilangArbitraries) }, MaxTest = 1000)]
    public Property TryFormat_writes_the_words_in_any_destination_and_nothing_after_them(SupportedAmount amount, int casing, bool rupiah, byte slack)
    {
        // The writer copies fixed-size blocks while the destination has room: the words must not depend on the room,
        // and nothing after them may be touched.
        TerbilangOptions options = Options(amount.Value, Casings[(casing & int.MaxValue) % Casings.Length], rupiah);
        string expected = Expected(amount.Value, options);
        var destination = new char[expected.Length + slack];
        Array.Fill(destination, '#');

        bool written = Terbilang.TryFormat(amount.Value, destination, out int length, options);
        bool tooSmall = !Terbilang.TryFormat(amount.Value, new char[expected.Length - 1], out int none, options) && none == 0;
        return (written && length == expected.Length
                && destination.AsSpan(0, length).SequenceEqual(expected)
                && !destination.AsSpan(length).ContainsAnyExcept('#')
                && tooSmall)
            .Label($"{amount.Value} {options}: '{new string(destination, 0, length)}' / '{expected}'");
    }

    [Property(Arbitrary = new[] { typeof(TerbilangArbitraries) }, MaxTest = 2000)]
    public Property An_exact_text_is_correct_for_the_full_check(CheckerCase item)
    {
        // The rules skip the full check when IsExactly holds: it must hold exactly for the texts whose letters, from
        // the first to the last, are the expected words, and the full check must call those correct.
        decimal amount = decimal.Round(item.Amount, 2);
        TerbilangOptions style = TerbilangOptions.Rupiah with { Casing = Casings[item.Style % Casings.Length] };
        if (Math.Abs(amount) >= 1e26m)
        {
            style = style with { Fraction = TerbilangFraction.Koma };
        }

        string written = Terbilang.ToWords(amount, style);
        if (item.Mutation != 0)
        {
            written = Disturb(written, item.Mutation, item.Position, new Random(item.Position));
        }

        if (item.Parentheses)
        {
            written = "(" + written + ")";
        }

        decimal checkedAmount = Math.Abs(amount) < 1e25m ? amount + item.Delta : amount;
        bool exact = TerbilangChecker.IsExactly(written, checkedAmount, TerbilangOptions.Rupiah);
        bool sameLetters = Math.Abs(checkedAmount) < 1e26m
            && string.Equals(Letters(written), Terbilang.ToWords(checkedAmount, TerbilangOptions.Rupiah), StringComparison.OrdinalIgnoreCase);
        TerbilangCheckResult full = TerbilangChecker.Check(written, checkedAmount, TerbilangOptions.Rupiah);
        return (exact == sameLetters && (!exact || full.Verdict == TerbilangVerdict.Correct))
            .Label($"'{Escape(written)}' {checkedAmount}: exact {exact}, same letters {sameLetters}, full {full.Verdict}");
    }

    [Theory]
    [InlineData("dua sen", 1, false)] // the last word, of three letters, has no room
    [InlineData("dua sen", 2, true)]
    [InlineData("dua ratus", 1, false)]
    [InlineData("dua ratus", 2, true)]
    [InlineData("sen", 0, false)]
    public void The_fast_path_puts_words_only_where_there_is_room(string text, int room, bool expected)
    {
        var words = new TerbilangWord[room];
        Assert.Equal(expected, TerbilangCanonicalTokenizer.TryTokenize(text, words, out int count));
        Assert.Equal(expected ? room : 0, count);
    }

    [Theory]
    [InlineData("(SATU JUTA RUPIAH)", "1000000", true)]
    [InlineData("satu juta rupiah", "1000000.00", true)]
    [InlineData("SATU JUTA  RUPIAH", "1000000", false)] // a double space is a slip (RKA202)
    [InlineData("SATU JUTA", "1000000", false)] // the currency word missing is a slip
    [InlineData("SATU JUTA RUPIAH", "1000001", false)]
    [InlineData("SERIBU RUPIAH LIMA PULUH SEN", "1000.5", true)]
    [InlineData("SERIBU KOMA LIMA RUPIAH", "1000.5", false)]
    [InlineData("SATU RUPIAH", "1.005", false)] // three decimals: no sen to compare
    [InlineData("SATU RUPIAH LIMA PULUH SEN", "1.500", true)] // three decimals, the third a zero: whole sen
    [InlineData("SATU RUPIAH LIMA PULUH SEN", "1.50000", true)]
    [InlineData("()", "0", false)]
    [InlineData("", "0", false)]
    public void IsExactly_compares_with_the_forms_words(string written, string amount, bool expected)
    {
        decimal value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, TerbilangChecker.IsExactly(written, value, TerbilangOptions.Rupiah));
    }

    [Fact]
    public void IsExactly_leaves_amounts_it_cannot_spell_to_the_full_check()
    {
        decimal huge = decimal.MaxValue;
        Assert.False(TerbilangChecker.IsExactly("SATU RUPIAH", huge, TerbilangOptions.Rupiah));
        Assert.False(TerbilangChecker.IsExactly("SERATUS SEPTILIUN RUPIAH", 1e26m, TerbilangOptions.Rupiah)); // from 10^26 on
        Assert.True(TerbilangChecker.IsExactly("SEMBILAN PULUH SEMBILAN SEPTILIUN RUPIAH", 99e24m, TerbilangOptions.Rupiah));
        Assert.False(TerbilangChecker.IsExactly("satu", 1m, new TerbilangOptions { Fraction = TerbilangFraction.Sen }));
        Assert.False(TerbilangChecker.IsExactly("satu dolar", 1m, TerbilangOptions.Default with { CurrencyWord = "dolar" }));
    }

    /// <summary>The options a property uses: sen only when the amount has whole sen.</summary>
    private static TerbilangOptions Options(decimal amount, TerbilangCasing casing, bool rupiah) =>
        rupiah
            ? TerbilangOptions.Rupiah with
            {
                Casing = casing,
                Fraction = decimal.Round(amount, 2) == amount ? TerbilangFraction.Sen : TerbilangFraction.Koma,
            }
            : new TerbilangOptions { Casing = casing };

    /// <summary>The words <see cref="Terbilang.ToWords(decimal, TerbilangOptions)"/> writes, checked against the
    /// independent oracle, cased word by word, for whole amounts without a currency word.</summary>
    private static string Expected(decimal amount, TerbilangOptions options)
    {
        string words = Terbilang.ToWords(amount, options);
        if (decimal.Truncate(amount) == amount && options.CurrencyWord is null)
        {
            string[] oracle = TerbilangOracle.Words(new System.Numerics.BigInteger(amount)).Split(' ');
            for (int i = 0; i < oracle.Length; i++)
            {
                oracle[i] = options.Casing switch
                {
                    TerbilangCasing.Upper => oracle[i].ToUpperInvariant(),
                    TerbilangCasing.Title => char.ToUpperInvariant(oracle[i][0]) + oracle[i][1..],
                    TerbilangCasing.Sentence when i == 0 => char.ToUpperInvariant(oracle[i][0]) + oracle[i][1..],
                    _ => oracle[i],
                };
            }

            Assert.Equal(string.Join(' ', oracle), words);
        }

        return words;
    }

    /// <summary>One change that canonical text may meet: re-cased, re-spaced, cut, glued, a character put in or taken
    /// out, a regional spelling, a non-ASCII letter.</summary>
    private static string Disturb(string words, int mutation, int position, Random random)
    {
        var text = new StringBuilder(words);
        int at = text.Length == 0 ? 0 : position % text.Length;
        switch (mutation % 12)
        {
            case 0:
                for (int i = 0; i < text.Length; i++)
                {
                    text[i] = random.Next(2) == 0 ? char.ToLowerInvariant(text[i]) : text[i];
                }

                break;
            case 1:
                text.Insert(at, ' ');
                break;
            case 2:
                text.Insert(at, (char)random.Next(0, 0x80));
                break;
            case 3:
                text.Remove(at, 1);
                break;
            case 4:
                text.Length = at;
                break;
            case 5:
                text[at] = (char)(text[at] ^ 0x20); // a letter's case or a space into NUL and back
                break;
            case 6:
                text.Replace("MILIAR", "MILYAR").Replace("TRILIUN", "TRILYUN");
                break;
            case 7:
                text.Insert(at, '\u00A0');
                break;
            case 8:
                text.Replace(' ', '\t', at, text.Length - at);
                break;
            case 9:
                text.Insert(at, "ſ");
                break;
            case 10:
                text.Append(' ');
                break;
            default:
                text[at] = (char)random.Next(0x21, 0x7F);
                break;
        }

        return text.ToString();
    }

    private static bool TokenizeFast(string text, out TerbilangWord[] words)
    {
        var buffer = new TerbilangWord[TerbilangReader.MaxWords];
        bool read = TerbilangCanonicalTokenizer.TryTokenize(text, buffer, out int count);
        words = buffer[..count];
        return read;
    }

    private static bool TokenizeTolerant(string text, out TerbilangWord[] words)
    {
        var buffer = new TerbilangWord[TerbilangReader.MaxWords];
        bool read = TerbilangReader.TryTokenizeTolerant(text, buffer, out int count);
        words = buffer[..count];
        return read;
    }

    /// <summary>The text from its first letter to its last.</summary>
    private static string Letters(string text)
    {
        int first = 0;
        while (first < text.Length && !char.IsLetter(text[first]))
        {
            first++;
        }

        int last = text.Length - 1;
        while (last >= first && !char.IsLetter(text[last]))
        {
            last--;
        }

        return text[first..(last + 1)];
    }

    private static string Escape(string text) => text.Replace("\0", "\\0", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
