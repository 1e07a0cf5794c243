using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class RincianTotalRuleTests
{
    private static readonly RincianTotalRule Rule = new();

    private static Rupiah R(string text) => Rupiah.Parse(text);

    private static RkaForm WithRincian(params RincianLine[] lines) => TestForms.Consistent() with { Rincian = lines };

    [Fact]
    public void Lines_that_add_up_raise_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Fact]
    public void Two_sibling_rekening_add_up_to_their_parent()
    {
        RkaForm form = WithRincian(
            RincianLine.Rekening("5.2", "BELANJA LANGSUNG", R("551.204.390,00")),
            RincianLine.Rekening("5.2.1", "Belanja Pegawai", R("51.204.390,00")),
            RincianLine.Detail("Honor", 1m, "OK", R("51.204.390,00")),
            RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", R("500.000.000,00")),
            RincianLine.Detail("ATK", 1000m, "rim", R("500.000,00")));
        Assert.Empty(Rule.Run(form));
    }

    [Fact]
    public void A_subtotal_that_does_not_add_up_is_reported_with_both_amounts()
    {
        RkaForm form = WithRincian(
            RincianLine.Rekening("5.2", "BELANJA LANGSUNG", R("551.204.390,00")),
            RincianLine.Rekening("5.2.1", "Belanja Pegawai", R("51.204.390,00")),
            RincianLine.Detail("Honor", 1m, "OK", R("51.204.300,00")),
            RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", R("500.000.000,00")),
            RincianLine.Detail("ATK", 1000m, "rim", R("500.000,00")));
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal(("RKA502", DiagnosticSeverity.Error, "rincian[1].jumlah", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Equal("Rekening 5.2.1 ('Belanja Pegawai') has subtotal 51.204.390,00; the lines under it add up to 51.204.300,00.", d.Message);
    }

    [Fact]
    public void A_total_other_than_year_n_is_reported()
    {
        RkaForm form = WithRincian(
            RincianLine.Rekening("5.2", "BELANJA LANGSUNG", R("500.000.000,00")),
            RincianLine.Detail("ATK", 1000m, "rim", R("500.000,00")));
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal("rincian", d.Path);
        Assert.Equal("The rincian lines add up to 500.000.000,00; expected the year-n amount 551.204.390,00.", d.Message);
    }

    [Fact]
    public void Detail_lines_without_rekening_are_compared_with_year_n()
    {
        Assert.Empty(Rule.Run(WithRincian(RincianLine.Detail("ATK", 1m, "paket", R("551.204.390,00")))));
        Assert.Single(Rule.Run(WithRincian(RincianLine.Detail("ATK", 1m, "paket", R("551.204.391,00")))));
    }

    [Fact]
    public void Overflowing_sums_are_reported_not_thrown()
    {
        RkaForm form = WithRincian(
            RincianLine.Rekening("5.2", "BELANJA", R("1,00")),
            new RincianLine { Uraian = "a", Jumlah = Rupiah.MaxValue },
            new RincianLine { Uraian = "b", Jumlah = Rupiah.MaxValue });
        Assert.Contains(Rule.Run(form), d => d.Code == "RKA502" && d.Message.Contains("more than an amount can hold", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));

    [Fact]
    public void A_rekening_whose_children_carry_no_jumlah_is_not_compared()
    {
        RkaForm form = WithRincian(
            RincianLine.Rekening("5.2", "BELANJA LANGSUNG", R("551.204.390,00")),
            RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", R("551.204.390,00")),
            new RincianLine { Uraian = "Kertas HVS" },
            new RincianLine { Uraian = "Map" });
        Assert.Empty(Rule.Run(form));
    }

    [Fact]
    public void Detail_lines_beside_sub_rekening_count_toward_the_parent()
    {
        RincianLine[] Lines(string parent) =>
        [
            RincianLine.Rekening("5.2", "BELANJA LANGSUNG", R(parent)),
            RincianLine.Detail("Honor", 1m, "OK", R("1.204.390,00")),
            RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", R("550.000.000,00")),
            RincianLine.Detail("ATK", 1000m, "rim", R("550.000,00")),
        ];

        Assert.Empty(Rule.Run(WithRincian(Lines("551.204.390,00"))));
        Diagnostic d = Assert.Single(Rule.Run(WithRincian(Lines("550.000.000,00"))), x => x.Path == "rincian[0].jumlah");
        Assert.Equal("Rekening 5.2 ('BELANJA LANGSUNG') has subtotal 550.000.000,00; the lines under it add up to 551.204.390,00.", d.Message);
    }

    [Fact]
    public void A_skipped_level_adds_up_the_nearest_rekening_under_it()
    {
        RincianLine[] Lines(string second) =>
        [
            RincianLine.Rekening("5.2", "BELANJA LANGSUNG", R("551.204.390,00")),
            RincianLine.Rekening("5.2.2.01", "Belanja Bahan Pakai Habis", R("51.204.390,00")),
            RincianLine.Detail("Kertas HVS", 1m, "rim", R("51.204.390,00")),
            RincianLine.Rekening("5.2.2.03", "Belanja Jasa Kantor", R(second)),
            RincianLine.Detail("Listrik", 1m, "bulan", R(second)),
        ];

        Assert.Empty(Rule.Run(WithRincian(Lines("500.000.000,00"))));
        Assert.Contains(Rule.Run(WithRincian(Lines("500.000.001,00"))), d =>
            d.Path == "rincian[0].jumlah" && d.Message.Contains("the lines under it add up to 551.204.391,00", System.StringComparison.Ordinal));
    }

    [Fact]
    public void SIPD_group_lines_carry_subtotals_and_are_not_counted_again()
    {
        RkaForm form = WithRincian(
            RincianLine.Rekening("5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", R("660.000,00")),
            new RincianLine { Uraian = "[#] Alat Tulis Kantor", Jumlah = R("660.000,00") },
            new RincianLine { Uraian = "[-] Kelas Ibu Hamil", Jumlah = R("660.000,00") },
            RincianLine.Detail("Buku Tulis", 60m, "Buah", R("5.000,00")),
            RincianLine.Detail("Ballpoint", 10m, "Kotak", R("36.000,00"))) with { Amounts = FormAmounts.Create(2023, Rupiah.Zero, R("660.000,00"), R("726.000,00")) };

        Assert.True(form.Rincian[1].IsGroup && form.Rincian[2].IsGroup && !form.Rincian[3].IsGroup);
        Assert.Empty(Rule.Run(form));
    }

    [Theory]
    [InlineData("[ - ] Kelas Ibu Hamil", "[ - ] Kelas Ibu Menyusui", "660.000,00", "360.000,00")]
    [InlineData("[-] Kelas Ibu Hamil", "[-] Kelas Ibu Menyusui", "660.000,00", "360.000,00")]
    public void A_SIPD_group_subtotal_is_checked_against_its_own_lines(string first, string second, string group, string secondGroup)
    {
        // Two sub-groups under one [#]: each adds up its own lines, up to the next sub-group; the [#] adds up all four.
        RkaForm Form(string firstGroup, string whole = "1.020.000,00") => WithRincian(
            RincianLine.Rekening("5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", R("1.020.000,00")),
            new RincianLine { Uraian = "[ # ] Alat Tulis Kantor", Jumlah = R(whole) },
            new RincianLine { Uraian = first, Jumlah = R(firstGroup) },
            RincianLine.Detail("Buku Tulis", 60m, "Buah", R("5.000,00")),
            RincianLine.Detail("Ballpoint", 10m, "Kotak", R("36.000,00")),
            new RincianLine { Uraian = second, Jumlah = R(secondGroup) },
            RincianLine.Detail("Map", 40m, "Buah", R("4.500,00")),
            RincianLine.Detail("Spidol", 10m, "Kotak", R("18.000,00"))) with { Amounts = FormAmounts.Create(2023, Rupiah.Zero, R("1.020.000,00"), R("1.122.000,00")) };

        Assert.Empty(Rule.Run(Form(group)));

        Diagnostic finding = Assert.Single(Rule.Run(Form("670.000,00")));
        Assert.Equal("rincian[2].jumlah", finding.Path);
        Assert.Equal($"Group '{first}' has subtotal 670.000,00; the detail lines under it add up to 660.000,00.", finding.Message);

        // The [#] is checked against all four lines, those of both its sub-groups.
        Assert.Equal("rincian[1].jumlah", Assert.Single(Rule.Run(Form(group, "1.030.000,00"))).Path);
    }

    [Fact]
    public void A_SIPD_group_ends_at_the_next_group_or_rekening()
    {
        // The first [#] adds up its one line only (not the next group's, nor the next rekening's); a group printed
        // without a jumlah is not compared.
        RkaForm form = WithRincian(
            RincianLine.Rekening("5.1.02.01.01", "Belanja Barang Pakai Habis", R("1.500.000,00")),
            RincianLine.Rekening("5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", R("1.000.000,00")),
            new RincianLine { Uraian = "[#] Alat Tulis Kantor", Jumlah = R("300.000,00") },
            RincianLine.Detail("Buku Tulis", 60m, "Buah", R("5.000,00")),
            new RincianLine { Uraian = "[#] Kertas", Jumlah = R("700.000,00") },
            RincianLine.Detail("Kertas HVS", 14m, "Rim", R("50.000,00")),
            RincianLine.Rekening("5.1.02.01.01.0026", "Belanja Bahan Cetak", R("500.000,00")),
            new RincianLine { Uraian = "[#] Spanduk" },
            RincianLine.Detail("Spanduk", 5m, "Lembar", R("100.000,00"))) with { Amounts = FormAmounts.Create(2023, Rupiah.Zero, R("1.500.000,00"), R("1.650.000,00")) };

        Assert.Empty(Rule.Run(form));
        Assert.Contains(Rule.Run(form with { Rincian = [.. form.Rincian.Select((l, i) => i == 4 ? l with { Jumlah = R("600.000,00") } : l)] }), d => d.Path == "rincian[4].jumlah");
    }

    [Fact]
    public void A_detail_line_marked_like_a_group_still_counts()
    {
        // DESIGN 1.1 prints "[#]" before a detail line with its koefisien: only a line without volume and harga is a group.
        RkaForm form = WithRincian(
            RincianLine.Rekening("5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", R("4.500.000,00")),
            RincianLine.Detail("[#] Alat tulis kantor pelayanan", 30m, "Paket", R("150.000,00"))) with { Amounts = FormAmounts.Create(2023, Rupiah.Zero, R("4.500.000,00"), R("4.950.000,00")) };

        Assert.False(form.Rincian[1].IsGroup);
        Assert.Empty(Rule.Run(form));
    }

    [Fact]
    public void A_heading_line_with_the_subtotal_of_the_lines_under_it_is_not_counted_again()
    {
        // An older print's group headings: "Pekerjaan Persiapan 3.480.000,00" over the lines of that work, no [#].
        RkaForm form = WithRincian(
            RincianLine.Rekening("5.2.3.53.07", "Belanja Modal Pengadaan Konstruksi Saluran Drainase", R("4.980.000,00")),
            new RincianLine { Uraian = "Pekerjaan Persiapan", Jumlah = R("3.480.000,00") },
            RincianLine.Detail("Papan nama proyek", 1m, "buah", R("750.000,00")),
            RincianLine.Detail("Pengukuran dan pemasangan bouwplank", 420m, "m'", R("6.500,00")),
            new RincianLine { Uraian = "Pekerjaan Lain-lain", Jumlah = R("1.500.000,00") },
            RincianLine.Detail("Pembersihan akhir lokasi pekerjaan", 1m, "ls", R("1.500.000,00"))) with { Amounts = FormAmounts.Create(2013, Rupiah.Zero, R("4.980.000,00"), R("5.478.000,00")) };

        Assert.Empty(Rule.Run(form));
    }

    [Fact]
    public void A_line_with_a_jumlah_only_that_no_lines_add_up_to_counts()
    {
        // A lump sum with no volume (or a heading whose lines do not add up to it): it is counted, so the rekening's
        // subtotal that leaves it out is reported.
        RkaForm form = WithRincian(
            RincianLine.Rekening("5.2.2.03.01", "Belanja Jasa Kebersihan", R("300.000,00")),
            new RincianLine { Uraian = "Jasa kebersihan kantor", Jumlah = R("1.200.000,00") },
            RincianLine.Detail("Sabun dan pewangi", 10m, "botol", R("30.000,00"))) with { Amounts = FormAmounts.Create(2013, Rupiah.Zero, R("300.000,00"), R("330.000,00")) };

        Diagnostic finding = Assert.Single(Rule.Run(form));
        Assert.Equal("rincian[0].jumlah", finding.Path);
    }
}
