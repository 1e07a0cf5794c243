using System;
using System.Buffers;
using System.Text;
using Rkaskpd.Text.Sections;

namespace Rkaskpd.Text;

/// <summary>
/// The line stage's repair of numbers as the OCR of a scanned print writes them: letters in the place of digits
/// (<c>O</c> or <c>o</c> for 0, <c>l</c> or <c>I</c> for 1: <c>Rp.l2.5OO.OOO,OO</c>, <c>lOO orang</c>, <c>8O %</c>) and
/// a separator read as the other one (<c>6.300.000.00</c>, <c>3,500.000,00</c>). A person reads the digits the print
/// shows; so does the reader: each such number becomes the number a person reads before any layout or section decides
/// what the line is, and one note (<c>RKA023</c>, info) at the end says how many were repaired and names the first.
/// </summary>
/// <remarks>
/// <para>A token (text between spaces, tabs, bars, brackets, colons and percent signs, after an <c>Rp</c> or
/// <c>Rp.</c> in front) is repaired only when a person could read nothing else in it:</para>
/// <list type="bullet">
/// <item>with letters: it is made of digits, the letters <c>O</c>, <c>o</c>, <c>l</c>, <c>I</c> and the separators
/// <c>.</c> and <c>,</c>, and with the letters read as digits it is an amount with thousands groups
/// (<c>1.500.000</c>, <c>24.300.000,00</c>, <c>0,00</c>) or, without separators, a number of two digits or more that
/// has a digit or is a one followed by zeros (<c>l2</c>, <c>3OO</c>, <c>lOO</c>); a lower-case <c>o</c> only in an
/// amount with separators, and no number ending in <c>l</c> or <c>I</c> without separators (<c>5l</c> may be five
/// litres). Roman numerals (<c>I</c>, <c>II.1</c>) and words are never numbers here.</item>
/// <item>a dotted code with letters (<c>3.O5.3.O5.O9.Ol.O2l</c>, <c>1.0l</c>): groups of one to four characters, a
/// digit among them, no group of capital I alone (<c>II.1</c>).</item>
/// <item>on a line that starts with <c>NIP</c>, a lone <c>l</c>, <c>I</c>, <c>O</c> or <c>o</c> between two numbers
/// (<c>198703 l 009</c>): the NIP's one-digit group; on another line, a lone <c>O</c> or <c>o</c> after an amount with
/// separators and before another (<c>15.000,00 O 1.500.000,00</c>: SIPD's PPN column, 0), and there, once the document
/// has shown an OCR's hand (<see cref="SawOcr"/>), a rate with its percent sign read as <c>96</c>
/// (<c>14.500,00 1196 193.140.000,00</c>: 11%; 10, 11 or 12 only).</item>
/// <item>without letters: an amount with thousands groups and two decimals whose separators mix the two styles
/// (<c>6.300.000.00</c>: the same separator for thousands and decimals; <c>3,500.000,00</c>: two kinds of thousands
/// separator); it is written in the Indonesian style (<c>6.300.000,00</c>). A consistent English or Indonesian amount
/// is left as it is, but, once the document has shown an OCR's hand (<see cref="SawOcr"/>), an Indonesian amount with
/// three figures after its comma, the last a one (<c>7.500,001</c>): the cell's right rule read after the two
/// decimals, and dropped (<c>7.500,00</c>).</item>
/// </list>
/// <para>Cost: a line whose tokens start with no digit and no <c>O</c>, <c>l</c>, <c>I</c> followed by such a
/// character is returned as it came after one pass; only a repaired line becomes a new string.</para>
/// </remarks>
internal sealed class OcrNumbers
{
    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    /// <summary>The characters a number's core may start with: a digit, or O, l or I as the OCR writes them.</summary>
    private static readonly SearchValues<char> NumberStarts = SearchValues.Create("0123456789OlI");

    /// <summary>The characters between tokens: spaces, tabs, bars, brackets, colons, percent signs, semicolons.</summary>
    private static readonly SearchValues<char> Boundaries = SearchValues.Create(" \t|():%;");

