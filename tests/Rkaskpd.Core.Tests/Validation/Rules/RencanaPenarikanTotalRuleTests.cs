using System.Globalization;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class RencanaPenarikanTotalRuleTests
{
    private static readonly RencanaPenarikanTotalRule Rule = new();

    // TestForms.Consistent() has year n 551.204.390,00.
    private static RkaForm With(decimal? jumlah, params decimal[] quarters) => TestForms.Consistent() with
    {
        RencanaPenarikan = new RencanaPenarikanDana
        {
            Title = "Rencana Penarikan Dana per Triwulan",
            Periode = [.. System.Linq.Enumerable.Select(quarters, (q, i) => new PenarikanDana("Triwulan " + (i + 1).ToString(CultureInfo.InvariantCulture), new Rupiah(q)))],
            Jumlah = jumlah is { } j ? new Rupiah(j) : null,
        },
    };

    [Fact]
    public void A_plan_adding_up_to_its_jumlah_and_the_pagu_raises_nothing()
    {
        Assert.Empty(Rule.Run(With(551_204_390m, 0m, 200_000_000m, 300_000_000m, 51_204_390m)));
        Assert.Empty(Rule.Run(With(null, 0m, 200_000_000m, 300_000_000m, 51_204_390m)));
    }

    [Fact]
    public void Periods_short_of_the_printed_jumlah_that_is_the_pagu_are_one_finding_at_the_jumlah()
    {
        Diagnostic d = Assert.Single(Rule.Run(With(551_204_390m, 0m, 200_000_000m, 300_000_000m, 50_000_000m)));
        Assert.Equal(("RKA210", DiagnosticSeverity.Error, "rencanaPenarikan.jumlah"), (d.Code, d.Severity, d.Path));
        Assert.Equal(
            "The 4 periods of the Rencana Penarikan Dana per Triwulan add up to 550.000.000,00; the Jumlah printed under them is 551.204.390,00.",
            d.Message);
    }

    [Fact]
    public void A_printed_jumlah_off_periods_that_make_the_pagu_is_one_finding_at_the_jumlah()
    {
        Diagnostic d = Assert.Single(Rule.Run(With(551_000_000m, 0m, 200_000_000m, 300_000_000m, 51_204_390m)));
        Assert.Equal("rencanaPenarikan.jumlah", d.Path);
    }

    [Fact]
    public void A_plan_that_adds_up_but_not_to_the_pagu_is_reported_at_the_plan()
    {
        Diagnostic d = Assert.Single(Rule.Run(With(500_000_000m, 0m, 200_000_000m, 300_000_000m, 0m)));
        Assert.Equal(("RKA210", "rencanaPenarikan"), (d.Code, d.Path));
        Assert.Equal(
            "The Rencana Penarikan Dana per Triwulan plans 500.000.000,00 in all; expected the year-n amount (pagu) 551.204.390,00.",
            d.Message);
    }

    [Fact]
    public void A_jumlah_off_its_periods_and_both_off_the_pagu_are_two_findings()
    {
        Assert.Equal(
            ["rencanaPenarikan.jumlah", "rencanaPenarikan"],
            System.Linq.Enumerable.Select(Rule.Run(With(400_000_000m, 0m, 200_000_000m, 300_000_000m, 0m)), d => d.Path));
    }

    [Fact]
    public void Periods_beyond_the_largest_amount_are_reported_not_thrown()
    {
        Diagnostic d = Assert.Single(Rule.Run(With(null, 92_233_720_368_547_758.07m, 1m)));
        Assert.Equal(("RKA210", "rencanaPenarikan"), (d.Code, d.Path));
        Assert.Equal("The periods of the Rencana Penarikan Dana per Triwulan add up to more than an amount can hold.", d.Message);
    }

    [Fact]
    public void A_form_without_a_plan_or_without_year_n_is_checked_only_within_the_plan()
    {
        Assert.Empty(Rule.Run(TestForms.Consistent()));
        Assert.Empty(Rule.Run(With(500_000_000m, 500_000_000m).WithAmount(AmountPosition.CurrentYear, null)));
        Assert.Single(Rule.Run(With(1m, 500_000_000m).WithAmount(AmountPosition.CurrentYear, null)));
    }

    [Fact]
    public void Messages_come_in_Indonesian_too()
    {
        var ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("id"); // (in invariant globalization mode "id-ID" has no parent: English)
            Diagnostic d = Assert.Single(Rule.Run(With(500_000_000m, 0m, 200_000_000m, 300_000_000m, 0m)));
            Assert.Equal(
                "Rencana Penarikan Dana per Triwulan merencanakan penarikan 500.000.000,00 seluruhnya; seharusnya sama dengan pagu tahun n sebesar 551.204.390,00.",
                d.Message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }
}
