using System;
using System.Collections.Generic;

namespace Rkaskpd.Forms;

/// <summary>
/// The KAK section <c>Alur</c> (flow): the steps in order, separated by <c>→</c>, <c>—</c>, dash bullets, numbering
/// (<c>1. …, 2. …</c>), <c>;</c> or line breaks, or else by commas.
/// </summary>
public sealed record Alur : KakSection
{
    private readonly DerivedValue<IReadOnlyList<string>> steps = new();

    /// <summary>Initializes the section from its heading and text as written, reading the steps.</summary>
    /// <param name="heading">The heading as written, or <see langword="null"/>.</param>
    /// <param name="text">The text as written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public Alur(string? heading, string text)
        : base(KakSectionKind.Alur, heading, text)
    {
    }

    /// <inheritdoc/>
    internal override bool HasDerivedValues => base.HasDerivedValues || steps.IsComputed;

    /// <inheritdoc/>
    internal override void ForgetDerivedValues()
    {
        base.ForgetDerivedValues();
        steps.Forget();
    }

    /// <summary>Gets the steps in order.</summary>
    /// <value>Read from <see cref="KakSection.Body"/> on first use.</value>
    public IReadOnlyList<string> Steps => steps.Get(this, static section => ReadSteps(section.Body));

    private static EquatableList<string> ReadSteps(string body)
    {
        if (body.StartsWith("Prosedur", StringComparison.OrdinalIgnoreCase) && body.AsSpan(8).TrimStart().StartsWith(":"))
        {
            body = body.AsSpan(8).TrimStart()[1..].ToString(); // a stray "Prosedur :" label
        }

        return EquatableList<string>.From(
            KakText.CleanListItems(body, KakText.SplitListItems(body, KakText.SplitArrows(body, KakListLines.Split(body)))));
    }
}
