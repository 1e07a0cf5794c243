using System;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>The reader's matching of the form vocabulary at a position in a line, case-insensitively with flexible white
/// space. The vocabulary's lists live in <c>Forms</c>, each in one place: header labels in <see cref="HeaderLabels"/>
/// (with the one fuzzy matcher and threshold), KAK headings in <see cref="Forms.KakHeadings"/>, indicator kinds in
/// <see cref="Forms.IndicatorKinds"/>; the model and the rules use the same lists.</summary>
internal static class RawLabels
{
    /// <summary>The longest known header label, in characters (bounds the fuzzy candidates).</summary>
    public const int MaxCandidateLength = HeaderLabels.MaxLength;

    private static readonly string[] SectionStarts =
    [
        "Indikator", "KERANGKA ACUAN KERJA", "RINCIAN ANGGARAN", "RINCIAN DOKUMEN", "Kode Rekening", "RENCANA KERJA",
        "DOKUMEN PELAKSANAAN", "FORMULIR",
        "PEMERINTAH KABUPATEN", "PEMERINTAH KOTA", "PEMERINTAH PROVINSI", "TAHUN ANGGARAN",
    ];

    private static readonly WordInitials SectionStartInitials = WordInitials.Of(SectionStarts);
    private static readonly WordInitials HeaderLabelInitials = WordInitials.Of(HeaderLabels.All);
    private static readonly WordInitials KakHeadingInitials = WordInitials.Of(Forms.KakHeadings.InLine);
    private static readonly WordInitials IndicatorKindInitials = WordInitials.Of(Forms.IndicatorKinds.InLine);
    private static readonly WordInitials AmountLabelInitials = WordInitials.Of(["Jumlah", "Alokasi"]);

    /// <summary>Returns whether a header field of this kind carries a code.</summary>
    public static bool HasCode(HeaderFieldKind kind) => kind is HeaderFieldKind.Urusan or HeaderFieldKind.BidangUrusan
        or HeaderFieldKind.Organisasi or HeaderFieldKind.UnitOrganisasi or HeaderFieldKind.Program
        or HeaderFieldKind.Kegiatan or HeaderFieldKind.SubKegiatan;

    /// <summary>Matches a header label at <paramref name="start"/>; <paramref name="end"/> is just after it.</summary>
    public static bool TryMatchHeaderLabel(ReadOnlySpan<char> s, int start, out HeaderFieldKind kind, out int end)
    {
        if (!HeaderLabelInitials.MayStartAt(s, start))
        {
            kind = default;
            end = start;
            return false;
        }

        foreach ((string text, HeaderFieldKind k) in HeaderLabels.All)
        {
            if (TryMatchWords(s, start, text, out end))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        end = start;
        return false;
    }

    /// <summary>Matches SIPD's <c>Alokasi Tahun 2023</c> (the year required) at <paramref name="start"/>;
    /// <paramref name="end"/> is just after the year.</summary>
    public static bool TryMatchAlokasi(ReadOnlySpan<char> s, int start, out int end)
    {
        if (start >= s.Length || s[start] is not ('A' or 'a') || !TryMatchWords(s, start, "Alokasi Tahun", out end))
        {
            end = start;
            return false;
        }

        int i = end;
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        int digits = i;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits - i != 4)
        {
            end = start;
            return false;
        }

        end = digits;
        return true;
    }

    /// <summary>Matches an amount row's label at <paramref name="start"/>: <c>Jumlah Tahun</c> with an optional year
    /// (<c>2020</c>, <c>n</c>, <c>n + 1</c>, <c>n-1</c>), or <c>Jumlah Anggaran</c>; <paramref name="end"/> is just after it.</summary>
    public static bool TryMatchAmountLabel(ReadOnlySpan<char> s, int start, out int end)
    {
        if (!AmountLabelInitials.MayStartAt(s, start))
        {
            end = start;
            return false;
        }

        if (TryMatchWords(s, start, "Jumlah Anggaran", out end) || TryMatchAlokasi(s, start, out end))
        {
            return true;
        }

        if (!TryMatchWords(s, start, "Jumlah Tahun", out end))
        {
            return false;
        }

        int i = end;
        while (i < s.Length && IsSpace(s[i]))
        {
            i++;
        }

        int digits = i;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        if (digits - i == 4)
        {
            end = digits;
        }
        else if (i < s.Length && s[i] is 'n' or 'N' && (i + 1 == s.Length || !char.IsLetterOrDigit(s[i + 1])))
        {
            end = i + 1;
            int j = end;
            while (j < s.Length && IsSpace(s[j]))
            {
                j++;
            }

            if (j < s.Length && s[j] is '+' or '-')
            {
                j++;
                while (j < s.Length && IsSpace(s[j]))
                {
                    j++;
                }

                int k = j;
                while (k < s.Length && char.IsAsciiDigit(s[k]))
                {
                    k++;
                }

                end = k > j ? k : end;
            }
        }

        return true;
    }

