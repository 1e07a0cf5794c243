using System;
using System.Linq;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Html;
using Rkaskpd.Recap;
using Rkaskpd.Tests.Text.Sipd;
using Xunit;

namespace Rkaskpd.Tests.Recap;

public sealed partial class RekapitulasiTests
{
    /// <summary>Three SIPD-era forms: two sub kegiatan of kegiatan 1.02.02.2.02 (program 1.02.02), one of kegiatan
    /// 1.02.01.2.01 (program 1.02.01); 90/2019 kode rekening on the first two.</summary>
    private static RkaDocument SipdDocument()
    {
        RkaForm first = SipdTestForm.Create(); // 1.02.02.2.02.0001: 0 / 4.500.000 / 4.950.000, 5.1.02 4.500.000
        RkaForm second = SipdForm(first, "1.02.02.2.02.0002", "Pengelolaan Pelayanan Kesehatan Balita", 1_000_000m, 2_000_000m, 2_200_000m,
            RincianLine.Rekening("5.2.02.05.01.0001", "Belanja Modal Alat Kedokteran Umum", Rp(2_000_000m)),
            RincianLine.Detail("Tensimeter digital", 4m, "Unit", Rp(500_000m)));
        RkaForm planning = SipdForm(first, "1.02.01.2.01.0003", "Penyusunan Dokumen Perencanaan", 0m, 3_000_000m, 3_300_000m);
        RkaForm third = planning with
        {
            Header = planning.Header with
            {
                Program = new HeaderField<ProgramCode>("Program", "1.02.01", null, "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH"),
                Kegiatan = new HeaderField<KegiatanCode>("Kegiatan", "1.02.01.2.01", null, "Perencanaan, Penganggaran, dan Evaluasi Kinerja"),
            },
        };
        return new RkaDocument { Forms = [first, second, third] };
    }

    private static RkaForm SipdForm(RkaForm template, string code, string name, decimal previous, decimal current, decimal next, params RincianLine[] rincian) =>
        template with
        {
            Header = template.Header with { SubKegiatan = HeaderField.Of(SubKegiatanCode.Parse(code), name, "Sub Kegiatan") },
            Amounts = new FormAmounts
            {
                PreviousYear = template.Amounts.PreviousYear! with { Amount = Rp(previous), AmountText = Rp(previous).ToString() },
                CurrentYear = template.Amounts.CurrentYear! with { Amount = Rp(current), AmountText = Rp(current).ToString() },
                NextYear = template.Amounts.NextYear! with { Amount = Rp(next), AmountText = Rp(next).ToString() },
            },
            Rincian = rincian,
        };

