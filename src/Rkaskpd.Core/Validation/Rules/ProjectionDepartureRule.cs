using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA203</c> (warning): year n+1 differs from the chosen projection rule applied to year n.</summary>
/// <remarks>
/// The projection rule is the rule set's <see cref="RuleSet.Projection"/> (+10 % unless the caller chose another). No
/// regulation fixes the rate, so a departure is a warning, not an error.
/// </remarks>
public sealed class ProjectionDepartureRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.ProjectionDeparture;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    /// <inheritdoc/>
    public string Summary => "Year n+1 differs from the chosen projection rule applied to year n.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        if (!FormTemplates.HasNextYear(form.Template)
            || form.Amounts.CurrentYear?.Amount is not { } current || form.Amounts.NextYear?.Amount is not { } next)
        {
            return;
        }

        if (!context.Projection.IsFollowedBy(current, next))
        {
            string expected;
            try
            {
                expected = context.Projection.Project(current).ToString();
            }
            catch (System.OverflowException)
            {
                expected = "an amount out of range";
            }

            context.Report(form, ModelPaths.Amount(AmountPosition.NextYear),
                Message.Format(MessageResources.Rka203, next, context.Projection.Name, current, expected));
        }
    }
}
