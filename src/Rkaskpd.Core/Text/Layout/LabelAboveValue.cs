namespace Rkaskpd.Text.Layout;

/// <summary>
/// A label alone on its line with its value on the next line and no colon anywhere, as a browser copies a two-row
/// table or a definition list of a web application (<c>Program</c> / <c>1.01.1.01.01.16⇥Program ...</c>,
/// <c>Jumlah Tahun 2019</c> / <c>Rp 68.200.000</c> / <c>(Enam puluh ... rupiah)</c>): one <c>Label⇥: value</c> row,
/// the tab layout's, at the label's line.
/// </summary>
/// <remarks>The label is a whole known header or amount label (no indicator kind, no KAK heading); the value is the
/// very next line and starts nothing else (no colon, label, section or heading). An amount label takes it only when it
/// looks like an amount, and then a line in parentheses right after it as its terbilang; a row of the indicator table
/// (its first cell a kind) is no label's value. Anything else is not this
/// layout, and the lines are read as before.</remarks>
internal static class LabelAboveValue
{
    /// <summary>Joins the label at the window's head with the value on the next line; returns the lines consumed or a
    /// window answer.</summary>
    public static int TryJoin(LayoutWindow w)
    {
        SourceLine head = w[0];
        if (!head.Is(LineShape.Label) || head.IsAny(LineShape.IndicatorKind | LineShape.KakHeadingLead | LineShape.Structural))
        {
            return LayoutWindow.NotMine;
        }

        string label = head.Text.Trim();
        bool amount = RawLabels.TryMatchAmountLabel(label, 0, out int end) && end == label.Length;
        int needed = amount ? 3 : 2;
        if (w.Count < needed && !w.Final)
        {
            return LayoutWindow.NeedMore;
        }

        if (w.Count < 2 || w.IsConsumed(1))
        {
            return LayoutWindow.NotMine;
        }

        SourceLine value = w[1];
        const LineShape StartsOther = LineShape.Blank | LineShape.ColonLead | LineShape.Label | LineShape.LabelsLine
            | LineShape.Merged | LineShape.IndicatorKind | LineShape.Structural | LineShape.KakHeadingLead | LineShape.LabelPair;
        string text = value.Text.Trim();
        if (value.IsAny(StartsOther) || text.Contains(':', System.StringComparison.Ordinal)
            || (amount && !LineClassifier.LooksLikeAmount(text)) || StartsWithKindCell(text))
        {
            return LayoutWindow.NotMine;
        }

        if (amount && w.Count > 2 && !w.IsConsumed(2) && w[2].Text.Trim() is { Length: > 1 } terbilang
            && terbilang[0] == '(' && terbilang[^1] == ')')
        {
            w.Emit(head.Line, label + "\t: " + text + "\t" + terbilang);
            return 3;
        }

        w.Emit(head.Line, label + "\t: " + text);
        return 2;
    }

    /// <summary>Returns whether a tab row begins with an indicator kind cell (<c>Masukan⇥Tersedianya dana⇥...</c>): a
    /// row of the indicator table, under a label that is the tail of the kind above it (<c>Capaian</c> /
    /// <c>Program</c>), not that label's value.</summary>
    private static bool StartsWithKindCell(string text) =>
        RawLabels.TryMatchIndicatorKind(text, 0, out int end) && end < text.Length && text[end] == '\t';
}
