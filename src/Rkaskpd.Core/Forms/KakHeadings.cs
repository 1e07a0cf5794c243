using System;

namespace Rkaskpd.Forms;

/// <summary>
/// Recognises the headings of the <c>Kerangka Acuan Kerja</c> (KAK) sections as people type them: any case, any
/// spacing, with or without the colon, with list markers (<c>1.</c>, <c>A.</c>, <c>-</c>), known variants
/// (<c>Landasan Hukum</c>, <c>Maksud &amp; Tujuan</c>, <c>Alur Kegiatan</c>, and a TOR outline's <c>Metode
/// Pelaksanaan</c>, <c>Penerima Manfaat</c>, <c>Ruang Lingkup Kegiatan</c>, <c>Tahapan dan Waktu Pelaksanaan</c>), two names of one section apart by a slash
/// (<c>Ruang Lingkup Kegiatan / Bentuk Kegiatan</c>) and small misspellings (<c>Layat Belakang</c>).
/// </summary>
/// <remarks>
/// Only a whole heading candidate is matched: <c>Manfaat Menjaga tertib ...</c> is not the heading <c>Manfaat</c>. The
/// allowed number of edits grows with the heading's length: none for headings of up to five letters (so <c>Akur</c> is
/// not <c>Alur</c>), one up to nine letters, two beyond; a misspelling that is equally close to two headings is
/// rejected. Comparison is ordinal after lower-casing with the invariant culture.
/// </remarks>
public static class KakHeadings
{
    private const int MaxLetters = 40;

