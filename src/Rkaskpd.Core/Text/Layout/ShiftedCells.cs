using System;
using System.Collections.Generic;
using Rkaskpd.Forms;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Cells of other columns that a one-cell-per-line print (plain <c>pdftotext</c> of a SIMDA/SIPKD DPA) placed between a
/// <c>Sumber Dana</c> label and its value: a lone column number (<c>3</c>) and the urusan's name (<c>Urusan Wajib
/// Kesehatan</c>), which the PDF drew beside the urusan code but the text extraction emitted later. They are no part of
/// the fund's name; <see cref="OneCellPerLine"/> emits them as rows of their own after a blank row, so the scanner
/// reports them (RKA006) instead of joining them to the field.
/// </summary>
internal static class ShiftedCells
{
    /// <summary>How many leading <paramref name="pieces"/> of the value of <paramref name="label"/> are shifted cells;
    /// at least one piece is always left as the value.</summary>
    public static int Leading(string label, List<(int Line, string Text)> pieces)
    {
        if (pieces.Count < 2 || !RawLabels.TryMatchHeaderLabel(label, 0, out HeaderFieldKind kind, out int end)
            || end != label.Length || kind != HeaderFieldKind.SumberDana)
        {
            return 0;
        }

        int n = 0;
        while (n < pieces.Count - 1 && IsShifted(pieces[n].Text))
        {
            n++;
        }

        return n;
    }

    private static bool IsShifted(string text) =>
        text.Length is 1 or 2 && char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[^1])
        || text.StartsWith("Urusan Wajib ", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Urusan Pilihan ", StringComparison.OrdinalIgnoreCase);
}
