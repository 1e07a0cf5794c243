using Rkaskpd.Forms;
using Rkaskpd.Projection;
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
        Rupiah? current = form.Amounts.CurrentYear?.Amount;
        Rupiah? next = form.Amounts.NextYear?.Amount;
        if (FormTemplates.HasNextYear(form.Template) && current.HasValue && next.HasValue
            && !context.Projection.IsFollowedBy(current.Value, next.Value))
        {
            context.Report(form, ModelPaths.Amount(AmountPosition.NextYear),
                Message.Format(MessageResources.Rka203, next.Value, context.Projection.Name, current.Value, Expected(context.Projection, current.Value)));
        }
    }

    /// <summary>The projected amount as text, or a phrase saying it is out of range.</summary>
    private static string Expected(ProjectionRule projection, Rupiah current)
    {
        try
        {
            return projection.Project(current).ToString();
        }
        catch (System.OverflowException)
        {
            return "an amount out of range";
        }
    }
}
