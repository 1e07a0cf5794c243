using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Unseen;

/// <summary>What the reader reports about the parts of the unseen documents that are no form content: the RKA-SKPD 2.2
/// recap and cover of the SIPKD document; where the DPA's Rencana Penarikan Dana is held; and how a Crystal Reports
/// export to Rich Text Format was read and where its seeded defects are.</summary>
public class UnseenFindingsTests
{
    [Fact]
    public void The_cover_and_recap_pages_are_no_forms_and_are_reported_as_outside_any_form()
    {
        RkaReadResult result = RkaTextReader.Read(UnseenData.Bytes("sipkd-2014-rka-skpd-221-word.txt"));

        Assert.Equal("1.01.1.01.01.15.03", Assert.Single(result.Document.Forms).Header.Kegiatan.Code?.ToString());
        Diagnostic[] outside = [.. result.Diagnostics.Where(d => d.Code == "RKA003")];
        // The cover (lines 1-20) and the recap page (22-32) up to the 2.2.1 form's title at line 33.
        Assert.Contains(outside, d => d.Line == 1 && d.Message.Contains("to 32", StringComparison.Ordinal)
            && d.Message.Contains("\"REKAPITULASI ANGGARAN BELANJA LANGSUNG BERDASARKAN PROGRAM DAN KEGIATAN\"", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA002" or "RKA006");
    }

    [Fact]
    public void The_rencana_penarikan_dana_is_held_by_the_form_at_its_lines()
    {
        RkaReadResult result = RkaTextReader.Read(UnseenData.Bytes("sipd-2023-dpa-rincian-belanja.layout.txt"));

        RkaForm form = Assert.Single(result.Document.Forms);
        RencanaPenarikanDana plan = Assert.IsType<RencanaPenarikanDana>(form.RencanaPenarikan);
        Assert.Equal("Rencana Penarikan Dana per Bulan", plan.Title);
        Assert.Equal(12, plan.Periode.Count);
        Assert.Equal((55, 62), (result.LineOf(form, "rencanaPenarikan"), result.LineOf(form, "rencanaPenarikan.jumlah")));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA006" or "RKA016");
    }

    [Fact]
    public void The_crystal_reports_rtf_is_laid_out_by_its_frames_and_its_seeded_defects_are_found_at_their_lines()
    {
        RkaReadResult result = RkaTextReader.Read(UnseenData.Bytes("crystal-2016-rka-skpd-221.rtf"));

        RkaForm form = Assert.Single(result.Document.Forms);
        Diagnostic readAs = Assert.Single(result.Diagnostics, d => d.Code == "RKA021");
        Assert.Contains("Crystal Reports", readAs.Message, StringComparison.Ordinal);
        Diagnostic[] findings = [.. result.Validate()];
        Diagnostic terbilang = Assert.Single(findings, d => d.Code == "RKA201");
        Diagnostic jumlah = Assert.Single(findings, d => d.Code == "RKA501");
        Assert.Equal(("amounts.previousYear.terbilang", "rincian[22].jumlah"), (terbilang.Path, jumlah.Path));
        // The terbilang stands on the laid-out page's line 12, the last detail line on page 2 after the repeated heading.
        Assert.Equal(12, terbilang.Line);
        Assert.True(jumlah.Line > result.LineOf(form, "rincian[15]"));
        Assert.DoesNotContain(findings, d => d.Code is "RKA006" or "RKA017" or "RKA502");
    }

    [Fact]
    public void The_cells_shifted_before_the_sumber_dana_are_reported_not_read_as_its_name()
    {
        RkaReadResult result = RkaTextReader.Read(UnseenData.Bytes("corpus/kab-lombok-barat-2015-dpa-skpd-221-dinkes-penanggulangan-kep-gizi.txt"));

        Assert.Equal("Dana Alokasi Umum (D A U)", Assert.Single(result.Document.Forms).Header.SumberPendanaan?.Text);
        // Lines 88-89 of the excerpt: "3" and "Urusan Wajib Kesehatan" between "Sumber Dana :" and the fund's name.
        Assert.Contains(result.Diagnostics, d => d.Line == 88 && d.Message.Contains("'3'", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Line == 89 && d.Message.Contains("Urusan Wajib Kesehatan", StringComparison.Ordinal));
    }
}
