using System;
using System.Collections.Generic;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Rkaskpd.Tests;

/// <summary>
/// <see cref="TerbilangCanonicalReader"/>, the one-pass fast path of <see cref="Terbilang.TryParse(string?, out decimal)"/>,
/// against the full reader (<see cref="TerbilangReader.TryParseWords"/>: split into words, then the grammar): it must
/// read every text as the writer writes it within its range, and never read any text (canonical, re-cased, re-spaced,
/// with typos, words left out, repeated, swapped or put in) differently from the full reader.
/// </summary>
public class TerbilangCanonicalReaderTests
{
    private static readonly TerbilangCasing[] Casings =
        [TerbilangCasing.Lower, TerbilangCasing.Upper, TerbilangCasing.Title, TerbilangCasing.Sentence];

    /// <summary>The words a mutation puts in: every canonical word, the grammar's glue words more often.</summary>
    private static readonly string[] Vocabulary =
    [
        .. TerbilangVocabulary.Canonical,
        "satu", "dua", "sembilan", "puluh", "belas", "ratus", "ribu", "juta", "seribu", "seratus", "rupiah", "sen", "milyar",
    ];

    [Property(Arbitrary = new[] { typeof(TerbilangArbitraries) }, MaxTest = 2000)]
    public Property Reads_the_writers_words_as_the_full_reader_does(SupportedAmount amount, int casing, int style)
    {
        // Within its range (below 10^18, no koma) the fast path reads every text the writer writes; beyond, it gives up.
        decimal value = (style & 3) == 0 ? decimal.Truncate(amount.Value) : decimal.Round(amount.Value, 2);
        TerbilangOptions options = Options(value, Casings[(casing & int.MaxValue) % Casings.Length], style & 3);
        string text = Terbilang.ToWords(value, options);

        bool fast = TerbilangCanonicalReader.TryRead(text, out decimal fastValue);
        bool full = TerbilangReader.TryParseWords(text, out decimal fullValue);
        bool inRange = Math.Abs(decimal.Truncate(value)) < 1e18m && !text.Contains("koma", StringComparison.OrdinalIgnoreCase);
        return (fast == inRange && (!fast || (full && Same(fastValue, fullValue))))
            .Label($"'{text}': fast {fast} {fastValue}, full {full} {fullValue}, in range {inRange}");
    }

    [Property(Arbitrary = new[] { typeof(TerbilangArbitraries) }, MaxTest = 5000)]
    public Property Never_reads_a_text_differently_from_the_full_reader(SupportedAmount amount, int style, int mutation, int seed)
    {
        // The writer's words with one change at the level of characters or of words; the fast path either gives up
        // or reads the number the full reader reads.
        var random = new Random(seed);
        decimal value = (style & 3) == 0 ? decimal.Truncate(amount.Value) : decimal.Round(amount.Value, 2);
        if (random.Next(3) == 0)
        {
            value = decimal.Round(value % 1_000_000_000m, 2); // short texts: changes make more of them grammatical
        }

        string words = Terbilang.ToWords(value, Options(value, Casings[random.Next(Casings.Length)], style & 3));
        string text = Mutate(words, mutation & int.MaxValue, random);
        return Agree(text);
    }

    [Property(MaxTest = 5000)]
    public Property Never_reads_a_sequence_of_words_differently_from_the_full_reader(int seed)
    {
        // Canonical words in any order: most are not numbers, and the fast path must give up on those.
        var random = new Random(seed);
        int count = random.Next(1, 9);
        var words = new string[count];
        for (int i = 0; i < count; i++)
        {
            words[i] = Vocabulary[random.Next(Vocabulary.Length)];
        }

        return Agree(string.Join(' ', words));
    }

