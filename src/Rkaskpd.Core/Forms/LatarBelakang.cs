namespace Rkaskpd.Forms;

/// <summary>The KAK section <c>Latar Belakang</c> (background): free text.</summary>
public sealed record LatarBelakang : KakSection
{
    /// <summary>Initializes the section from its heading and text as written.</summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The text as written.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public LatarBelakang(string? heading, string text)
        : base(KakSectionKind.LatarBelakang, heading, text)
    {
    }
}
