using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>The acceptance test: the Lumajang 2020 seed read and validated with the default rules.</summary>
public class SeedDiagnosticsTests
{
    private const string Prefix = "3.05.3.05.09.";

    private static readonly string SeedPath = TestData.SeedPath;

    private static readonly Lazy<RkaReadResult> Seed = new(() =>
    {
        using StreamReader reader = File.OpenText(SeedPath);
        return RkaTextReader.Read(reader);
    });

    private static readonly Lazy<IReadOnlyList<Diagnostic>> Diagnostics = new(() => Seed.Value.Validate());

    public static TheoryData<string, string[]> Expected => new()
    {
        { RuleIds.AmountLabel, ["02.045", "39.003", "39.005"] },
        { RuleIds.TerbilangSlips, ["02.045", "39.006"] },
        { RuleIds.TerbilangWrong, ["39.007"] },
        { RuleIds.AmountNotation, ["39.004"] },
        { RuleIds.LabelMisspelled, ["01.021"] },
        { "RKA404", ["06.003"] },
        { "RKA405", ["06.007"] },
    };

    public static TheoryData<string> Absent => new()
    {
        RuleIds.CodeUnreadable, RuleIds.CodeMismatch, RuleIds.ProjectionDeparture, RuleIds.IndicatorMissing,
        RuleIds.MasukanTarget, RuleIds.PercentageRange,
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Reports_each_expected_code_on_exactly_its_forms(string code, string[] kegiatan)
    {
        string[] found = [.. Diagnostics.Value.Where(d => d.Code == code).Select(d => d.Kegiatan!).Distinct().Order(StringComparer.Ordinal)];
        Assert.Equal([.. kegiatan.Select(k => Prefix + k)], found);
    }

    [Theory]
    [MemberData(nameof(Absent))]
    public void Reports_none_of(string code) =>
        Assert.DoesNotContain(Diagnostics.Value, d => d.Code == code);

    [Fact]
    public void Reports_one_document_diagnostic_for_the_program_with_two_names()
    {
        Diagnostic single = Assert.Single(Diagnostics.Value, d => d.Code == RuleIds.CodeNameMismatch);
        Assert.Null(single.Kegiatan);
        Assert.Equal("header.program", single.Path);
        Assert.Contains(Prefix + "39 ", single.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_nothing_else_and_nothing_twice()
    {
        string[] known = [.. Expected.Select(row => (string)row[0]), RuleIds.CodeNameMismatch];
        Assert.All(Diagnostics.Value, d => Assert.Contains(d.Code, known));

        // 3 RKA204, 2 RKA202, 1 RKA201, 3 RKA205 (one per amount row of 39.004), 1 RKA402, 1 RKA404, 1 RKA405, 1 RKA103.
        Assert.Equal(13, Diagnostics.Value.Count);
        Assert.Single(Diagnostics.Value, d => d.Code == RuleIds.LabelMisspelled);
    }

    [Fact]
    public void Places_every_diagnostic_on_a_line_in_line_order()
    {
        Assert.All(Diagnostics.Value, d => Assert.NotNull(d.Line));
        Assert.Equal(Diagnostics.Value.Select(d => d.Line), Diagnostics.Value.Select(d => d.Line).Order());
        Diagnostic wrong = Assert.Single(Diagnostics.Value, d => d.Code == RuleIds.TerbilangWrong);
        Assert.Equal(350, wrong.Line);
        Assert.Equal("amounts.currentYear.terbilang", wrong.Path);
        Assert.Equal(38, Assert.Single(Diagnostics.Value, d => d.Code == RuleIds.LabelMisspelled).Line);
    }

    [Fact]
    public void Reads_eleven_forms_with_their_kegiatan_codes()
    {
        string[] codes =
        [
            "01.021", "02.045", "02.046", "06.001", "06.003", "06.007", "39.003", "39.004", "39.005", "39.006", "39.007",
        ];
        RkaDocument document = Seed.Value.Document;
        Assert.Equal([.. codes.Select(c => Prefix + c)], document.Forms.Select(f => f.Header.Kegiatan.Code.ToString()));
        Assert.All(document.Forms, f =>
        {
            Assert.Equal(2020, f.Header.TahunAnggaran);
            Assert.Equal("PEMERINTAH KABUPATEN LUMAJANG", f.Header.PemerintahDaerah);
            Assert.Equal("3.05", f.Header.Urusan.Code.ToString());
            Assert.Equal("3.05.09", f.Header.Organisasi.Code.ToString());
            Assert.NotNull(f.Kak);
            Assert.Empty(f.Kak!.MissingOrEmptyKinds);
        });
    }

    [Fact]
    public void Repairs_the_spilled_header_of_06_007()
    {
        RkaForm form = Seed.Value.Document.Forms[5];
        Assert.Equal("PROGRAM PENINGKATAN PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN", form.Header.Program.Name);
        Assert.Equal("Penyusunan Rencana Kerja dan Anggaran (RKA) SKPD", form.Header.Kegiatan.Name);
        Assert.Equal("Kecamatan Lumajang", form.Header.Lokasi);
    }

    [Fact]
    public void Reads_the_year_n_amounts_and_the_masukan_targets()
    {
        decimal[] expected =
        [
            551_204_390m, 149_575_200m, 73_246_000m, 5_300_000m, 1_796_000m, 8_376_000m, 148_900_000m, 22_300_000m,
            120_877_500m, 8_847_000m, 79_605_750m,
        ];
        IReadOnlyList<RkaForm> forms = Seed.Value.Document.Forms;
        Assert.Equal(expected, forms.Select(f => f.Amounts.CurrentYear!.Amount!.Value.Amount));
        Assert.Equal(1_170_027_840m, forms.Sum(f => f.Amounts.CurrentYear!.Amount!.Value.Amount));
        Assert.Equal(expected, forms.Select(f =>
            Assert.IsType<MoneyTarget>(Assert.Single(f.Indicators, i => i.Kind == IndicatorKind.Masukan).Target).Amount.Amount));
        Assert.All(forms, f => Assert.Equal(4, f.Indicators.Count));
        Assert.All(forms, f => Assert.Equal(3, f.Amounts.Rows.Count()));
    }

    [Fact]
    public void Gives_the_line_of_model_paths()
    {
        RkaReadResult result = Seed.Value;
        RkaForm first = result.Document.Forms[0];
        Assert.Equal(15, result.LineOf(first, "header.kegiatan"));
        Assert.Equal(20, result.LineOf(first, "amounts.currentYear.terbilang"));
        Assert.Equal(28, result.LineOf(first, "indicators[1].target"));
        Assert.Equal(38, result.LineOf(first, "kak.latarBelakang"));
        Assert.Equal(result.LineOf(first, "kak.mekanisme"), result.LineOf(first, "kak.mekanisme.jadwal[0]"));
        Assert.True(result.LineOf(first, "kak.mekanisme") > 38);
        Assert.Equal(result.LineOf(first, string.Empty), result.LineOf(first, "no.such.path"));
        Assert.Null(result.LineOf(first with { KelompokSasaran = "copy" }, "header.kegiatan"));
    }

    [Fact]
    public void Reader_diagnostics_alone_are_the_justified_reader_warnings()
    {
        Assert.Equal(
            ["RKA404", "RKA405"],
            Seed.Value.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.All(Seed.Value.Diagnostics, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }
}
