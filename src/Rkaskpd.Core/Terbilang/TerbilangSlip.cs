using System;

namespace Rkaskpd;

/// <summary>One spelling slip in a written <c>terbilang</c> and its correction.</summary>
/// <remarks>Equality is value equality over all properties.</remarks>
public sealed record TerbilangSlip
{
    /// <summary>Creates a slip.</summary>
    /// <param name="kind">What kind of slip it is.</param>
    /// <param name="found">The text as written.</param>
    /// <param name="correction">The text that should stand there.</param>
    /// <param name="index">Where <paramref name="found"/> starts in the checked text (0-based).</param>
    /// <exception cref="ArgumentNullException"><paramref name="found"/> or <paramref name="correction"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public TerbilangSlip(TerbilangSlipKind kind, string found, string correction, int index)
    {
        ArgumentNullException.ThrowIfNull(found);
        ArgumentNullException.ThrowIfNull(correction);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        Kind = kind;
        Found = found;
        Correction = correction;
        Index = index;
    }

    /// <summary>Gets the kind of slip.</summary>
    /// <value>E.g. <see cref="TerbilangSlipKind.Misspelling"/>.</value>
    public TerbilangSlipKind Kind { get; }

    /// <summary>Gets the text as written.</summary>
    /// <value>E.g. <c>SERMBILAN</c>.</value>
    public string Found { get; }

    /// <summary>Gets the text that should stand there, in the casing of the checked text.</summary>
    /// <value>E.g. <c>SEMBILAN</c>.</value>
    public string Correction { get; }

    /// <summary>Gets where <see cref="Found"/> starts in the checked text.</summary>
    /// <value>A 0-based character index.</value>
    public int Index { get; }

    /// <summary>Describes the slip, e.g. <c>Misspelling at 36: "SERMBILAN" → "SEMBILAN"</c>.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Kind} at {Index}: \"{Found}\" → \"{Correction}\"";
}
