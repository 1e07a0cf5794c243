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
        AmountRow? row = form.Amounts.CurrentYear;
        AmountPerubahan? perubahan = row?.Perubahan;
        if (row is null || perubahan is null)
        {
            return;
        }

        try
        {
            if (perubahan.Sebelum.HasValue && row.Amount.HasValue && perubahan.Selisih.HasValue)
            {
                CheckSelisih(form, context, perubahan.Sebelum.Value, row.Amount.Value, perubahan.Selisih.Value);
            }

            if (perubahan.Sebelum.HasValue)
            {
                CheckRincian(form, context, perubahan.Sebelum.Value);
            }
        }
        catch (OverflowException)
        {
            context.Report(form, ModelPaths.PerubahanAmounts, MessageResources.Rka502Overflow);
        }
    }

    private static void CheckSelisih(RkaForm form, RuleContext context, Rupiah before, Rupiah after, Rupiah written)
    {
        Rupiah expected = after - before;
        if (expected != written)
        {
            context.Report(form, ModelPaths.PerubahanSelisih,
                Message.Format(MessageResources.Rka209Selisih, before, after, written, expected));
        }
    }

    private static void CheckRincian(RkaForm form, RuleContext context, Rupiah pagu)
    {
        Rupiah? sum = RincianTotal.SumBefore(form.Rincian);
        if (sum.HasValue && sum.Value != pagu)
        {
            context.Report(form, "rincian", Message.Format(MessageResources.Rka209Rincian, sum.Value, pagu));
        }
    }
}
