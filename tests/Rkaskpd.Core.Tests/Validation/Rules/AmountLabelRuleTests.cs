using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class AmountLabelRuleTests
{
    private static readonly AmountLabelRule Rule = new();

    private static RkaForm WithLabels(string previous, string current, string next)
    {
        RkaForm form = TestForms.Consistent();
        return form with
        {
            Amounts = form.Amounts with
            {
                PreviousYear = form.Amounts.PreviousYear! with { Label = previous },
                CurrentYear = form.Amounts.CurrentYear! with { Label = current },
                NextYear = form.Amounts.NextYear! with { Label = next },
            },
        };
    }

    [Fact]
    public void Year_labels_around_the_fiscal_year_raise_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Theory]
    [InlineData("Jumlah Tahun n - 1", "Jumlah Tahun n", "Jumlah Tahun n + 1")]
    [InlineData("Jumlah Tahun n-1 :", "jumlah tahun N", "Jumlah Tahun n+1")]
    [InlineData("n - 1", "n", "n + 1")]
    [InlineData("Jumlah Tahun n - 1", "Jumlah Tahun n Setelah Perubahan", "Jumlah Tahun n + 1")]
    [InlineData("Jumlah Tahun n-1", "JUMLAH TAHUN N SESUDAH PERUBAHAN", "Jumlah Tahun n+1")]
    public void Position_labels_raise_nothing(string previous, string current, string next) =>
        Assert.Empty(Rule.Run(WithLabels(previous, current, next)));

    [Fact]
    public void A_wrong_year_is_reported_with_found_and_expected_years()
    {
        Diagnostic d = Assert.Single(Rule.Run(WithLabels("Jumlah Tahun 2018", "Jumlah Tahun 2020", "Jumlah Tahun 2021")));
        Assert.Equal(("RKA204", DiagnosticSeverity.Warning, "amounts", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Equal("The amount rows are labelled 'Jumlah Tahun 2018', 'Jumlah Tahun 2020', 'Jumlah Tahun 2021'; under tahun anggaran 2020 they are years 2019, 2020, 2021.", d.Message);
    }

    [Fact]
    public void A_perubahan_column_does_not_make_a_wrong_position_right() =>
        Assert.Single(Rule.Run(WithLabels("Jumlah Tahun n - 1", "Jumlah Tahun n + 1 Setelah Perubahan", "Jumlah Tahun n + 1")));

    [Fact]
    public void A_position_label_in_the_wrong_row_is_reported() =>
        Assert.Single(Rule.Run(WithLabels("Jumlah Tahun n + 1", "Jumlah Tahun n", "Jumlah Tahun n - 1")));

    [Fact]
    public void Without_a_fiscal_year_positions_are_expected()
    {
        RkaForm form = WithLabels("Jumlah", "Jumlah Tahun n", "Jumlah Tahun n + 1");
        form = form with { Header = form.Header with { TahunAnggaran = null } };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Contains("expected years n - 1, n, n + 1", d.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));
}
