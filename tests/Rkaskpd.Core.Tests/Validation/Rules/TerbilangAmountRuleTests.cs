using System;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class TerbilangAmountRuleTests
{
    private static readonly TerbilangAmountRule Rule = new();

    private static RkaForm WithCurrentYear(string amount, string terbilang) => TestForms.Consistent().WithAmount(
        AmountPosition.CurrentYear,
        AmountRow.Create(AmountPosition.CurrentYear, 2020, Rupiah.Parse(amount)) with { Terbilang = terbilang });

    [Fact]
    public void Terbilang_that_spell_their_amounts_raise_nothing() => Assert.Empty(Rule.Run(TestForms.Consistent()));

    [Fact]
    public void The_seeds_doubled_ratus_is_reported_with_the_correct_text()
    {
        RkaForm form = WithCurrentYear("79.605.750,00", "TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA RATUS");
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Equal(("RKA201", DiagnosticSeverity.Error, "amounts.currentYear.terbilang", "3.05.3.05.09.01.021"), (d.Code, d.Severity, d.Path, d.Kegiatan));
        Assert.Contains("does not spell 79.605.750,00", d.Message, StringComparison.Ordinal);
        Assert.Contains("expected 'TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA PULUH RUPIAH'", d.Message, StringComparison.Ordinal);
    }

    /// <summary>A DPPA's year-n amount before the amendment has a terbilang of its own: checked as the others are, at
    /// its own path; missing, it is no error (many prints give that amount in digits only).</summary>
    [Theory]
    [InlineData("Seratus lima belas juta seratus delapan puluh enam ribu rupiah", "RKA201")]
    [InlineData("Seratus lima belas juta seratus delapn puluh lima ribu rupiah", "RKA202")]
    [InlineData("Seratus lima belas juta seratus delapan puluh lima ribu rupiah", null)]
    [InlineData("", null)]
    public void The_terbilang_before_the_amendment_is_checked_too(string terbilang, string? code)
    {
        RkaForm consistent = TestForms.Consistent();
        AmountRow current = consistent.Amounts.CurrentYear! with
        {
            Perubahan = new AmountPerubahan { Sebelum = Rupiah.Parse("115.185.000,00"), SebelumText = "115.185.000,00", SebelumTerbilang = terbilang },
        };
        RkaForm form = consistent.WithAmount(AmountPosition.CurrentYear, current);
        RuleSet rules = RuleSet.Empty.With(Rule).With(new TerbilangSpellingRule());

        var found = rules.Validate(new RkaDocument { Forms = [form] });

        if (code is null)
        {
            Assert.Empty(found);
        }
        else
        {
            Diagnostic d = Assert.Single(found);
            Assert.Equal((code, "amounts.currentYear.perubahan.sebelumTerbilang"), (d.Code, d.Path));
        }
    }

    [Fact]
    public void A_terbilang_of_another_amount_says_what_it_reads()
    {
        RkaForm form = WithCurrentYear("551.204.390,00", Rupiah.Parse("551.204.300,00").ToTerbilang());
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Contains("(it reads 551.204.300,00)", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_string_right_for_one_row_is_still_checked_against_another_rows_amount()
    {
        // The rules remember exact texts by reference and amount: the same string under another amount is no match.
        string words = Rupiah.Parse("1.000.000,00").ToTerbilang();
        RkaForm form = TestForms.Consistent()
            .WithAmount(AmountPosition.CurrentYear, AmountRow.Create(AmountPosition.CurrentYear, 2020, Rupiah.Parse("1.000.000,00")) with { Terbilang = words })
            .WithAmount(AmountPosition.NextYear, AmountRow.Create(AmountPosition.NextYear, 2021, Rupiah.Parse("2.000.000,00")) with { Terbilang = words });
        RuleSet rules = RuleSet.Empty.With(Rule).With(new TerbilangSpellingRule());

        Diagnostic d = Assert.Single(rules.Validate(new RkaDocument { Forms = [form] }));
        Assert.Equal(("RKA201", "amounts.nextYear.terbilang"), (d.Code, d.Path));
    }

    /// <summary>The words expected are written as the document writes its own: a finance officer compares them with
    /// the page.</summary>
    [Theory]
    [InlineData("Dua ratus tujuh juta delapan ratus tiga ribu lima ratus rupiah", "'Dua ratus tujuh juta delapan ratus dua ribu lima ratus rupiah'")]
    [InlineData("Dua Ratus Tujuh Juta Delapan Ratus Tiga Ribu Lima Ratus Rupiah", "'Dua Ratus Tujuh Juta Delapan Ratus Dua Ribu Lima Ratus Rupiah'")]
    [InlineData("dua ratus tujuh juta delapan ratus tiga ribu lima ratus rupiah", "'dua ratus tujuh juta delapan ratus dua ribu lima ratus rupiah'")]
    [InlineData("DUA RATUS TUJUH JUTA DELAPAN RATUS TIGA RIBU LIMA RATUS RUPIAH", "'DUA RATUS TUJUH JUTA DELAPAN RATUS DUA RIBU LIMA RATUS RUPIAH'")]
    public void The_expected_words_are_written_in_the_terbilangs_own_casing(string written, string expected)
    {
        Diagnostic d = Assert.Single(Rule.Run(WithCurrentYear("207.802.500,00", written)));

        Assert.EndsWith("expected " + expected + ".", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_terbilang_is_reported()
    {
        Diagnostic d = Assert.Single(Rule.Run(WithCurrentYear("1.000,00", " ")));
        Assert.Equal("The amount 1.000,00 has no terbilang; expected 'SERIBU RUPIAH'.", d.Message);
    }

    [Fact]
    public void A_right_number_without_RUPIAH_is_left_to_RKA202() =>
        Assert.Empty(Rule.Run(WithCurrentYear("1.000,00", "SERIBU")));

    [Fact]
    public void An_empty_form_raises_nothing() => Assert.Empty(Rule.Run(new RkaForm()));

    [Fact]
    public void An_unreadable_terbilang_is_reported_not_passed_over()
    {
        Diagnostic d = Assert.Single(Rule.Run(WithCurrentYear("5.000.000,00", "LIMA JUTA BEBEK RUPIAH")));
        Assert.Equal(("RKA201", "amounts.currentYear.terbilang"), (d.Code, d.Path));
        Assert.Contains("'LIMA JUTA BEBEK RUPIAH' does not spell 5.000.000,00", d.Message, StringComparison.Ordinal);
        Assert.Contains("expected 'LIMA JUTA RUPIAH'", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_an_amount_is_skipped_whatever_its_terbilang()
    {
        RkaForm form = TestForms.Consistent().WithAmount(AmountPosition.CurrentYear,
            new AmountRow { Position = AmountPosition.CurrentYear, Label = "TA 2020", Terbilang = "LIMA JUTA BEBEK RUPIAH" });
        Assert.Empty(Rule.Run(form));
    }

    [Fact]
    public void Every_row_is_checked_and_reported_at_its_own_path()
    {
        RkaForm form = TestForms.Consistent()
            .WithAmount(AmountPosition.PreviousYear, AmountRow.Create(AmountPosition.PreviousYear, 2019, Rupiah.Parse("1.000,00")) with { Terbilang = "DUA RIBU RUPIAH" })
            .WithAmount(AmountPosition.NextYear, AmountRow.Create(AmountPosition.NextYear, 2021, Rupiah.Parse("3.000,00")) with { Terbilang = "EMPAT RIBU RUPIAH" });
        Assert.Equal(
            ["amounts.previousYear.terbilang", "amounts.nextYear.terbilang"],
            System.Linq.Enumerable.Select(Rule.Run(form), d => d.Path));
    }
}
