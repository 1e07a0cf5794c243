using Rkaskpd.Utility;
using System;
using System.Collections.Generic;

namespace Rkaskpd.Forms;

/// <summary>
/// The KAK section <c>Mekanisme</c> (mechanism): the procedure (<c>Prosedur</c>), the place (<c>Tempat</c>), the
/// execution notes (<c>Pelaksanaan</c>) and one or more schedules (<c>Waktu Pelaksanaan …</c>).
/// </summary>
/// <remarks>
/// Labels are found as <c>label :</c> where the label starts with <c>Prosedur</c>, <c>Waktu</c>/<c>Jadwal</c>,
/// <c>Tempat</c>/<c>Lokasi</c> or <c>Pelaksanaan</c> (small misspellings such as <c>Pelasanaan</c> allowed) and runs at
/// most eight words up to the colon (<c>Waktu Pelaksanaan Audiensi :</c>). Each <c>Waktu …</c> label opens a schedule;
/// a following <c>Pelaksanaan</c> detail joins the latest schedule that has none yet, or else opens a schedule itself.
/// Text before the first label is the procedure.
/// </remarks>
public sealed record Mekanisme : KakSection
{
    private const int MaxLabelWords = 8;

    private static readonly LetterMask ProsedurLetters = LetterMask.Of("prosedur");

    private static readonly LetterMask PelaksanaanLetters = LetterMask.Of("pelaksanaan");

    private readonly DerivedValue<Parts> parts = new();

    private readonly DerivedValue<IReadOnlyList<string>> prosedurSteps = new();

    /// <summary>Initializes the section from its heading and text as written; its parts are read on first use.</summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The text as written.</param>
    /// <param name="tahunAnggaran">The <c>tahun anggaran</c> (fiscal year), for schedules that name no year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Mekanisme(string? heading, string text, int? tahunAnggaran = null)
        : base(KakSectionKind.Mekanisme, heading, text)
    {
        TahunAnggaran = tahunAnggaran;
    }

    /// <inheritdoc/>
    internal override bool HasDerivedValues => base.HasDerivedValues || parts.IsComputed || prosedurSteps.IsComputed;

    /// <inheritdoc/>
    internal override void ForgetDerivedValues()
    {
        base.ForgetDerivedValues();
        parts.Forget();
        prosedurSteps.Forget();
    }

    private enum LabelKind
    {
        None,
        Prosedur,
        Waktu,
        Tempat,
        Pelaksanaan,
    }

    /// <summary>Gets the <c>tahun anggaran</c> (fiscal year) the schedules fell back on.</summary>
    public int? TahunAnggaran { get; }

    /// <summary>Gets the procedure (<c>Prosedur</c>) text, whitespace collapsed and bullets trimmed.</summary>
    /// <value>The procedure, or <see langword="null"/> when none is written.</value>
    public string? Prosedur => Read().Prosedur;

    /// <summary>Gets the procedure's steps when it is numbered (<c>1) 2) 3)</c>, <c>1. 2.</c>) or bulleted (two or more).</summary>
    /// <value>Read from the procedure text on first use.</value>
    public IReadOnlyList<string> ProsedurSteps => prosedurSteps.Get(this, static section =>
        EquatableList<string>.From(section.Read() is { ProsedurSource: { } source } read ? Steps(source, read.ProsedurRange) : null));

    /// <summary>Gets the place (<c>Tempat</c>), e.g. <c>Kantor Kecamatan Lumajang</c>.</summary>
    /// <value>The first place written, or <see langword="null"/>.</value>
    public string? Tempat => Read().Tempat;

    /// <summary>Gets every <c>Pelaksanaan</c> (execution) text, in written order.</summary>
    public IReadOnlyList<string> Pelaksanaan => Read().Pelaksanaan;

    /// <summary>Gets the schedules (<c>jadwal</c>), in written order; each <see cref="WaktuPelaksanaan.Label"/> is set.</summary>
    public IReadOnlyList<WaktuPelaksanaan> Jadwal => Read().Jadwal;

