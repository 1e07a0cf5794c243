using System.Globalization;
using System.IO;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Validation;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Rkaskpd.Validation.Rules;
using Xunit;

namespace Rkaskpd.Tests.Resources;

/// <summary>Messages come out in the language of <see cref="CultureInfo.CurrentUICulture"/> when they are made:
/// Indonesian for <c>id</c> and <c>id-ID</c>, English otherwise. The same tests run in CI in invariant-globalization
/// mode, where <c>PredefinedCulturesOnly=false</c> still lets <c>new CultureInfo("id")</c> find the satellite.</summary>
public class MessageLanguageTests
{
    private static Diagnostic EmptyDocument(string culture)
    {
        using (UiCulture.Use(culture))
        {
            return Assert.Single(RkaTextReader.Read(string.Empty).Diagnostics);
        }
    }

    [Theory]
    [InlineData("id", "Dokumen kosong: tidak ditemukan formulir RKA-SKPD.")]
    [InlineData("en", "The document is empty: no RKA-SKPD form was found.")]
    [InlineData("en-US", "The document is empty: no RKA-SKPD form was found.")]
    [InlineData("fr-FR", "The document is empty: no RKA-SKPD form was found.")]
    [InlineData("", "The document is empty: no RKA-SKPD form was found.")]
    public void The_reader_speaks_the_ui_culture(string culture, string expected)
    {
        Diagnostic d = EmptyDocument(culture);
        Assert.Equal(("RKA001", DiagnosticSeverity.Error), (d.Code, d.Severity));
        Assert.Equal(expected, d.Message);
    }

    /// <summary><c>id-ID</c> finds the <c>id</c> messages through its parent culture. In invariant-globalization
    /// mode a culture created by name has no data and its parent is the invariant culture, so <c>id-ID</c> falls back
    /// to English there while <c>id</c> itself still finds the Indonesian satellite (rkaconvert asks for <c>id</c>).</summary>
    [Fact]
    public void Id_ID_finds_the_indonesian_messages_or_in_invariant_mode_falls_back_to_english()
    {
        bool invariantMode = new CultureInfo("id-ID").Parent.Name.Length == 0;
        Assert.Equal(
            invariantMode ? "The document is empty: no RKA-SKPD form was found." : "Dokumen kosong: tidak ditemukan formulir RKA-SKPD.",
            EmptyDocument("id-ID").Message);
        Assert.Equal("Dokumen kosong: tidak ditemukan formulir RKA-SKPD.", EmptyDocument("id").Message);
    }

    [Fact]
    public void A_reader_finding_with_arguments_keeps_them_in_indonesian()
    {
        Diagnostic d;
        using (UiCulture.Use("id"))
        {
            d = Assert.Single(RkaTextReader.Read("baris pertama\nbaris kedua\n").Diagnostics, x => x.Code == "RKA001");
        }

        Assert.Equal(
            "Tidak ditemukan formulir RKA-SKPD dalam 2 baris: seharusnya ada judul seperti 'RENCANA KERJA DAN ANGGARAN' atau isian kepala formulir seperti 'Urusan Pemerintahan :'.",
            d.Message);
    }

    [Fact]
    public void The_seeds_wrong_terbilang_is_reported_in_indonesian_with_the_correct_text()
    {
        string text = File.ReadAllText(TestData.SeedPath);
        Diagnostic english = Terbilang201(text, "en");
        Diagnostic indonesian = Terbilang201(text, "id");

        Assert.Equal((english.Code, english.Path, english.Kegiatan, english.Line), (indonesian.Code, indonesian.Path, indonesian.Kegiatan, indonesian.Line));
        Assert.StartsWith("The terbilang '", english.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("Terbilang '", indonesian.Message, System.StringComparison.Ordinal);
        Assert.Contains("' tidak sesuai dengan jumlah ", indonesian.Message, System.StringComparison.Ordinal);
        Assert.Contains("; seharusnya '", indonesian.Message, System.StringComparison.Ordinal);

        // The quoted texts (the terbilang as written, the correct one) and the amounts are the same in both languages.
        Assert.Equal(Quoted(english.Message), Quoted(indonesian.Message));
    }

    [Fact]
    public void A_rincian_subtotal_is_reported_in_indonesian_with_both_amounts()
    {
        RkaForm form = TestForms.Consistent() with
        {
            Rincian =
            [
                RincianLine.Rekening("5.2", "BELANJA LANGSUNG", Rupiah.Parse("551.204.390,00")),
                RincianLine.Rekening("5.2.1", "Belanja Pegawai", Rupiah.Parse("51.204.390,00")),
                RincianLine.Detail("Honor", 1m, "OK", Rupiah.Parse("51.204.300,00")),
                RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", Rupiah.Parse("500.000.000,00")),
                RincianLine.Detail("ATK", 1000m, "rim", Rupiah.Parse("500.000,00")),
            ],
        };

        Diagnostic d;
        using (UiCulture.Use("id"))
        {
            d = Assert.Single(new RincianTotalRule().Run(form));
        }

        Assert.Equal(("RKA502", "rincian[1].jumlah"), (d.Code, d.Path));
        Assert.Equal("Kode rekening 5.2.1 ('Belanja Pegawai') tertulis subtotal 51.204.390,00; jumlah rincian di bawahnya 51.204.300,00.", d.Message);
    }

    [Fact]
    public void A_rupiah_parse_error_is_in_the_ui_culture()
    {
        string? english;
        string? indonesian;
        using (UiCulture.Use("en"))
        {
            english = Rupiah.ParseDetailed("12,3456").ErrorMessage;
        }

        using (UiCulture.Use("id"))
        {
            indonesian = Rupiah.ParseDetailed("12,3456").ErrorMessage;
        }

        Assert.Equal("Cannot parse the amount at index 5 ('5'): an amount has at most two digits of sen after the decimal mark.", english);
        Assert.Equal("Jumlah tidak dapat dibaca pada indeks 5 ('5'): jumlah uang paling banyak dua angka sen di belakang koma.", indonesian);
    }

    [Fact]
    public void The_message_follows_the_culture_when_it_is_made_not_when_it_is_read()
    {
        Diagnostic d = EmptyDocument("id");
        using (UiCulture.Use("en"))
        {
            Assert.StartsWith("Dokumen kosong", d.Message, System.StringComparison.Ordinal);
        }
    }

    private static Diagnostic Terbilang201(string text, string culture)
    {
        using (UiCulture.Use(culture))
        {
            return Assert.Single(RkaTextReader.Read(text).Validate(), x => x.Code == RuleIds.TerbilangWrong);
        }
    }

    private static string[] Quoted(string message) =>
        message.Split('\'').Where((_, i) => i % 2 == 1).ToArray();
}
