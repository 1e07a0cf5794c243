using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary>
/// <c>RKA402</c> (warning): a KAK heading or a header label is misspelled (<c>Layat Belakang</c> for
/// <c>Latar Belakang</c>, <c>Kegiatn</c> for <c>Kegiatan</c>); the message names the correction.
/// </summary>
/// <remarks>
/// <para>The rule is the one producer of <c>RKA402</c>: the reader keeps a misspelled label or heading as written and
/// reads its field or section, and this rule reports it, on forms read from text, loaded from JSON or built in code.</para>
/// <para>Header labels (every coded field's label: urusan, bidang urusan, organisasi, unit, sub unit, program,
/// kegiatan, sub kegiatan; and the plain-text fields' labels the model keeps when they are no known spelling:
/// <see cref="FormHeader.LokasiLabel"/>, sasaran program, sumber pendanaan, waktu pelaksanaan, keluaran sub kegiatan,
/// <see cref="RkaForm.KelompokSasaranLabel"/>) are compared with the form vocabulary's labels and variants (<c>HeaderLabels</c>),
/// ignoring case and runs of white space: a label of letters and spaces that is no known label but within the
/// vocabulary's one threshold of one (none up to five letters, one edit up to nine, two beyond) is misspelled. KAK
/// headings are judged by <see cref="KakSection.IsHeadingMisspelled"/>. The reader recognises labels and headings with
/// the same matchers, so what it reads through a misspelling is what this rule reports.</para>
/// </remarks>
public sealed class LabelSpellingRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.LabelMisspelled;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    /// <inheritdoc/>
    public string Summary => "A KAK heading or header label is misspelled.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        FormHeader header = form.Header;
        CheckHeader(form, context, ModelPaths.Urusan, header.Urusan.Label);
        CheckHeader(form, context, ModelPaths.Organisasi, header.Organisasi.Label);
        CheckHeader(form, context, ModelPaths.Program, header.Program.Label);
        CheckHeader(form, context, ModelPaths.Kegiatan, header.Kegiatan.Label);
        CheckHeader(form, context, ModelPaths.BidangUrusan, header.BidangUrusan?.Label);
        CheckHeader(form, context, ModelPaths.UnitOrganisasi, header.UnitOrganisasi?.Label);
        CheckHeader(form, context, ModelPaths.SubUnitOrganisasi, header.SubUnitOrganisasi?.Label);
        CheckHeader(form, context, ModelPaths.SubKegiatan, header.SubKegiatan?.Label);
        CheckHeader(form, context, ModelPaths.Lokasi, header.LokasiLabel);
        CheckHeader(form, context, ModelPaths.SasaranProgram, header.SasaranProgramLabel);
        CheckHeader(form, context, ModelPaths.SumberPendanaan, header.SumberPendanaanLabel);
        CheckHeader(form, context, ModelPaths.WaktuPelaksanaan, header.WaktuPelaksanaanLabel);
        CheckHeader(form, context, ModelPaths.KeluaranSubKegiatan, header.KeluaranSubKegiatanLabel);
        CheckHeader(form, context, ModelPaths.KelompokSasaran, form.KelompokSasaranLabel);

        Kak? kak = form.Kak;
        if (kak is not null)
        {
            foreach (KakSection section in kak.Sections)
            {
                if (section.IsHeadingMisspelled)
                {
                    context.Report(form, ModelPaths.KakSection(section.Kind),
                        Message.Format(MessageResources.Rka402Heading, section.Heading!.Trim().TrimEnd(':').Trim(), KakHeadings.GetCanonicalHeading(section.Kind)));
                }
            }
        }
    }

    private static void CheckHeader(RkaForm form, RuleContext context, string path, string? label)
    {
        string written = (label ?? string.Empty).Trim().TrimEnd(':').Trim();
        if (written.Length < 5 || written.Length > HeaderLabels.MaxLength || HeaderLabels.IsKnown(written)
            || !HasOnlyLetters(written))
        {
            return;
        }

        string canonical;
        if (HeaderLabels.TryFuzzy(written, out _, out canonical))
        {
            context.Report(form, path, Message.Format(MessageResources.Rka402Label, written, canonical));
        }
    }

    private static bool HasOnlyLetters(string label)
    {
        foreach (char c in label)
        {
            if (!char.IsLetter(c) && !char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
