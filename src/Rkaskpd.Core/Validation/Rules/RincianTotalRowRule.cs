using System;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA504</c> (warning): the rincian table's printed total row (<see cref="RkaForm.RincianTotal"/>, <c>JUMLAH</c>)
/// differs from the sum of the table's top-level lines (the rekening lines of the highest level present, or the detail
/// lines when the table has no rekening line).
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
    public string Summary => "The rincian table's total row differs from the sum of its top-level lines.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        RincianTotalRow? row = form.RincianTotal;
        if (row is null || !row.Jumlah.HasValue || form.Rincian.Count == 0)
        {
            return;
        }

        Rupiah? sum = SumOrNull(form.Rincian);
        Rupiah total = row.Jumlah.Value;
        if (sum.HasValue && sum.Value != total)
        {
            Rupiah lines = sum.Value;
            bool detailLines = RincianTotal.TopLevel(form.Rincian) == int.MaxValue;
            string written = row.Written;
            context.Report(form, ModelPaths.RincianTotal, Message.Format(
                MessageResources.Rka504Total,
                written.Length <= 80 ? written : string.Concat(written.AsSpan(0, 77), "..."),
                total,
                lines,
                detailLines ? MessageResources.Rka504DetailLines : MessageResources.Rka504TopLevelLines));
        }
    }

    /// <summary>The sum of the top-level lines, or null when none has a jumlah or the sum is out of range.</summary>
    private static Rupiah? SumOrNull(System.Collections.Generic.IReadOnlyList<RincianLine> lines)
    {
        try
        {
            return RincianTotal.Sum(lines);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
