using System;
using System.Globalization;

namespace Rkaskpd;

/// <summary>Every error message of <see cref="Rupiah"/> and its parsing, in one place.</summary>
internal static class RupiahMessages
{
    internal const string OutOfRange =
        "The amount lies outside the range of Rupiah, -92.233.720.368.547.758,08 to 92.233.720.368.547.758,07.";

    internal const string ProductOutOfRange =
        "The product lies outside the range of Rupiah, -92.233.720.368.547.758,08 to 92.233.720.368.547.758,07.";

    internal const string UnknownRounding = "The rounding mode is not a defined MidpointRounding value.";

    internal const string NoRatios = "At least one ratio is needed to allocate an amount.";

    internal const string ZeroRatios = "The ratios add up to zero, so they cannot share an amount.";

    internal const string NegativeRatio = "A ratio cannot be negative.";

    internal const string UnknownStyles = "The styles contain bits that are not RupiahStyles values.";

    internal static string FractionOfSen(decimal amount) => string.Create(
        CultureInfo.InvariantCulture,
        $"The amount {amount} has a fraction of a sen (more than two decimals); round it explicitly with Rupiah.FromDecimal(amount, mode).");

    internal static string NotRupiah(object value) =>
        $"Cannot compare a Rupiah with a {value.GetType().FullName}.";

    internal static string UnknownFormat(ReadOnlySpan<char> format) =>
        $"Unknown Rupiah format \"{format}\": use G (551.204.390,00), C (Rp 551.204.390,00), F (Rp. 551.204.390,00), W (551.204.390, sen only when not zero), R (551204390.00) or E (551,204,390.00).";

    internal static string ParseFailure(RupiahParseError error, int index, char found)
    {
        string where = found == '\0'
            ? string.Create(CultureInfo.InvariantCulture, $"at index {index} (end of text)")
            : string.Create(CultureInfo.InvariantCulture, $"at index {index} ('{found}')");
        string why = error switch
        {
            RupiahParseError.Empty => "the text is empty",
            RupiahParseError.UnexpectedCharacter => "this character has no place in an amount",
            RupiahParseError.MissingDigits => "the amount's digits were expected here",
            RupiahParseError.InvalidGroupSize =>
                "thousands are separated in groups of exactly three digits, with at most three digits before the first separator",
            RupiahParseError.MixedGroupSeparators => "the amount mixes two kinds of thousands separator",
            RupiahParseError.GroupSeparatorNotAllowed =>
                "spaces between thousands are not allowed here (RupiahStyles.AllowSpaceGroupSeparator is off)",
            RupiahParseError.EnglishSeparatorsNotAllowed =>
                "this looks like English separators (1,000.00), which need RupiahStyles.AllowEnglishSeparators; the forms write 1.000,00",
            RupiahParseError.TooManySenDigits => "an amount has at most two digits of sen after the decimal mark",
            RupiahParseError.MissingSenDigits => "the decimal mark must be followed by the sen digits or by '-'",
            RupiahParseError.OutOfRange => OutOfRange,
            _ => error.ToString(),
        };
        return $"Cannot parse the amount {where}: {why}.";
    }
}
