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

    [Theory]
    [InlineData("urusan")]
    [InlineData("organisasi")]
    [InlineData("kegiatan")]
    public void Two_names_for_one_urusan_organisasi_or_kegiatan_are_reported(string level)
    {
        RkaForm form = TestForms.Consistent();
        FormHeader h = form.Header;
        FormHeader renamed = level switch
        {
            "urusan" => h with { Urusan = h.Urusan with { Name = h.Urusan.Name + " DAN LAINNYA" } },
            "organisasi" => h with { Organisasi = h.Organisasi with { Name = h.Organisasi.Name + " DAN LAINNYA" } },
            _ => h with { Kegiatan = h.Kegiatan with { Name = h.Kegiatan.Name + " DAN LAINNYA" } },
        };
        string code = level switch { "urusan" => "3.05", "organisasi" => "3.05.09", _ => "3.05.3.05.09.01.021" };

        Diagnostic d = Assert.Single(Rule.Run(new RkaDocument { Forms = [form, form with { Header = renamed }] }));
        Assert.Equal(("RKA103", "header." + level), (d.Code, d.Path));
        Assert.Contains($"The {level} code {code} carries 2 different names", d.Message, StringComparison.Ordinal);
        Assert.Contains(" DAN LAINNYA' in 3.05.3.05.09.01.021", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Urusan_organisasi_and_kegiatan_names_compare_ignoring_case_and_spacing()
    {
        RkaForm form = TestForms.Consistent();
        FormHeader h = form.Header;
        FormHeader spaced = h with
        {
            Urusan = h.Urusan with { Name = " pemerintahan\t umum " },
            Organisasi = h.Organisasi with { Name = "Kecamatan  Lumajang" },
            Kegiatan = h.Kegiatan with { Name = "PELAYANAN ADMINISTRASI DAN  OPERASIONAL PERKANTORAN" },
        };
        Assert.Empty(Rule.Run(new RkaDocument { Forms = [form, form with { Header = spaced }] }));
    }
}
