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
        Assert.Contains("'PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN' in form 1 (3.05.3.05.09.01.021)", d.Message, StringComparison.Ordinal);
        Assert.Contains("'PROGRAM PELAYANAN ADMINISTRASI' in form 2 (3.05.3.05.09.01.021)", d.Message, StringComparison.Ordinal);
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
        Assert.Contains(" DAN LAINNYA' in form 2 (3.05.3.05.09.01.021)", d.Message, StringComparison.Ordinal);
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

    private static RkaForm InKegiatan(RkaForm form, string kegiatan) =>
        form with { Header = form.Header with { Kegiatan = HeaderField.Of(Rkaskpd.Codes.KegiatanCode.Parse(kegiatan), form.Header.Kegiatan.Name) } };

    [Fact]
    public void Every_name_is_listed_once_in_first_seen_order_with_all_the_forms_that_carry_it()
    {
        var document = new RkaDocument
        {
            Forms =
            [
                InKegiatan(TestForms.Consistent(), "3.05.3.05.09.01.001"),
                InKegiatan(WithProgramName("PROGRAM PELAYANAN"), "3.05.3.05.09.01.002"),
                InKegiatan(TestForms.Consistent(), "3.05.3.05.09.01.003"),
                InKegiatan(WithProgramName("Program  Administrasi"), "3.05.3.05.09.01.004"),
                InKegiatan(WithProgramName("program pelayanan"), "3.05.3.05.09.01.005"),
            ],
        };

        Diagnostic d = Assert.Single(Rule.Run(document));

        Assert.Equal(
            "The program code 3.05.3.05.09.01 carries 3 different names: "
            + "'PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN' in form 1 (3.05.3.05.09.01.001), form 3 (3.05.3.05.09.01.003); "
            + "'PROGRAM PELAYANAN' in form 2 (3.05.3.05.09.01.002), form 5 (3.05.3.05.09.01.005); "
            + "'Program  Administrasi' in form 4 (3.05.3.05.09.01.004). Expected one name per code.",
            d.Message);
    }

    [Fact]
    public void A_name_without_a_code_is_compared_with_nothing()
    {
        RkaForm noCode = WithProgramName("PROGRAM LAIN");
        noCode = noCode with { Header = noCode.Header with { Program = noCode.Header.Program with { Code = null, CodeText = string.Empty } } };

        Assert.Empty(Rule.Run(new RkaDocument { Forms = [TestForms.Consistent(), noCode, noCode with { Header = noCode.Header with { Program = noCode.Header.Program with { Name = "PROGRAM KETIGA" } } }] }));
    }

    [Fact]
    public void Names_that_differ_only_inside_a_word_are_different_names()
    {
        // Spacing is ignored between words, not inside them: ADMINI STRASI is another name.
        Diagnostic d = Assert.Single(Rule.Run(new RkaDocument { Forms = [TestForms.Consistent(), WithProgramName("PROGRAM PELAYANAN ADMINI STRASI PERKANTORAN")] }));
        Assert.Contains("carries 2 different names", d.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PROGRAM\tPELAYANAN\tADMINISTRASI\tPERKANTORAN")]
    [InlineData("PROGRAM PELAYANAN\tADMINISTRASI PERKANTORAN")]
    [InlineData("PROGRAM PELAYANAN  ADMINISTRASI PERKANTORAN")]
    [InlineData("PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN\u00A0")]
    public void A_name_in_capitals_with_other_spacing_is_the_same_name(string name) =>
        Assert.Empty(Rule.Run(new RkaDocument { Forms = [TestForms.Consistent(), WithProgramName(name)] }));
}
