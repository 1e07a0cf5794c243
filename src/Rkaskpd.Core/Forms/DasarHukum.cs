using System.Collections.Generic;

namespace Rkaskpd.Forms;

/// <summary>The KAK section <c>Dasar Hukum</c> (legal basis): the list of laws, regulations, decrees and plans.</summary>
public sealed record DasarHukum : KakSection
{
    /// <summary>Initializes the section from its heading and text as written, reading the references.</summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The text as written.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public DasarHukum(string? heading, string text)
        : base(KakSectionKind.DasarHukum, heading, text)
    {
        References = LegalReference.ParseList(Body);
    }

    /// <summary>Gets the references in written order; see <see cref="LegalReference.ParseList"/>.</summary>
    public IReadOnlyList<LegalReference> References { get; }
}
