using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA301</c> (error): an indicator kind (Capaian Program, Masukan, Keluaran, Hasil) is missing.</summary>
/// <remarks>The kinds required follow the template (<see cref="FormTemplates.RequiredIndicatorKinds"/>): SIPD-era forms
/// need Capaian Kegiatan instead of Capaian Program, which they print in the header.</remarks>
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
        bool sipd = form.Template == FormTemplate.SipdRincianBelanja;
        foreach (IndicatorKind kind in FormTemplates.RequiredIndicatorKinds(form.Template))
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
                context.Report(form, ModelPaths.Indicators,
                    Message.Format(sipd ? MessageResources.Rka301Sipd : MessageResources.Rka301, IndicatorKinds.GetLabel(kind)));
            }
        }
    }
}
