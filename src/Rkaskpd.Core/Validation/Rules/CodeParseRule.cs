using Rkaskpd.Forms;

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
        Check(form, context, "header.urusan", header.Urusan, "urusan", "D.DD, e.g. 3.05");
        Check(form, context, "header.organisasi", header.Organisasi, "organisasi", "urusan.DD, e.g. 3.05.09");
        Check(form, context, "header.program", header.Program, "program", "urusan.organisasi.DD, e.g. 3.05.3.05.09.01");
        Check(form, context, "header.kegiatan", header.Kegiatan, "kegiatan", "program.DDD or program.DD, e.g. 3.05.3.05.09.01.021");
    }

    private static void Check<TCode>(RkaForm form, RuleContext context, string path, HeaderField<TCode> field, string level, string shape)
        where TCode : struct
    {
        if (field.Code is not null)
        {
            return;
        }

        context.Report(form, path, field.CodeText.Length == 0
            ? $"The form has no {level} code; expected a code shaped {shape}."
            : $"The {level} code '{field.CodeText}' does not parse; expected a code shaped {shape}.");
    }
}