    private Parts Read() => parts.Get(this, static section => Parts.From(section.Body, section.TahunAnggaran));

    /// <summary>Reads the steps of the procedure, the range <paramref name="prosedur"/> of <paramref name="source"/>.</summary>
    private static List<string> Steps(string source, Range prosedur)
    {
        // The numbers are looked for across line breaks: a line break counts as the whitespace before or after a
        // number, and cleaning makes any whitespace inside an item one space.
        var items = new List<Range>();
        if (KakText.TrySplitNumbered(source, prosedur, allowComma: false, items, out Range intro))
        {
            List<string> numbered = KakText.Clean(source, items);
            string lead = KakText.CleanItem(source.AsSpan(intro));
            if (lead.Length > 0)
            {
                numbered.Insert(0, lead);
            }

            return numbered;
        }

        return KakText.CleanList(source, KakText.SplitDashes(source, KakText.SplitOn(source, [prosedur], '\n')));
    }

    private static List<Label> FindLabels(string body)
    {
        var labels = new List<Label>();
        Span<(int Start, LabelKind Kind)> words = stackalloc (int, LabelKind)[MaxLabelWords];
        for (int colon = body.IndexOf(':', StringComparison.Ordinal); colon >= 0; colon = body.IndexOf(':', colon + 1))
        {
            int count = 0;
            int i = colon;
            while (count < MaxLabelWords)
            {
                while (i > 0 && body[i - 1] is ' ' or '\t')
                {
                    i--;
                }

                int end = i;
                while (i > 0 && char.IsLetter(body[i - 1]))
                {
                    i--;
                }

                if (i == end)
                {
                    break;
                }

                words[count++] = (i, Classify(body.AsSpan(i, end - i)));
            }

            int nearest = -1;
            for (int w = 0; w < count; w++)
            {
                if (words[w].Kind != LabelKind.None)
                {
                    nearest = w;
                    break;
                }
            }

            if (nearest < 0)
            {
                continue;
            }

            int first = nearest;
            while (first + 1 < count && words[first + 1].Kind != LabelKind.None)
            {
                first++;
            }

            int start = words[first].Start;
            if (labels.Count > 0 && start <= labels[^1].Colon)
            {
                continue;
            }

            labels.Add(new Label(start, colon, words[first].Kind));
        }

        return labels;
    }

