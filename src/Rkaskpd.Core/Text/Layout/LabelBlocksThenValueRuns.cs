using System.Collections.Generic;

namespace Rkaskpd.Text.Layout;

/// <summary>
/// Blocks of labels, then as many runs of their <c>: value</c> lines: a PDF text tool that groups a page's text into
/// boxes (pdfminer's <c>pdf2txt.py</c>) writes a form's header as the label column's boxes one after the other
/// (<c>Urusan Pemerintahan</c> ... <c>Capaian Program</c>, a blank line, <c>Kegiatan</c> ... <c>Alokasi Tahun
/// 2027</c>), then the value column's boxes (<c>: 1 - URUSAN ...</c> ... <c>:</c>, the Capaian Program table, then
/// <c>: 1.02.02.2.02 - ...</c> ... <c>: Rp. 143.203.500,00</c>). The labels pair with the values in order, each row at
/// its label's line.
/// </summary>
/// <remarks>
/// <para>Nothing is guessed: there must be two or more blocks of labels (set apart by blank lines), each with a label
/// that is no indicator kind, and exactly as many <c>: value</c> lines after them, taken in order (an OCR may cut its
/// value runs where its label blocks are not cut, so the runs' lengths are not compared). Between the labels and the
/// values may stand a few short lines of the next part of the page the tool boxed beside the labels (an indicator
/// table's <c>Indikator</c> heading, its first kind): they are kept as written, before the header's rows, as they
/// stand before its values. The last label of a block whose value is a colon alone
/// (<c>Capaian Program :</c>) takes the nested table after its run (its head <c>Indikator</c>, the measure,
/// <c>Target</c> and the target) as <see cref="LabelColonValueColumns"/> does. Otherwise the lines are read as before
/// (<see cref="LabelColumnThenValues"/> pairs a single block).</para>
/// </remarks>
internal static class LabelBlocksThenValueRuns
{
    private const int MaxLabels = 16;

    private const int MaxBesides = 3;

    /// <summary>Pairs the blocks of labels at the window's head with the runs of values after them; returns the lines
    /// consumed or a window answer.</summary>
    public static int TryPair(LayoutWindow w)
    {
        if (!IsBlockLabel(w[0]))
        {
            return LayoutWindow.NotMine;
        }

        var blocks = new List<List<int>>(2) { new(6) { 0 } };
        int labelCount = 1;
        int at = 1;
        while (true)
        {
            if (at >= w.Count)
            {
                return w.Missing();
            }

            SourceLine line = w[at];
            if (w.IsConsumed(at))
            {
                return LayoutWindow.NotMine;
            }

            if (line.Is(LineShape.Blank))
            {
                if (blocks[^1].Count > 0)
                {
                    blocks.Add(new List<int>(6));
                }
            }
            else if (IsBlockLabel(line) && labelCount < MaxLabels)
            {
                blocks[^1].Add(at);
                labelCount++;
            }
            else
            {
                break;
            }

            at++;
        }

        if (blocks[^1].Count == 0)
        {
            blocks.RemoveAt(blocks.Count - 1);
        }

        if (blocks.Count < 2 || blocks.Exists(b => !b.Exists(i => LabelColumnThenValues.IsLabelAlone(w[i]))))
        {
            return LayoutWindow.NotMine;
        }

        // Short lines boxed beside the labels, up to the first value.
        var besides = new List<int>(MaxBesides);
        at = w.NextNonBlank(at);
        while (at >= 0 && !w[at].Is(LineShape.ColonLead))
        {
            if (besides.Count == MaxBesides || w.IsConsumed(at) || !w[at].Is(LineShape.Short) || IsBlockLabel(w[at]) && !w[at].Is(LineShape.IndicatorKind))
            {
                return LayoutWindow.NotMine;
            }

            besides.Add(at);
            at = w.NextNonBlank(at + 1);
        }

        var rows = new List<(int Line, string Text)>(labelCount + 2);
        int end = at;
        foreach (List<int> block in blocks)
        {
            for (int i = 0; i < block.Count; i++)
            {
                if (at < 0)
                {
                    return w.Missing();
                }

                SourceLine value = w[at];
                if (!value.Is(LineShape.ColonLead) || w.IsConsumed(at))
                {
                    return LayoutWindow.NotMine;
                }

                SourceLine label = w[block[i]];
                end = at + 1;
                at = w.NextNonBlank(at + 1);
                if (!value.Is(LineShape.ColonOnly))
                {
                    rows.Add((label.Line, label.Text.Trim() + " : " + value.Text.Trim()[1..].Trim()));
                    continue;
                }

                if (i < block.Count - 1 || at < 0 || !LabelColonValueColumns.IsTableHead(w[at]))
                {
                    rows.Add((label.Line, label.Text.Trim() + " :"));
                    continue;
                }

                // The value is the nested table after the run.
                int result = LabelColonValueColumns.TryTable(w, at, out string head, out List<int> measure, out int target);
                if (result <= 0)
                {
                    return result;
                }

                LabelColonValueColumns.AddTableRows(w, rows, label, head, measure, target);
                end = target + 1;
                at = w.NextNonBlank(end);
            }
        }

        if (at >= 0 && w[at].Is(LineShape.ColonLead) && !w.IsConsumed(at))
        {
            return LayoutWindow.NotMine; // more values than labels: another layout
        }

        if (at < 0 && !w.Final)
        {
            return LayoutWindow.NeedMore;
        }

        foreach (int i in besides)
        {
            w.Emit(w[i].Line, w[i].Text.Trim());
        }

        foreach ((int line, string text) in rows)
        {
            w.Emit(line, text);
        }

        return end;
    }

    private static bool IsBlockLabel(SourceLine line) => LabelColumnThenValues.IsLabelAlone(line) || line.Is(LineShape.IndicatorKind) && !line.Text.Contains(':');
}
