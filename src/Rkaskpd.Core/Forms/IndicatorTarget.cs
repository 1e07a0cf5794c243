using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using Rkaskpd.Utility;

namespace Rkaskpd.Forms;

/// <summary>
/// A <c>target kinerja</c> (performance target) of an indicator: the text as written and, where it can be read, a typed
/// value: a <see cref="PercentageTarget"/> (<c>78%</c>), a <see cref="MoneyTarget"/> (<c>Rp. 551.204.390,00</c>), a
/// <see cref="QuantityTarget"/> (<c>30 Jenis</c>), a <see cref="ScoreTarget"/> (<c>86,32</c>), a
/// <see cref="CompoundTarget"/> (<c>5 Desa dan 7 Kelurahan</c>), or a <see cref="TextTarget"/> when the text has no
/// reading (it is kept, not dropped, and the validator can flag it).
/// </summary>
/// <param name="Text">The target as written.</param>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PercentageTarget), "percentage")]
[JsonDerivedType(typeof(MoneyTarget), "money")]
[JsonDerivedType(typeof(QuantityTarget), "quantity")]
[JsonDerivedType(typeof(ScoreTarget), "score")]
[JsonDerivedType(typeof(CompoundTarget), "compound")]
[JsonDerivedType(typeof(TextTarget), "text")]
public abstract record IndicatorTarget([property: JsonPropertyOrder(-1)] string Text)
{
    /// <summary>Reads a target from its text; never throws.</summary>
    /// <param name="text">The target as written; null is read as empty.</param>
    /// <returns>The typed target, or a <see cref="TextTarget"/> when the text has no reading.</returns>
    /// <example>
    /// <code>
    /// IndicatorTarget.Parse("75 %")                  // PercentageTarget 75
    /// IndicatorTarget.Parse("Rp. 73.246.000,-")      // MoneyTarget 73.246.000,00
    /// IndicatorTarget.Parse("5 Desa dan 7 Kelurahan") // CompoundTarget [5 Desa, 7 Kelurahan]
    /// </code>
    /// </example>
    public static IndicatorTarget Parse(string? text)
    {
        text ??= string.Empty;
        ReadOnlySpan<char> span = text.AsSpan().Trim().TrimEnd(".,;");
        if (span.IsEmpty)
        {
            return new TextTarget(text);
        }

        if (span.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            return Rupiah.TryParse(span, out Rupiah amount) ? new MoneyTarget(text, amount) : new TextTarget(text);
        }

        if (TryReadPercentage(span, out decimal percent))
        {
            return new PercentageTarget(text, percent);
        }

        if (IndonesianNumber.TryParse(span, out decimal score))
        {
            return new ScoreTarget(text, score);
        }

        if (TryReadQuantity(span, out decimal quantity, out string? unit))
        {
            return new QuantityTarget(text, quantity, unit);
        }

        if (TryReadCompound(span, out List<QuantityTarget>? parts))
        {
            return new CompoundTarget(text, parts);
        }

        return new TextTarget(text);
    }

    private static bool TryReadPercentage(ReadOnlySpan<char> span, out decimal percent)
    {
        percent = 0;
        ReadOnlySpan<char> number;
        if (span.EndsWith('%'))
        {
            number = span[..^1];
        }
        else if (span.EndsWith("persen", StringComparison.OrdinalIgnoreCase))
        {
            number = span[..^6];
        }
        else
        {
            return false;
        }

        return IndonesianNumber.TryParse(number, out percent);
    }

    private static bool TryReadQuantity(ReadOnlySpan<char> span, out decimal quantity, out string unit)
    {
        quantity = 0;
        unit = string.Empty;
        int end = 0;
        while (end < span.Length && (char.IsAsciiDigit(span[end]) || span[end] is '.' or ','))
        {
            end++;
        }

        if (end == 0 || end == span.Length || !char.IsWhiteSpace(span[end])
            || !IndonesianNumber.TryParse(span[..end], out quantity))
        {
            return false;
        }

        ReadOnlySpan<char> rest = span[end..].Trim();
        if (rest.IsEmpty || !char.IsLetter(rest[0]) || ContainsConjunction(rest))
        {
            return false;
        }

        foreach (char c in rest)
        {
            if (!(char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c is '/' or '.' or '-' or '(' or ')' or '\''))
            {
                return false;
            }
        }

        unit = rest.ToString();
        return true;
    }

    private static bool ContainsConjunction(ReadOnlySpan<char> text) =>
        text.Contains(" dan ", StringComparison.OrdinalIgnoreCase)
        || text.Contains(',')
        || text.Contains('+')
        || text.Contains('&');

    private static bool TryReadCompound(ReadOnlySpan<char> span, out List<QuantityTarget> parts)
    {
        parts = [];
        string text = span.ToString()
            .Replace(" dan ", ",", StringComparison.OrdinalIgnoreCase)
            .Replace(" DAN ", ",", StringComparison.Ordinal)
            .Replace('+', ',')
            .Replace('&', ',');
        foreach (string piece in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryReadQuantity(piece, out decimal quantity, out string unit))
            {
                return false;
            }

            parts.Add(new QuantityTarget(piece, quantity, unit));
        }

        return parts.Count >= 2;
    }
}
