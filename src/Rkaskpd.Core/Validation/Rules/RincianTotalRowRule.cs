using System;
using System.Collections.Generic;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA504</c> (warning): the rincian table's printed total row (<see cref="RkaForm.RincianTotal"/>, <c>JUMLAH</c>)
/// differs from the sum of the table's top-level lines (the rekening lines of the highest level present, or the detail
/// lines when the table has no rekening line); on a perubahan form, its Sebelum Perubahan jumlah
/// (<see cref="RincianTotalRow.JumlahSebelum"/>) is checked the same way against the lines' jumlah before the amendment.
/// </summary>
/// <remarks>
/// It runs on any form that holds a total row: read from text, loaded from JSON or built in code. A sum past what a
/// <see cref="Rupiah"/> holds is <c>RKA502</c>'s to report.
/// </remarks>
public sealed class RincianTotalRowRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.RincianTotalRow;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    /// <inheritdoc/>
    public string Summary => "The rincian table's total row (after, or before, the amendment) differs from the sum of its top-level lines.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        RincianTotalRow? row = form.RincianTotal;
        if (row is null || form.Rincian.Count == 0)
        {
            return;
        }

        string lines = RincianTotal.TopLevel(form.Rincian) == int.MaxValue
            ? MessageResources.Rka504DetailLines
            : MessageResources.Rka504TopLevelLines;
        if (row.Jumlah is { } total && SumOrNull(RincianTotal.Sum, form.Rincian) is { } sum && sum != total)
        {
            context.Report(form, ModelPaths.RincianTotal,
                Message.Format(MessageResources.Rka504Total, Quoted(row.Written), total, sum, lines));
        }

        if (row.JumlahSebelum is { } totalBefore && SumOrNull(RincianTotal.SumBefore, form.Rincian) is { } sumBefore
            && sumBefore != totalBefore)
        {
            string written = row.Label + " " + (row.JumlahSebelumText ?? totalBefore.ToString());
            context.Report(form, ModelPaths.RincianTotalSebelum,
                Message.Format(MessageResources.Rka504TotalSebelum, Quoted(written), totalBefore, sumBefore, lines));
        }
    }

    /// <summary>The row as written, cut to 77 characters and an ellipsis past 80.</summary>
    private static string Quoted(string written) =>
        written.Length <= 80 ? written : string.Concat(written.AsSpan(0, 77), "...");

    /// <summary>The sum of the top-level lines, or null when none has a jumlah or the sum is out of range.</summary>
    private static Rupiah? SumOrNull(Func<IReadOnlyList<RincianLine>, Rupiah?> sum, IReadOnlyList<RincianLine> lines)
    {
        try
        {
            return sum(lines);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
