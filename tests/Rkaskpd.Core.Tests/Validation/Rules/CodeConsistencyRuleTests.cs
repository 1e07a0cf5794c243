using System;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class CodeConsistencyRuleTests
{
    private static readonly CodeConsistencyRule Rule = new();

    /// <summary>An SKPD of urusan 1.20 running a program of urusan 2.07, as regional forms do.</summary>
    private static RkaForm ForeignProgram(string urusan) => TestForms.Consistent() with
    {
        Header = new FormHeader
        {
            TahunAnggaran = 2020,
            Urusan = HeaderField.Of(UrusanCode.Parse(urusan), "URUSAN"),
            Organisasi = HeaderField.Of(OrganisasiCode.Parse("1.20.03"), "BADAN PERENCANAAN"),
            Program = HeaderField.Of(ProgramCode.Parse("2.07.1.20.03.05"), "PROGRAM X"),
            Kegiatan = HeaderField.Of(KegiatanCode.Parse("2.07.1.20.03.05.001"), "Kegiatan X"),
        },
    };

    [Fact]
    public void Agreeing_codes_raise_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Fact]
    public void A_kegiatan_under_another_program_is_reported()
    {
        RkaForm form = TestForms.Consistent();
        form = form with { Header = form.Header with { Kegiatan = HeaderField.Of(KegiatanCode.Parse("3.05.3.05.09.02.021"), "X") } };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal(("RKA102", DiagnosticSeverity.Error, "header.kegiatan", "3.05.3.05.09.02.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Equal("Kegiatan 3.05.3.05.09.02.021 is not under program 3.05.3.05.09.01: its program is 3.05.3.05.09.02.", d.Message);
    }

    [Fact]
    public void A_program_of_another_organisasi_is_reported()
    {
        RkaForm form = TestForms.Consistent();
        form = form with { Header = form.Header with { Organisasi = HeaderField.Of(OrganisasiCode.Parse("3.05.10"), "KECAMATAN X") } };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal("header.program", d.Path);
        Assert.Contains("organisasi 3.05.09, but the header's organisasi is 3.05.10", d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2.07")]
    [InlineData("1.20")]
    public void The_header_urusan_may_be_the_programs_or_the_organisasis(string urusan) => Assert.Empty(Rule.Run(ForeignProgram(urusan)));

    [Fact]
    public void A_header_urusan_of_neither_names_both_expectations()
    {
        Diagnostic d = Assert.Single(Rule.Run(ForeignProgram("3.05")));
        Assert.Equal("header.urusan", d.Path);
        Assert.Equal("The header's urusan is 3.05; expected the program's urusan 2.07 or the organisasi's urusan 1.20.", d.Message);
    }

    [Fact]
    public void An_own_urusan_program_accepts_its_urusan()
    {
        RkaForm form = ForeignProgram("1.20");
        form = form with
        {
            Header = form.Header with
            {
                Program = HeaderField.Of(ProgramCode.Parse("1.20.1.20.03.16"), "PROGRAM Y"),
                Kegiatan = HeaderField.Of(KegiatanCode.Parse("1.20.1.20.03.16.01"), "Kegiatan Y"),
            },
        };
        Assert.Empty(Rule.Run(form));
    }

    [Fact]
    public void A_header_urusan_other_than_the_one_program_and_organisasi_share_names_the_programs()
    {
        RkaForm form = TestForms.Consistent();
        form = form with { Header = form.Header with { Urusan = HeaderField.Of(UrusanCode.Parse("1.20"), "URUSAN") } };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal(("header.urusan", "The header's urusan is 1.20; expected the program's urusan 3.05."), (d.Path, d.Message));
    }

    [Fact]
    public void Without_program_and_kegiatan_the_urusan_is_judged_by_the_organisasi()
    {
        RkaForm form = ForeignProgram("3.05");
        form = form with { Header = form.Header with { Program = HeaderField.Missing<ProgramCode>(), Kegiatan = HeaderField.Missing<KegiatanCode>() } };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal(("header.urusan", "The header's urusan is 3.05; expected the organisasi's urusan 1.20."), (d.Path, d.Message));
    }

    [Fact]
    public void Without_a_program_code_the_kegiatan_s_program_is_compared_with_the_organisasi()
    {
        RkaForm form = TestForms.Consistent();
        form = form with
        {
            Header = form.Header with
            {
                Program = HeaderField.Missing<ProgramCode>(),
                Organisasi = HeaderField.Of(OrganisasiCode.Parse("3.05.10"), "KECAMATAN X"),
            },
        };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal("header.program", d.Path);
        Assert.Equal("Program 3.05.3.05.09.01 belongs to organisasi 3.05.09, but the header's organisasi is 3.05.10.", d.Message);
    }

    [Fact]
    public void Without_an_organisasi_code_the_program_s_organisasi_decides_the_urusan()
    {
        // The program 2.07.1.20.03.05 runs in organisasi 1.20.03, whose urusan 1.20 is the header's.
        RkaForm form = ForeignProgram("1.20");
        form = form with { Header = form.Header with { Organisasi = HeaderField.Missing<OrganisasiCode>() } };
        Assert.Empty(Rule.Run(form));
    }

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));
}
