using System;
using System.Text.Json.Serialization;
using Rkaskpd.Serialization;

namespace Rkaskpd.Forms;

/// <summary>
/// One section of a <c>Kerangka Acuan Kerja</c> (KAK, terms of reference): its kind, its heading and text exactly as
/// written, and (in the derived records) the structure read from the text.
/// </summary>
/// <remarks>
/// Nothing is lost: <see cref="Text"/> is kept verbatim, and the structure is derived from it when the section is
/// built, so two sections are equal exactly when their kind, heading, text (and, for <see cref="Mekanisme"/>, fiscal
/// year) are equal. Reading never throws for any text.
/// </remarks>
[JsonConverter(typeof(KakSectionJsonConverter))]
public abstract record KakSection
{
    private readonly DerivedValue<string> body = new();

    private protected KakSection(KakSectionKind kind, string? heading, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        Kind = kind;
        Heading = heading;
        Text = text;
    }

    /// <summary>Gets the kind of section.</summary>
    public KakSectionKind Kind { get; }

    /// <summary>Gets the heading exactly as written, e.g. <c>Layat Belakang :</c>.</summary>
    /// <value>The heading, or <see langword="null"/> when the section was built without one.</value>
    public string? Heading { get; }

    /// <summary>Gets the section text exactly as written, HTML fragments included.</summary>
    public string Text { get; }

    /// <summary>
    /// Gets the text without HTML markup, with whitespace collapsed (line breaks between blocks kept) and without a
    /// leading repeat of the heading (<c>Manfaat : Manfaat Menjaga ...</c> gives <c>Menjaga ...</c>).
    /// </summary>
    public string Body => body.Get(this, static section => KakText.StripRepeatedHeading(KakText.Plain(section.Text), section.Kind));

    /// <summary>Gets whether any value derived from <see cref="Text"/> (<see cref="Body"/>, the parts of the derived
    /// records) has been computed and is kept.</summary>
    internal virtual bool HasDerivedValues => body.IsComputed;

    /// <summary>Drops the values derived from <see cref="Text"/>; they are computed again on next use. The JSON writer
    /// drops those it computed itself, so that writing a large document does not make it keep the parts of every
    /// section (about twice the memory of the model read).</summary>
    internal virtual void ForgetDerivedValues() => body.Forget();

    /// <summary>Gets whether <see cref="Heading"/> was recognised only through a misspelling (e.g. <c>Layat Belakang</c>).</summary>
    /// <value>
    /// <see langword="true"/> when the heading is a misspelling of <see cref="KakHeadings.GetCanonicalHeading"/> for
    /// <see cref="Kind"/>; <see langword="false"/> when it is spelled correctly, absent, or not a heading at all.
    /// </value>
    public bool IsHeadingMisspelled =>
        Heading is not null && KakHeadings.TryRecognize(Heading, out KakSectionKind kind, out bool exact) && kind == Kind && !exact;

    /// <summary>Builds the section record for <paramref name="kind"/> from its heading and text.</summary>
    /// <param name="kind">The section kind.</param>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The section text as written.</param>
    /// <param name="tahunAnggaran">The <c>tahun anggaran</c> (fiscal year), for schedules that name no year.</param>
    /// <returns>A <see cref="LatarBelakang"/>, <see cref="DasarHukum"/>, … according to <paramref name="kind"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined value.</exception>
    public static KakSection Create(KakSectionKind kind, string? heading, string text, int? tahunAnggaran = null) => kind switch
    {
        KakSectionKind.LatarBelakang => new LatarBelakang(heading, text),
        KakSectionKind.DasarHukum => new DasarHukum(heading, text),
        KakSectionKind.MaksudDanTujuan => new MaksudDanTujuan(heading, text),
        KakSectionKind.BentukKegiatan => new BentukKegiatan(heading, text),
        KakSectionKind.KonsepKegiatan => new KonsepKegiatan(heading, text),
        KakSectionKind.Mekanisme => new Mekanisme(heading, text, tahunAnggaran),
        KakSectionKind.Alur => new Alur(heading, text),
        KakSectionKind.Manfaat => new Manfaat(heading, text),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a KAK section kind."),
    };
}
