using System;
using System.Collections.Generic;

namespace Rkaskpd.Forms;

/// <summary>
/// The KAK section <c>Bentuk Kegiatan</c> (form of the activity): a list of items, usually kinds of spending
/// (<c>- Belanja Pegawai - Belanja Barang dan Jasa</c>).
/// </summary>
public sealed record BentukKegiatan : KakSection
{
    private readonly DerivedValue<IReadOnlyList<string>> items = new();

    /// <summary>Initializes the section from its heading and text as written, reading the items.</summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The text as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public BentukKegiatan(string? heading, string text)
        : base(KakSectionKind.BentukKegiatan, heading, text)
    {
    }

    /// <inheritdoc/>
    internal override bool HasDerivedValues => base.HasDerivedValues || items.IsComputed;

    /// <inheritdoc/>
    internal override void ForgetDerivedValues()
    {
        base.ForgetDerivedValues();
        items.Forget();
    }

    /// <summary>
    /// Gets the items in written order. Items are separated by dash bullets, numbering, <c>;</c> or line breaks; when
    /// none of these appears, by commas (a final <c>dan</c> is dropped). A marked list's lead-in ending with a colon
    /// and a closing sentence after it are no items (the section's text keeps them).
    /// </summary>
    /// <value>Read from <see cref="KakSection.Body"/> on first use.</value>
    public IReadOnlyList<string> Items => items.Get(this, static section => ReadItems(section.Body));

    private static EquatableList<string> ReadItems(string body)
    {
        if (body.StartsWith("Bentuk", StringComparison.OrdinalIgnoreCase)
            && body.AsSpan(6).TrimStart() is { Length: > 0 } rest && rest[0] == '-' && body.Length > 6 && char.IsWhiteSpace(body[6]))
        {
            body = body[6..]; // a stray "Bentuk" before the first bullet
        }

        return EquatableList<string>.From(Split(body));
    }

    private static List<string> Split(string body)
    {
        // A bulleted list's lead-in ("Kegiatan dilaksanakan ... berupa:") and a closing sentence after it are no items.
        List<Range> lines = KakListLines.Split(body);
        KakListLines.TakeEnds(body, lines);
        return KakText.CleanListItems(body, KakText.SplitListItems(body, lines));
    }
}
