using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class CodeParseRuleTests
{
    private static readonly CodeParseRule Rule = new();

    /// <summary>Each message up to its <c>;</c>: what it says of the code, without the expected shape.</summary>
    private static System.Collections.Generic.IEnumerable<string> FirstClauses(System.Collections.Generic.IEnumerable<Diagnostic> diagnostics) =>
        System.Linq.Enumerable.Select(diagnostics, d => d.Message[..d.Message.IndexOf(';', System.StringComparison.Ordinal)]);

    [Fact]
    public void Readable_codes_raise_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Fact]
    public void An_unreadable_code_is_reported_with_its_text_and_the_expected_shape()
    {
        RkaForm form = TestForms.Consistent();
        form = form with { Header = form.Header with { Program = new HeaderField<Rkaskpd.Codes.ProgramCode>("Program", "3.05.3.05.09.O1", null, "PROGRAM X") } };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal(("RKA101", DiagnosticSeverity.Error, "header.program", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Contains("'3.05.3.05.09.O1' does not parse", d.Message, System.StringComparison.Ordinal);
        Assert.Contains("e.g. 3.05.3.05.09.01", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_kegiatan_names_its_text_as_the_kegiatan()
    {
        RkaForm form = TestForms.Consistent();
        form = form with { Header = form.Header with { Kegiatan = new HeaderField<Rkaskpd.Codes.KegiatanCode>("Kegiatan", "3.05.3.05.09.01.0021x", null, "X") } };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal("3.05.3.05.09.01.0021x", d.Kegiatan);
        Assert.Equal("header.kegiatan", d.Path);
    }

    [Fact]
    public void An_empty_form_reports_each_missing_code_and_does_not_throw()
    {
        var diagnostics = Rule.Run(new RkaForm());
        Assert.Equal(["header.urusan", "header.organisasi", "header.program", "header.kegiatan"], System.Linq.Enumerable.Select(diagnostics, d => d.Path));
        Assert.Equal(
            ["The form has no urusan code", "The form has no organisasi code", "The form has no program code", "The form has no kegiatan code"],
            FirstClauses(diagnostics));
    }

    [Fact]
    public void Each_unreadable_code_names_its_level()
    {
        RkaForm form = TestForms.Consistent();
        form = form with
        {
            Header = form.Header with
            {
                Urusan = new HeaderField<Rkaskpd.Codes.UrusanCode>("Urusan", "3.O5", null, "X"),
                Organisasi = new HeaderField<Rkaskpd.Codes.OrganisasiCode>("Organisasi", "3.O5.09", null, "X"),
                Program = new HeaderField<Rkaskpd.Codes.ProgramCode>("Program", "3.O5.3.05.09.01", null, "X"),
                Kegiatan = new HeaderField<Rkaskpd.Codes.KegiatanCode>("Kegiatan", "3.O5.3.05.09.01.021", null, "X"),
            },
        };
        Assert.Equal(
            ["The urusan code '3.O5' does not parse", "The organisasi code '3.O5.09' does not parse",
             "The program code '3.O5.3.05.09.01' does not parse", "The kegiatan code '3.O5.3.05.09.01.021' does not parse"],
            FirstClauses(Rule.Run(form)));
    }
}
