using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Validation.Rules;

public class RincianTotalRowRuleTests
{
    private static readonly RincianTotalRowRule Rule = new();

    private static Rupiah R(string text) => Rupiah.Parse(text);

    private static RkaForm WithTotal(string written) => TestForms.Consistent() with
    {
        Rincian =
        [
            RincianLine.Rekening("5.2", "BELANJA LANGSUNG", R("551.204.390,00")),
            RincianLine.Detail("ATK", 1m, "paket", R("551.204.390,00")),
        ],
        RincianTotal = new RincianTotalRow { Label = "JUMLAH", JumlahText = written, Jumlah = R(written) },
    };

    [Fact]
    public void A_total_row_that_agrees_with_the_top_level_lines_raises_nothing() =>
        Assert.Empty(Rule.Run(WithTotal("551.204.390,00")));

    [Fact]
    public void A_form_without_a_total_row_raises_nothing() =>
        Assert.Empty(Rule.Run(WithTotal("1,00") with { RincianTotal = null }));

    [Fact]
    public void A_total_row_that_disagrees_is_reported_at_the_total_path()
    {
        Diagnostic d = Assert.Single(Rule.Run(WithTotal("551.204.000,00")));
        Assert.Equal(("RKA504", DiagnosticSeverity.Warning, "rincian.total"), (d.Code, d.Severity, d.Path));
        Assert.Equal("The rincian total row 'JUMLAH 551.204.000,00' says 551.204.000,00; the top-level rekening lines add up to 551.204.390,00.", d.Message);
    }