    private readonly StringBuilder builder = new();
    private int count;

    /// <summary>Gets or sets a value indicating whether the document has shown an OCR's hand so far: a number read with
    /// letters for digits (here), or a mark only an OCR writes (<see cref="OcrMarks"/>: <c>70 Yo</c>,
    /// <c>Tahun n #1</c>). The repairs a typed document could be hurt by wait for it: a rule read as a one after an
    /// amount's decimals (<c>7.500,001</c>: a typed volume may have three decimals), a PPN rate read with <c>96</c> for
    /// its percent sign (<c>1196</c>: a typed count may be 1196), SIPD's group markers misread
    /// (<see cref="OcrMarks"/>).</summary>
    public bool SawOcr { get; set; }
    private int firstLine;
    private string firstWritten = string.Empty;
    private string firstRead = string.Empty;

    /// <summary>Returns <paramref name="raw"/> with its OCR-garbled numbers read as digits: the same memory when it has
    /// none (most lines), else a new string's.</summary>
    /// <param name="raw">A line as read.</param>
    /// <param name="line">Its 1-based number, for the note.</param>
    public ReadOnlyMemory<char> Repair(ReadOnlyMemory<char> raw, int line) => Repair(raw, line, skipQuietTokens: true);

    /// <summary>Repairs as <see cref="Repair(ReadOnlyMemory{char}, int)"/> does; with <paramref name="skipQuietTokens"/>
    /// false it looks at every token (the tests compare the two).</summary>
    internal ReadOnlyMemory<char> Repair(ReadOnlyMemory<char> raw, int line, bool skipQuietTokens)
    {
        ReadOnlySpan<char> text = raw.Span;
        int copied = 0;
        builder.Clear();
        bool nip = IsNipLine(text);
        bool afterNumber = false, afterAmount = false;
        int candidate = -1; // the start of the next token that may be a number, once searched for
        int i = 0;
        while (i < text.Length)
        {
            if (IsBoundary(text[i]))
            {
                i++;
                continue;
            }

            if (skipQuietTokens && i > candidate)
            {
                // Only a token that may start a number is repaired, or a lone letter right before one (whose repair
                // hangs on the token before it): the tokens before those two are passed over unread.
                candidate = NextNumberToken(text, i);
                if (candidate < 0)
                {
                    break;
                }

                i = Math.Max(i, TokenStartBefore(text, candidate, tokens: 2, floor: i));
            }

            int start = i;
            while (i < text.Length && !IsBoundary(text[i]))
            {
                i++;
            }

            ReadOnlySpan<char> token = text[start..i];
            int prefix = PrefixLength(token);
            ReadOnlySpan<char> core = token[prefix..].TrimEnd(".,");
            bool number = core.Length > 0 && char.IsAsciiDigit(core[^1]);
            bool amount = number && core.ContainsAny('.', ',');
            string repaired;
            if (nip && afterNumber && core.Length == 1 && core[0] is 'l' or 'I' or 'O' or 'o' && NumberFollows(text, i))
            {
                repaired = core[0] is 'l' or 'I' ? "1" : "0"; // NIP 19630514 198703 l 009: the one-digit group
            }
            else if (!nip && afterAmount && core.Length == 1 && core[0] is 'O' or 'o' && prefix == 0 && AmountFollows(text, i))
            {
                repaired = "0"; // SIPD's PPN 0 between the harga and the jumlah: 15.000,00 O 1.500.000,00
            }
            else if (SawOcr && !nip && afterAmount && prefix == 0 && core is "1096" or "1196" or "1296" && AmountFollows(text, i))
            {
                repaired = string.Concat(core[..2], "%"); // SIPD's PPN 11% with its sign read as 96: 14.500,00 1196 193.140.000,00
            }
            else if (SawOcr && IsRuleAfterDecimals(core))
            {
                repaired = core[..^1].ToString(); // 7.500,00| with its rule read as a one: 7.500,001
            }
            else if (core.Length == 0 || !MayStart(core) || !TryRead(core, out repaired))
            {
                afterNumber = number;
                afterAmount = amount;
                continue;
            }

            afterNumber = true;
            afterAmount = repaired.AsSpan().ContainsAny('.', ',');
            SawOcr |= core.ContainsAny("OolI");
            int coreStart = start + prefix;
            builder.Append(text[copied..coreStart]).Append(repaired);
            copied = coreStart + core.Length;
            count++;
            if (count == 1)
            {
                firstLine = line;
                firstWritten = token.ToString();
                firstRead = string.Concat(token[..prefix], repaired, token[(prefix + core.Length)..]);
            }
        }

        if (copied == 0)
        {
            return raw;
        }

        builder.Append(text[copied..]);
        return builder.ToString().AsMemory();
    }

