using System;
using System.Linq;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;
using Sipd = Rkaskpd.Tests.Text.Sipd.SipdFormReadingTests;

namespace Rkaskpd.Tests.Validation.Rules;

/// <summary>RKA101/RKA102 on SIPD forms (Permendagri 90/2019 codes): every level of the hierarchy, with the exact
/// message, read from the tabbed SIPD text with one code changed.</summary>
public class SipdCodeChecksTests
{
    private static Diagnostic[] Validate(string from, string to, string code)
    {
        Assert.Contains(from, Sipd.Tabbed, StringComparison.Ordinal);
        string text = Sipd.Tabbed.Replace(from, to, StringComparison.Ordinal);
        return [.. RkaTextReader.Read(text).Validate().Where(d => d.Code == code)];
    }

    [Fact]
    public void The_unchanged_form_raises_no_code_diagnostic()
    {
        Assert.DoesNotContain(RkaTextReader.Read(Sipd.Tabbed).Validate(), d => d.Code is "RKA101" or "RKA102");
    }

    [Fact]
    public void A_sub_kegiatan_under_another_kegiatan_names_both_kegiatan()
    {
        Diagnostic d = Assert.Single(Validate("1.02.02.2.02.0001", "1.02.02.2.03.0001", "RKA102"));

        Assert.Equal(("header.subKegiatan", DiagnosticSeverity.Error), (d.Path, d.Severity));
        Assert.Equal("Sub kegiatan 1.02.02.2.03.0001 is not under kegiatan 1.02.02.2.02: its kegiatan is 1.02.02.2.03.", d.Message);
    }

    [Fact]
    public void A_sub_kegiatan_of_another_program_is_judged_against_the_written_kegiatan_only()
    {
        // The kegiatan line is there, so the program check uses it, not the sub kegiatan's own kegiatan.
        Diagnostic d = Assert.Single(Validate("1.02.02.2.02.0001", "1.02.03.2.02.0001", "RKA102"));

        Assert.Equal("header.subKegiatan", d.Path);
        Assert.Equal("Sub kegiatan 1.02.03.2.02.0001 is not under kegiatan 1.02.02.2.02: its kegiatan is 1.02.03.2.02.", d.Message);
    }

    [Fact]
    public void A_kegiatan_under_another_program_names_both_programs()
    {
        Diagnostic[] found = Validate("1.02.02.2.02 Penyediaan", "1.02.03.2.02 Penyediaan", "RKA102");

        Diagnostic d = Assert.Single(found, d => d.Path == "header.kegiatan");
        Assert.Equal("Kegiatan 1.02.03.2.02 is not under program 1.02.02: its program is 1.02.03.", d.Message);
        Assert.Contains(found, d => d.Path == "header.subKegiatan");
    }

    [Fact]
    public void A_program_under_another_bidang_names_both_bidang()
    {
        Diagnostic[] found = Validate("1.02.02 PROGRAM", "1.03.02 PROGRAM", "RKA102");

        Diagnostic d = Assert.Single(found, d => d.Path == "header.program");
        Assert.Equal("Program 1.03.02 belongs to bidang urusan 1.03, but the header's bidang urusan is 1.02.", d.Message);
        Assert.Equal("Kegiatan 1.02.02.2.02 is not under program 1.03.02: its program is 1.02.02.",
            Assert.Single(found, d => d.Path == "header.kegiatan").Message);
    }

    [Fact]
    public void An_urusan_other_than_the_bidang_s_names_both()
    {
        Diagnostic d = Assert.Single(Validate("Pemerintahan\t: 1 URUSAN", "Pemerintahan\t: 2 URUSAN", "RKA102"));

        Assert.Equal("header.urusan", d.Path);
        Assert.Equal("The header's urusan is 2; expected the bidang urusan's urusan 1.", d.Message);
    }

    [Fact]
    public void A_unit_of_another_skpd_names_the_skpd_it_belongs_to()
    {
        Diagnostic d = Assert.Single(Validate("1.02.0.00.0.00.01.0001", "1.02.0.00.0.00.02.0001", "RKA102"));

        Assert.Equal("header.unitOrganisasi", d.Path);
        Assert.Equal("Unit 1.02.0.00.0.00.02.0001 is not under organisasi 1.02.0.00.0.00.01.0000: its SKPD is 1.02.0.00.0.00.02.0000.", d.Message);
    }

