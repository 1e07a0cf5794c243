namespace Rkaskpd.Forms;

/// <summary>The KAK section <c>Konsep Kegiatan</c> (concept of the activity): free text.</summary>
public sealed record KonsepKegiatan : KakSection
{
    /// <summary>Initializes the section from its heading and text as written.</summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The text as written.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public KonsepKegiatan(string? heading, string text)
        : base(KakSectionKind.KonsepKegiatan, heading, text)
    {
    }
}
