using System;
using System.Collections.Generic;
using System.Numerics;

namespace Rkaskpd.Tests;

/// <summary>
/// A second, deliberately plain implementation of Indonesian number words, written from the KBBI rules and the
/// official usage of the forms, sharing no code or table with the library: the independent oracle that the terbilang
/// properties compare <see cref="Terbilang"/> with.
/// </summary>
/// <remarks>
/// The rules: <c>se-</c> stands for "one" before <c>puluh</c>, <c>belas</c>, <c>ratus</c> and <c>ribu</c>
/// (<c>sepuluh</c>, <c>sebelas</c>, <c>seratus</c>, <c>seribu</c>) but not before the larger scales
/// (<c>satu juta</c>, <c>satu miliar</c>); 11–19 are <c>sebelas</c> and <c>N belas</c>; the scales go by thousands:
/// ribu, juta, miliar, triliun, kuadriliun, kuintiliun, sekstiliun, septiliun; zero is <c>nol</c>; a negative number
/// starts with <c>minus</c>. Amounts in the forms' style are upper case and end in <c>RUPIAH</c>, with the sen, when
/// there are any, read as a number followed by <c>SEN</c>.
/// </remarks>
internal static class TerbilangOracle
{
    private static readonly string[] Units = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];

    private static readonly string[] Scales = ["", "ribu", "juta", "miliar", "triliun", "kuadriliun", "kuintiliun", "sekstiliun", "septiliun"];

    /// <summary>The largest whole number with words: 10^27 − 1.</summary>
    public static readonly BigInteger Max = BigInteger.Pow(10, 27) - 1;

    /// <summary>The words of a whole number, lower case, single spaces.</summary>
    public static string Words(BigInteger value)
    {
        if (value.IsZero)
        {
            return "nol";
        }

        if (value.Sign < 0)
        {
            return "minus " + Words(-value);
        }

        if (value > Max)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The oracle knows no scale word past septiliun.");
        }

        var groups = new List<int>();
        for (BigInteger rest = value; !rest.IsZero; rest /= 1000)
        {
            groups.Add((int)(rest % 1000));
        }

        var words = new List<string>();
        for (int scale = groups.Count - 1; scale >= 0; scale--)
        {
            int group = groups[scale];
            if (group == 0)
            {
                continue;
            }

            if (scale == 1 && group == 1)
            {
                words.Add("seribu");
                continue;
            }

            words.Add(Hundreds(group));
            if (scale > 0)
            {
                words.Add(Scales[scale]);
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The words of an amount in the forms' style: upper case, <c>RUPIAH</c>, then the sen if any.</summary>
    /// <param name="sen">The amount in sen (hundredths of a rupiah), not negative.</param>
    public static string RupiahWords(BigInteger sen)
    {
        BigInteger rupiah = BigInteger.DivRem(sen, 100, out BigInteger cents);
        string words = Words(rupiah) + " rupiah";
        if (!cents.IsZero)
        {
            words += " " + Words(cents) + " sen";
        }

        return words.ToUpperInvariant();
    }

    private static string Hundreds(int group)
    {
        int hundreds = group / 100;
        int rest = group % 100;
        string head = hundreds switch
        {
            0 => string.Empty,
            1 => "seratus",
            _ => Units[hundreds] + " ratus",
        };
        string tail = rest switch
        {
            0 => string.Empty,
            < 10 => Units[rest],
            10 => "sepuluh",
            11 => "sebelas",
            < 20 => Units[rest - 10] + " belas",
            _ => Units[rest / 10] + " puluh" + (rest % 10 == 0 ? string.Empty : " " + Units[rest % 10]),
        };
        return head.Length == 0 ? tail : tail.Length == 0 ? head : head + " " + tail;
    }
}