    /// <summary>Adds the note that numbers were repaired, once, when any were.</summary>
    public void Report(NoteSink sink)
    {
        if (count > 0)
        {
            sink.Add(firstLine, TextReaderMessages.OcrNumbersRead, TextReaderMessages.OcrNumbers(count, firstLine, firstWritten, firstRead));
        }
    }

    /// <summary>Returns the token read as a person reads it when it is an OCR-garbled number (see the class remarks).</summary>
    internal static bool TryRead(ReadOnlySpan<char> core, out string repaired)
    {
        repaired = string.Empty;
        int digits = 0;
        int letters = 0;
        int separators = 0;
        bool lowerO = false;
        foreach (char c in core)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is 'O' or 'o' or 'l' or 'I')
            {
                letters++;
                lowerO |= c == 'o';
            }
            else if (c is '.' or ',')
            {
                separators++;
            }
            else
            {
                return false;
            }
        }

        if (letters == 0 && separators < 2)
        {
            return false;
        }

        Span<char> read = core.Length <= 64 ? stackalloc char[core.Length] : new char[core.Length];
        for (int i = 0; i < core.Length; i++)
        {
            read[i] = core[i] switch
            {
                'O' or 'o' => '0',
                'l' or 'I' => '1',
                char c => c,
            };
        }

        if (separators == 0)
        {
            // A number without separators: two digits or more, not ending in l or I (5l: litres), not a word of letters
            // unless a one followed by zeros (lOO, IOO).
            bool oneAndZeros = digits == 0 && core[0] is 'l' or 'I' && core[1..].Trim('O').Length == 0;
            if (core.Length < 2 || lowerO || core[^1] is 'l' or 'I' || (digits == 0 && !oneAndZeros))
            {
                return false;
            }

            repaired = read.ToString();
            return true;
        }

        if (!TryAmount(read, out repaired))
        {
            return letters > 0 && TryCode(core, read, out repaired);
        }

        // Without letters, only an amount whose separators mixed the two styles was rewritten.
        return letters > 0 || !core.SequenceEqual(repaired);
    }

    /// <summary>Reads <paramref name="read"/> (digits and separators) as an amount with thousands groups: the same text
    /// when its separators are one style's, the Indonesian style when they mix the two.</summary>
    private static bool TryAmount(ReadOnlySpan<char> read, out string amount)
    {
        amount = string.Empty;
        Span<Range> groups = stackalloc Range[16];
        int n = read.SplitAny(groups, ".,");
        if (n < 2 || n > 15 || groups[0].GetOffsetAndLength(read.Length).Length is 0 or > 3)
        {
            return false;
        }

        int lastLength = read[groups[n - 1]].Length;
        bool decimals = lastLength == 2 || (lastLength == 1 && n == 2);
        int thousands = decimals ? n - 2 : n - 1;
        for (int g = 1; g <= thousands; g++)
        {
            if (read[groups[g]].Length != 3)
            {
                return false;
            }
        }

        if (!decimals && lastLength != 3)
        {
            return false;
        }

        if (decimals && thousands == 0 && read[groups[0]].Length > 3)
        {
            return false;
        }

        char decimalSeparator = decimals ? read[groups[n - 1].Start.GetOffset(read.Length) - 1] : '\0';
        if (thousands == 0 && !(lastLength == 2 && decimalSeparator == ','))
        {
            return false; // II.1, I.2: a numbered heading, no amount
        }

        char? thousandsSeparator = null;
        bool mixed = false;
        for (int g = 1; g <= thousands; g++)
        {
            char separator = read[groups[g].Start.GetOffset(read.Length) - 1];
            mixed |= thousandsSeparator is { } t && t != separator;
            thousandsSeparator = separator;
        }

        mixed |= decimals && thousandsSeparator == decimalSeparator;
        int lastSeparator = groups[n - 1].Start.GetOffset(read.Length) - 1;
        if (mixed && !decimals && thousands >= 2 && read[lastSeparator] == ',' && read[..lastSeparator].IndexOf(',') < 0)
        {
            return false; // 1.234,561: the Indonesian style with three decimals (a volume), not a slipped separator
        }
        if (!mixed)
        {
            amount = read.ToString();
            return true;
        }

        var indonesian = new StringBuilder(read.Length);
        indonesian.Append(read[groups[0]]);
        for (int g = 1; g <= thousands; g++)
        {
            indonesian.Append('.').Append(read[groups[g]]);
        }

        if (decimals)
        {
            indonesian.Append(',').Append(read[groups[n - 1]]);
        }

        amount = indonesian.ToString();
        return true;
    }

    /// <summary>Whether a token is an amount whose last group is its two decimals with the cell's right rule read as a
    /// one after them (<c>7.500,001</c>, <c>1.250.000,001</c>): digits in groups of three between dots, a comma and
    /// three digits, the last a one; the Indonesian style throughout, which a thousands group after a comma would not
    /// be.</summary>
    private static bool IsRuleAfterDecimals(ReadOnlySpan<char> core)
    {
        int comma = core.IndexOf(',');
        if (comma < 5 || core.Length - comma != 4 || core[^1] != '1' || core[(comma + 1)..].ContainsAnyExcept(Digits))
        {
            return false;
        }

        Span<Range> groups = stackalloc Range[16];
        ReadOnlySpan<char> whole = core[..comma];
        int n = whole.Split(groups, '.');
        if (n < 2 || n > 15 || whole[groups[0]].Length is 0 or > 3 || whole[groups[0]].ContainsAnyExcept(Digits))
        {
            return false;
        }

        for (int g = 1; g < n; g++)
        {
            if (whole[groups[g]].Length != 3 || whole[groups[g]].ContainsAnyExcept(Digits))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads <paramref name="read"/> as a dotted budget code (<c>3.O5.3.O5.O9.Ol.O2l</c>, <c>1.0l</c>,
    /// <c>5.2.2.Ol.Ol</c>) when <paramref name="core"/> is one: groups of one to four characters between single dots,
    /// no comma, a digit somewhere (<c>O.l</c> is no code), and no group of capital I alone, so a numbered heading with
    /// a roman numeral (<c>I.2</c>, <c>II.1</c>) is no code.</summary>
    private static bool TryCode(ReadOnlySpan<char> core, ReadOnlySpan<char> read, out string code)
    {
        code = string.Empty;
        if (core.Contains(',') || !core.ContainsAny(Digits))
        {
            return false;
        }

        int groups = 0;
        foreach (Range range in core.Split('.'))
        {
            ReadOnlySpan<char> group = core[range];
            if (group.Length is 0 or > 4 || !group.ContainsAnyExcept('I'))
            {
                return false;
            }

            groups++;
        }

        if (groups < 2)
        {
            return false;
        }

        code = read.ToString();
        return true;
    }

    /// <summary>Whether a line gives a NIP (<c>NIP. 19630514 198703 1 009</c>, <c>NIP : ...</c>), whose one-digit group
    /// the OCR may have read as a lone letter.</summary>
    private static bool IsNipLine(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> trimmed = text.TrimStart();
        return trimmed.StartsWith("NIP", StringComparison.OrdinalIgnoreCase) && (trimmed.Length == 3 || !char.IsLetter(trimmed[3]));
    }

    /// <summary>Whether the next token after <paramref name="at"/> starts like a number (a digit, or O, l or I as the
    /// OCR writes them).</summary>
    /// <summary>Whether the next token after <paramref name="at"/> is a number with a separator (an amount).</summary>
    private static bool AmountFollows(ReadOnlySpan<char> text, int at)
    {
        ReadOnlySpan<char> rest = text[at..].TrimStart(" \t");
        int end = rest.IndexOfAny(' ', '\t');
        ReadOnlySpan<char> next = end < 0 ? rest : rest[..end];
        return NumberFollows(text, at) && next.ContainsAny('.', ',');
    }

    private static bool NumberFollows(ReadOnlySpan<char> text, int at)
    {
        ReadOnlySpan<char> rest = text[at..].TrimStart(" \t");
        return rest.Length > 0 && (char.IsAsciiDigit(rest[0]) || rest[0] is 'O' or 'l' or 'I');
    }

    /// <summary>Whether a token's core may be a number: it starts with a digit, or with O, l or I followed by a digit, a
    /// separator or another of those letters (every word of the form is ruled out at its first or second letter).</summary>
    private static bool MayStart(ReadOnlySpan<char> core) =>
        char.IsAsciiDigit(core[0])
        || (core.Length > 1 && core[0] is 'O' or 'l' or 'I' && (char.IsAsciiDigit(core[1]) || core[1] is '.' or ',' or 'O' or 'o' or 'l' or 'I'));

    /// <summary>The length of an <c>Rp</c> or <c>Rp.</c> written in front of the number without a space.</summary>
    private static int PrefixLength(ReadOnlySpan<char> token)
    {
        if (token.Length > 2 && token[0] is 'R' or 'r' && token[1] is 'p' or 'P')
        {
            return token[2] == '.' ? 3 : 2;
        }

        return 0;
    }

    /// <summary>The start of the first token at or after <paramref name="from"/> (a token's start) whose core, after an
    /// <c>Rp</c> or <c>Rp.</c> in front, starts with a digit, <c>O</c>, <c>l</c> or <c>I</c>; -1 when none does. No other
    /// token can be repaired (<see cref="MayStart(ReadOnlySpan{char})"/>), and a lone letter is repaired only when
    /// such a token follows it.</summary>
    private static int NextNumberToken(ReadOnlySpan<char> text, int from)
    {
        int at = from;
        while (at < text.Length)
        {
            int found = text[at..].IndexOfAny(NumberStarts);
            if (found < 0)
            {
                return -1;
            }

            int hit = at + found;
            int start = hit;
            while (start > from && !IsBoundary(text[start - 1]))
            {
                start--;
            }

            int prefix = hit - start;
            if (prefix == 0 || (prefix is 2 or 3 && PrefixLength(text[start..(hit + 1)]) == prefix))
            {
                return start;
            }

            int end = text[hit..].IndexOfAny(Boundaries);
            at = end < 0 ? text.Length : hit + end; // the rest of this token starts no core
        }

        return -1;
    }

    /// <summary>The start of the token <paramref name="tokens"/> tokens before the one starting at
    /// <paramref name="tokenStart"/>, or <paramref name="floor"/> when there are fewer after it.</summary>
    private static int TokenStartBefore(ReadOnlySpan<char> text, int tokenStart, int tokens, int floor)
    {
        int start = tokenStart;
        for (int k = 0; k < tokens; k++)
        {
            int end = start;
            while (end > floor && IsBoundary(text[end - 1]))
            {
                end--;
            }

            start = end;
            while (start > floor && !IsBoundary(text[start - 1]))
            {
                start--;
            }
        }

        return start;
    }

    private static bool IsBoundary(char c) => Boundaries.Contains(c);
}
