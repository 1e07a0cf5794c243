using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA210</c> (error): a DPA's <c>Rencana Penarikan Dana</c> (<see cref="RkaForm.RencanaPenarikan"/>, the
/// disbursement plan by month or quarter) does not add up: its periods to the <c>Jumlah</c> printed under them, or the
/// plan to the year-n amount (the pagu the DPA authorises).</summary>
/// <remarks>
/// A printed <c>Jumlah</c> that is not the sum of the periods is reported at <c>rencanaPenarikan.jumlah</c>. The plan
/// is off the pagu (reported at <c>rencanaPenarikan</c>, with the periods' sum) when neither the periods' sum nor the
/// printed <c>Jumlah</c> is the year-n amount: when one of them is, the other is the slip, and one finding names it. A
/// form without a plan (every RKA) or without a year-n amount is not checked against the pagu.
/// </remarks>
public sealed class RencanaPenarikanTotalRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.RencanaPenarikanTotal;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "The Rencana Penarikan Dana's periods do not add up to its Jumlah, or the plan to the year-n amount (pagu).";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        if (form.RencanaPenarikan is not { Periode.Count: > 0 } plan)
        {
            return;
        }

        if (plan.Sum is not { } sum)
        {
            context.Report(form, ModelPaths.RencanaPenarikan, Message.Format(MessageResources.Rka210Overflow, plan.Title));
            return;
        }

        if (plan.Jumlah is { } jumlah && jumlah != sum)
        {
            context.Report(form, ModelPaths.RencanaPenarikanJumlah,
                Message.Format(MessageResources.Rka210Jumlah, plan.Periode.Count, plan.Title, sum, jumlah));
        }

        // When the periods or the printed Jumlah make the pagu, only the other one is wrong (reported above).
        if (form.Amounts.CurrentYear?.Amount is { } pagu && pagu != sum && (plan.Jumlah ?? sum) != pagu)
        {
            context.Report(form, ModelPaths.RencanaPenarikan, Message.Format(MessageResources.Rka210Pagu, plan.Title, sum, pagu));
        }
    }
}
