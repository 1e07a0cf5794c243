using System;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA208</c> (error): the <c>Sumber Pendanaan</c> parts, where listed with amounts, do not add up to the
/// year-n amount (the pagu).</summary>
/// <remarks>
/// SIPD prints may list several sources of funds, each with its amount (<c>DAU Rp. 3.000.000,00; PAD Rp.
/// 1.500.000,00</c>); together they fund the sub kegiatan's pagu, the year-n <c>Alokasi</c>. A field that names its
/// sources without amounts, or a form without a year-n amount, is not checked.
/// </remarks>
public sealed class SumberPendanaanTotalRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.SumberPendanaanTotal;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "The sumber pendanaan parts do not add up to the year-n amount (pagu).";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        SumberPendanaan? sumber = form.Header.SumberPendanaan;
        Rupiah? yearN = form.Amounts.CurrentYear?.Amount;
        if (sumber is not null && sumber.HasAmounts && yearN.HasValue)
        {
            Check(form, context, sumber, yearN.Value);
        }
    }

    private static void Check(RkaForm form, RuleContext context, SumberPendanaan sumber, Rupiah pagu)
    {
        try
        {
            Rupiah total = Rupiah.Zero;
            foreach (SumberPendanaanPart part in sumber.Parts)
            {
                total += part.Amount!.Value;
            }

            if (total != pagu)
            {
                context.Report(form, ModelPaths.SumberPendanaan,
                    Message.Format(MessageResources.Rka208, total, pagu));
            }
        }
        catch (OverflowException)
        {
            context.Report(form, ModelPaths.SumberPendanaan, MessageResources.Rka208Overflow);
        }
    }
}
