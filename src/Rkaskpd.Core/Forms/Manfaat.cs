using System;
using System.Collections.Generic;

namespace Rkaskpd.Forms;

/// <summary>
/// The KAK section <c>Manfaat</c> (benefit): free text, with its numbered points (<c>1. … 2. … 3, …</c>) or list
/// items listed apart.
/// </summary>
public sealed record Manfaat : KakSection
{
    private readonly DerivedValue<Parts> parts = new();

    /// <summary>Initializes the section from its heading and text as written; the points are read on first use.</summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The text as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Manfaat(string? heading, string text)
        : base(KakSectionKind.Manfaat, heading, text)
    {
    }

    /// <inheritdoc/>
    internal override bool HasDerivedValues => base.HasDerivedValues || parts.IsComputed;

    /// <inheritdoc/>
    internal override void ForgetDerivedValues()
    {
        base.ForgetDerivedValues();
        parts.Forget();
    }

    /// <summary>Gets the text before the first numbered point, or the lead-in of a bulleted list (the lines before its
    /// first item, ending with a colon).</summary>
    /// <value>The lead-in, or <see langword="null"/> when the points start the text or there are no points.</value>
    public string? Intro => Read().Intro;

    /// <summary>Gets the numbered points, or the list items when there are at least two (a closing sentence after the
    /// list, <c>Demikian ...</c>, is none); empty for plain prose.</summary>
    public IReadOnlyList<string> Points => Read().Points;

    private Parts Read() => parts.Get(this, static section => Parts.From(section.Body));

    /// <summary>The intro and the points, read together from the body (a pure function of the text, so equality is
    /// unaffected).</summary>
    private sealed class Parts
    {
        private Parts(string? intro, IReadOnlyList<string> points)
        {
            Intro = intro;
            Points = points;
        }

        public string? Intro { get; }

        public IReadOnlyList<string> Points { get; }

        public static Parts From(string body)
        {
            // The numbers are looked for across line breaks: a line break counts as the whitespace before or after a
            // number, and cleaning makes any whitespace inside an item one space.
            var items = new List<Range>();
            if (KakText.TrySplitNumbered(body, Range.All, allowComma: true, items, out Range intro))
            {
                string cleanedIntro = KakText.CleanItem(body.AsSpan(intro));
                return new Parts(cleanedIntro.Length == 0 ? null : cleanedIntro, EquatableList<string>.From(KakText.Clean(body, items)));
            }

            // A bulleted list: its lead-in (ending with a colon) is the intro; a closing sentence after it is no point.
            List<Range> lines = KakListLines.Split(body);
            Range? lead = KakListLines.TakeEnds(body, lines);
            List<string> listed = KakText.CleanList(body, KakText.SplitDashes(body, lines));
            string? listIntro = lead is { } range ? KakText.CleanItem(body.AsSpan(range)) : null;
            return listed.Count >= 2
                ? new Parts(string.IsNullOrEmpty(listIntro) ? null : listIntro, EquatableList<string>.From(listed))
                : new Parts(null, EquatableList<string>.Empty);
        }
    }
}
