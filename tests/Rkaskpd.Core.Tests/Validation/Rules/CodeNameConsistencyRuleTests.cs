using System;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class CodeNameConsistencyRuleTests
{
    private static readonly CodeNameConsistencyRule Rule = new();

    private static RkaForm WithProgramName(string name)
    {
        RkaForm form = TestForms.Consistent();
        return form with { Header = form.Header with { Program = form.Header.Program with { Name = name } } };
    }

    [Fact]
    public void One_name_per_code_raises_nothing_even_with_other_case_and_spacing()
    {
        var document = new RkaDocument { Forms = [TestForms.Consistent(), WithProgramName("  Program Pelayanan   Administrasi Perkantoran ")] };
        Assert.Empty(Rule.Run(document));
    }

    [Fact]
    public void Two_names_for_one_program_are_reported_once_for_the_document()
    {
        var document = new RkaDocument { Forms = [TestForms.Consistent(), WithProgramName("PROGRAM PELAYANAN ADMINISTRASI")] };
        Diagnostic d = Assert.Single(Rule.Run(document));
        Assert.Equal(("RKA103", DiagnosticSeverity.Warning, "header.program", (string?)null), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Contains("program code 3.05.3.05.09.01 carries 2 different names", d.Message, StringComparison.Ordinal);
        Assert.Contains("'PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN' in 3.05.3.05.09.01.021", d.Message, StringComparison.Ordinal);
        Assert.Contains("'PROGRAM PELAYANAN ADMINISTRASI' in 3.05.3.05.09.01.021", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_names_and_empty_forms_are_ignored()
    {
        Assert.Empty(Rule.Run(new RkaDocument { Forms = [TestForms.Consistent(), WithProgramName(" "), new RkaForm()] }));
        Assert.Empty(Rule.Run(new RkaDocument()));
    }
}
