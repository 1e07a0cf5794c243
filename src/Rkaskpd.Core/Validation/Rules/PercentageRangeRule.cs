using Rkaskpd.Forms;
using Rkaskpd.Resources;

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
            PercentageTarget? target = form.Indicators[i].Target as PercentageTarget;
            if (target is not null && (target.Percent < 0 || target.Percent > 100))
            {
                context.Report(form, ModelPaths.IndicatorTarget(i),
                    Message.Format(MessageResources.Rka303, target.Text, target.Percent));
            }
        }
    }
}
