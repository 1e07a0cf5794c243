using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

/// <summary>The perubahan (amended budget) rules: RKA209 (amounts and the before total), RKA307 (Masukan follows the
/// after amount) and RKA505 (every rincian line).</summary>
public class PerubahanRulesTests
{
    private static readonly Rupiah Before = new(2_000_000m);
    private static readonly Rupiah After = new(2_450_000m);

    /// <summary>A consistent perubahan form: year n 2.000.000 → 2.450.000 (+450.000), Masukan at both, a rekening and a
    /// detail line with their before values.</summary>
    private static RkaForm Consistent(Rupiah? selisih = null, string masukanAfter = "Rp. 2.450.000,00",
        string masukanBefore = "Rp. 2.000.000,00", Rupiah? lineSelisih = null, decimal volumeBefore = 20m) => new()
    {
        Kind = DocumentKind.RkaPerubahan,
        Amounts = new FormAmounts
        {
            CurrentYear = AmountRow.Create(AmountPosition.CurrentYear, 2020, After) with
            {
                Perubahan = new AmountPerubahan { SebelumText = Before.ToString(), Sebelum = Before, SelisihText = "450.000,00", Selisih = selisih ?? new Rupiah(450_000m) },
            },
        },
        Indicators =
        [
            Indicator.Create(IndicatorKind.Masukan, "Tersedianya dana", masukanAfter) with
            {
                Perubahan = new IndicatorPerubahan { TolokUkurSebelum = "Tersedianya dana", TargetSebelum = IndicatorTarget.Parse(masukanBefore) },
            },
        ],
        Rincian =
        [
            RincianLine.Rekening("5.2.2.01.01", "Belanja Alat Tulis Kantor", After) with
            {
                Perubahan = new RincianPerubahan { JumlahSebelum = Before, Selisih = lineSelisih ?? new Rupiah(450_000m) },
            },
            RincianLine.Detail("Kertas HVS", 49m, "rim", new Rupiah(50_000m)) with
            {
                Perubahan = new RincianPerubahan
                {
                    VolumeSebelum = volumeBefore, SatuanSebelum = "rim", HargaSatuanSebelum = new Rupiah(100_000m),
                    JumlahSebelum = Before, Selisih = new Rupiah(450_000m),
                },
            },
        ],
    };

    [Fact]
    public void A_consistent_perubahan_form_passes_all_three() =>
        Assert.Empty(RuleSet.Empty.With(new PerubahanAmountRule()).With(new PerubahanMasukanRule()).With(new PerubahanRincianRule())
            .With(new MasukanTargetRule()).Validate(new RkaDocument { Forms = [Consistent()] }));

    [Fact]
    public void Rka209_reports_a_difference_that_is_not_after_minus_before()
    {
        Diagnostic d = Assert.Single(new PerubahanAmountRule().Run(Consistent(selisih: new Rupiah(500_000m))));
        Assert.Equal(("RKA209", DiagnosticSeverity.Error, "amounts.currentYear.perubahan.selisih"), (d.Code, d.Severity, d.Path));
        Assert.Equal("Year n before perubahan is 2.000.000,00 and after it 2.450.000,00: Bertambah/(Berkurang) should be "
            + "2.450.000,00 − 2.000.000,00 = 450.000,00, but is written 500.000,00.", d.Message);
    }

    [Fact]
    public void Rka209_reports_rincian_before_values_that_miss_the_before_amount()
    {
        RkaForm form = Consistent();
        form = form with { Rincian = [form.Rincian[0] with { Perubahan = form.Rincian[0].Perubahan! with { JumlahSebelum = new Rupiah(1_900_000m), Selisih = new Rupiah(550_000m) } }] };
        Diagnostic d = Assert.Single(new PerubahanAmountRule().Run(form));
        Assert.Equal("rincian", d.Path);
        Assert.Equal("The rincian lines before perubahan add up to 1.900.000,00; expected the year-n amount before perubahan, 2.000.000,00.", d.Message);
    }

    [Fact]
    public void Rka209_passes_murni_forms_and_a_missing_difference()
    {
        Assert.Empty(new PerubahanAmountRule().Run(TestForms.Consistent()));
        RkaForm form = Consistent();
        AmountRow row = form.Amounts.CurrentYear!;
        form = form with { Amounts = form.Amounts with { CurrentYear = row with { Perubahan = row.Perubahan! with { SelisihText = null, Selisih = null } } } };
        Assert.Empty(new PerubahanAmountRule().Run(form));
    }

