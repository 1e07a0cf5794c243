using System;
using System.Collections.Generic;

namespace Rkaskpd.Forms;

/// <summary>
/// The KAK section <c>Manfaat</c> (benefit): free text, with its numbered points (<c>1. … 2. … 3, …</c>) or list
/// items listed apart.
/// </summary>
public sealed record Manfaat : KakSection
{
    /// <summary>Initializes the section from its heading and text as written, reading the points.</summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The text as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Manfaat(string? heading, string text)
        : base(KakSectionKind.Manfaat, heading, text)
    {
        string body = Body;
        if (KakText.TrySplitNumbered(body.Replace('\n', ' '), allowComma: true, out string intro, out List<string> items))
        {
            string cleanedIntro = KakText.CleanItem(intro);
            Intro = cleanedIntro.Length == 0 ? null : cleanedIntro;
            Points = EquatableList<string>.From(KakText.Clean(items));
            return;
        }

        List<string> listed = KakText.Clean(KakText.SplitDashes(KakText.SplitLines([body])));
        Points = listed.Count >= 2 ? EquatableList<string>.From(listed) : EquatableList<string>.Empty;
    }

    /// <summary>Gets the text before the first numbered point.</summary>
    /// <value>The lead-in, or <see langword="null"/> when the points start the text or there are no numbered points.</value>
    public string? Intro { get; }

    /// <summary>Gets the numbered points, or the list items when there are at least two; empty for plain prose.</summary>
    public IReadOnlyList<string> Points { get; }
}
