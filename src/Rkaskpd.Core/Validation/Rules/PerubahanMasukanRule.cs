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
        AmountRow? row = form.Amounts.CurrentYear;
        AmountPerubahan? perubahan = row?.Perubahan;
        if (row is null || perubahan is null)
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
            if (row.Amount.HasValue)
            {
                CheckAfter(form, context, path, indicator.Target, row.Amount.Value, perubahan.Sebelum);
            }

            MoneyTarget? previous = indicator.Perubahan?.TargetSebelum as MoneyTarget;
            if (perubahan.Sebelum.HasValue && previous is not null && previous.Amount != perubahan.Sebelum.Value)
            {
                context.Report(form, path + ".perubahan.targetSebelum",
                    Message.Format(MessageResources.Rka307Before, previous.Amount, perubahan.Sebelum.Value));
            }
        }
    }

    private static void CheckAfter(RkaForm form, RuleContext context, string path, IndicatorTarget target, Rupiah after, Rupiah? before)
    {
        MoneyTarget? money = target as MoneyTarget;
        if (money is null)
        {
            context.Report(form, path + ".target", Message.Format(MessageResources.Rka307NotAmount, target.Text, after));
        }
        else if (money.Amount != after)
        {
            string message = money.Amount == before
                ? Message.Format(MessageResources.Rka307StillBefore, money.Amount, after)
                : Message.Format(MessageResources.Rka307After, money.Amount, after);
            context.Report(form, path + ".target", message);
        }
    }
}