    [Theory]
    [InlineData("satu", "1")]
    [InlineData("NOL", "0")]
    [InlineData("nol rupiah", "0")]
    [InlineData("nol rupiah lima puluh sen", "0.50")]
    [InlineData("minus nol rupiah satu sen", "-0.01")]
    [InlineData("minus lima", "-5")]
    [InlineData("seribu", "1000")]
    [InlineData("satu juta seribu", "1001000")]
    [InlineData("dua puluh satu ribu", "21000")]
    [InlineData("seratus sebelas", "111")]
    [InlineData("sembilan ratus sembilan belas", "919")]
    [InlineData("sembilan ratus sembilan puluh sembilan kuadriliun sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan rupiah sembilan puluh sembilan sen", "999999999999999999.99")]
    [InlineData("seratus delapan puluh empat kuadriliun empat ratus enam puluh tujuh triliun empat ratus empat puluh miliar tujuh ratus tiga puluh tujuh juta sembilan puluh lima ribu lima ratus enam belas rupiah enam belas sen", "184467440737095516.16")] // in sen exactly 2^64: the sen carry into the high word
    [InlineData("DUA RUPIAH", "2")]
    [InlineData("dua rupiah sepuluh sen", "2.10")]
    [InlineData("dua rupiah sebelas sen", "2.11")]
    [InlineData("dua rupiah dua belas sen", "2.12")]
    [InlineData("dua rupiah satu sen", "2.01")]
    [InlineData("dua rupiah dua puluh sen", "2.20")]
    [InlineData("Tiga Juta Empat Ratus Rupiah Lima Sen", "3000400.05")]
    public void Reads_numbers(string text, string expected)
    {
        decimal number = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(TerbilangCanonicalReader.TryRead(text, out decimal value));
        Assert.Equal(number, value);
        Assert.Equal(number.Scale, value.Scale);
    }

    [Theory]
    [InlineData("")]
    [InlineData("se")]
    [InlineData("minus")]
    [InlineData("minus nol")] // the full reader rejects a negative zero
    [InlineData("rupiah")]
    [InlineData("satu ribu")] // seribu
    [InlineData("satu ratus")]
    [InlineData("satu puluh")]
    [InlineData("satu belas")]
    [InlineData("satu rupiah satu puluh sen")]
    [InlineData("satu rupiah satu belas sen")]
    [InlineData("dua ribu seribu")]
    [InlineData("dua ribu tiga ribu")]
    [InlineData("dua ribu juta")]
    [InlineData("dua juta tiga juta")]
    [InlineData("seratus seribu")]
    [InlineData("seratus dua ratus")]
    [InlineData("dua puluh sepuluh")]
    [InlineData("dua puluh satu satu")]
    [InlineData("lima dua")]
    [InlineData("nol juta")]
    [InlineData("dua juta nol")]
    [InlineData("lima nol")]
    [InlineData("satu koma lima")] // koma: the full reader's
    [InlineData("satu kuintiliun")] // above 10^18: the full reader's
    [InlineData("satu milyar")] // regional: the full reader's
    [InlineData("satu  juta")]
    [InlineData("satu juta ")]
    [InlineData(" satu juta")]
    [InlineData("satu\tjuta")]
    [InlineData("satu\0juta")] // NUL: bit 5 set would make it a space
    [InlineData("satu\u0001juta")]
    [InlineData("satu\u00A0juta")] // no-break space: not ASCII
    [InlineData("satu juta\u0131")]
    [InlineData("satu@juta")]
    [InlineData("satu juta rupiah\0")] // NUL after sixteen characters
    [InlineData("lima\u007F")]
    [InlineData("dua ribu seribu rupiah")] // the scales' order, with a text longer than sixteen characters
    [InlineData("sembilan ratus sembilan puluh sembilan kuadriliun sembilan ratus sembilan puluh sembilan kuadriliun")]
    [InlineData("satu rupiah seratus sen")]
    [InlineData("satu rupiah dua ratus sen")]
    [InlineData("satu rupiah nol sen")]
    [InlineData("satu rupiah sen")]
    [InlineData("satu rupiah lima")]
    [InlineData("satu rupiah lima sen sen")]
    [InlineData("satu rupiah lima sen lima")]
    [InlineData("satu rupiah rupiah")]
    [InlineData("satu sen")]
    [InlineData("minus minus satu")]
    [InlineData("satu minus")]
    public void Gives_up(string text)
    {
        Assert.False(TerbilangCanonicalReader.TryRead(text, out decimal value));
        Assert.Equal(0m, value);
    }

    [Theory]
    [InlineData(383)]
    [InlineData(384)]
    [InlineData(385)]
    [InlineData(1000)]
    public void Gives_up_on_long_texts_without_throwing(int length)
    {
        // Longer than any amount it reads: the bit set of the spaces has room for 384 characters.
        var words = new StringBuilder("satu");
        while (words.Length < length)
        {
            words.Append(" satu");
        }

        string text = words.ToString(0, length);
        Assert.False(TerbilangCanonicalReader.TryRead(text, out _));
        Assert.False(Terbilang.TryParse(text, out _));
    }

