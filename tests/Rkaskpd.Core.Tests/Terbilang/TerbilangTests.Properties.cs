using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Rkaskpd.Tests;

/// <summary>Properties of <see cref="Terbilang"/> over the whole supported range.</summary>
[Properties(Arbitrary = new[] { typeof(TerbilangArbitraries) }, MaxTest = 300)]
public partial class TerbilangTests
{
    private static readonly string[] Cultures = ["tr-TR", "ar-SA", "id-ID", "th-TH", ""];

    [Property]
    public Property TryParse_inverts_ToWords_for_longs(long value)
    {
        bool parsed = Terbilang.TryParse(Terbilang.ToWords(value), out decimal read);
        return (parsed && read == value).Label($"{value} → {Terbilang.ToWords(value)} → {read}");
    }

    [Property]
    public Property TryParse_inverts_ToWords_for_supported_amounts(SupportedAmount amount)
    {
        string words = Terbilang.ToWords(amount.Value);
        bool parsed = Terbilang.TryParse(words, out decimal read);
        return (parsed && read == amount.Value).Label($"{amount.Value} → {words} → {read}");
    }

    [Property]
    public Property TryParse_inverts_the_Rupiah_style(FormAmount amount)
    {
        string words = Terbilang.ToWords(amount.Value, TerbilangOptions.Rupiah);
        bool parsed = Terbilang.TryParse(words, out decimal read);
        return (parsed && read == amount.Value).Label($"{amount.Value} → {words} → {read}");
    }

    [Property]
    public Property Words_are_single_spaced_and_trimmed(SupportedAmount amount)
    {
        string words = Terbilang.ToWords(amount.Value);
        return (words.Length > 0 && !words.Contains("  ", StringComparison.Ordinal)
            && words[0] != ' ' && words[^1] != ' ').Label(words);
    }

    [Property]
    public Property Seribu_stands_exactly_for_a_thousands_group_of_one(SupportedInteger number)
    {
        string[] words = Terbilang.ToWords(number.Value).Split(' ');
        decimal magnitude = Math.Abs(number.Value);
        bool thousandsGroupIsOne = decimal.Truncate(magnitude / 1000m) % 1000m == 1m;
        bool seribu = Array.IndexOf(words, "seribu") >= 0;
        return (seribu == thousandsGroupIsOne).Label(string.Join(' ', words));
    }

    [Property]
    public Property No_group_starts_with_satu_ratus_puluh_belas_or_ribu(SupportedInteger number)
    {
        string[] words = Terbilang.ToWords(number.Value).Split(' ');
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] != "satu")
            {
                continue;
            }

            string next = words[i + 1];
            if (next is "ratus" or "puluh" or "belas")
            {
                return false.Label($"'satu {next}' in {string.Join(' ', words)}");
            }

            bool insideGroup = i > 0 && words[i - 1] is "puluh" or "ratus" or "seratus";
            if (next == "ribu" && !insideGroup)
            {
                return false.Label($"a thousands group 'satu ribu' in {string.Join(' ', words)}");
            }
        }

        return true.ToProperty();
    }

    [Property]
    public Property TryFormat_equals_ToWords(SupportedAmount amount)
    {
        Span<char> buffer = stackalloc char[1024];
        bool written = Terbilang.TryFormat(amount.Value, buffer, out int length);
        return (written && buffer[..length].SequenceEqual(Terbilang.ToWords(amount.Value))).ToProperty();
    }

    [Property]
    public Property TryFormat_equals_ToWords_in_every_style(FormAmount amount)
    {
        Span<char> buffer = stackalloc char[1024];
        foreach (TerbilangCasing casing in Enum.GetValues<TerbilangCasing>())
        {
            TerbilangOptions options = TerbilangOptions.Rupiah with { Casing = casing };
            if (!Terbilang.TryFormat(amount.Value, buffer, out int length, options)
                || !buffer[..length].SequenceEqual(Terbilang.ToWords(amount.Value, options)))
            {
                return false.Label(casing.ToString());
            }
        }

        return true.ToProperty();
    }

    [Property(MaxTest = 60)]
    public Property Culture_never_changes_the_words(SupportedAmount amount)
    {
        TerbilangOptions title = new() { Casing = TerbilangCasing.Title, CurrencyWord = "rupiah" };
        string lower;
        string upper;
        string titled;
        CultureInfo original = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            lower = Terbilang.ToWords(amount.Value);
            upper = Terbilang.ToWords(amount.Value, TerbilangOptions.Rupiah with { Fraction = TerbilangFraction.Koma });
            titled = Terbilang.ToWords(amount.Value, title);
            foreach (string name in Cultures)
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                if (Terbilang.ToWords(amount.Value) != lower
                    || Terbilang.ToWords(amount.Value, TerbilangOptions.Rupiah with { Fraction = TerbilangFraction.Koma }) != upper
                    || Terbilang.ToWords(amount.Value, title) != titled
                    || !Terbilang.TryParse(upper, out decimal read) || read != amount.Value)
                {
                    return false.Label(name);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        return true.ToProperty();
    }
}
