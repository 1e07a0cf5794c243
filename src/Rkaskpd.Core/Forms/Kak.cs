using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// The <c>Kerangka Acuan Kerja</c> (KAK, terms of reference) of one RKA-SKPD 2.2.1 form: its eight sections, each
/// <see langword="null"/> when missing, plus whatever could not be placed.
/// </summary>
/// <remarks>
/// Equality compares <see cref="Sections"/> and <see cref="Unrecognized"/> by content. When a kind occurs twice, the
/// typed property returns the first and <see cref="Sections"/> keeps both.
/// </remarks>
public sealed record Kak
{
    private static readonly KakSectionKind[] AllKinds = Enum.GetValues<KakSectionKind>();

    /// <summary>Initializes a KAK from sections already built.</summary>
    /// <param name="sections">The sections in written order.</param>
    /// <param name="unrecognized">Raw sections whose heading named no KAK section, or <see langword="null"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sections"/> is <see langword="null"/>.</exception>
    public Kak(IEnumerable<KakSection> sections, IEnumerable<KakRawSection>? unrecognized = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        Sections = EquatableList<KakSection>.From(sections);
        Unrecognized = EquatableList<KakRawSection>.From(unrecognized);
    }

    /// <summary>Initializes a KAK from its two lists (the JSON constructor).</summary>
    /// <param name="sections">The sections in written order.</param>
    /// <param name="unrecognized">Raw sections whose heading named no KAK section.</param>
    [JsonConstructor]
    internal Kak(IReadOnlyList<KakSection> sections, IReadOnlyList<KakRawSection> unrecognized)
        : this((IEnumerable<KakSection>)sections, unrecognized)
    {
    }

    /// <summary>Gets every recognised section, in written order.</summary>
    public IReadOnlyList<KakSection> Sections { get; }

    /// <summary>Gets the raw sections whose heading named no KAK section.</summary>
    public IReadOnlyList<KakRawSection> Unrecognized { get; }

    /// <summary>Gets the <c>Latar Belakang</c> (background), or <see langword="null"/> when missing.</summary>
    [JsonIgnore]
    public LatarBelakang? LatarBelakang => Find<LatarBelakang>();

    /// <summary>Gets the <c>Dasar Hukum</c> (legal basis), or <see langword="null"/> when missing.</summary>
    [JsonIgnore]
    public DasarHukum? DasarHukum => Find<DasarHukum>();

    /// <summary>Gets the <c>Maksud dan Tujuan</c> (purpose and objective), or <see langword="null"/> when missing.</summary>
    [JsonIgnore]
    public MaksudDanTujuan? MaksudDanTujuan => Find<MaksudDanTujuan>();

    /// <summary>Gets the <c>Bentuk Kegiatan</c> (form of the activity), or <see langword="null"/> when missing.</summary>
    [JsonIgnore]
    public BentukKegiatan? BentukKegiatan => Find<BentukKegiatan>();

    /// <summary>Gets the <c>Konsep Kegiatan</c> (concept of the activity), or <see langword="null"/> when missing.</summary>
    [JsonIgnore]
    public KonsepKegiatan? KonsepKegiatan => Find<KonsepKegiatan>();

    /// <summary>Gets the <c>Mekanisme</c> (mechanism), or <see langword="null"/> when missing.</summary>
    [JsonIgnore]
    public Mekanisme? Mekanisme => Find<Mekanisme>();

    /// <summary>Gets the <c>Alur</c> (flow), or <see langword="null"/> when missing.</summary>
    [JsonIgnore]
    public Alur? Alur => Find<Alur>();

    /// <summary>Gets the <c>Manfaat</c> (benefit), or <see langword="null"/> when missing.</summary>
    [JsonIgnore]
    public Manfaat? Manfaat => Find<Manfaat>();