    private static LabelKind Classify(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 16)];
        if (word.Length > 16)
        {
            return LabelKind.None;
        }

        word.ToLowerInvariant(lower);
        return lower switch
        {
            "waktu" or "jadwal" => LabelKind.Waktu,
            "tempat" or "lokasi" => LabelKind.Tempat,
            "prosedur" => LabelKind.Prosedur,
            "pelaksanaan" => LabelKind.Pelaksanaan,
            _ when IsNear(lower, "prosedur", ProsedurLetters, 1) => LabelKind.Prosedur,
            _ when IsNear(lower, "pelaksanaan", PelaksanaanLetters, 2) => LabelKind.Pelaksanaan,
            _ => LabelKind.None,
        };
    }

    /// <summary>Returns whether <paramref name="word"/> is at most <paramref name="max"/> edits from <paramref name="known"/>,
    /// skipping the edit distance when the word's length or letters already rule it out.</summary>
    private static bool IsNear(ReadOnlySpan<char> word, string known, LetterMask knownLetters, int max)
    {
        return Math.Abs(word.Length - known.Length) <= max
            && LetterMask.Of(word).DistanceAtLeast(knownLetters) <= max
            && EditDistance.Bounded(word, known, max) <= max;
    }

    private readonly record struct Label(int Start, int Colon, LabelKind Kind);

    /// <summary>
    /// The parts read from the body, all in one scan (a pure function of the text and the fiscal year, so equality is
    /// unaffected).
    /// </summary>
    private sealed class Parts
    {
        private Parts(string? prosedur, string? prosedurSource, Range prosedurRange, string? tempat, IReadOnlyList<string> pelaksanaan,
            IReadOnlyList<WaktuPelaksanaan> jadwal)
        {
            Prosedur = prosedur;
            ProsedurSource = prosedurSource;
            ProsedurRange = prosedurRange;
            Tempat = tempat;
            Pelaksanaan = pelaksanaan;
            Jadwal = jadwal;
        }

        public string? Prosedur { get; }

        /// <summary>Gets the text that holds the procedure as written, before cleaning: the body, or the procedure's
        /// pieces joined when it is written in several; <see langword="null"/> when none is written.</summary>
        public string? ProsedurSource { get; }

        /// <summary>Gets where the procedure lies in <see cref="ProsedurSource"/> (not copied out of the body).</summary>
        public Range ProsedurRange { get; }

        public string? Tempat { get; }

        public IReadOnlyList<string> Pelaksanaan { get; }

        public IReadOnlyList<WaktuPelaksanaan> Jadwal { get; }

        public static Parts From(string body, int? tahunAnggaran)
        {
            List<Label> labels = FindLabels(body);

            // The procedure is the range prosedurRange of prosedur: of the body while it is one piece of it.
            string? prosedur = null;
            Range prosedurRange = Range.All;
            int preambleStart = 0;
            int preambleEnd = labels.Count > 0 ? labels[0].Start : body.Length;
            if (body.AsSpan(0, preambleEnd).StartsWith("Prosedur", StringComparison.OrdinalIgnoreCase)
                && (preambleEnd == 8 || !char.IsLetter(body[8])))
            {
                preambleStart = 8;
            }

            if (!KakText.IsBlankItem(body.AsSpan(preambleStart..preambleEnd)))
            {
                (prosedur, prosedurRange) = (body, preambleStart..preambleEnd);
            }

            string? tempat = null;
            var pelaksanaan = new List<string>();
            var schedules = new List<(string Label, string Waktu, string? Detail)>();
            bool lastHasDetail = true;
            for (int k = 0; k < labels.Count; k++)
            {
                Label label = labels[k];
                int valueEnd = k + 1 < labels.Count ? labels[k + 1].Start : body.Length;
                ReadOnlySpan<char> value = body.AsSpan()[(label.Colon + 1)..valueEnd];
                switch (label.Kind)
                {
                    case LabelKind.Prosedur:
                        (prosedur, prosedurRange) = prosedur is null
                            ? (body, (label.Colon + 1)..valueEnd)
                            : (string.Concat(prosedur.AsSpan(prosedurRange), "\n", value), Range.All);
                        break;
                    case LabelKind.Tempat:
                        if (tempat is null && KakText.CleanItem(value) is { Length: > 0 } place)
                        {
                            tempat = place;
                        }

                        break;
                    case LabelKind.Waktu:
                        schedules.Add((Name(body, label), KakText.CleanItem(value), null));
                        lastHasDetail = false;
                        break;
                    case LabelKind.Pelaksanaan:
                        string cleaned = KakText.CleanItem(value);
                        pelaksanaan.Add(cleaned);
                        if (!lastHasDetail)
                        {
                            schedules[^1] = schedules[^1] with { Detail = cleaned };
                            lastHasDetail = true;
                        }
                        else
                        {
                            schedules.Add((Name(body, label), cleaned, null));
                            lastHasDetail = false;
                        }

                        break;
                    default:
                        break;
                }
            }

            var jadwal = new List<WaktuPelaksanaan>(schedules.Count);
            foreach ((string name, string waktu, string? detail) in schedules)
            {
                jadwal.Add(WaktuPelaksanaan.Parse(waktu, detail, tahunAnggaran) with { Label = name });
            }

            return new Parts(
                prosedur is null || KakText.IsBlankItem(prosedur.AsSpan(prosedurRange)) ? null : KakText.Clean(prosedur, prosedurRange),
                prosedur,
                prosedurRange,
                tempat,
                EquatableList<string>.From(pelaksanaan),
                EquatableList<WaktuPelaksanaan>.From(jadwal));
        }

        private static string Name(string body, Label label) => KakText.Squeeze(body.AsSpan(label.Start, label.Colon - label.Start));
    }
}
