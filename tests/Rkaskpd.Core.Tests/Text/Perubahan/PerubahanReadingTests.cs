using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Perubahan;

/// <summary>The reader on perubahan (amended budget) forms: before, after and difference values of the amounts, the
/// indicator targets and the rincian lines, in the tab and the flattened layout.</summary>
public class PerubahanReadingTests
{
    private static readonly string[] PerubahanRules = [RuleIds.PerubahanAmount, RuleIds.PerubahanMasukan, RuleIds.PerubahanRincian];

    [Fact]
    public void Tab_layout_amounts_keep_before_after_and_difference()
    {
        RkaForm form = Assert.Single(RkaTextReader.Read(PerubahanForms.Tab).Document.Forms);
        Assert.Equal(DocumentKind.RkaPerubahan, form.Kind);
        Assert.Equal(new Rupiah(1_800_000m), form.Amounts.PreviousYear?.Amount);
        AmountRow current = form.Amounts.CurrentYear!;
        Assert.Equal(("Jumlah Tahun 2020 Setelah Perubahan", new Rupiah(2_450_000m)), (current.Label, current.Amount));
        Assert.Equal("DUA JUTA EMPAT RATUS LIMA PULUH RIBU RUPIAH", current.Terbilang);
        AmountPerubahan p = current.Perubahan!;
        Assert.Equal(("Jumlah Tahun 2020 Sebelum Perubahan", "2.000.000,00", new Rupiah(2_000_000m), "DUA JUTA RUPIAH"),
            (p.SebelumLabel, p.SebelumText, p.Sebelum, p.SebelumTerbilang));
        Assert.Equal(("Bertambah/(Berkurang)", "450.000,00", new Rupiah(450_000m)), (p.SelisihLabel, p.SelisihText, p.Selisih));
        Assert.Equal(new Rupiah(2_695_000m), form.Amounts.NextYear?.Amount);
    }

    [Fact]
    public void Tab_layout_indicators_keep_before_and_after_columns()
    {
        RkaForm form = Assert.Single(RkaTextReader.Read(PerubahanForms.Tab).Document.Forms);
        Assert.Equal(4, form.Indicators.Count);
        Indicator keluaran = form.Indicators[2];
        Assert.Equal(("Jumlah pelayanan administrasi perkantoran", "32 Jenis"), (keluaran.TolokUkur, keluaran.Target.Text));
        Assert.Equal(("Jumlah pelayanan administrasi", "30 Jenis"), (keluaran.Perubahan?.TolokUkurSebelum, keluaran.Perubahan?.TargetSebelum.Text));
        Indicator masukan = form.Indicators[1];
        Assert.Equal(new Rupiah(2_450_000m), Assert.IsType<MoneyTarget>(masukan.Target).Amount);
        Assert.Equal(new Rupiah(2_000_000m), Assert.IsType<MoneyTarget>(masukan.Perubahan?.TargetSebelum).Amount);
        Assert.Equal(86.32m, Assert.IsType<ScoreTarget>(form.Indicators[3].Perubahan?.TargetSebelum).Value);
        Assert.Equal(78m, Assert.IsType<PercentageTarget>(form.Indicators[0].Perubahan?.TargetSebelum).Percent);
    }

    [Fact]
    public void Tab_layout_rincian_keeps_both_groups_the_difference_and_the_penjelasan()
    {
        RkaReadResult result = RkaTextReader.Read(PerubahanForms.Tab);
        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(8, form.Rincian.Count);
        RincianLine rekening = form.Rincian[0];
        Assert.Equal(("5.2", "BELANJA LANGSUNG", new Rupiah(2_450_000m)), (rekening.KodeRekening, rekening.Uraian, rekening.Jumlah));
        Assert.Equal((new Rupiah(2_000_000m), new Rupiah(450_000m)), (rekening.Perubahan?.JumlahSebelum, rekening.Perubahan?.Selisih));
        RincianLine kertas = form.Rincian[4];
        Assert.Equal((null, "Kertas HVS A4", 25m, "rim", new Rupiah(50_000m), new Rupiah(1_250_000m)),
            (kertas.KodeRekening, kertas.Uraian, kertas.Volume, kertas.Satuan, kertas.HargaSatuan, kertas.Jumlah));
        RincianPerubahan before = kertas.Perubahan!;
        Assert.Equal((20m, "rim", new Rupiah(50_000m), new Rupiah(1_000_000m), new Rupiah(250_000m), "Tambahan kebutuhan pelayanan"),
            (before.VolumeSebelum, before.SatuanSebelum, before.HargaSatuanSebelum, before.JumlahSebelum, before.Selisih, before.Penjelasan));
        Assert.Equal((10m, new Rupiah(1_000_000m)), (form.Rincian[7].Perubahan?.VolumeSebelum, form.Rincian[7].Perubahan?.JumlahSebelum));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA503" or "RKA504" or "RKA006");
    }