    [Fact]
    public void A_written_total_of_80_characters_is_quoted_whole_and_a_longer_one_cut_to_77_and_an_ellipsis()
    {
        // "JUMLAH" + dashes + " 551.204.000,00": 6 + 59 + 15 = 80 characters, then 81.
        string whole = "JUMLAH" + new string('-', 59) + " 551.204.000,00";
        RkaForm form = WithTotal("551.204.000,00");
        Diagnostic d = Assert.Single(Rule.Run(form with { RincianTotal = form.RincianTotal! with { Label = "JUMLAH" + new string('-', 59) } }));
        Assert.StartsWith($"The rincian total row '{whole}' says", d.Message, StringComparison.Ordinal);

        d = Assert.Single(Rule.Run(form with { RincianTotal = form.RincianTotal! with { Label = "JUMLAH" + new string('-', 60) } }));
        Assert.StartsWith("The rincian total row 'JUMLAH" + new string('-', 60) + " 551.204.00...' says", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_row_without_an_amount_or_lines_beyond_the_largest_amount_raise_nothing()
    {
        RkaForm form = WithTotal("1,00");
        Assert.Empty(Rule.Run(form with { RincianTotal = form.RincianTotal! with { Jumlah = null } }));
        Assert.Empty(Rule.Run(form with
        {
            Rincian =
            [
                RincianLine.Rekening("5.1", "BELANJA TIDAK LANGSUNG", Rupiah.MaxValue),
                RincianLine.Rekening("5.2", "BELANJA LANGSUNG", Rupiah.MaxValue),
            ],
        }));
    }

    [Fact]
    public void Without_rekening_lines_the_detail_lines_are_summed()
    {
        RkaForm form = WithTotal("10,00") with { Rincian = [RincianLine.Detail("ATK", 1m, "paket", R("11,00"))] };
        Diagnostic d = Assert.Single(Rule.Run(form));
        Assert.Contains("the detail lines add up to 11,00", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rule_runs_on_a_form_loaded_from_json()
    {
        var document = new RkaDocument { Forms = [WithTotal("551.204.000,00")] };
        string json = RkaJson.Serialize(document);
        Assert.Contains("\"rincianTotal\"", json, StringComparison.Ordinal);

        RkaDocument loaded = RkaJson.Deserialize(json);

        Assert.Equal(document, loaded);
        Assert.Single(RuleSet.Default.Validate(loaded.Forms[0]), d => d.Code == RuleIds.RincianTotalRow);
    }

    [Fact]
    public void Json_without_the_total_row_still_loads()
    {
        RkaForm form = WithTotal("1,00") with { RincianTotal = null };
        string json = RkaJson.Serialize(new RkaDocument { Forms = [form] });
        Assert.DoesNotContain("rincianTotal", json, StringComparison.Ordinal);

        Assert.Null(RkaJson.Deserialize(json).Forms[0].RincianTotal);
    }

    [Fact]
    public void The_text_writer_writes_the_total_row_and_the_reader_reads_it_back()
    {
        RkaForm form = WithTotal("551.204.000,00");
        string text = RkaTextWriter.Write(new RkaDocument { Forms = [form] });
        Assert.Contains("\tJUMLAH\t\t\t\t551.204.000,00\n", text, StringComparison.Ordinal);

        RkaReadResult read = RkaTextReader.Read(text);

        RkaForm back = Assert.Single(read.Document.Forms);
        Assert.Equal(form.RincianTotal, back.RincianTotal);
        Assert.Equal(form.Rincian, back.Rincian);
        Diagnostic d = Assert.Single(read.Validate(), d => d.Code == RuleIds.RincianTotalRow);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.StartsWith("\tJUMLAH", StringComparison.Ordinal)) + 1, d.Line);
    }

    /// <summary>A perubahan form: 5.2 was 500.000.000,00 before the amendment (one paket at that harga), 551.204.390,00
    /// after; its total row says <paramref name="sebelum"/> under Sebelum and the right total under Setelah.</summary>
    private static RkaForm PerubahanWithTotal(string sebelum)
    {
        var before = new RincianPerubahan { JumlahSebelum = R("500.000.000,00"), Selisih = R("51.204.390,00") };
        return WithTotal("551.204.390,00") with
        {
            Kind = DocumentKind.RkaPerubahan,
            Rincian =
            [
                RincianLine.Rekening("5.2", "BELANJA LANGSUNG", R("551.204.390,00")) with { Perubahan = before },
                RincianLine.Detail("ATK", 1m, "paket", R("551.204.390,00")) with
                {
                    Perubahan = before with { VolumeSebelum = 1m, SatuanSebelum = "paket", HargaSatuanSebelum = R("500.000.000,00") },
                },
            ],
            RincianTotal = new RincianTotalRow
            {
                Label = "JUMLAH",
                JumlahText = "551.204.390,00",
                Jumlah = R("551.204.390,00"),
                JumlahSebelumText = sebelum,
                JumlahSebelum = R(sebelum),
            },
        };
    }

    [Fact]
    public void A_perubahan_total_row_that_agrees_before_and_after_raises_nothing() =>
        Assert.Empty(Rule.Run(PerubahanWithTotal("500.000.000,00")));

    [Fact]
    public void A_sebelum_total_that_disagrees_is_reported_at_its_path_in_english_and_indonesian()
    {
        RkaForm form = PerubahanWithTotal("499.000.000,00");

        Diagnostic d = Assert.Single(Rule.Run(form));
        Diagnostic id;
        using (UiCulture.Use("id"))
        {
            id = Assert.Single(Rule.Run(form));
        }

        Assert.Equal(("RKA504", DiagnosticSeverity.Warning, "rincian.total.jumlahSebelum"), (d.Code, d.Severity, d.Path));
        Assert.Equal("The rincian total row's Sebelum Perubahan jumlah 'JUMLAH 499.000.000,00' says 499.000.000,00; before the amendment the top-level rekening lines add up to 500.000.000,00.", d.Message);
        Assert.Equal("Jumlah sebelum perubahan pada baris jumlah rincian 'JUMLAH 499.000.000,00' tertulis 499.000.000,00; jumlah sebelum perubahan baris kode rekening tingkat teratas adalah 500.000.000,00.", id.Message);
    }

    [Fact]
    public void The_sebelum_total_goes_through_json_and_the_rule_runs_on_the_loaded_form()
    {
        var document = new RkaDocument { Forms = [PerubahanWithTotal("499.000.000,00")] };
        string json = RkaJson.Serialize(document);
        Assert.Contains("\"jumlahSebelumText\":\"499.000.000,00\",\"jumlahSebelum\":499000000.00", json, StringComparison.Ordinal);

        RkaDocument loaded = RkaJson.Deserialize(json);

        Assert.Equal(document, loaded);
        Assert.Single(RuleSet.Default.Validate(loaded.Forms[0]), d => d.Path == "rincian.total.jumlahSebelum");
    }

    [Fact]
    public void The_text_writer_writes_the_sebelum_total_under_Sebelum_and_the_reader_reads_it_back()
    {
        RkaForm form = PerubahanWithTotal("499.000.000,00");
        string text = RkaTextWriter.Write(new RkaDocument { Forms = [form] });
        Assert.Contains("\tJUMLAH\t\t\t\t499.000.000,00\t\t\t\t551.204.390,00\t\t\n", text, StringComparison.Ordinal);

        RkaReadResult read = RkaTextReader.Read(text);

        RkaForm back = Assert.Single(read.Document.Forms);
        Assert.Equal(form.RincianTotal, back.RincianTotal);
        Diagnostic d = Assert.Single(read.Validate(), d => d.Code == RuleIds.RincianTotalRow);
        Assert.Equal("rincian.total.jumlahSebelum", d.Path);
        Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.StartsWith("\tJUMLAH", StringComparison.Ordinal)) + 1, d.Line);
    }
}
