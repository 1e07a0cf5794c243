using Rkaskpd.Utility;
using System;
using Rkaskpd.Forms;

namespace Rkaskpd.Text;

/// <summary>The labels and headings the reader knows, matched case-insensitively with flexible white space at a
/// position in a line; misspellings are matched with <see cref="EditDistance"/> (header labels) and
/// <see cref="Forms.KakHeadings"/> (KAK headings).</summary>
internal static class RawLabels
{
    /// <summary>The longest known header label, in characters (bounds the fuzzy candidates).</summary>
    public const int MaxCandidateLength = 40;

    private const int StackLimit = 128;

    private static readonly (string Text, RawFieldKind Kind)[] HeaderLabels =
    [
        ("Latar Belakang Perubahan", RawFieldKind.LatarBelakangPerubahan),
        ("Keluaran Sub Kegiatan", RawFieldKind.KeluaranSubKegiatan),
        ("Kelompok Sasaran Kegiatan", RawFieldKind.KelompokSasaran),
        ("Bidang Pemerintahan", RawFieldKind.BidangUrusan),
        ("Sub Unit Organisasi", RawFieldKind.UnitOrganisasi),
        ("Urusan Pemerintahan", RawFieldKind.Urusan),
        ("Urusan Pemerintah", RawFieldKind.Urusan),
        ("Waktu Pelaksanaan", RawFieldKind.WaktuPelaksanaan),
        ("Sumber Pendanaan", RawFieldKind.SumberDana),
        ("Kelompok Sasaran", RawFieldKind.KelompokSasaran),
        ("Unit Organisasi", RawFieldKind.UnitOrganisasi),
        ("Lokasi Kegiatan", RawFieldKind.Lokasi),
        ("Sasaran Program", RawFieldKind.SasaranProgram),
        ("Bidang Urusan", RawFieldKind.BidangUrusan),
        ("Sub Kegiatan", RawFieldKind.SubKegiatan),
        ("Sumber Dana", RawFieldKind.SumberDana),
        ("Organisasi", RawFieldKind.Organisasi),
        ("Kegiatan", RawFieldKind.Kegiatan),
        ("Program", RawFieldKind.Program),
        ("Urusan", RawFieldKind.Urusan),
        ("Lokasi", RawFieldKind.Lokasi),
        ("Unit", RawFieldKind.UnitOrganisasi),
    ];

    private static readonly (string Text, KakSectionKind Kind)[] KakHeadingTexts =
    [
        ("Maksud dan Tujuan", KakSectionKind.MaksudDanTujuan),
        ("Maksud & Tujuan", KakSectionKind.MaksudDanTujuan),
        ("Konsep Kegiatan", KakSectionKind.KonsepKegiatan),
        ("Bentuk Kegiatan", KakSectionKind.BentukKegiatan),
        ("Latar Belakang", KakSectionKind.LatarBelakang),
        ("Dasar Hukum", KakSectionKind.DasarHukum),
        ("Mekanisme", KakSectionKind.Mekanisme),
        ("Manfaat", KakSectionKind.Manfaat),
        ("Alur", KakSectionKind.Alur),
    ];

    private static readonly string[] IndicatorKinds =
        ["Capaian Program", "Capaian Kegiatan", "Masukan", "Keluaran", "Hasil", "Input", "Output", "Outcome"];

    private static readonly string[] SectionStarts =
    [
        "Indikator", "KERANGKA ACUAN KERJA", "RINCIAN ANGGARAN", "RINCIAN DOKUMEN", "Kode Rekening", "RENCANA KERJA",
        "DOKUMEN PELAKSANAAN", "FORMULIR",
        "PEMERINTAH KABUPATEN", "PEMERINTAH KOTA", "PEMERINTAH PROVINSI", "TAHUN ANGGARAN",
    ];

    /// <summary>Returns whether a header field of this kind carries a code.</summary>
    public static bool HasCode(RawFieldKind kind) => kind is RawFieldKind.Urusan or RawFieldKind.BidangUrusan
        or RawFieldKind.Organisasi or RawFieldKind.UnitOrganisasi or RawFieldKind.Program
        or RawFieldKind.Kegiatan or RawFieldKind.SubKegiatan;

    /// <summary>Matches a header label at <paramref name="start"/>; <paramref name="end"/> is just after it.</summary>
    public static bool TryMatchHeaderLabel(ReadOnlySpan<char> s, int start, out RawFieldKind kind, out int end)
    {
        foreach ((string text, RawFieldKind k) in HeaderLabels)
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
        foreach ((string text, KakSectionKind k) in KakHeadingTexts)
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
        foreach (string text in IndicatorKinds)
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
        foreach (string text in IndicatorKinds)
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
        foreach ((string text, KakSectionKind _) in KakHeadingTexts)
        {
            if (written.SequenceEqual(text))
            {
                return text;
            }
        }

        return written.ToString();
    }

    /// <summary>Finds the header label nearest to a misspelled <paramref name="candidate"/>.</summary>
    public static bool TryFuzzyHeaderLabel(string candidate, out RawFieldKind kind, out string canonical)
    {
        int best = int.MaxValue;
        kind = default;
        canonical = string.Empty;
        foreach ((string text, RawFieldKind k) in HeaderLabels)
        {
            int d = Distance(candidate, text, Threshold(text.Length));
            if (d > 0 && d <= Threshold(text.Length) && d < best)
            {
                best = d;
                kind = k;
                canonical = text;
            }
        }

        return best != int.MaxValue;
    }

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

            if (i >= s.Length || char.ToUpperInvariant(s[i]) != char.ToUpperInvariant(expected))
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

    /// <summary>Returns whether <paramref name="c"/> is a space inside a cell (not a tab).</summary>
    public static bool IsSpace(char c) => c is ' ' or '\u00A0';

    /// <summary>The edit distance (<see cref="EditDistance.Bounded"/>), case-insensitive, with runs of spaces counted as
    /// one space; <c>max + 1</c> when it exceeds <paramref name="max"/>.</summary>
    public static int Distance(string a, string b, int max)
    {
        // The squeezed copies are never longer than the originals; short ones (all labels) live on the stack.
        Span<char> squeezedA = a.Length <= StackLimit ? stackalloc char[StackLimit] : new char[a.Length];
        Span<char> squeezedB = b.Length <= StackLimit ? stackalloc char[StackLimit] : new char[b.Length];
        return EditDistance.Bounded(Squeeze(a, squeezedA), Squeeze(b, squeezedB), max);
    }

    private static int Threshold(int length) => length switch
    {
        <= 5 => 0,
        <= 8 => 1,
        _ => 2,
    };

    private static ReadOnlySpan<char> Squeeze(ReadOnlySpan<char> s, Span<char> chars)
    {
        int n = 0;
        bool space = false;
        foreach (char c in s.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    chars[n++] = ' ';
                }

                space = true;
            }
            else
            {
                chars[n++] = char.ToUpperInvariant(c);
                space = false;
            }
        }

        return chars[..n];
    }
}