    [Fact]
    public void Sipd_forms_are_recapped_per_program_kegiatan_and_sub_kegiatan()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SipdDocument());

        Assert.Empty(recap.Programs);
        Assert.Empty(recap.Issues);
        Assert.Equal(RekapAmounts.Zero, recap.Unclassified);
        Assert.NotNull(recap.SipdPrograms);
        Assert.Equal(["1.02.01", "1.02.02"], recap.SipdPrograms.Select(p => p.Code.ToString()));

        RekapSipdProgram perencanaan = recap.SipdPrograms[0];
        Assert.Equal("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH", perencanaan.Name);
        RekapSipdKegiatan evaluasi = Assert.Single(perencanaan.Kegiatan);
        Assert.Equal(("1.02.01.2.01", "Perencanaan, Penganggaran, dan Evaluasi Kinerja"), (evaluasi.Code.ToString(), evaluasi.Name));
        RekapSubKegiatan dokumen = Assert.Single(evaluasi.SubKegiatan);
        Assert.Equal(("1.02.01.2.01.0003", "Penyusunan Dokumen Perencanaan"), (dokumen.Code.ToString(), dokumen.Name));
        Assert.Equal(new RekapAmounts(Rp(0m), Rp(3_000_000m), Rp(3_300_000m)), perencanaan.Amounts);
        Assert.Null(perencanaan.JenisBelanja);

        RekapSipdProgram kesehatan = recap.SipdPrograms[1];
        Assert.Equal("PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN", kesehatan.Name);
        RekapSipdKegiatan layanan = Assert.Single(kesehatan.Kegiatan);
        Assert.Equal(["1.02.02.2.02.0001", "1.02.02.2.02.0002"], layanan.SubKegiatan.Select(s => s.Code.ToString()));
        Assert.Equal("Kab. Contoh, Kec. Sukodono", layanan.SubKegiatan[1].Lokasi);
        Assert.Equal(new RekapAmounts(Rp(1_000_000m), Rp(6_500_000m), Rp(7_150_000m)), layanan.Amounts);
        Assert.Equal(layanan.Amounts, kesehatan.Amounts);
        JenisBelanjaSplit split = kesehatan.JenisBelanja!.Value;
        Assert.Equal(CodeScheme.Permendagri90, split.Scheme);
        Assert.Equal((Rp(4_500_000m), Rp(4_500_000m), Rp(2_000_000m)), (split.BelanjaOperasi, split.BarangDanJasa, split.Modal));
        Assert.Equal(Rp(2_000_000m), layanan.SubKegiatan[1].JenisBelanja!.Value.Modal);

        Assert.Equal(new RekapAmounts(Rp(1_000_000m), Rp(9_500_000m), Rp(10_450_000m)), recap.Total);
        Assert.Equal(Rp(6_500_000m), recap.JenisBelanja!.Value.BelanjaOperasi + recap.JenisBelanja.Value.Modal);
    }

    [Fact]
    public void A_repeated_sub_kegiatan_is_added_into_one_row_and_reported()
    {
        RkaForm form = SipdTestForm.Create();

        RekapitulasiBelanja recap = Rekapitulasi.Compute(new RkaDocument { Forms = [form, form] });

        RekapSubKegiatan row = Assert.Single(Assert.Single(Assert.Single(recap.SipdPrograms!).Kegiatan).SubKegiatan);
        Assert.Equal(Rp(9_000_000m), row.CurrentYear);
        Assert.Equal(RekapIssueKind.DuplicateKegiatan, Assert.Single(recap.Issues).Kind);
    }

    [Fact]
    public void A_13_2006_document_has_no_sipd_programs_and_its_json_is_unchanged()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);

        Assert.Null(recap.SipdPrograms);
        Assert.DoesNotContain("sipdPrograms", RekapitulasiWriter.Write(recap, RekapitulasiFormat.Json), StringComparison.Ordinal);
    }

    [Fact]
    public void The_recap_writers_show_the_sub_kegiatan_rows_under_their_kegiatan()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SipdDocument());

        string text = RekapitulasiWriter.Write(recap, RekapitulasiFormat.Text);
        string markdown = RekapitulasiWriter.Write(recap, RekapitulasiFormat.Markdown);
        string html = RkaHtmlWriter.WriteRecap(recap);
        string json = RekapitulasiWriter.Write(recap, RekapitulasiFormat.Json);

        Assert.Contains("\n    1.02.02.2.02.0002 ", text, StringComparison.Ordinal);
        Assert.Contains("\n  1.02.02.2.02 ", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("1.02.02.2.02.0001", StringComparison.Ordinal) < text.IndexOf("1.02.02.2.02.0002", StringComparison.Ordinal));
        Assert.Contains("| 1.02.02.2.02.0002 | Pengelolaan Pelayanan Kesehatan Balita |", markdown, StringComparison.Ordinal);
        Assert.Contains("<td class=\"indent2\">Pengelolaan Pelayanan Kesehatan Balita</td>", html, StringComparison.Ordinal);
        Assert.Contains("9.500.000,00", text, StringComparison.Ordinal);
        Assert.Equal(recap, System.Text.Json.JsonSerializer.Deserialize(json, Rkaskpd.Serialization.RkaskpdJsonContext.Default.RekapitulasiBelanja));
    }
}