    [Fact]
    public void Rka307_names_a_masukan_target_still_at_the_before_amount()
    {
        Diagnostic d = Assert.Single(new PerubahanMasukanRule().Run(Consistent(masukanAfter: "Rp. 2.000.000,00")));
        Assert.Equal(("RKA307", "indicators[0].target"), (d.Code, d.Path));
        Assert.Equal("The Masukan target is 2.000.000,00, the amount before perubahan; after perubahan it should be the amount "
            + "after perubahan, 2.450.000,00.", d.Message);
        using (UiCulture.Use("id"))
        {
            Diagnostic id = Assert.Single(new PerubahanMasukanRule().Run(Consistent(masukanAfter: "Rp. 2.000.000,00")));
            Assert.Equal("Target Masukan tertulis 2.000.000,00, yaitu jumlah sebelum perubahan; setelah perubahan seharusnya sama "
                + "dengan jumlah setelah perubahan, 2.450.000,00.", id.Message);
        }
    }

    [Fact]
    public void Rka307_reports_other_amounts_texts_and_a_wrong_before_target()
    {
        Assert.Equal("The Masukan target is 2.500.000,00; after perubahan it should be the amount after perubahan, 2.450.000,00.",
            Assert.Single(new PerubahanMasukanRule().Run(Consistent(masukanAfter: "Rp. 2.500.000,00"))).Message);
        Assert.Equal("The Masukan target 'Tersedianya dana' is not an amount; expected the amount after perubahan, Rp. 2.450.000,00.",
            Assert.Single(new PerubahanMasukanRule().Run(Consistent(masukanAfter: "Tersedianya dana"))).Message);
        Diagnostic before = Assert.Single(new PerubahanMasukanRule().Run(Consistent(masukanBefore: "Rp. 2.450.000,00")));
        Assert.Equal("indicators[0].perubahan.targetSebelum", before.Path);
    }

    [Fact]
    public void Rka302_leaves_perubahan_forms_to_rka307_and_rka307_leaves_murni_forms_to_rka302()
    {
        Assert.Empty(new MasukanTargetRule().Run(Consistent(masukanAfter: "Rp. 2.000.000,00")));
        Assert.Empty(new PerubahanMasukanRule().Run(TestForms.Consistent().WithIndicator(IndicatorKind.Masukan, "Rp. 1,00")));
    }

    [Fact]
    public void Rka505_reports_a_line_whose_difference_is_not_after_minus_before()
    {
        Diagnostic d = Assert.Single(new PerubahanRincianRule().Run(Consistent(lineSelisih: Rupiah.Zero)));
        Assert.Equal(("RKA505", "rincian[0].perubahan.selisih"), (d.Code, d.Path));
        Assert.Equal("'Belanja Alat Tulis Kantor': jumlah before perubahan 2.000.000,00, after 2.450.000,00: Bertambah/(Berkurang) "
            + "should be 450.000,00, but is written 0,00.", d.Message);
    }

    [Fact]
    public void Rka505_reports_a_before_jumlah_that_is_not_volume_times_harga()
    {
        Diagnostic d = Assert.Single(new PerubahanRincianRule().Run(Consistent(volumeBefore: 19m)));
        Assert.Equal("rincian[1].perubahan.jumlahSebelum", d.Path);
        using (UiCulture.Use("id"))
        {
            Assert.Equal("'Kertas HVS': jumlah sebelum perubahan tertulis 2.000.000,00; seharusnya volume × harga satuan sebelum "
                + "perubahan = 19 × 100.000,00 = 1.900.000,00.", Assert.Single(new PerubahanRincianRule().Run(Consistent(volumeBefore: 19m))).Message);
        }
    }

    [Theory]
    [InlineData(11.0, false)]
    [InlineData(0.0, true)]
    public void Rka505_adds_the_ppn_sebelum_to_the_before_product(double ppn, bool reported)
    {
        // 10 × 120.000,00 with 11 % PPN is 1.332.000,00; without it 1.200.000,00.
        RkaForm form = new()
        {
            Kind = DocumentKind.DpaPerubahan,
            Rincian =
            [
                RincianLine.Detail("Tinta Printer", 8m, "Botol", new Rupiah(120_000m)) with
                {
                    Perubahan = new RincianPerubahan
                    {
                        VolumeSebelum = 10m, HargaSatuanSebelum = new Rupiah(120_000m), PpnSebelum = (decimal)ppn,
                        JumlahSebelum = new Rupiah(1_332_000m), Selisih = new Rupiah(-372_000m),
                    },
                },
            ],
        };

        IReadOnlyList<Diagnostic> found = new PerubahanRincianRule().Run(form);

        Assert.Equal(reported, found.Any(d => d.Path == "rincian[0].perubahan.jumlahSebelum"));
        Assert.Equal(reported ? 1 : 0, found.Count);
    }

