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
