using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA302</c> (error): the Masukan (input) target differs from the year-n amount.</summary>
/// <remarks>The <c>Masukan</c> row ("Tersedianya dana", funds available) targets exactly the amount of year n. A
/// perubahan form (its year-n row has before values) is checked by <c>RKA307</c> instead, which names the before and
/// after amounts.</remarks>
public sealed class MasukanTargetRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.MasukanTarget;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "The Masukan target differs from the year-n amount.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        AmountRow? yearN = form.Amounts.CurrentYear;
        if (yearN is null || !yearN.Amount.HasValue || yearN.Perubahan is not null)
        {
            return;
        }

        Rupiah current = yearN.Amount.Value;

        for (int i = 0; i < form.Indicators.Count; i++)
        {
            Indicator indicator = form.Indicators[i];
            if (indicator.Kind != IndicatorKind.Masukan)
            {
                continue;
            }

            string path = ModelPaths.IndicatorTarget(i);
            MoneyTarget? money = indicator.Target as MoneyTarget;
            if (money is not null)
            {
                if (money.Amount != current)
                {
                    context.Report(form, path, Message.Format(MessageResources.Rka302Amount, money.Amount, current));
                }
            }
            else
            {
                context.Report(form, path, Message.Format(MessageResources.Rka302NotAmount, indicator.Target.Text, current));
            }
        }
    }
}
