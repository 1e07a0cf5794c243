using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA401</c> (error): a KAK (<c>Kerangka Acuan Kerja</c>) section is missing or empty.</summary>
/// <remarks>
/// The eight sections are Latar Belakang, Dasar Hukum, Maksud dan Tujuan, Bentuk Kegiatan, Konsep Kegiatan, Mekanisme,
/// Alur and Manfaat. A form without any KAK gets one diagnostic rather than eight.
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
        if (form.Kak is not { } kak)
        {
            context.Report(form, "kak",
                MessageResources.Rka401NoKak);
            return;
        }

        foreach (KakSectionKind kind in kak.MissingOrEmptyKinds)
        {
            string heading = KakHeadings.GetCanonicalHeading(kind);
            context.Report(form, KakPaths.Of(kind), kak[kind] is null
                ? Message.Format(MessageResources.Rka401Missing, heading)
                : Message.Format(MessageResources.Rka401Empty, heading));
        }
    }
}