    [Fact]
    public void Tab_layout_form_passes_the_perubahan_rules() =>
        Assert.DoesNotContain(RkaTextReader.Read(PerubahanForms.Tab).Validate(), d => PerubahanRules.Contains(d.Code) || d.Code is "RKA302" or "RKA501" or "RKA502");

    [Fact]
    public void Flattened_amounts_read_a_decrease_in_parentheses()
    {
        RkaForm form = Assert.Single(RkaTextReader.Read(PerubahanForms.Flat).Document.Forms);
        Assert.Equal(DocumentKind.DpaPerubahan, form.Kind);
        Assert.Null(form.Amounts.PreviousYear);
        AmountRow current = form.Amounts.CurrentYear!;
        Assert.Equal(("Jumlah Anggaran Setelah Perubahan", new Rupiah(6_500_000m), "enam juta lima ratus ribu rupiah"),
            (current.Label, current.Amount, current.Terbilang));
        Assert.Equal((new Rupiah(8_000_000m), "delapan juta rupiah"), (current.Perubahan?.Sebelum, current.Perubahan?.SebelumTerbilang));
        Assert.Equal(("Rp. (1.500.000,00)", new Rupiah(-1_500_000m)), (current.Perubahan?.SelisihText, current.Perubahan?.Selisih));
    }

    [Fact]
    public void Flattened_indicators_split_two_targets_and_repeated_measures()
    {
        RkaForm form = Assert.Single(RkaTextReader.Read(PerubahanForms.Flat).Document.Forms);
        Assert.Equal(
            [
                ("Persentase obat tersedia", "90 %", "95 %"),
                ("Jumlah Dana", "Rp. 8.000.000,00", "Rp. 6.500.000,00"),
                ("Jumlah laporan monitoring obat", "12 Laporan", "12 Laporan"),
                ("Persentase penggunaan obat rasional", "80 %", "85 %"),
            ],
            form.Indicators.Select(i => (i.TolokUkur, i.Perubahan?.TargetSebelum.Text, i.Target.Text)).ToArray());
        Assert.All(form.Indicators, i => Assert.Equal(i.TolokUkur, i.Perubahan?.TolokUkurSebelum));
    }

    [Fact]
    public void Flattened_rincian_reads_rekening_and_detail_rows()
    {
        RkaReadResult result = RkaTextReader.Read(PerubahanForms.Flat);
        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(5, form.Rincian.Count);
        Assert.All(form.Rincian.Take(4), r => Assert.Equal(
            (new Rupiah(8_000_000m), new Rupiah(6_500_000m), new Rupiah(-1_500_000m)), (r.Perubahan?.JumlahSebelum, r.Jumlah, r.Perubahan?.Selisih)));
        Assert.Equal("5.2.2.15.01", form.Rincian[3].KodeRekening);
        Assert.Equal("Belanja Perjalanan Dinas Dalam Daerah", form.Rincian[3].Uraian);
        RincianLine detail = form.Rincian[4];
        Assert.Equal(("Monitoring kerasionalan obat di pustu", 26m, "OH", new Rupiah(250_000m)),
            (detail.Uraian, detail.Volume, detail.Satuan, detail.HargaSatuan));
        Assert.Equal((32m, "OH", new Rupiah(250_000m), new Rupiah(8_000_000m), "Efisiensi anggaran"),
            (detail.Perubahan?.VolumeSebelum, detail.Perubahan?.SatuanSebelum, detail.Perubahan?.HargaSatuanSebelum,
                detail.Perubahan?.JumlahSebelum, detail.Perubahan?.Penjelasan));
        Assert.DoesNotContain(result.Validate(), d => PerubahanRules.Contains(d.Code) || d.Code is "RKA302" or "RKA501" or "RKA502" or "RKA504");
    }

    [Fact]
    public void A_murni_form_has_no_perubahan_values()
    {
        RkaForm form = RkaTextReader.Read(TestData.SeedText).Document.Forms[0];
        Assert.Null(form.Amounts.CurrentYear?.Perubahan);
        Assert.All(form.Indicators, i => Assert.Null(i.Perubahan));
    }

    [Fact]
    public void A_difference_that_disagrees_is_reported_where_it_stands()
    {
        string text = PerubahanForms.Flat.Replace("Bertambah/(Berkurang) : Rp. (1.500.000,00)", "Bertambah/(Berkurang) : Rp. (1.000.000,00)",
            System.StringComparison.Ordinal);
        Diagnostic d = Assert.Single(RkaTextReader.Read(text).Validate(), d => d.Code == RuleIds.PerubahanAmount);
        Assert.Equal("amounts.currentYear.perubahan.selisih", d.Path);
        Assert.Equal(11, d.Line);
    }
}
