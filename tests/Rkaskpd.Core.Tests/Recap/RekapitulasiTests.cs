using System;
using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Recap;
using Rkaskpd.Tests.Validation;
using Xunit;

namespace Rkaskpd.Tests.Recap;

public sealed partial class RekapitulasiTests
{
    [Fact]
    public void Seed_total_of_year_n_is_the_sum_of_the_eleven_forms()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);

        Assert.Equal(Rupiah.Parse("1.170.027.840,00"), recap.Total.CurrentYear);
        Assert.Equal(11, recap.Programs.Sum(p => p.Kegiatan.Count));
        Assert.Empty(recap.Issues);
        Assert.Equal(RekapAmounts.Zero, recap.Unclassified);
        Assert.Null(recap.JenisBelanja);
        Assert.Equal("PEMERINTAH KABUPATEN LUMAJANG", recap.PemerintahDaerah);
        Assert.Equal(2020, recap.TahunAnggaran);
    }

    [Fact]
    public void Seed_programs_and_kegiatan_are_in_code_order_with_matching_subtotals()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);

        Assert.Equal(recap.Programs.Select(p => p.Code).Order(), recap.Programs.Select(p => p.Code));
        Assert.Equal(recap.Programs.Count, recap.Programs.Select(p => p.Code).Distinct().Count());
        RekapAmounts sum = RekapAmounts.Zero;
        foreach (RekapProgram program in recap.Programs)
        {
            Assert.NotEmpty(program.Name);
            Assert.Equal(program.Kegiatan.Select(k => k.Code).Order(), program.Kegiatan.Select(k => k.Code));
            Assert.All(program.Kegiatan, k => Assert.Equal(program.Code, k.Code.Program));
            Assert.Equal(program.Kegiatan.Aggregate(RekapAmounts.Zero, (s, k) => s + k.Amounts), program.Amounts);
            sum += program.Amounts;
        }

        Assert.Equal(sum, recap.Total);
    }

    [Fact]
    public void Seed_kegiatan_rows_carry_their_forms_amounts()
    {
        RkaDocument document = SeedDocument.Document;
        RekapitulasiBelanja recap = Rekapitulasi.Compute(document);
        Dictionary<KegiatanCode, RekapKegiatan> rows = recap.Programs.SelectMany(p => p.Kegiatan).ToDictionary(k => k.Code);

        foreach (RkaForm form in document.Forms)
        {
            RekapKegiatan row = rows[form.Header.Kegiatan.Code!.Value];
            Assert.Equal(form.Amounts.PreviousYear!.Amount, row.PreviousYear);
            Assert.Equal(form.Amounts.CurrentYear!.Amount, row.CurrentYear);
            Assert.Equal(form.Amounts.NextYear!.Amount, row.NextYear);
            Assert.Equal(form.Header.Kegiatan.Name, row.Name);
        }
    }

    [Fact]
    public void Order_of_the_forms_does_not_change_the_recap()
    {
        RkaDocument document = SeedDocument.Document;
        RkaDocument reversed = new() { Forms = document.Forms.Reverse().ToList() };

        // Only a program name may change: the seed writes program 39 with two names, and the first form in document order names it.
        static RekapProgram Unnamed(RekapProgram p) => p with { Name = string.Empty };
        Assert.Equal(Rekapitulasi.Compute(document).Programs.Select(Unnamed), Rekapitulasi.Compute(reversed).Programs.Select(Unnamed));
        Assert.Equal(Rekapitulasi.Compute(document).Total, Rekapitulasi.Compute(reversed).Total);
    }

    [Fact]
    public void Program_code_order_is_numeric_not_textual()
    {
        RkaDocument document = Document(
            Form("3.05.3.05.09.10.001", 10m),
            Form("3.05.3.05.09.02.010", 2m),
            Form("3.05.3.05.09.02.002", 1m),
            Form("1.01.1.01.01.15.001", 5m));

        RekapitulasiBelanja recap = Rekapitulasi.Compute(document);

        Assert.Equal(["1.01.1.01.01.15", "3.05.3.05.09.02", "3.05.3.05.09.10"], recap.Programs.Select(p => p.Code.ToString()));
        Assert.Equal(["3.05.3.05.09.02.002", "3.05.3.05.09.02.010"], recap.Programs[1].Kegiatan.Select(k => k.Code.ToString()));
        Assert.Equal(new Rupiah(18m), recap.Total.CurrentYear);
    }

    [Fact]
    public void Unreadable_kegiatan_code_is_counted_as_unclassified_and_named()
    {
        RkaForm broken = Form("3.05.3.05.09.01.021", 7m) with
        {
            Header = new FormHeader { Kegiatan = new HeaderField<KegiatanCode>("Kegiatan", "3.05.3.O5.09.01.O21", null, "Rusak") },
        };
        RekapitulasiBelanja recap = Rekapitulasi.Compute(Document(Form("3.05.3.05.09.01.001", 100m), broken));

        RekapIssue issue = Assert.Single(recap.Issues);
        Assert.Equal(RekapIssueKind.UnreadableCode, issue.Kind);
        Assert.Equal(1, issue.FormIndex);
        Assert.Contains("3.05.3.O5.09.01.O21", issue.Message, StringComparison.Ordinal);
        Assert.Equal(new Rupiah(7m), recap.Unclassified.CurrentYear);
        Assert.Equal(new Rupiah(107m), recap.Total.CurrentYear);
        Assert.Single(recap.Programs);
    }

    [Fact]
    public void Missing_amount_counts_as_zero_and_is_named()
    {
        RkaForm form = Form("3.05.3.05.09.01.001", 100m).WithAmount(AmountPosition.NextYear, null)
            .WithAmount(AmountPosition.PreviousYear, new AmountRow { Position = AmountPosition.PreviousYear, AmountText = "Rp. ???" });

        RekapitulasiBelanja recap = Rekapitulasi.Compute(Document(form));

        Assert.Equal(2, recap.Issues.Count);
        Assert.All(recap.Issues, i => Assert.Equal(RekapIssueKind.MissingAmount, i.Kind));
        Assert.Contains("Rp. ???", recap.Issues[0].Message, StringComparison.Ordinal);
        Assert.Equal(new RekapAmounts(Rupiah.Zero, new Rupiah(100m), Rupiah.Zero), recap.Total);
    }

    [Fact]
    public void Duplicate_kegiatan_are_added_into_one_row_and_named()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(Document(Form("3.05.3.05.09.01.001", 100m), Form("3.05.3.05.09.01.001", 50m)));

        RekapKegiatan row = Assert.Single(Assert.Single(recap.Programs).Kegiatan);
        Assert.Equal(new Rupiah(150m), row.CurrentYear);
        Assert.Equal(RekapIssueKind.DuplicateKegiatan, Assert.Single(recap.Issues).Kind);
    }

    [Fact]
    public void Overflow_is_reported_not_thrown()
    {
        RkaForm huge(string code) => Form(code, 1m) with
        {
            Amounts = new FormAmounts { CurrentYear = new AmountRow { AmountText = "max", Amount = Rupiah.MaxValue, Position = AmountPosition.CurrentYear } },
        };

        RekapitulasiBelanja recap = Rekapitulasi.Compute(Document(huge("3.05.3.05.09.01.001"), huge("3.05.3.05.09.01.002")));

        Assert.Contains(recap.Issues, i => i.Kind == RekapIssueKind.Overflow);
    }

    [Fact]
    public void Empty_document_gives_an_empty_recap()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(new RkaDocument());

        Assert.Empty(recap.Programs);
        Assert.Equal(RekapAmounts.Zero, recap.Total);
        Assert.Null(recap.TahunAnggaran);
    }

    [Fact]
    public void Recaps_compare_by_value()
    {
        Assert.Equal(Rekapitulasi.Compute(SeedDocument.Document), Rekapitulasi.Compute(SeedDocument.Document));
    }

    internal static RkaDocument Document(params RkaForm[] forms) => new() { Forms = forms };

    internal static RkaForm Form(string kegiatan, decimal yearN, params RincianLine[] rincian)
    {
        var code = KegiatanCode.Parse(kegiatan);
        return new RkaForm
        {
            Header = new FormHeader
            {
                PemerintahDaerah = "PEMERINTAH KABUPATEN CONTOH",
                TahunAnggaran = 2021,
                Organisasi = HeaderField.Of(code.Organisasi, "DINAS CONTOH"),
                Program = HeaderField.Of(code.Program, "PROGRAM " + code.Program.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                Kegiatan = HeaderField.Of(code, "Kegiatan " + kegiatan),
                Lokasi = "Kota Contoh",
            },
            Amounts = FormAmounts.Create(2021, new Rupiah(yearN * 0.9m), new Rupiah(yearN), new Rupiah(yearN * 1.1m)),
            Rincian = rincian,
        };
    }
}
