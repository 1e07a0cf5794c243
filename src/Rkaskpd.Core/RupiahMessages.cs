using System;
using System.Globalization;
using Rkaskpd.Resources;

namespace Rkaskpd;

/// <summary>Every error message of <see cref="Rupiah"/> and its parsing, in one place. The parse errors a user reads
/// come from the resources (<see cref="Message"/>); the exceptions for a programmer's mistakes stay in English.</summary>
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
        string why = error switch
        {
            RupiahParseError.Empty => MessageResources.RupiahErrorEmpty,
            RupiahParseError.UnexpectedCharacter => MessageResources.RupiahErrorUnexpectedCharacter,
            RupiahParseError.MissingDigits => MessageResources.RupiahErrorMissingDigits,
            RupiahParseError.InvalidGroupSize => MessageResources.RupiahErrorInvalidGroupSize,
            RupiahParseError.MixedGroupSeparators => MessageResources.RupiahErrorMixedGroupSeparators,
            RupiahParseError.GroupSeparatorNotAllowed => MessageResources.RupiahErrorGroupSeparatorNotAllowed,
            RupiahParseError.EnglishSeparatorsNotAllowed => MessageResources.RupiahErrorEnglishSeparatorsNotAllowed,
            RupiahParseError.TooManySenDigits => MessageResources.RupiahErrorTooManySenDigits,
            RupiahParseError.MissingSenDigits => MessageResources.RupiahErrorMissingSenDigits,
            RupiahParseError.OutOfRange => MessageResources.RupiahErrorOutOfRange,
            _ => error.ToString(),
        };
        return found == '\0'
            ? Message.Format(MessageResources.RupiahParseFailureAtEnd, index, why)
            : Message.Format(MessageResources.RupiahParseFailureAt, index, found, why);
    }
}
