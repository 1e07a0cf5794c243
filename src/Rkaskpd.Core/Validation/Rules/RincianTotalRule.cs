using System;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA502</c> (error): the rincian lines do not add up: a rekening's subtotal is not the sum of what stands directly
/// under it (its nearest sub-rekening, levels may be skipped, and the detail lines that stand under it before its first
/// sub-rekening), a SIPD group's subtotal (<c>[#]</c>, or the sub-group <c>[-]</c>) is not the sum of the detail lines
/// under it, or the top rekening lines do not add up to year n. A line with a jumlah only that heads detail lines
/// adding up to it (a group heading of an older print) is their subtotal and is not counted again.
/// </summary>
public sealed class RincianTotalRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.RincianTotal;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "The rincian lines do not add up to their rekening subtotals or to year n.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        var lines = form.Rincian;
        if (lines.Count == 0)
        {
            return;
        }

        try
        {
            for (int i = 0; i < lines.Count; i++)
            {
                RincianLine line = lines[i];
                if (line.IsRekening && line.Jumlah.HasValue)
                {
                    CheckSubtotal(form, context, lines, i, line.Jumlah.Value);
                }
                else if (line.Jumlah.HasValue && !line.IsRekening && RincianSubtotals.GroupMarkerLevel(line.Uraian) is int level and > 0)
                {
                    CheckGroup(form, context, lines, i, level, line.Jumlah.Value);
                }
            }

            Rupiah? yearN = form.Amounts.CurrentYear?.Amount;
            if (yearN.HasValue)
            {
                CheckYearN(form, context, lines, yearN.Value);
            }
        }
        catch (OverflowException)
        {
            context.Report(form, ModelPaths.Rincian, MessageResources.Rka502Overflow);
        }
    }

    private static void CheckSubtotal(RkaForm form, RuleContext context, System.Collections.Generic.IReadOnlyList<RincianLine> lines, int index, Rupiah subtotal)
    {
        Rupiah? sum = SumUnder(lines, index);
        if (sum.HasValue && sum.Value != subtotal)
        {
            context.Report(form, ModelPaths.RincianJumlah(index),
                Message.Format(MessageResources.Rka502Subtotal, lines[index].KodeRekening, lines[index].Uraian, subtotal, sum.Value));
        }
    }

    /// <summary>Checks a SIPD group's subtotal against the detail lines under it: up to the next rekening, or the next
    /// group marker of its level or above (a <c>[#]</c> group takes in the lines of its <c>[-]</c> sub-groups).</summary>
    private static void CheckGroup(RkaForm form, RuleContext context, System.Collections.Generic.IReadOnlyList<RincianLine> lines, int index, int level, Rupiah subtotal)
    {
        Rupiah sum = Rupiah.Zero;
        bool any = false;
        for (int j = index + 1; j < lines.Count && !lines[j].IsRekening; j++)
        {
            RincianLine line = lines[j];
            int marker = RincianSubtotals.GroupMarkerLevel(line.Uraian);
            if (marker > 0 && marker <= level)
            {
                break;
            }

            if (!line.IsGroup && line.Jumlah.HasValue)
            {
                sum += line.Jumlah.Value;
                any = true;
            }
        }

        if (any && sum != subtotal)
        {
            context.Report(form, ModelPaths.RincianJumlah(index),
                Message.Format(MessageResources.Rka502Group, lines[index].Uraian, subtotal, sum));
        }
    }

    private static void CheckYearN(RkaForm form, RuleContext context, System.Collections.Generic.IReadOnlyList<RincianLine> lines, Rupiah yearN)
    {
        Rupiah? total = RincianTotal.Sum(lines);
        if (total.HasValue && total.Value != yearN)
        {
            context.Report(form, ModelPaths.Rincian, Message.Format(MessageResources.Rka502YearN, total.Value, yearN));
        }
    }

    /// <summary>
    /// Sums the direct children of the rekening at <paramref name="index"/>: its nearest sub-rekening lines and the
    /// detail lines before the first of them (all its detail lines when it has no sub-rekening); null when none carries
    /// a jumlah.
    /// </summary>
    private static Rupiah? SumUnder(System.Collections.Generic.IReadOnlyList<RincianLine> lines, int index)
    {
        int level = lines[index].Level;
        int childLevel = int.MaxValue;
        int end = index + 1;
        while (end < lines.Count && !(lines[end].IsRekening && lines[end].Level <= level))
        {
            if (lines[end].IsRekening)
            {
                childLevel = Math.Min(childLevel, lines[end].Level);
            }

            end++;
        }

        Rupiah sum = Rupiah.Zero;
        bool any = false;
        int? currentRekeningLevel = null;
        for (int j = index + 1; j < end; j++)
        {
            RincianLine line = lines[j];
            if (line.IsRekening)
            {
                currentRekeningLevel = line.Level;
            }

            bool direct = childLevel == int.MaxValue
                ? !line.IsRekening
                : line.IsRekening ? line.Level == childLevel : currentRekeningLevel is null;
            if (direct && !line.IsGroup && line.Jumlah.HasValue && !RincianSubtotals.IsSubtotalHeading(lines, j, end))
            {
                sum += line.Jumlah.Value;
                any = true;
            }
        }

        return any ? sum : null;
    }
}
