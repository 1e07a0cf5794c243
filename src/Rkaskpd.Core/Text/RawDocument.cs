using System;
using System.Collections.Generic;

namespace Rkaskpd.Text;

/// <summary>The first-layer reading of a document: its forms as raw text records and the reader's notes.
/// Equality is by value (lists compared element by element).</summary>
/// <param name="Forms">The forms in order of appearance.</param>
/// <param name="Notes">The reader's notes, ordered by line.</param>
/// <param name="LineCount">The number of lines read.</param>
internal sealed record RawDocument(IReadOnlyList<RawForm> Forms, IReadOnlyList<RawNote> Notes, int LineCount)
{
    /// <summary>Returns form <paramref name="index"/> and, when <see cref="Forms"/> is the scanner's own array, clears
    /// its slot: the reader maps each form once and needs only the model after that, so a raw form becomes garbage as
    /// soon as it is mapped instead of living until the whole document is (the raw forms and the model never coexist
    /// whole). After a form is taken, the document no longer equals the one scanned.</summary>
    /// <param name="index">The 0-based index of a form not taken yet.</param>
    /// <returns>The form.</returns>
    public RawForm TakeForm(int index)
    {
        RawForm form = Forms[index];
        if (Forms is RawForm[] owned)
        {
            owned[index] = null!;
        }

        return form;
    }

    /// <inheritdoc/>
    public bool Equals(RawDocument? other) =>
        other is not null
        && LineCount == other.LineCount
        && RawEquality.ListEquals(Forms, other.Forms)
        && RawEquality.ListEquals(Notes, other.Notes);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(LineCount, RawEquality.ListHash(Forms), RawEquality.ListHash(Notes));
}
