using System;
using System.Diagnostics.CodeAnalysis;

namespace Rkaskpd;

public readonly partial struct Rupiah : ISpanParsable<Rupiah>
{
    /// <summary>The largest whole-rupiah part of an amount, 92.233.720.368.547.758.</summary>
    private const ulong MaxWholeRupiah = 92_233_720_368_547_758UL;

    /// <summary>
    /// Parses an amount and reports how it was written, never throwing for bad text: the basis of
    /// <see cref="Parse(string)"/>, <see cref="TryParse(string?, out Rupiah)"/> and of validation rules that flag
    /// non-standard spellings.
    /// </summary>
    /// <remarks>
    /// <para>Accepted, in this order: optional white space; an optional minus sign; an optional currency symbol
    /// <c>Rp</c> or <c>Rp.</c> (any letter case) followed by optional white space; the minus sign may stand after the
    /// symbol instead; the whole rupiah, either plain digits or groups of three digits after a first group of one to
    /// three digits, separated by <c>.</c> (or spaces, or English <c>,</c>, as <paramref name="styles"/> allows; one
    /// kind per amount); then optionally the decimal mark <c>,</c> (English <c>.</c>) followed by one or two
    /// <c>sen</c> digits or by <c>-</c> (<c>73.246.000,-</c>); optional trailing white space.</para>
    /// <para>Examples accepted by default: <c>551.204.390,00</c>, <c>Rp. 551.204.390,00</c>,
    /// <c>Rp.551.204.390,00</c>, <c>Rp 1.796.000,00</c>, <c>Rp. 73.246.000,-</c>, <c>32 500 000,00</c>,
    /// <c>1.000.000</c>, <c>-1.000,00</c>, <c>1000,5</c>. Rejected: <c>1.2.3</c>, <c>1.00.000</c>, <c>12,345</c>
    /// (three <c>sen</c> digits), <c>1.000 000</c> (mixed separators), <c>561,000,000.00</c> (English, unless
    /// allowed), empty text, letters.</para>
    /// <para>Runs in time linear in the text's length and allocates nothing.</para>
    /// </remarks>
    /// <param name="text">The text, e.g. <c>Rp. 73.246.000,-</c>.</param>
    /// <param name="styles">Which spellings beyond the forms' own are accepted.</param>
    /// <returns>The amount and its <see cref="RupiahNotation"/>, or the error, its index and message.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="styles"/> has undefined bits.</exception>
    /// <example>
    /// <code>
    /// RupiahParseResult result = Rupiah.ParseDetailed("32 500 000,00");
    /// // result.Value == Rupiah.FromSen(3_250_000_000), result.Notation has RupiahNotation.SpaceGroupSeparator
    /// </code>
    /// </example>
    public static RupiahParseResult ParseDetailed(ReadOnlySpan<char> text, RupiahStyles styles = RupiahStyles.Default)
    {
        CheckStyles(styles);
        return Scan(text, styles);
    }

    /// <summary>Parses an amount written in the default styles; see
    /// <see cref="ParseDetailed(ReadOnlySpan{char}, RupiahStyles)"/> for the accepted spellings.</summary>
    /// <param name="s">The text, e.g. <c>Rp. 551.204.390,00</c>.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an amount; the message says what is wrong and
    /// at which character index.</exception>
    public static Rupiah Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Scan(s, RupiahStyles.Default).Value;
    }

    /// <summary>Parses an amount written in the given styles.</summary>
    /// <param name="s">The text.</param>
    /// <param name="styles">Which spellings beyond the forms' own are accepted.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="styles"/> has undefined bits.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an amount.</exception>
    public static Rupiah Parse(string s, RupiahStyles styles)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseDetailed(s, styles).Value;
    }

    /// <summary>Parses an amount written in the default styles.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="FormatException"><paramref name="s"/> is not an amount.</exception>
    public static Rupiah Parse(ReadOnlySpan<char> s) => Scan(s, RupiahStyles.Default).Value;

    /// <summary>Parses an amount written in the given styles.</summary>
    /// <param name="s">The text.</param>
    /// <param name="styles">Which spellings beyond the forms' own are accepted.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="styles"/> has undefined bits.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an amount.</exception>
    public static Rupiah Parse(ReadOnlySpan<char> s, RupiahStyles styles) => ParseDetailed(s, styles).Value;

    /// <summary>Tries to parse an amount written in the default styles; never throws.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="result">The amount, or <see cref="Zero"/> when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is an amount.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Rupiah result) =>
        TryParse(s.AsSpan(), RupiahStyles.Default, out result) && s is not null;

    /// <summary>Tries to parse an amount written in the given styles; never throws for bad text.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="styles">Which spellings beyond the forms' own are accepted.</param>
    /// <param name="result">The amount, or <see cref="Zero"/> when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is an amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="styles"/> has undefined bits.</exception>
    public static bool TryParse([NotNullWhen(true)] string? s, RupiahStyles styles, out Rupiah result) =>
        TryParse(s.AsSpan(), styles, out result) && s is not null;

    /// <summary>Tries to parse an amount written in the default styles; never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The amount, or <see cref="Zero"/> when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is an amount.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, out Rupiah result) =>
        Scan(s, RupiahStyles.Default).TryGetValue(out result);

    /// <summary>Tries to parse an amount written in the given styles; never throws for bad text.</summary>
    /// <param name="s">The text.</param>
    /// <param name="styles">Which spellings beyond the forms' own are accepted.</param>
    /// <param name="result">The amount, or <see cref="Zero"/> when the text is not one.</param>
    /// <returns><see langword="true"/> when the text is an amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="styles"/> has undefined bits.</exception>
    public static bool TryParse(ReadOnlySpan<char> s, RupiahStyles styles, out Rupiah result) =>
        ParseDetailed(s, styles).TryGetValue(out result);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the forms' notation is fixed.</param>
    static Rupiah IParsable<Rupiah>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out Rupiah)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the forms' notation is fixed.</param>
    /// <param name="result">The amount.</param>
    static bool IParsable<Rupiah>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, out Rupiah result) => TryParse(s, out result);

    /// <inheritdoc cref="Parse(ReadOnlySpan{char})"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the forms' notation is fixed.</param>
    static Rupiah ISpanParsable<Rupiah>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, out Rupiah)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the forms' notation is fixed.</param>
    /// <param name="result">The amount.</param>
    static bool ISpanParsable<Rupiah>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Rupiah result) =>
        TryParse(s, out result);

    private static void CheckStyles(RupiahStyles styles)
    {
        if ((styles & ~RupiahStyles.Any) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(styles), styles, RupiahMessages.UnknownStyles);
        }
    }

    /// <summary>The hand-written scanner behind every parse method; see <see cref="ParseDetailed"/>.</summary>
    private static RupiahParseResult Scan(ReadOnlySpan<char> text, RupiahStyles styles)
    {
        bool english = (styles & RupiahStyles.AllowEnglishSeparators) != 0;
        bool spaces = (styles & RupiahStyles.AllowSpaceGroupSeparator) != 0;
        var notation = RupiahNotation.None;
        int i = SkipWhiteSpace(text, 0);
        if (i == text.Length)
        {
            return RupiahParseResult.ForFailure(RupiahParseError.Empty, text, i, notation);
        }

        bool negative = false;
        if (text[i] == '-')
        {
            negative = true;
            i = SkipWhiteSpace(text, i + 1);
        }

        if (i + 1 < text.Length && (text[i] | 0x20) == 'r' && (text[i + 1] | 0x20) == 'p')
        {
            i += 2;
            if (i < text.Length && text[i] == '.')
            {
                notation |= RupiahNotation.CurrencySymbolWithDot;
                i++;
            }
            else
            {
                notation |= RupiahNotation.CurrencySymbol;
            }

            i = SkipWhiteSpace(text, i);
            if (!negative && i < text.Length && text[i] == '-')
            {
                negative = true;
                i = SkipWhiteSpace(text, i + 1);
            }
        }

        if (negative)
        {
            notation |= RupiahNotation.MinusSign;
        }

        if (i == text.Length || !char.IsAsciiDigit(text[i]))
        {
            bool missing = i == text.Length || text[i] is '.' or ',' || IsSpaceSeparator(text[i]);
            return RupiahParseResult.ForFailure(
                missing ? RupiahParseError.MissingDigits : RupiahParseError.UnexpectedCharacter, text, i, notation);
        }

        int numberStart = i;
        ulong whole = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            whole = (whole * 10) + (uint)(text[i] - '0');
            if (whole > MaxWholeRupiah)
            {
                return RupiahParseResult.ForFailure(RupiahParseError.OutOfRange, text, numberStart, notation);
            }

            i++;
        }

        int firstGroupLength = i - numberStart;
        char groupSeparator = '\0'; // ' ' stands for every space separator
        int fraction = -1; // -1: no decimal mark seen
        while (i < text.Length)
        {
            char c = text[i];
            int digits = CountDigitsAt(text, i + 1);
            bool isGroup;
            if (IsSpaceSeparator(c))
            {
                if (digits == 0)
                {
                    break; // trailing white space
                }

                if (!spaces)
                {
                    return RupiahParseResult.ForFailure(
                        RupiahParseError.GroupSeparatorNotAllowed, text, i, notation);
                }

                c = ' ';
                isGroup = true;
            }
            else if (c == '.')
            {
                if (groupSeparator == ',')
                {
                    isGroup = false;
                }
                else if (groupSeparator == '.' || digits == 3)
                {
                    isGroup = true;
                }
                else if (english && EndsNumber(text, i + 1 + digits))
                {
                    isGroup = false;
                }
                else if (!english && digits is 1 or 2 && EndsNumber(text, i + 1 + digits))
                {
                    return RupiahParseResult.ForFailure(
                        RupiahParseError.EnglishSeparatorsNotAllowed, text, i, notation);
                }
                else
                {
                    isGroup = true;
                }
            }
            else if (c == ',')
            {
                if (groupSeparator == ',')
                {
                    isGroup = true;
                }
                else if (digits == 3 && groupSeparator != '.' && !EndsNumber(text, i + 4))
                {
                    // 561,000,000.00 or 561,000,000: English thousands.
                    if (!english)
                    {
                        return RupiahParseResult.ForFailure(
                            RupiahParseError.EnglishSeparatorsNotAllowed, text, i, notation);
                    }

                    isGroup = true;
                }
                else
                {
                    isGroup = english && digits == 3 && groupSeparator != '.';
                }
            }
            else
            {
                break;
            }

            if (!isGroup)
            {
                // The decimal mark: ',' (the forms) or '.' (English).
                if (c == '.')
                {
                    notation |= RupiahNotation.EnglishSeparators;
                }

                i++;
                if (digits == 0)
                {
                    if (i < text.Length && text[i] == '-')
                    {
                        notation |= RupiahNotation.DashForSen;
                        fraction = 0;
                        i++;
                        break;
                    }

                    return RupiahParseResult.ForFailure(RupiahParseError.MissingSenDigits, text, i, notation);
                }

                if (digits > 2)
                {
                    return RupiahParseResult.ForFailure(RupiahParseError.TooManySenDigits, text, i + 2, notation);
                }

                fraction = (text[i] - '0') * 10;
                if (digits == 2)
                {
                    fraction += text[i + 1] - '0';
                }

                i += digits;
                break;
            }

            // A thousands separator.
            if (groupSeparator == '\0')
            {
                if (firstGroupLength > 3)
                {
                    return RupiahParseResult.ForFailure(RupiahParseError.InvalidGroupSize, text, i, notation);
                }

                groupSeparator = c;
                notation |= c switch
                {
                    '.' => RupiahNotation.DotGroupSeparator,
                    ',' => RupiahNotation.EnglishSeparators,
                    _ => RupiahNotation.SpaceGroupSeparator,
                };
            }
            else if (groupSeparator != c)
            {
                return RupiahParseResult.ForFailure(RupiahParseError.MixedGroupSeparators, text, i, notation);
            }

            if (digits != 3)
            {
                return RupiahParseResult.ForFailure(RupiahParseError.InvalidGroupSize, text, i + 1, notation);
            }

            uint group = (uint)(((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0'));
            if (whole > (MaxWholeRupiah - group) / 1000)
            {
                return RupiahParseResult.ForFailure(RupiahParseError.OutOfRange, text, numberStart, notation);
            }

            whole = (whole * 1000) + group;

            i += 4;
        }

        if (fraction < 0)
        {
            notation |= RupiahNotation.NoSen;
            fraction = 0;
        }

        int end = SkipWhiteSpace(text, i);
        if (end < text.Length)
        {
            return RupiahParseResult.ForFailure(RupiahParseError.UnexpectedCharacter, text, end, notation);
        }

        ulong magnitude = (whole * SenPerRupiah) + (uint)fraction;
        if (magnitude > (negative ? 1UL << 63 : long.MaxValue))
        {
            return RupiahParseResult.ForFailure(RupiahParseError.OutOfRange, text, numberStart, notation);
        }

        long value = negative ? unchecked((long)(0UL - magnitude)) : (long)magnitude;
        return RupiahParseResult.ForSuccess(new Rupiah(value, false), notation);
    }

    private static int SkipWhiteSpace(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    private static int CountDigitsAt(ReadOnlySpan<char> text, int index)
    {
        int start = index;
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        return index - start;
    }

    /// <summary>Tells whether the number cannot continue at <paramref name="index"/>: end of text, white space
    /// not followed by a digit group, or anything but a separator.</summary>
    private static bool EndsNumber(ReadOnlySpan<char> text, int index)
    {
        if (index >= text.Length)
        {
            return true;
        }

        char c = text[index];
        return c is not ('.' or ',') && !(IsSpaceSeparator(c) && CountDigitsAt(text, index + 1) > 0);
    }

    private static bool IsSpaceSeparator(char c) => c is ' ' or '\u00A0' or '\u202F';
}