    [Theory]
    [InlineData("Pemerintahan\t: 1 URUSAN", "Pemerintahan\t: X URUSAN", "header.urusan", "The form has no urusan code; expected a code shaped D, e.g. 1 (Permendagri 90/2019).")]
    [InlineData("1.02.02 PROGRAM", "1.02.X PROGRAM", "header.program", "The program code '1.02.X' does not parse; expected a code shaped bidang.DD, e.g. 1.02.02 (Permendagri 90/2019).")]
    [InlineData("1.02.02.2.02 Penyediaan", "1.02.02.X Penyediaan", "header.kegiatan", "The kegiatan code '1.02.02.X' does not parse; expected a code shaped program.D.DD, e.g. 1.02.02.2.02 (Permendagri 90/2019).")]
    [InlineData("1.02.0.00.0.00.01.0000 DINAS", "1.02.X DINAS", "header.organisasi", "The organisasi (SKPD) code '1.02.X' does not parse; expected a code shaped D.DD.D.DD.D.DD.DD.DDDD, e.g. 1.02.0.00.0.00.01.0000 (Permendagri 90/2019).")]
    [InlineData("1.02.0.00.0.00.01.0001 PUSKESMAS", "1.02.X PUSKESMAS", "header.unitOrganisasi", "The unit code '1.02.X' does not parse; expected a code shaped D.DD.D.DD.D.DD.DD.DDDD, e.g. 1.02.0.00.0.00.01.0001 (Permendagri 90/2019).")]
    [InlineData("1.02.02.2.02.0001", "1.02.02.2.02.X", "header.subKegiatan", "The sub kegiatan code '1.02.02.2.02.X' does not parse; expected a code shaped kegiatan.DDDD or kegiatan.DD, e.g. 1.02.02.2.02.0001 (Permendagri 90/2019).")]
    [InlineData("Bidang Urusan\t: 1.02 URUSAN", "Bidang Urusan\t: 1.X URUSAN", "header.bidangUrusan", "The bidang urusan code '1.X' does not parse; expected a code shaped D.DD, e.g. 1.02 (Permendagri 90/2019).")]
    public void An_unreadable_or_missing_code_names_its_level_and_the_90_2019_shape(string from, string to, string path, string message)
    {
        Diagnostic d = Assert.Single(Validate(from, to, "RKA101"), d => d.Path == path);

        Assert.Equal((DiagnosticSeverity.Error, message), (d.Severity, d.Message));
    }

    private static Diagnostic[] Validate(string code, params (string From, string To)[] edits)
    {
        string text = Sipd.Tabbed;
        foreach ((string from, string to) in edits)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        return [.. RkaTextReader.Read(text).Validate().Where(d => d.Code == code)];
    }

    [Fact]
    public void Without_a_readable_kegiatan_the_sub_kegiatan_s_kegiatan_is_checked_against_the_program()
    {
        Diagnostic d = Assert.Single(Validate("RKA102", ("1.02.02.2.02.0001", "1.02.03.2.02.0001"), ("1.02.02.2.02 Penyediaan", "1.02.02.X Penyediaan")));

        Assert.Equal(("header.kegiatan", "Kegiatan 1.02.03.2.02 is not under program 1.02.02: its program is 1.02.03."), (d.Path, d.Message));
    }

    [Fact]
    public void Without_a_readable_program_the_kegiatan_s_program_is_checked_against_the_bidang()
    {
        Diagnostic[] found = Validate("RKA102", ("1.02.02 PROGRAM", "1.02.X PROGRAM"), ("1.02.02.2.02 Penyediaan", "1.03.02.2.02 Penyediaan"));

        Assert.Equal("Program 1.03.02 belongs to bidang urusan 1.03, but the header's bidang urusan is 1.02.",
            Assert.Single(found, d => d.Path == "header.program").Message);
        Assert.Equal(["header.program", "header.subKegiatan"], found.Select(d => d.Path).Order());
    }

    [Fact]
    public void Without_a_readable_program_or_kegiatan_the_sub_kegiatan_s_program_is_checked_against_the_bidang()
    {
        Diagnostic d = Assert.Single(Validate("RKA102",
            ("1.02.02.2.02.0001", "1.03.02.2.02.0001"), ("1.02.02 PROGRAM", "1.02.X PROGRAM"), ("1.02.02.2.02 Penyediaan", "1.02.02.X Penyediaan")));

        Assert.Equal(("header.program", "Program 1.03.02 belongs to bidang urusan 1.03, but the header's bidang urusan is 1.02."), (d.Path, d.Message));
    }

    [Fact]
    public void Without_a_readable_bidang_the_program_s_bidang_is_checked_against_the_urusan()
    {
        Diagnostic d = Assert.Single(Validate("RKA102", ("Bidang Urusan\t: 1.02 URUSAN", "Bidang Urusan\t: 1.X URUSAN"), ("Pemerintahan\t: 1 URUSAN", "Pemerintahan\t: 2 URUSAN")));

        Assert.Equal(("header.urusan", "The header's urusan is 2; expected the bidang urusan's urusan 1."), (d.Path, d.Message));
    }

    [Fact]
    public void An_unreadable_sub_unit_names_its_level()
    {
        Diagnostic d = Assert.Single(Validate("RKA101",
            ("PUSKESMAS CONTOH\n", "PUSKESMAS CONTOH\nSub Unit Organisasi\t: 1.02.X PUSKESMAS PEMBANTU\n")));

        Assert.Equal(("header.subUnitOrganisasi", "The sub unit code '1.02.X' does not parse; expected a code shaped D.DD.D.DD.D.DD.DD.DDDD (Permendagri 90/2019)."),
            (d.Path, d.Message));
    }

    [Fact]
    public void An_optional_level_written_without_a_code_is_not_reported_but_a_required_one_is()
    {
        Assert.Empty(Validate("RKA101", ("1.02.0.00.0.00.01.0001 PUSKESMAS", "PUSKESMAS")));
        Assert.Equal("The form has no program code; expected a code shaped bidang.DD, e.g. 1.02.02 (Permendagri 90/2019).",
            Assert.Single(Validate("RKA101", ("1.02.02 PROGRAM", "PROGRAM")), d => d.Path == "header.program").Message);
    }
}