    /// <summary>The one list of KAK headings and their known variants, as written. The reader matches the first
    /// <see cref="InLineCount"/> at a position in a line (<c>RawLabels.TryMatchKakHeading</c>); the longer variants
    /// after them are recognised only as a whole candidate (their first words would otherwise split the heading).</summary>
    private static readonly (string Text, KakSectionKind Kind)[] Texts =
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
        ("Landasan Hukum", KakSectionKind.DasarHukum),
        ("Mekanisme Kegiatan", KakSectionKind.Mekanisme),
        ("Mekanisme Pelaksanaan", KakSectionKind.Mekanisme),
        ("Alur Kegiatan", KakSectionKind.Alur),
        ("Alur dan Jadwal Kegiatan", KakSectionKind.Alur),
        ("Alur dan Jadwal Pelaksanaan", KakSectionKind.Alur),
        ("Manfaat Kegiatan", KakSectionKind.Manfaat),
        ("Penerima Manfaat", KakSectionKind.Manfaat),
        ("Metode Pelaksanaan", KakSectionKind.Mekanisme),
        ("Ruang Lingkup Kegiatan", KakSectionKind.BentukKegiatan),
        ("Tahapan dan Waktu Pelaksanaan", KakSectionKind.Alur),
    ];

    private const int InLineCount = 9;

    /// <summary>Headings of the parts a KAK may have besides the eight sections, as a TOR (Term of Reference) outline
    /// names them. The form model holds none of them, so the reader ends the section before at such a heading and
    /// reports the part's text (RKA016) instead of letting it run into that section. A schedule's heading
    /// (<c>Jadwal Pelaksanaan</c>) is not among them: <see cref="Mekanisme"/> holds the schedule.</summary>
    private static readonly string[] OtherPartTexts =
    [
        "Pendahuluan", "Gambaran Umum", "Gambaran Umum Kegiatan", "Sasaran", "Sasaran Kegiatan", "Indikator Keluaran",
        "Indikator Kinerja", "Indikator Keluaran dan Keluaran", "Strategi Pencapaian Keluaran",
        "Kurun Waktu Pencapaian Keluaran", "Biaya", "Biaya yang Diperlukan", "Rencana Anggaran Biaya", "Pembiayaan",
        "Sumber Dana", "Sumber Pendanaan", "Lokasi Kegiatan", "Penutup",
    ];

    private static readonly string[] OtherPartKeys = Array.ConvertAll(OtherPartTexts, KeyOf);

    /// <summary>The headings' keys: their letters, lower case (<c>Maksud &amp; Tujuan</c> is <c>maksudtujuan</c>).</summary>
    private static readonly (string Key, KakSectionKind Kind)[] Known = Array.ConvertAll(Texts, t => (KeyOf(t.Text), t.Kind));

    private static readonly LetterMask[] KnownLetters = Array.ConvertAll(Known, known => LetterMask.Of(known.Key));

    /// <summary>Gets the heading of a section as the RKA-SKPD form prints it, e.g. <c>Latar Belakang</c>.</summary>
    /// <param name="kind">The section.</param>
    /// <returns>The canonical heading, without a colon.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static string GetCanonicalHeading(KakSectionKind kind) => kind switch
    {
        KakSectionKind.LatarBelakang => "Latar Belakang",
        KakSectionKind.DasarHukum => "Dasar Hukum",
        KakSectionKind.MaksudDanTujuan => "Maksud dan Tujuan",
        KakSectionKind.BentukKegiatan => "Bentuk Kegiatan",
        KakSectionKind.KonsepKegiatan => "Konsep Kegiatan",
        KakSectionKind.Mekanisme => "Mekanisme",
        KakSectionKind.Alur => "Alur",
        KakSectionKind.Manfaat => "Manfaat",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a KAK section kind."),
    };

    /// <summary>Gets the headings the reader matches at a position in a line, as written, longest first where one starts
    /// another.</summary>
    internal static ReadOnlySpan<(string Text, KakSectionKind Kind)> InLine => Texts.AsSpan(0, InLineCount);

    /// <summary>Recognises a whole heading candidate, such as the text of the label cell.</summary>
    /// <param name="heading">The heading as written, e.g. <c>Layat Belakang :</c>.</param>
    /// <param name="kind">The recognised section, or <see cref="KakSectionKind.LatarBelakang"/> when not recognised.</param>
    /// <param name="exact">
    /// <see langword="true"/> when the heading is spelled correctly (case, spacing, colon and list markers aside) or is a
    /// known variant; <see langword="false"/> when it was recognised through a misspelling.
    /// </param>
    /// <returns>Whether <paramref name="heading"/> names a KAK section.</returns>
    public static bool TryRecognize(ReadOnlySpan<char> heading, out KakSectionKind kind, out bool exact)
    {
        kind = default;
        exact = false;
        Span<char> key = stackalloc char[MaxLetters];
        int length = BuildKey(heading, key);
        if (length > 0 && Match(key[..length], out kind, out exact))
        {
            return true;
        }

        return heading.Contains('/') && TryRecognizeParts(heading, out kind, out exact);
    }

    /// <summary>Recognises a whole candidate (case, spacing, a list marker and a colon aside; no misspelling) as the
    /// heading of a KAK part outside the eight sections (<c>III. SASARAN</c>, <c>C. Gambaran Umum</c>,
    /// <c>IX. PENUTUP</c>).</summary>
    internal static bool IsOtherPart(ReadOnlySpan<char> candidate)
    {
        Span<char> key = stackalloc char[MaxLetters];
        int length = BuildKey(candidate, key);
        if (length <= 0)
        {
            return false;
        }

        foreach (string known in OtherPartKeys)
        {
            if (key[..length].SequenceEqual(known))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Recognises a heading of two names for one section (<c>Ruang Lingkup Kegiatan / Bentuk Kegiatan</c>, as
    /// a TOR outline writes it): the parts the headings know must name the same section.</summary>
    private static bool TryRecognizeParts(ReadOnlySpan<char> heading, out KakSectionKind kind, out bool exact)
    {
        kind = default;
        exact = true;
        bool any = false;
        Span<char> key = stackalloc char[MaxLetters];
        foreach (Range range in heading.Split('/'))
        {
            int length = BuildKey(heading[range], key);
            if (length <= 0 || !Match(key[..length], out KakSectionKind part, out bool partExact))
            {
                continue;
            }

            if (any && part != kind)
            {
                return false;
            }

            kind = part;
            exact &= partExact;
            any = true;
        }

        return any;
    }

    /// <summary>
    /// Recognises a heading at the start of a line written without a separate label cell, such as
    /// <c>Manfaat Tersusunnya RKA SKPD ...</c> or <c>Alur : ...</c>, trying the longest word run first (up to four words).
    /// </summary>
    /// <param name="text">The line.</param>
    /// <param name="kind">The recognised section.</param>
    /// <param name="exact">Whether the heading is spelled correctly; see <see cref="TryRecognize"/>.</param>
    /// <param name="length">
    /// How many characters of <paramref name="text"/> the heading takes, including a following colon and the spaces
    /// around it; the section text starts there.
    /// </param>
    /// <returns>Whether <paramref name="text"/> starts with a KAK heading.</returns>
    public static bool TryRecognizeAtStart(ReadOnlySpan<char> text, out KakSectionKind kind, out bool exact, out int length)
    {
        Span<int> wordEnds = stackalloc int[4];
        int words = 0;
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        while (words < wordEnds.Length && i < text.Length && text[i] != ':')
        {
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != ':')
            {
                i++;
            }

            if (i == start)
            {
                break;
            }

            wordEnds[words++] = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] != '\n')
            {
                i++;
            }

            if (i < text.Length && text[i] == '\n')
            {
                break;
            }
        }

        for (int n = words; n > 0; n--)
        {
            if (TryRecognize(text[..wordEnds[n - 1]], out kind, out exact))
            {
                int after = wordEnds[n - 1];
                while (after < text.Length && text[after] is ' ' or '\t')
                {
                    after++;
                }

                if (after < text.Length && text[after] == ':')
                {
                    after++;
                    while (after < text.Length && char.IsWhiteSpace(text[after]))
                    {
                        after++;
                    }
                }

                length = after;
                return true;
            }
        }

        kind = default;
        exact = false;
        length = 0;
        return false;
    }

    private static bool Match(ReadOnlySpan<char> key, out KakSectionKind kind, out bool exact)
    {
        kind = default;
        exact = false;
        foreach ((string known, KakSectionKind knownKind) in Known)
        {
            if (key.SequenceEqual(known))
            {
                kind = knownKind;
                exact = true;
                return true;
            }
        }

        int best = int.MaxValue;
        bool tie = false;
        LetterMask keyLetters = LetterMask.Of(key);
        for (int k = 0; k < Known.Length; k++)
        {
            (string known, KakSectionKind knownKind) = Known[k];
            int allowed = HeaderLabels.Threshold(known.Length);
            if (allowed == 0 || Math.Abs(key.Length - known.Length) > allowed || keyLetters.DistanceAtLeast(KnownLetters[k]) > allowed)
            {
                continue; // not exact (checked above), and bound to be too far: EditDistance.Bounded would exceed allowed
            }

            int distance = HeaderLabels.Distance(key, known, allowed);
            if (distance > allowed)
            {
                continue;
            }

            if (distance < best)
            {
                best = distance;
                kind = knownKind;
                tie = false;
            }
            else if (distance == best && knownKind != kind)
            {
                tie = true;
            }
        }

        if (best == int.MaxValue || tie)
        {
            kind = default;
            return false;
        }

        return true;
    }

    /// <summary>
    /// Lower-cases the letters of the candidate, skipping list markers, tags, spaces and punctuation. Returns -1 when the
    /// candidate holds digits after its list marker or is too long to be a heading.
    /// </summary>
    private static int BuildKey(ReadOnlySpan<char> heading, Span<char> key)
    {
        ReadOnlySpan<char> text = StripListMarker(heading.Trim());
        int length = 0;
        bool inTag = false;
        foreach (char c in text)
        {
            if (inTag)
            {
                inTag = c != '>';
                continue;
            }

            if (c == '<')
            {
                inTag = true;
            }
            else if (char.IsLetter(c))
            {
                if (length == key.Length)
                {
                    return -1;
                }

                key[length++] = char.ToLowerInvariant(c);
            }
            else if (char.IsDigit(c))
            {
                return -1;
            }
        }

        return length;
    }

    private static string KeyOf(string text)
    {
        Span<char> key = stackalloc char[MaxLetters];
        return new string(key[..BuildKey(text, key)]);
    }

    private static ReadOnlySpan<char> StripListMarker(ReadOnlySpan<char> text)
    {
        text = text.TrimStart("-*•\u2013\u2014 \t");
        int marker = ListMarkerLength(text);
        return marker > 0 ? text[marker..].TrimStart() : text;
    }

    /// <summary>The length of the list marker that starts <paramref name="text"/>, with the spaces after it
    /// (<c>A. </c>, <c>b) </c>, <c>1. </c>, <c>IV. </c>), or 0 when it starts with none. A number's dot followed by a
    /// digit (<c>5.2</c>) is no marker.</summary>
    internal static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        int i = 0;
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || (i < 4 && text[i] is 'I' or 'V' or 'X')))
        {
            i++;
        }

        if (i == 0 && text.Length > 1 && char.IsAsciiLetter(text[0]) && text[1] is '.' or ')')
        {
            i = 1; // "A." or "b)"
        }

        if (i == 0 || i >= text.Length || text[i] is not ('.' or ')') || (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])))
        {
            return 0;
        }

        i++;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i;
    }
}
