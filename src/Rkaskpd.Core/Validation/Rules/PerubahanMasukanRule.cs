using System.Globalization;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA307</c> (error): in a perubahan (amended budget) form, the Masukan (input) target does not follow the
/// year-n amount <c>setelah</c> (after) the amendment, or its target <c>sebelum</c> (before) the amendment is not the
/// amount before it.</summary>
/// <remarks>The Masukan row ("Jumlah Dana", funds) targets the amount in force: after the amendment, the setelah amount.
/// A target still at the before amount is the usual slip and is named as such. Forms whose year-n row has no
/// perubahan values are left to <c>RKA302</c>, which in turn leaves perubahan forms to this rule.</remarks>
public sealed class PerubahanMasukanRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.PerubahanMasukan;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "In a perubahan form, the Masukan target does not follow the amount after the amendment.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        if (form.Amounts.CurrentYear is not { Perubahan: { } perubahan } row)
        {
            return;
        }

        for (int i = 0; i < form.Indicators.Count; i++)
        {
            Indicator indicator = form.Indicators[i];
            if (indicator.Kind != IndicatorKind.Masukan)
            {
                continue;
            }

            string path = "indicators[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (row.Amount is { } after)
            {
                if (indicator.Target is not MoneyTarget money)
                {
                    context.Report(form, path + ".target",
                        Message.Format(MessageResources.Rka307NotAmount, indicator.Target.Text, after));
                }
                else if (money.Amount != after)
                {
                    string message = money.Amount == perubahan.Sebelum
                        ? Message.Format(MessageResources.Rka307StillBefore, money.Amount, after)
                        : Message.Format(MessageResources.Rka307After, money.Amount, after);
                    context.Report(form, path + ".target", message);
                }
            }

            if (perubahan.Sebelum is { } before && indicator.Perubahan?.TargetSebelum is MoneyTarget previous
                && previous.Amount != before)
            {
                context.Report(form, path + ".perubahan.targetSebelum",
                    Message.Format(MessageResources.Rka307Before, previous.Amount, before));
            }
        }
    }
}
