using System;
using Rkaskpd.Text.Sections;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// A header value wrapped by the print just before a word that is also a label: <c>Kegiatan : ... Teknologi dan
/// Spesifik</c>, then <c>Lokasi</c> alone, then <c>Organisasi : ...</c>. Read line by line, the lone word would be an
/// empty <c>Lokasi</c> field and the value would lose its last word; it is the value's wrapped end, and joins it.
/// </summary>
/// <remarks>The field line is a <c>Label : value</c> pair long enough to have been wrapped
/// (<see cref="WrappedValue.WrapWidth"/>); the next line is a whole known label and nothing else (no colon, no
/// indicator kind, section or KAK heading) written the way the value is written (<see cref="WrappedValue"/>); the line
/// after it is another <c>Label : value</c> pair, so the lone label has no value of its own below it (a label of the
/// one-cell-per-line layout has its <c>: value</c> on a later line, and a label column has more labels under it). Any
/// other window is not this shape.</remarks>
internal static class WrappedLabelWord
{
    /// <summary>Joins the field line at the window's head with the lone label under it; returns the lines consumed or
    /// a window answer.</summary>
    public static int TryJoin(LayoutWindow w)
    {
        SourceLine head = w[0];
        if (!head.Is(LineShape.LabelPair) || head.IsAny(LineShape.Merged | LineShape.Tab | LineShape.Structural))
        {
            return LayoutWindow.NotMine;
        }

        string field = head.Text.Trim();
        if (field.Length < WrappedValue.WrapWidth)
        {
            return LayoutWindow.NotMine;
        }

        if (w.Count < 3 && !w.Final)
        {
            return LayoutWindow.NeedMore;
        }

        if (w.Count < 3 || w.IsConsumed(1) || w.IsConsumed(2))
        {
            return LayoutWindow.NotMine;
        }

        SourceLine word = w[1];
        SourceLine next = w[2];
        if (!word.Is(LineShape.Label) || word.IsAny(LineShape.IndicatorKind | LineShape.KakHeadingLead | LineShape.Structural)
            || !next.Is(LineShape.LabelPair))
        {
            return LayoutWindow.NotMine;
        }

        int colon = field.IndexOf(':', StringComparison.Ordinal);
        string value = field[(colon + 1)..].Trim();
        string tail = word.Text.Trim();
        if (!WrappedValue.IsWrappedEnd(field.Length, value, tail))
        {
            return LayoutWindow.NotMine;
        }

        w.Emit(head.Line, field + " " + tail);
        return 2;
    }
}
