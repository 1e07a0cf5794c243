using System;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA209</c> (error): in a perubahan (amended budget) form, the year-n amount <c>setelah</c> (after) minus
/// <c>sebelum</c> (before) the amendment is not the printed <c>bertambah/(berkurang)</c> (difference), or the rincian
/// lines' before column does not add up to the amount before the amendment.
/// </summary>
/// <remarks>Forms without perubahan values (every murni, original-budget, form) pass; a check needs both its values
/// (a missing difference row is not reported). The rincian's after column is checked against the after amount by
/// <c>RKA502</c>.</remarks>
public sealed class PerubahanAmountRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.PerubahanAmount;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "In a perubahan form, after − before is not the printed bertambah/(berkurang), or the rincian before the amendment does not add up to the amount before it.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        if (form.Amounts.CurrentYear is not { Perubahan: { } perubahan } row)
        {
            return;
        }

        try
        {
            if (perubahan.Sebelum is { } before && row.Amount is { } after && perubahan.Selisih is { } written
                && after - before is var expected && expected != written)
            {
                context.Report(form, "amounts.currentYear.perubahan.selisih",
                    Message.Format(MessageResources.Rka209Selisih, before, after, written, expected));
            }

            if (perubahan.Sebelum is { } pagu && SumBefore(form) is { } sum && sum != pagu)
            {
                context.Report(form, "rincian", Message.Format(MessageResources.Rka209Rincian, sum, pagu));
            }
        }
        catch (OverflowException)
        {
            context.Report(form, "amounts.currentYear.perubahan", MessageResources.Rka502Overflow);
        }
    }

    /// <summary>The sum of the top-level lines' before amounts, or null when none has one.</summary>
    private static Rupiah? SumBefore(RkaForm form)
    {
        int topLevel = RincianTotal.TopLevel(form.Rincian);
        Rupiah sum = Rupiah.Zero;
        bool any = false;
        foreach (RincianLine line in form.Rincian)
        {
            if (RincianTotal.IsTopLevel(line, topLevel) && line.Perubahan?.JumlahSebelum is { } before)
            {
                sum += before;
                any = true;
            }
        }

        return any ? sum : null;
    }
}