    [Theory]
    [InlineData(15)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    public void Reads_texts_of_every_length_around_the_blocks(int length)
    {
        // The copy goes sixteen characters at a time (the last sixteen overlapping), the spaces 64 at a time: an
        // amount whose words, with or without rupiah, have the length.
        for (long amount = 1; amount < 10_000_000; amount += 1 + (amount / 100))
        {
            string text = Terbilang.ToWords(amount, TerbilangOptions.Rupiah);
            for (int cut = 0; cut <= 1; cut++)
            {
                string candidate = cut == 0 ? text : text[..text.LastIndexOf(' ')];
                if (candidate.Length == length)
                {
                    Assert.True(TerbilangCanonicalReader.TryRead(candidate, out decimal value), candidate);
                    Assert.Equal(amount, value);
                    return;
                }
            }
        }

        Assert.Fail($"No amount's words have {length} characters.");
    }

    private static Property Agree(string text)
    {
        bool fast = TerbilangCanonicalReader.TryRead(text, out decimal fastValue);
        bool full = TerbilangReader.TryParseWords(text, out decimal fullValue);
        bool publicRead = Terbilang.TryParse(text, out decimal publicValue);
        return ((!fast || (full && Same(fastValue, fullValue))) && publicRead == full && Same(publicValue, fullValue))
            .Label($"'{Escape(text)}': fast {fast} {fastValue}, full {full} {fullValue}, public {publicRead} {publicValue}");
    }

    private static bool Same(decimal a, decimal b) => a == b && a.Scale == b.Scale && decimal.IsNegative(a) == decimal.IsNegative(b);

    /// <summary>0: words only; 1: rupiah; 2: rupiah and sen; 3: rupiah and koma.</summary>
    private static TerbilangOptions Options(decimal amount, TerbilangCasing casing, int style) => style switch
    {
        0 => new TerbilangOptions { Casing = casing },
        1 or 2 when decimal.Round(amount, 2) == amount => TerbilangOptions.Rupiah with { Casing = casing },
        _ => TerbilangOptions.Rupiah with { Casing = casing, Fraction = TerbilangFraction.Koma },
    };

    /// <summary>One change: re-cased, re-spaced, a typo, a character put in or taken out, a word left out, repeated,
    /// swapped with the next, replaced or put in, <c>rupiah</c> or <c>sen</c> dropped, or a sign put in front.</summary>
    private static string Mutate(string text, int mutation, Random random)
    {
        var words = new List<string>(text.Split(' '));
        int at = random.Next(words.Count);
        var chars = new StringBuilder(text);
        int character = random.Next(chars.Length);
        switch (mutation % 14)
        {
            case 0:
                for (int i = 0; i < chars.Length; i++)
                {
                    chars[i] = random.Next(2) == 0 ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
                }

                return chars.ToString();
            case 1:
                return chars.Insert(character, random.Next(3) switch { 0 => " ", 1 => "\t", _ => "\u00A0" }).ToString();
            case 2:
                chars[character] = (char)random.Next(0, 0x80);
                return chars.ToString();
            case 3:
                return chars.Remove(character, 1).ToString();
            case 4:
                chars[character] = (char)(chars[character] ^ 0x20);
                return chars.ToString();
            case 5:
                words.RemoveAt(at);
                break;
            case 6:
                words.Insert(at, words[at]);
                break;
            case 7 when at + 1 < words.Count:
                (words[at], words[at + 1]) = (words[at + 1], words[at]);
                break;
            case 8:
                words[at] = Vocabulary[random.Next(Vocabulary.Length)];
                break;
            case 9:
                words.Insert(random.Next(words.Count + 1), Vocabulary[random.Next(Vocabulary.Length)]);
                break;
            case 10:
                words.RemoveAll(static w => w.Equals("rupiah", StringComparison.OrdinalIgnoreCase));
                break;
            case 11:
                words.RemoveAll(static w => w.Equals("sen", StringComparison.OrdinalIgnoreCase));
                break;
            case 12:
                words.Insert(0, random.Next(2) == 0 ? "minus" : "MINUS");
                break;
            default:
                return chars.Append(random.Next(2) == 0 ? " " : string.Empty).Insert(0, random.Next(2) == 0 ? " " : string.Empty).ToString();
        }

        return string.Join(' ', words);
    }

    private static string Escape(string text) =>
        text.Replace("\0", "\\0", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
