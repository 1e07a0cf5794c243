using System;
using System.Text;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Layout family 5, the perubahan rincian table of a fixed-width print (<c>pdftotext -layout</c> of an SIPD DPPA):
/// its rows print the Sebelum Perubahan columns, the Setelah Perubahan columns and the difference side by side. The
/// table's two header lines (<c>Kode Rekening  Uraian  Sebelum Perubahan  Setelah Perubahan  Bertambah/</c> over
/// <c>Koefisien  Satuan  Harga  PPN  Jumlah  Koefisien ...  (Berkurang)</c>) give the columns
/// (<see cref="TableColumns"/>); every row then becomes one tab cell per column, in the header's order, empty where
/// nothing stands, so a rekening row's two jumlah and a new line's empty before group keep their places.
/// </summary>
/// <remarks>A following line with text under the uraian, koefisien or satuan columns only (no kode, no number, no
/// <c>[#]</c> group) is the row's wrapped cells and joins them, column by column (<c>Kali</c> under both koefisien).
/// The table ends at a blank line or a line that starts something else (a section, a label and its value, a place
/// and date); a repeated header starts it again.</remarks>
internal static class PerubahanTable
{
    private const int MaxWrapLines = 8;

    private const LineShape Ends = LineShape.Blank | LineShape.Tab | LineShape.ColonLead | LineShape.Structural
        | LineShape.LabelPair | LineShape.Merged | LineShape.KakHeadingLead;

    /// <summary>Returns whether a gapped line may head a perubahan table (it names both column groups): the cheap
    /// test before <see cref="TryHeader"/>.</summary>
    public static bool MayHead(SourceLine line) =>
        line.Is(LineShape.Gapped) && line.Text.Contains("Sebelum", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the two header lines at the window's head into <paramref name="columns"/> and emits them as
    /// rows; <see cref="LayoutWindow.NotMine"/> when they are no perubahan rincian header.</summary>
    public static int TryHeader(LayoutWindow w, TableColumns columns)
    {
        SourceLine head = w[0];
        if (!Sections.ScanText.IsBeforeAndAfter(head.Text))
        {
            return LayoutWindow.NotMine;
        }

        if (w.Count < 2)
        {
            return w.Missing();
        }

        SourceLine names = w[1];
        if (!names.Is(LineShape.Gapped) || names.IsAny(LineShape.Blank | LineShape.Tab) || !columns.TrySet(head.Text, names.Text))
        {
            return LayoutWindow.NotMine;
        }

        Emit(w, head.Line, columns.Split(head.Text, row: false));
        Emit(w, names.Line, columns.Split(names.Text, row: false));
        return 2;
    }

    /// <summary>Reads the row at the window's head and its wrapped lines; at the table's end the columns are forgotten
    /// and the answer is <see cref="LayoutWindow.NotMine"/>.</summary>
    public static int TryRow(LayoutWindow w, TableColumns columns)
    {
        SourceLine head = w[0];
        if (head.IsAny(Ends))
        {
            columns.Clear();
            return LayoutWindow.NotMine;
        }

        string[] cells = columns.Split(head.Text, row: true);
        int k = 1;
        for (; k <= MaxWrapLines; k++)
        {
            if (k >= w.Count)
            {
                if (!w.Final)
                {
                    return LayoutWindow.NeedMore;
                }

                break;
            }

            if (w[k].IsAny(Ends) || !TryWrap(columns, w[k].Text, cells))
            {
                break;
            }
        }

        Emit(w, head.Line, cells);
        return k;
    }

    /// <summary>Joins <paramref name="text"/> to <paramref name="cells"/> when it holds only wrapped text.</summary>
    private static bool TryWrap(TableColumns columns, string text, string[] cells)
    {
        string[] wrapped = columns.Split(text, row: false);
        for (int i = 0; i < wrapped.Length; i++)
        {
            TableColumnKind kind = columns.KindOf(i);
            if (wrapped[i].Length > 0 && (kind is TableColumnKind.Kode or TableColumnKind.Number
                || (kind == TableColumnKind.Uraian && wrapped[i][0] == '[')))
            {
                return false; // a row of its own: a rekening, a number, a [#] group
            }
        }

        for (int i = 0; i < wrapped.Length; i++)
        {
            if (wrapped[i].Length > 0)
            {
                // A word broken after its hyphen or slash joins without a space.
                string cell = cells[i];
                bool joined = cell.Length > 1 && cell[^1] is '-' or '/' && cell[^2] != ' ';
                cells[i] = cell.Length == 0 ? wrapped[i] : string.Concat(cell, joined ? string.Empty : " ", wrapped[i]);
            }
        }

        return true;
    }

    private static void Emit(LayoutWindow w, int line, string[] cells)
    {
        int count = cells.Length;
        while (count > 1 && cells[count - 1].Length == 0)
        {
            count--;
        }

        var row = new StringBuilder(count * 12);
        for (int i = 0; i < count; i++)
        {
            row.Append(i > 0 ? "\t" : string.Empty).Append(cells[i]);
        }

        w.Emit(line, row.ToString());
    }
}
