using System.Collections.Generic;

namespace Rkaskpd.Forms;

/// <summary>The KAK section <c>Dasar Hukum</c> (legal basis): the list of laws, regulations, decrees and plans.</summary>
public sealed record DasarHukum : KakSection
{
    private readonly DerivedValue<IReadOnlyList<LegalReference>> references = new();

    /// <summary>Initializes the section from its heading and text as written; the references are read on first use.</summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The text as written.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public DasarHukum(string? heading, string text)
        : base(KakSectionKind.DasarHukum, heading, text)
    {
    }

    /// <inheritdoc/>
    internal override bool HasDerivedValues => base.HasDerivedValues || references.IsComputed;

    /// <summary>Gets whether <see cref="References"/> has been read and is kept.</summary>
    internal bool HasReferences => references.IsComputed;

    /// <inheritdoc/>
    internal override void ForgetDerivedValues()
    {
        base.ForgetDerivedValues();
        references.Forget();
    }

    /// <summary>Gets the references in written order; see <see cref="LegalReference.ParseList"/>.</summary>
    /// <value>Read from <see cref="KakSection.Body"/> on first use.</value>
    public IReadOnlyList<LegalReference> References => references.Get(this, static section => LegalReference.ParseList(section.Body));
}
