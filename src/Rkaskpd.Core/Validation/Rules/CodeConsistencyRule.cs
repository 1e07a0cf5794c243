using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA102</c> (error): the header's codes disagree: the kegiatan is not under the program, the program's
/// organisasi is not the header's, or the header's urusan is neither the program's urusan nor the organisasi's.
/// </summary>
/// <remarks>
/// A program's urusan may differ from its organisasi's own urusan (an SKPD can run another affair's program), so the
/// header's <c>Urusan Pemerintahan</c> may name either of them. Codes that do not parse are left to
/// <see cref="CodeParseRule"/>. On SIPD prints the 90/2019 hierarchy is checked instead: sub kegiatan under kegiatan under
/// program under bidang urusan under urusan, and the unit under its SKPD.
/// </remarks>
public sealed class CodeConsistencyRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.CodeMismatch;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "Codes disagree: kegiatan not under its program, program's organisasi or urusan not the header's.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        if (form.Template == FormTemplate.SipdRincianBelanja)
        {
            SipdCodeChecks.CheckConsistency(form, context);
            return;
        }

        FormHeader header = form.Header;
        if (header.Kegiatan.Code is { } kegiatan && header.Program.Code is { } program && kegiatan.Program != program)
        {
            context.Report(form, ModelPaths.Kegiatan,
                Message.Format(MessageResources.Rka102KegiatanProgram, kegiatan, program, kegiatan.Program));
        }

        ProgramCode? programCode = header.Program.Code ?? header.Kegiatan.Code?.Program;
        if (programCode is { } p && header.Organisasi.Code is { } organisasi && p.Organisasi != organisasi)
        {
            context.Report(form, ModelPaths.Program,
                Message.Format(MessageResources.Rka102ProgramOrganisasi, p, p.Organisasi, organisasi));
        }

        if (header.Urusan.Code is { } urusan)
        {
            OrganisasiCode? organisasiCode = header.Organisasi.Code ?? programCode?.Organisasi;
            bool matchesProgram = programCode is { } pc && pc.Urusan == urusan;
            bool matchesOrganisasi = organisasiCode is { } oc && oc.Urusan == urusan;
            if ((programCode is not null || organisasiCode is not null) && !matchesProgram && !matchesOrganisasi)
            {
                string expected = programCode is { } pc2
                    ? (organisasiCode is { } oc2 && oc2.Urusan != pc2.Urusan
                        ? Message.Format(MessageResources.Rka102ProgramOrOrganisasiUrusan, pc2.Urusan, oc2.Urusan)
                        : Message.Format(MessageResources.Rka102ProgramUrusan, pc2.Urusan))
                    : Message.Format(MessageResources.Rka102OrganisasiUrusan, organisasiCode!.Value.Urusan);
                context.Report(form, ModelPaths.Urusan, Message.Format(MessageResources.Rka102Urusan, urusan, expected));
            }
        }
    }
}
