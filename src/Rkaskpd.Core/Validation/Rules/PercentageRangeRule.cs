using System.Globalization;
using Rkaskpd.Forms;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA303</c> (error): a percentage target lies outside 0–100 %.</summary>
public sealed class PercentageRangeRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.PercentageRange;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "A percentage target lies outside 0–100 %.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        for (int i = 0; i < form.Indicators.Count; i++)
        {
            if (form.Indicators[i].Target is PercentageTarget { Percent: < 0 or > 100 } target)
            {
                context.Report(form, "indicators[" + i.ToString(CultureInfo.InvariantCulture) + "].target",
                    $"The target '{target.Text}' is {target.Percent.ToString(CultureInfo.InvariantCulture)} %; a percentage lies between 0 and 100 %.");
            }
        }
    }
}
