using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA301</c> (error): an indicator kind (Capaian Program, Masukan, Keluaran, Hasil) is missing.</summary>
public sealed class IndicatorPresenceRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.IndicatorMissing;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "An indicator kind (Capaian Program, Masukan, Keluaran, Hasil) is missing.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        foreach (IndicatorKind kind in IndicatorKinds.All)
        {
            bool found = false;
            foreach (Indicator indicator in form.Indicators)
            {
                if (indicator.Kind == kind)
                {
                    found = true;
                    break;
                }
            }

            if (!found)
            {
                context.Report(form, "indicators",
                    Message.Format(MessageResources.Rka301, IndicatorKinds.GetLabel(kind)));
            }
        }
    }
}