    [Fact]
    public void Rka505_reports_out_of_range_perubahan_values_instead_of_throwing()
    {
        RkaForm form = new()
        {
            Kind = DocumentKind.RkaPerubahan,
            Rincian =
            [
                RincianLine.Rekening("5.2.2.01.01", "Belanja Alat Tulis Kantor", Rupiah.MaxValue) with
                {
                    Perubahan = new RincianPerubahan { JumlahSebelum = Rupiah.MinValue, Selisih = Rupiah.Zero },
                },
                RincianLine.Detail("Kertas HVS", 1m, "rim", new Rupiah(1m)) with
                {
                    Perubahan = new RincianPerubahan { VolumeSebelum = 1000m, HargaSatuanSebelum = Rupiah.MaxValue, JumlahSebelum = Rupiah.MaxValue },
                },
            ],
        };

        IReadOnlyList<Diagnostic> found = new PerubahanRincianRule().Run(form);

        Assert.Equal(
            [
                ("RKA505", "rincian[0].perubahan", "'Belanja Alat Tulis Kantor': the perubahan values are out of range."),
                ("RKA505", "rincian[1].perubahan", "'Kertas HVS': the perubahan values are out of range."),
            ],
            found.Select(d => (d.Code, d.Path, d.Message)));
    }

    [Fact]
    public void Rka505_checks_before_volume_times_harga_on_detail_lines_only()
    {
        // A rekening's jumlah is the sum of its children, so before values written on one are not a product to check.
        RincianLine rekening = RincianLine.Rekening("5.2.2.01.01", "Belanja Alat Tulis Kantor", After) with
        {
            Perubahan = new RincianPerubahan
            {
                VolumeSebelum = 19m, HargaSatuanSebelum = new Rupiah(100_000m), JumlahSebelum = Before, Selisih = new Rupiah(450_000m),
            },
        };

        Assert.Empty(new PerubahanRincianRule().Run(new RkaForm { Kind = DocumentKind.RkaPerubahan, Rincian = [rekening] }));
    }

    [Fact]
    public void Rka505_needs_every_value_of_a_check()
    {
        // No written difference: only the before product is checked (19 × 100.000,00 is not 2.000.000,00); no before
        // jumlah: nothing is.
        RincianLine noSelisih = RincianLine.Detail("Kertas HVS", 49m, "rim", new Rupiah(50_000m)) with
        {
            Perubahan = new RincianPerubahan { VolumeSebelum = 19m, HargaSatuanSebelum = new Rupiah(100_000m), JumlahSebelum = Before },
        };
        RincianLine noJumlahSebelum = noSelisih with
        {
            Perubahan = new RincianPerubahan { VolumeSebelum = 19m, HargaSatuanSebelum = new Rupiah(100_000m), Selisih = Rupiah.Zero },
        };
        RincianLine noVolumeSebelum = noSelisih with
        {
            Perubahan = new RincianPerubahan { HargaSatuanSebelum = new Rupiah(100_000m), JumlahSebelum = Before, Selisih = new Rupiah(450_000m) },
        };
        RincianLine noHargaSebelum = noSelisih with
        {
            Perubahan = new RincianPerubahan { VolumeSebelum = 19m, JumlahSebelum = Before, Selisih = new Rupiah(450_000m) },
        };
        RincianLine noJumlah = noSelisih with { Jumlah = null, Perubahan = noSelisih.Perubahan! with { VolumeSebelum = 20m, Selisih = Rupiah.Zero } };

        IReadOnlyList<Diagnostic> found = new PerubahanRincianRule().Run(new RkaForm
        {
            Kind = DocumentKind.RkaPerubahan,
            Rincian = [noSelisih, noJumlahSebelum, noVolumeSebelum, noHargaSebelum, noJumlah],
        });

        Assert.Equal(["rincian[0].perubahan.jumlahSebelum"], found.Select(d => d.Path));
    }

    [Fact]
    public void Rka505_passes_lines_without_perubahan_values() =>
        Assert.Empty(new PerubahanRincianRule().Run(TestForms.Consistent()));

    [Fact]
    public void The_default_rule_set_has_the_three_rules() =>
        Assert.True(new[] { "RKA209", "RKA307", "RKA505" }.All(RuleSet.Default.Contains));
}
