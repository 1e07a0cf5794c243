using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA401</c> (error): a KAK (<c>Kerangka Acuan Kerja</c>) section is missing or empty.</summary>
/// <remarks>
/// The eight sections are Latar Belakang, Dasar Hukum, Maksud dan Tujuan, Bentuk Kegiatan, Konsep Kegiatan, Mekanisme,
/// Alur and Manfaat. The KAK is not part of the official 2.2.1 form nor of SIPD prints: a form without any KAK heading
/// is of a template without KAK and gets no diagnostic (<see cref="FormTemplates.HasKak"/>); a form with a KAK heading
/// (Lumajang's template) gets one for each section missing or empty.
/// </remarks>
public sealed class KakSectionPresenceRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.KakSectionMissing;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "A KAK section is missing or empty.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        if (!FormTemplates.HasKak(form) || form.Kak is not { } kak)
        {
            // No KAK heading at all: the form is of a template without KAK (the official 2.2.1 form, SIPD prints).
            return;
        }

        foreach (KakSectionKind kind in kak.MissingOrEmptyKinds)
        {
            string heading = KakHeadings.GetCanonicalHeading(kind);
            context.Report(form, ModelPaths.KakSection(kind), kak[kind] is null
                ? Message.Format(MessageResources.Rka401Missing, heading)
                : Message.Format(MessageResources.Rka401Empty, heading));
        }
    }
}
