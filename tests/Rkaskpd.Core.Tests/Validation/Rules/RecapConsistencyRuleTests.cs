using System;
using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Recap;
using Rkaskpd.Tests.Recap;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public sealed class RecapConsistencyRuleTests
{
    private static List<Diagnostic> Check(RekapitulasiBelanja supplied, RkaDocument? document = null) =>
        RuleSet.Default.With(new RecapConsistencyRule(supplied)).Validate(document ?? SeedDocument.Document)
            .Where(d => d.Code == RuleIds.RecapMismatch).ToList();

    [Fact]
    public void Does_not_fire_for_the_computed_recap()
    {
        Assert.Empty(Check(Rekapitulasi.Compute(SeedDocument.Document)));
    }

    [Fact]
    public void Is_not_in_the_default_rule_set_and_has_its_id()
    {
        var rule = new RecapConsistencyRule(new RekapitulasiBelanja());
        Assert.False(RuleSet.Default.Contains(RuleIds.RecapMismatch));
        Assert.Equal("RKA601", rule.Id);
        Assert.Equal(DiagnosticSeverity.Error, rule.DefaultSeverity);
        Assert.Throws<ArgumentNullException>(() => new RecapConsistencyRule(null!));
        Assert.Contains("recap", rule.Summary, StringComparison.Ordinal);
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => rule.Validate(null!, new RuleContext(RuleSet.Default, new List<Diagnostic>()))).ParamName);
        Assert.Equal("context", Assert.Throws<ArgumentNullException>(() => rule.Validate(new RkaDocument(), null!)).ParamName);
    }

    [Fact]
    public void Names_the_kegiatan_the_column_and_both_amounts()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);
        RekapProgram program = recap.Programs[1];
        RekapKegiatan changed = program.Kegiatan[0] with { NextYear = new Rupiah(1m) };
        RekapitulasiBelanja supplied = recap with
        {
            Programs = [.. recap.Programs.Select(p => p == program ? p with { Kegiatan = [changed, .. p.Kegiatan.Skip(1)] } : p)],
        };

        Diagnostic diagnostic = Assert.Single(Check(supplied));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(changed.Code.ToString(), diagnostic.Kegiatan);
        Assert.Equal("programs[1].kegiatan[0].nextYear", diagnostic.Path);
        Assert.Contains(program.Kegiatan[0].NextYear.ToString(), diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("1,00", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("year n+1", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_missing_and_extra_rows_and_a_wrong_total()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);
        RekapProgram dropped = recap.Programs[0];
        RekapProgram extra = new() { Code = Rkaskpd.Codes.ProgramCode.Parse("3.05.3.05.09.99"), Name = "PROGRAM KARANGAN", CurrentYear = new Rupiah(5m) };
        RekapKegiatan lostRow = recap.Programs[3].Kegiatan[^1];
        RekapitulasiBelanja supplied = recap with
        {
            Programs = [recap.Programs[1], recap.Programs[2], recap.Programs[3] with { Kegiatan = [.. recap.Programs[3].Kegiatan.SkipLast(1)] }, extra],
            Total = recap.Total with { CurrentYear = recap.Total.CurrentYear + new Rupiah(1m) },
        };

        IReadOnlyList<Diagnostic> found = Check(supplied);

        Assert.Contains(found, d => d.Message.Contains(dropped.Code + " (", StringComparison.Ordinal) && d.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Message.Contains(lostRow.Code.ToString(), StringComparison.Ordinal) && d.Message.Contains("missing", StringComparison.Ordinal) && d.Kegiatan == lostRow.Code.ToString());
        Assert.Contains(found, d => d.Path == "programs[3]" && d.Message.Contains("3.05.3.05.09.99", StringComparison.Ordinal));
        Assert.Contains(found, d => d.Path == "total.currentYear" && d.Message.Contains("1.170.027.840,00", StringComparison.Ordinal) && d.Message.Contains("1.170.027.841,00", StringComparison.Ordinal));
        // The program whose kegiatan row was dropped also has the wrong subtotal? No: subtotals were kept, only the row was dropped.
        Assert.DoesNotContain(found, d => d.Path == "programs[2].currentYear");
    }

    [Fact]
    public void Compares_a_supplied_jenis_belanja_split()
    {
        RkaDocument document = RekapitulasiTests.Document(
            RekapitulasiTests.Form("3.05.3.05.09.01.001", 10m, RincianLine.Rekening("5.2.3", "Belanja Modal", new Rupiah(10m))));
        RekapitulasiBelanja recap = Rekapitulasi.Compute(document);
        RekapitulasiBelanja supplied = recap with { JenisBelanja = new JenisBelanjaSplit(Rupiah.Zero, new Rupiah(10m), Rupiah.Zero, Rupiah.Zero) };

        IReadOnlyList<Diagnostic> found = Check(supplied, document);

        Assert.Equal(["total.jenisBelanja.barangDanJasa", "total.jenisBelanja.modal"], found.Select(d => d.Path));
    }

    [Fact]
    public void Compares_the_90_2019_parts_of_a_supplied_split_naming_their_codes()
    {
        RkaDocument document = RekapitulasiTests.Document(
            RekapitulasiTests.Form("3.05.3.05.09.01.001", 30m,
                RincianLine.Rekening("5.1.05", "Belanja Hibah", new Rupiah(20m)),
                RincianLine.Rekening("5.4", "Belanja Transfer", new Rupiah(10m))));
        RekapitulasiBelanja recap = Rekapitulasi.Compute(document);
        JenisBelanjaSplit computed = recap.JenisBelanja!.Value;
        RekapitulasiBelanja supplied = recap with { JenisBelanja = computed with { Hibah = new Rupiah(10m), TidakTerduga = new Rupiah(10m), Transfer = Rupiah.Zero } };

        var found = Check(supplied, document);

        Assert.Empty(Check(recap, document));
        Assert.Equal(["total.jenisBelanja.hibah", "total.jenisBelanja.tidakTerduga", "total.jenisBelanja.transfer"], found.Select(d => d.Path));
        Assert.Contains("Belanja Hibah (5.1.05): expected 20,00 (from the forms), found 10,00", found[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Survives_a_json_round_trip_of_the_supplied_recap()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);
        string json = RekapitulasiWriter.Write(recap, RekapitulasiFormat.Json);
        RekapitulasiBelanja supplied = System.Text.Json.JsonSerializer.Deserialize(json, Rkaskpd.Serialization.RkaskpdJsonContext.Default.RekapitulasiBelanja)!;

        Assert.Equal(recap, supplied);
        Assert.Empty(Check(supplied));
    }

    private static RekapitulasiBelanja ReplaceProgram(RekapitulasiBelanja recap, int index, Func<RekapProgram, RekapProgram> change) =>
        recap with { Programs = [.. recap.Programs.Select((p, i) => i == index ? change(p) : p)] };

    [Fact]
    public void Names_a_program_total_that_differs()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);
        RekapProgram program = recap.Programs[2];
        RekapitulasiBelanja supplied = ReplaceProgram(recap, 2, p => p with { CurrentYear = p.CurrentYear + new Rupiah(0.01m) });

        Diagnostic d = Assert.Single(Check(supplied));
        Assert.Equal(("programs[2].currentYear", (string?)null), (d.Path, d.Kegiatan));
        Assert.Equal($"Program {program.Code}, year n: expected {program.CurrentYear} (from the forms), found {program.CurrentYear + new Rupiah(0.01m)}.", d.Message);
    }

    [Fact]
    public void Names_a_year_n_minus_1_that_differs_on_a_kegiatan_and_on_the_total()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);
        RekapKegiatan kegiatan = recap.Programs[0].Kegiatan[0];
        RekapitulasiBelanja supplied = ReplaceProgram(recap, 0, p => p with { Kegiatan = [kegiatan with { PreviousYear = kegiatan.PreviousYear + new Rupiah(1m) }, .. p.Kegiatan.Skip(1)] })
            with { Total = recap.Total with { PreviousYear = Rupiah.Zero } };

        List<Diagnostic> found = Check(supplied);

        Assert.Equal(["programs[0].kegiatan[0].previousYear", "total.previousYear"], found.Select(d => d.Path));
        Assert.Equal(kegiatan.Code.ToString(), found[0].Kegiatan);
        Assert.Contains("year n-1: expected " + kegiatan.PreviousYear, found[0].Message, StringComparison.Ordinal);
        Assert.Contains("The total, year n-1: expected " + recap.Total.PreviousYear + " (from the forms), found 0,00.", found[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compares_the_jenis_belanja_split_of_a_program_and_of_a_kegiatan_in_the_pegawai_and_other_columns()
    {
        RkaDocument document = RekapitulasiTests.Document(
            RekapitulasiTests.Form("3.05.3.05.09.01.001", 10m, RincianLine.Rekening("5.2.1", "Belanja Pegawai", new Rupiah(10m))));
        RekapitulasiBelanja recap = Rekapitulasi.Compute(document);
        RekapKegiatan kegiatan = recap.Programs[0].Kegiatan[0];
        JenisBelanjaSplit computed = kegiatan.JenisBelanja!.Value;
        Assert.Equal(new Rupiah(10m), computed.Pegawai);
        JenisBelanjaSplit wrong = computed with { Pegawai = new Rupiah(7m), Lainnya = new Rupiah(3m) };
        RekapitulasiBelanja supplied = ReplaceProgram(recap, 0, p => p with
        {
            JenisBelanja = wrong,
            Kegiatan = [kegiatan with { JenisBelanja = wrong }],
        });

        List<Diagnostic> found = Check(supplied, document);

        Assert.Empty(Check(recap, document));
        Assert.Equal(
            [
                "programs[0].jenisBelanja.pegawai", "programs[0].jenisBelanja.lainnya",
                "programs[0].kegiatan[0].jenisBelanja.pegawai", "programs[0].kegiatan[0].jenisBelanja.lainnya",
            ],
            found.Select(d => d.Path));
        Assert.Contains("Belanja Pegawai (5.2.1): expected 10,00 (from the forms), found 7,00", found[2].Message, StringComparison.Ordinal);
        Assert.Contains("other belanja: expected 0,00 (from the forms), found 3,00", found[3].Message, StringComparison.Ordinal);
        Assert.Equal("3.05.3.05.09.01.001", found[2].Kegiatan);
    }

    [Theory]
    [InlineData("pegawai", "Belanja Pegawai (5.1.01)", "Belanja Pegawai (5.2.1)")]
    [InlineData("barangDanJasa", "Belanja Barang dan Jasa (5.1.02)", "Belanja Barang dan Jasa (5.2.2)")]
    [InlineData("bunga", "Belanja Bunga (5.1.03)", "Belanja Bunga (5.1.03)")]
    [InlineData("subsidi", "Belanja Subsidi (5.1.04)", "Belanja Subsidi (5.1.04)")]
    [InlineData("hibah", "Belanja Hibah (5.1.05)", "Belanja Hibah (5.1.05)")]
    [InlineData("bantuanSosial", "Belanja Bantuan Sosial (5.1.06)", "Belanja Bantuan Sosial (5.1.06)")]
    [InlineData("modal", "Belanja Modal (5.2)", "Belanja Modal (5.2.3)")]
    [InlineData("tidakTerduga", "Belanja Tidak Terduga (5.3)", "Belanja Tidak Terduga (5.3)")]
    [InlineData("transfer", "Belanja Transfer (5.4)", "Belanja Transfer (5.4)")]
    public void Every_column_of_a_supplied_split_is_compared_and_named_by_its_scheme_s_code(string member, string label90, string label13)
    {
        foreach ((string rekening, string label) in new[] { ("5.1.05", label90), ("5.2.3", label13) })
        {
            RkaDocument document = RekapitulasiTests.Document(
                RekapitulasiTests.Form("3.05.3.05.09.01.001", 20m, RincianLine.Rekening(rekening, "Belanja", new Rupiah(20m))));
            RekapitulasiBelanja recap = Rekapitulasi.Compute(document);
            JenisBelanjaSplit computed = recap.JenisBelanja!.Value;
            Rupiah more = new(7m);
            JenisBelanjaSplit changed = member switch
            {
                "pegawai" => computed with { Pegawai = computed.Pegawai + more },
                "barangDanJasa" => computed with { BarangDanJasa = computed.BarangDanJasa + more },
                "bunga" => computed with { Bunga = computed.Bunga + more },
                "subsidi" => computed with { Subsidi = computed.Subsidi + more },
                "hibah" => computed with { Hibah = computed.Hibah + more },
                "bantuanSosial" => computed with { BantuanSosial = computed.BantuanSosial + more },
                "modal" => computed with { Modal = computed.Modal + more },
                "tidakTerduga" => computed with { TidakTerduga = computed.TidakTerduga + more },
                _ => computed with { Transfer = computed.Transfer + more },
            };

            Diagnostic found = Assert.Single(Check(recap with { JenisBelanja = changed }, document));

            Assert.Equal("total.jenisBelanja." + member, found.Path);
            Assert.Contains(label + ": expected ", found.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Names_a_program_row_repeated_in_the_supplied_recap_once_and_compares_its_first_row()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);
        RekapProgram repeated = recap.Programs[1];
        RekapitulasiBelanja supplied = recap with { Programs = [.. recap.Programs, repeated with { CurrentYear = Rupiah.Zero }] };

        Diagnostic d = Assert.Single(Check(supplied));

        Assert.Equal(($"programs[{recap.Programs.Count}]", (string?)null), (d.Path, d.Kegiatan));
        Assert.Equal($"Program {repeated.Code} appears more than once in the supplied recap.", d.Message);
    }

    [Fact]
    public void Names_a_kegiatan_row_repeated_in_the_supplied_recap_once_and_compares_its_first_row()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);
        RekapKegiatan repeated = recap.Programs[3].Kegiatan[0];
        int count = recap.Programs[3].Kegiatan.Count;
        RekapitulasiBelanja supplied = ReplaceProgram(recap, 3, p => p with { Kegiatan = [.. p.Kegiatan, repeated with { CurrentYear = Rupiah.Zero }] });

        Diagnostic d = Assert.Single(Check(supplied));

        Assert.Equal(($"programs[3].kegiatan[{count}]", (string?)null), (d.Path, d.Kegiatan));
        Assert.Equal($"Kegiatan {repeated.Code} appears more than once in the supplied recap.", d.Message);
    }

    [Fact]
    public void Names_a_kegiatan_row_without_a_form_with_its_program_and_amount()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);
        RekapProgram program = recap.Programs[0];
        RekapKegiatan extra = new() { Code = Rkaskpd.Codes.KegiatanCode.Parse(program.Code + ".999"), Name = "KEGIATAN KARANGAN", CurrentYear = new Rupiah(5m) };
        RekapitulasiBelanja supplied = ReplaceProgram(recap, 0, p => p with { Kegiatan = [extra, .. p.Kegiatan] });

        Diagnostic d = Assert.Single(Check(supplied));

        Assert.Equal(("programs[0].kegiatan[0]", (string?)null), (d.Path, d.Kegiatan));
        Assert.Equal($"Kegiatan {extra.Code} ('KEGIATAN KARANGAN') of the supplied recap has no form under program {program.Code}; found year n 5,00, expected no row.", d.Message);
    }

    [Fact]
    public void Names_missing_and_extra_rows_in_full()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);
        RekapProgram dropped = recap.Programs[0];
        RekapKegiatan lostRow = recap.Programs[2].Kegiatan[0];
        RekapProgram extra = new() { Code = Rkaskpd.Codes.ProgramCode.Parse("3.05.3.05.09.99"), Name = "PROGRAM KARANGAN", CurrentYear = new Rupiah(5m) };
        RekapitulasiBelanja supplied = recap with
        {
            Programs = [extra, .. recap.Programs.Skip(1).Select((p, i) => i == 1 ? p with { Kegiatan = [.. p.Kegiatan.Skip(1)] } : p)],
        };

        List<Diagnostic> found = Check(supplied);

        Assert.Equal(
            [
                ("programs", (string?)null, $"Program {dropped.Code} ('{dropped.Name}') is missing from the supplied recap; expected year n {dropped.CurrentYear}."),
                ("programs[2].kegiatan", lostRow.Code.ToString(), $"Kegiatan {lostRow.Code} ('{lostRow.Name}') is missing from the supplied recap; expected year n {lostRow.CurrentYear}."),
                ("programs[0]", null, "Program 3.05.3.05.09.99 ('PROGRAM KARANGAN') of the supplied recap has no form; found year n 5,00, expected no row."),
            ],
            found.Select(d => (d.Path, d.Kegiatan, d.Message)));
    }

    [Fact]
    public void A_row_without_a_form_listed_twice_is_named_once_as_extra_and_once_as_repeated()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(SeedDocument.Document);
        RekapProgram extra = new() { Code = Rkaskpd.Codes.ProgramCode.Parse("3.05.3.05.09.99"), Name = "PROGRAM KARANGAN", CurrentYear = new Rupiah(5m) };
        RekapKegiatan extraRow = new() { Code = Rkaskpd.Codes.KegiatanCode.Parse(recap.Programs[0].Code + ".999"), Name = "KEGIATAN KARANGAN", CurrentYear = new Rupiah(5m) };
        RekapitulasiBelanja withRows = ReplaceProgram(recap, 0, p => p with { Kegiatan = [extraRow, extraRow, .. p.Kegiatan] });
        RekapitulasiBelanja supplied = withRows with { Programs = [extra, extra, .. withRows.Programs] };

        List<Diagnostic> found = Check(supplied);

        Assert.Equal(
            [
                ("programs[1]", "Program 3.05.3.05.09.99 appears more than once in the supplied recap."),
                ("programs[2].kegiatan[1]", $"Kegiatan {extraRow.Code} appears more than once in the supplied recap."),
                ("programs[2].kegiatan[0]", $"Kegiatan {extraRow.Code} ('KEGIATAN KARANGAN') of the supplied recap has no form under program {recap.Programs[0].Code}; found year n 5,00, expected no row."),
                ("programs[0]", "Program 3.05.3.05.09.99 ('PROGRAM KARANGAN') of the supplied recap has no form; found year n 5,00, expected no row."),
            ],
            found.Select(d => (d.Path, d.Message)));
    }
}