    /// <summary>Returns whether a trimmed line starts a section of the form rather than carrying a value: a form
    /// title, the indicator heading or table header, the KAK title, the rincian title or its header row.</summary>
    public static bool IsSectionStart(ReadOnlySpan<char> trimmed)
    {
        if (!SectionStartInitials.MayStartAt(trimmed, 0))
        {
            return false;
        }

        foreach (string start in SectionStarts)
        {
            if (TryMatchWords(trimmed, 0, start, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Matches a KAK heading at <paramref name="start"/>; <paramref name="end"/> is just after it.</summary>
    public static bool TryMatchKakHeading(ReadOnlySpan<char> s, int start, out KakSectionKind kind, out int end)
    {
        if (!KakHeadingInitials.MayStartAt(s, start))
        {
            kind = default;
            end = start;
            return false;
        }

        foreach ((string text, KakSectionKind k) in Forms.KakHeadings.InLine)
        {
            if (TryMatchWords(s, start, text, out end))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        end = start;
        return false;
    }

    /// <summary>Matches an indicator kind at <paramref name="start"/>; <paramref name="end"/> is just after it.</summary>
    public static bool TryMatchIndicatorKind(ReadOnlySpan<char> s, int start, out int end)
    {
        if (!IndicatorKindInitials.MayStartAt(s, start))
        {
            end = start;
            return false;
        }

        foreach ((string text, IndicatorKind _) in Forms.IndicatorKinds.InLine)
        {
            if (TryMatchWords(s, start, text, out end))
            {
                return true;
            }
        }

        end = start;
        return false;
    }

    /// <summary>Returns the indicator kind as written: the known spelling's own string when the text is exactly it
    /// (most rows), so the rows of a document share one string per kind.</summary>
    public static string IndicatorKindText(ReadOnlySpan<char> written)
    {
        foreach ((string text, IndicatorKind _) in Forms.IndicatorKinds.InLine)
        {
            if (written.SequenceEqual(text))
            {
                return text;
            }
        }

        return written.ToString();
    }

    /// <summary>Returns a KAK heading as written: the known spelling's own string when the text is exactly it (most
    /// headings), so the sections of a document share one string per heading.</summary>
    public static string KakHeadingText(ReadOnlySpan<char> written)
    {
        foreach ((string text, KakSectionKind _) in Forms.KakHeadings.InLine)
        {
            if (written.SequenceEqual(text))
            {
                return text;
            }
        }

        return written.ToString();
    }

    /// <summary>Finds the header label nearest to a misspelled <paramref name="candidate"/>
    /// (<see cref="HeaderLabels.TryFuzzy"/>, the vocabulary's one matcher).</summary>
    public static bool TryFuzzyHeaderLabel(string candidate, out HeaderFieldKind kind, out string canonical) =>
        HeaderLabels.TryFuzzy(candidate, out kind, out canonical);

    /// <summary>Recognises a whole KAK heading candidate, possibly misspelled (<c>Layat Belakang</c>), with
    /// <see cref="Forms.KakHeadings.TryRecognize"/>; <paramref name="exact"/> tells whether it is spelled right.</summary>
    public static bool TryFuzzyKakHeading(string candidate, out KakSectionKind kind, out bool exact) =>
        Forms.KakHeadings.TryRecognize(candidate, out kind, out exact);

    /// <summary>Matches <paramref name="words"/> at <paramref name="start"/>, case-insensitively, where each space
    /// in <paramref name="words"/> matches one or more spaces, and the match must end at a word boundary.</summary>
    public static bool TryMatchWords(ReadOnlySpan<char> s, int start, string words, out int end)
    {
        int i = start;
        end = start;
        for (int w = 0; w < words.Length; w++)
        {
            char expected = words[w];
            if (expected == ' ')
            {
                if (i >= s.Length || !IsSpace(s[i]))
                {
                    return false;
                }

                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }

                continue;
            }

            if (i >= s.Length || !SameIgnoringCase(s[i], expected))
            {
                return false;
            }

            i++;
        }

        if (i < s.Length && char.IsLetterOrDigit(s[i]))
        {
            return false;
        }

        end = i;
        return true;
    }

    /// <summary>Compares two characters as <see cref="char.ToUpperInvariant"/> does, without its call when both are
    /// ASCII (nearly always): two ASCII characters differ only in case when they are the same letter.</summary>
    private static bool SameIgnoringCase(char a, char b)
    {
        if (a == b)
        {
            return true;
        }

        if ((a | b) < 0x80)
        {
            int folded = a | 0x20;
            return folded == (b | 0x20) && folded is >= 'a' and <= 'z';
        }

        return char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
    }

    /// <summary>Returns whether <paramref name="c"/> is a space inside a cell (not a tab).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u00A0';
}
