using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA301</c> (error): an indicator kind (Capaian Program, Masukan, Keluaran, Hasil) is missing.</summary>
/// <remarks>The kinds required follow the template (<see cref="FormTemplates.RequiredIndicatorKinds"/>): SIPD-era forms
/// need Capaian Kegiatan instead of Capaian Program, which they print in the header. A region's own 2.2.1 layout with
/// 90/2019 codes (a sub kegiatan, but amount rows labelled <c>Jumlah Tahun</c>, not SIPD's <c>Alokasi Tahun</c>) has the
/// 2.2.1 form's indicator table and needs its kinds.</remarks>
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
        bool sipd = form.Template == FormTemplate.SipdRincianBelanja && !PrintsJumlahTahun(form);
        foreach (IndicatorKind kind in FormTemplates.RequiredIndicatorKinds(sipd ? FormTemplate.SipdRincianBelanja : FormTemplate.Rka221))
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

    /// <summary>Whether the form's amount rows are the 2.2.1 form's (<c>Jumlah Tahun ...</c>), none SIPD's
    /// (<c>Alokasi Tahun ...</c>).</summary>
    private static bool PrintsJumlahTahun(RkaForm form)
    {
        bool jumlah = false;
        foreach (AmountRow row in form.Amounts.Rows)
        {
            if (row.Label.StartsWith("Alokasi", System.StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            jumlah |= row.Label.StartsWith("Jumlah", System.StringComparison.OrdinalIgnoreCase);
        }

        return jumlah;
    }
}
