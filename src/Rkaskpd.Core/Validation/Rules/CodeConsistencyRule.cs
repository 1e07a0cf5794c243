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
        KegiatanCode? kegiatanCode = header.Kegiatan.Code;
        if (kegiatanCode.HasValue && header.Program.Code.HasValue && kegiatanCode.Value.Program != header.Program.Code.Value)
        {
            KegiatanCode kegiatan = kegiatanCode.Value;
            context.Report(form, ModelPaths.Kegiatan,
                Message.Format(MessageResources.Rka102KegiatanProgram, kegiatan, header.Program.Code.Value, kegiatan.Program));
        }

        ProgramCode? programCode = header.Program.Code ?? kegiatanCode?.Program;
        if (programCode.HasValue && header.Organisasi.Code.HasValue && programCode.Value.Organisasi != header.Organisasi.Code.Value)
        {
            ProgramCode p = programCode.Value;
            context.Report(form, ModelPaths.Program,
                Message.Format(MessageResources.Rka102ProgramOrganisasi, p, p.Organisasi, header.Organisasi.Code.Value));
        }

        if (header.Urusan.Code.HasValue)
        {
            CheckUrusan(form, context, header.Urusan.Code.Value, programCode, header.Organisasi.Code ?? programCode?.Organisasi);
        }
    }

    private static void CheckUrusan(RkaForm form, RuleContext context, UrusanCode urusan, ProgramCode? programCode, OrganisasiCode? organisasiCode)
    {
        bool matchesProgram = programCode.HasValue && programCode.Value.Urusan == urusan;
        bool matchesOrganisasi = organisasiCode.HasValue && organisasiCode.Value.Urusan == urusan;
        if ((programCode.HasValue || organisasiCode.HasValue) && !matchesProgram && !matchesOrganisasi)
        {
            string expected = !programCode.HasValue
                ? Message.Format(MessageResources.Rka102OrganisasiUrusan, organisasiCode!.Value.Urusan)
                : organisasiCode.HasValue && organisasiCode.Value.Urusan != programCode.Value.Urusan
                    ? Message.Format(MessageResources.Rka102ProgramOrOrganisasiUrusan, programCode.Value.Urusan, organisasiCode.Value.Urusan)
                    : Message.Format(MessageResources.Rka102ProgramUrusan, programCode.Value.Urusan);
            context.Report(form, ModelPaths.Urusan, Message.Format(MessageResources.Rka102Urusan, urusan, expected));
        }
    }
}
