using System;
using System.Collections.Generic;
using Rkaskpd.Forms;

namespace Rkaskpd.Spreadsheet;

/// <summary>
/// The tree of a form's rincian table as the sheet needs it for its <c>SUM</c> formulas: the rows directly under each
/// rekening (sub-rekening and detail lines, levels may be skipped), whether the document's subtotal equals their sum,
/// the top-level rows and their total. SIPD's group lines (<c>[#]</c>, <c>[-]</c>, see <see cref="RincianLine.IsGroup"/>)
/// repeat the subtotal of the detail lines below them, so they are under no rekening and in no sum (as in
/// <c>RKA502</c>'s total).
/// </summary>
internal sealed class RincianTotals
{
    private readonly IReadOnlyList<RincianLine> lines;
    private readonly List<int>[] children;
    private readonly List<int> topLevel = [];

    private RincianTotals(IReadOnlyList<RincianLine> lines)
    {
        this.lines = lines;
        children = new List<int>[lines.Count];
    }

    /// <summary>Gets the rows under no rekening (the top-level rekening, usually <c>5</c> or <c>5.2</c>).</summary>
    public IReadOnlyList<int> TopLevel => topLevel;

    /// <summary>Gets the sum of the top-level rows' jumlah, or <see langword="null"/> when a top-level row has none or
    /// the table is empty.</summary>
    public Rupiah? Total => TotalOf(Jumlah);

    /// <summary>Builds the tree of <paramref name="lines"/>.</summary>
    /// <param name="lines">The form's rincian lines, in order.</param>
    public static RincianTotals Compute(IReadOnlyList<RincianLine> lines)
    {
        var totals = new RincianTotals(lines);
        var open = new Stack<int>(); // the rekening rows whose range is still open, deepest on top
        for (int i = 0; i < lines.Count; i++)
        {
            RincianLine line = lines[i];
            if (line.IsGroup)
            {
                continue;
            }

            if (line.IsRekening)
            {
                while (open.Count > 0 && lines[open.Peek()].Level >= line.Level)
                {
                    open.Pop();
                }
            }

            (open.Count > 0 ? totals.ChildList(open.Peek()) : totals.topLevel).Add(i);
            if (line.IsRekening)
            {
                open.Push(i);
            }
        }

        return totals;
    }

    /// <summary>The jumlah after the amendment (the only one of a form that is not a perubahan form).</summary>
    public static Rupiah? Jumlah(RincianLine line) => line.Jumlah;

    /// <summary>The jumlah before the amendment of a perubahan form's line.</summary>
    public static Rupiah? JumlahSebelum(RincianLine line) => line.Perubahan?.JumlahSebelum;

    /// <summary>The line at <paramref name="index"/>.</summary>
    public RincianLine Line(int index) => lines[index];

    /// <summary>The rows directly under line <paramref name="index"/>.</summary>
    public IReadOnlyList<int> Children(int index) => children[index] ?? (IReadOnlyList<int>)[];

    /// <summary>Whether line <paramref name="index"/> is a rekening with rows under it whose jumlah add up to its own.</summary>
    public bool AddsUp(int index) => AddsUp(index, Jumlah);

    /// <summary>Whether line <paramref name="index"/> is a rekening with rows under it whose amounts, as
    /// <paramref name="amount"/> takes them, add up to its own.</summary>
    public bool AddsUp(int index, Func<RincianLine, Rupiah?> amount) =>
        lines[index].IsRekening
        && amount(lines[index]) is { } jumlah
        && children[index] is { Count: > 0 } under
        && SumOf(under, amount) == jumlah;

    /// <summary>The sum of the top-level rows' amounts as <paramref name="amount"/> takes them, or
    /// <see langword="null"/> when a top-level row has none or the table is empty.</summary>
    public Rupiah? TotalOf(Func<RincianLine, Rupiah?> amount) => topLevel.Count > 0 ? SumOf(topLevel, amount) : null;

    private List<int> ChildList(int index) => children[index] ??= [];

    private Rupiah? SumOf(List<int> rows, Func<RincianLine, Rupiah?> amount)
    {
        Rupiah sum = Rupiah.Zero;
        foreach (int row in rows)
        {
            if (amount(lines[row]) is not { } jumlah)
            {
                return null;
            }

            try
            {
                sum += jumlah;
            }
            catch (OverflowException)
            {
                return null; // a sum past Rupiah's range: no formula, the document's figures stay as written
            }
        }

        return sum;
    }
}
