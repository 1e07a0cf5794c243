using System;
using Rkaskpd.Forms;
using Rkaskpd.Resources;

namespace Rkaskpd.Validation.Rules;

/// <summary><c>RKA101</c> (error): a code of the header does not parse, or is missing.</summary>
/// <remarks>
/// The reader normalises the spellings real documents use (<c>3.05 . 3.05.09 . 01</c>, a trailing dot) before this
/// rule sees the code; what is still unreadable, or absent, is reported with the text as written. The scheme is the
/// form's template's: 13/2006 codes on the 2.2.1 form, Permendagri 90/2019 codes (urusan to sub kegiatan, SKPD and unit)
/// on SIPD prints.
/// </remarks>
public sealed class CodeParseRule : IFormRule
{
    /// <inheritdoc/>
    public string Id => RuleIds.CodeUnreadable;

    /// <inheritdoc/>
    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    /// <inheritdoc/>
    public string Summary => "A code does not parse.";

    /// <inheritdoc/>
    public void Validate(RkaForm form, RuleContext context)
    {
        if (form.Template == FormTemplate.SipdRincianBelanja)
        {
            SipdCodeChecks.CheckParse(form, context);
            return;
        }

        FormHeader header = form.Header;
        // The shape's message is looked up only when a code is missing (a resource lookup takes a lock).
        Check(form, context, ModelPaths.Urusan, header.Urusan, "urusan", static () => MessageResources.Rka101ShapeUrusan);
        Check(form, context, ModelPaths.Organisasi, header.Organisasi, "organisasi", static () => MessageResources.Rka101ShapeOrganisasi);
        Check(form, context, ModelPaths.Program, header.Program, "program", static () => MessageResources.Rka101ShapeProgram);
        Check(form, context, ModelPaths.Kegiatan, header.Kegiatan, "kegiatan", static () => MessageResources.Rka101ShapeKegiatan);
    }

    private static void Check<TCode>(RkaForm form, RuleContext context, string path, HeaderField<TCode> field, string level, Func<string> shapeOf)
        where TCode : struct
    {
        if (field.Code is not null)
        {
            return;
        }

        string shape = shapeOf();
        context.Report(form, path, field.CodeText.Length == 0
            ? Message.Format(MessageResources.Rka101Missing, level, shape)
            : Message.Format(MessageResources.Rka101Unparsed, level, field.CodeText, shape));
    }
}