    /// <summary>Gets the first section of a kind.</summary>
    /// <param name="kind">The section kind.</param>
    /// <returns>The section, or <see langword="null"/> when missing.</returns>
    public KakSection? this[KakSectionKind kind]
    {
        get
        {
            // An index loop: an enumerator of the read-only list would be allocated on every look-up (the rules look
            // up each kind of every form).
            for (int i = 0; i < Sections.Count; i++)
            {
                if (Sections[i].Kind == kind)
                {
                    return Sections[i];
                }
            }

            return null;
        }
    }

    /// <summary>Gets the kinds that are missing or whose text is blank, in form order (for rule RKA401).</summary>
    [JsonIgnore]
    public IReadOnlyList<KakSectionKind> MissingOrEmptyKinds
    {
        get
        {
            Span<KakSectionKind> missing = stackalloc KakSectionKind[AllKinds.Length];
            int count = 0;
            foreach (KakSectionKind kind in AllKinds)
            {
                if (this[kind] is not { } section || KakText.IsBlankItem(section.Body))
                {
                    missing[count++] = kind;
                }
            }

            return count == 0 ? EquatableList<KakSectionKind>.Empty : EquatableList<KakSectionKind>.From(missing[..count].ToArray());
        }
    }

    /// <summary>
    /// Builds a KAK from raw sections. A heading is recognised with <see cref="KakHeadings.TryRecognize"/>; when the
    /// heading is empty or not a heading, a heading at the start of the heading cell or of the text is tried
    /// (<see cref="KakHeadings.TryRecognizeAtStart"/>), e.g. <c>Manfaat Tersusunnya RKA SKPD ...</c>; the rest of the heading
    /// cell then starts the text, joined to it by one space. Anything else goes to <see cref="Unrecognized"/>.
    /// </summary>
    /// <param name="sections">The raw sections in written order.</param>
    /// <param name="tahunAnggaran">The <c>tahun anggaran</c> (fiscal year), for schedules that name no year.</param>
    /// <returns>The KAK.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sections"/> is <see langword="null"/>.</exception>
    public static Kak Create(IEnumerable<KakRawSection> sections, int? tahunAnggaran = null)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var built = new List<KakSection>();
        var unrecognized = new List<KakRawSection>();
        foreach (KakRawSection raw in sections)
        {
            if (raw is null)
            {
                continue;
            }

            if (CreateSection(raw, tahunAnggaran) is { } section)
            {
                built.Add(section);
            }
            else
            {
                unrecognized.Add(raw);
            }
        }

        return new Kak(built, unrecognized);
    }

    /// <summary>Builds the section of one heading and text as <see cref="Create"/> does; null when the heading is not a
    /// KAK heading (the reader builds its sections one by one with it, without a whole <see cref="Kak"/> each).</summary>
    internal static KakSection? CreateSection(KakRawSection raw, int? tahunAnggaran)
    {
        string? heading = raw.Heading;
        if (!string.IsNullOrWhiteSpace(heading) && KakHeadings.TryRecognize(heading, out KakSectionKind kind, out _))
        {
            return KakSection.Create(kind, heading, raw.Text, tahunAnggaran);
        }

        if (!string.IsNullOrWhiteSpace(heading) && KakHeadings.TryRecognizeAtStart(heading, out kind, out _, out int length))
        {
            string rest = heading[length..];
            string text = rest.Length == 0 ? raw.Text : raw.Text.Length == 0 ? rest : rest + " " + raw.Text;
            return KakSection.Create(kind, heading[..length].TrimEnd(), text, tahunAnggaran);
        }

        if (string.IsNullOrWhiteSpace(heading) && KakHeadings.TryRecognizeAtStart(raw.Text, out kind, out _, out length))
        {
            return KakSection.Create(kind, raw.Text[..length].TrimEnd(), raw.Text[length..], tahunAnggaran);
        }

        return null;
    }

    private T? Find<T>()
        where T : KakSection
    {
        foreach (KakSection section in Sections)
        {
            if (section is T found)
            {
                return found;
            }
        }

        return null;
    }
}
