using System;

namespace Rkaskpd.Text.Sections;

/// <summary>Reads the numbers of a perubahan form's columns: amounts in the forms' or English notation, <c>-</c> as
/// nil, a decrease with a minus sign or in parentheses (<c>(5.000.000,00)</c>, <c>Rp (5.000.000)</c>), and volumes.</summary>
internal static class PerubahanValue
{
    /// <summary>Reads an amount; reports it (and returns null) when it cannot be read.</summary>
    /// <param name="text">The amount as written; empty is no amount (null, not reported).</param>
    /// <param name="line">The 1-based line.</param>
    /// <param name="label">What the amount is, for the message (a row label, or an uraian).</param>
    /// <param name="path">The model path.</param>
    /// <param name="note">Reports a finding: line, code, message, model path.</param>
    public static Rupiah? Amount(string text, int line, string label, string path, Action<int, string, string, string> note)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (TryAmount(text, out Rupiah value))
        {
            return value;
        }

        RupiahParseResult result = Rupiah.ParseDetailed(text, RupiahStyles.Default);
        note(line, TextReaderMessages.AmountUnreadable,
            TextReaderMessages.Unreadable(label, text, result.ErrorMessage ?? string.Empty), path);
        return null;
    }

    /// <summary>Reads an amount: the forms' notation first, English separators second; <c>-</c> (with or without
    /// <c>Rp</c>) is nil; parentheses negate.</summary>
    public static bool TryAmount(string text, out Rupiah value)
    {
        ReadOnlySpan<char> s = text.AsSpan().Trim();
        bool rp = s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase);
        if (rp)
        {
            s = s[2..].TrimStart('.').Trim();
        }

        if (s is "-" or "\u2013")
        {
            value = Rupiah.Zero;
            return true;
        }

        bool negative = s.Length > 2 && s[0] == '(' && s[^1] == ')';
        if (negative)
        {
            s = s[1..^1].Trim();
        }

        if (Rupiah.TryParse(s, out value) || Rupiah.TryParse(s, RupiahStyles.Any, out value))
        {
            value = negative ? -value : value;
            return true;
        }

        return false;
    }

    /// <summary>Reads a volume (<c>12</c>, <c>2,5</c>, <c>1.200</c>, <c>-</c> as nil, English <c>1,550.00</c>).</summary>
    public static bool TryVolume(string text, out decimal volume)
    {
        if (RincianVolume.TryParse(text, out volume))
        {
            return true;
        }

        if (text.Trim() is "-" or "\u2013")
        {
            volume = 0m;
            return true;
        }

        if (Rupiah.TryParse(text, RupiahStyles.Any, out Rupiah english))
        {
            volume = english.Amount;
            return true;
        }

        return false;
    }
}
