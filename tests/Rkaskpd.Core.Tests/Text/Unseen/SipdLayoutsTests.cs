using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Unseen;

/// <summary>
/// Metamorphic checks on the SIPD print of <c>tests/data/unseen</c>: the same RKA - RINCIAN BELANJA SKPD extracted
/// three ways (<c>pdftotext -layout</c>, plain <c>pdftotext</c>, a browser copy) reads to one model, and that model
/// reads back from its own text and JSON.
/// </summary>
public class SipdLayoutsTests
{
    private const string Layout = "sipd-2023-rka-rincian-belanja.layout.txt";
    private const string Plain = "sipd-2023-rka-rincian-belanja.plain.txt";
    private const string Flat = "sipd-2023-rka-rincian-belanja.flat.txt";

    public static TheoryData<string> OtherLayouts => new() { Plain, Flat };

    [Theory]
    [MemberData(nameof(OtherLayouts))]
    public void Reads_to_the_same_model_as_the_fixed_width_print(string document)
    {
        RkaDocument expected = Read(Layout).Document;

        RkaDocument actual = Read(document).Document;

        Assert.Equal(expected, actual);
    }

    /// <summary>A print that numbers the rincian table's columns under its header, one number a line as plain
    /// <c>pdftotext</c> gives them (<c>1</c> / <c>2</c> / ... / <c>7 = (3 x 5)</c>), reads as the print without them:
    /// the numbers are one row the reader passes over, not the start of a row that ended the table.</summary>
    [Fact]
    public void Column_numbers_one_a_line_under_the_header_change_nothing()
    {
        string plain = System.Text.Encoding.UTF8.GetString(UnseenData.Bytes(Plain));
        string numbered = plain.Replace("Harga\nPPN\n", "Harga\nPPN\n1\n2\n3\n4\n5\n6\n7 = (3 x 5)\n", System.StringComparison.Ordinal);
        Assert.NotEqual(plain, numbered);

        RkaReadResult read = RkaTextReader.Read(numbered);

        Assert.Equal(Read(Plain).Document, read.Document);
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == "RKA006");
    }

    /// <summary>The same findings in every layout. The one-cell-per-line print has its cells (the Capaian Program
    /// row's target too), and the browser copy's flattened indicator rows each have one reading (a trailing percentage,
    /// amount or number and unit after a tolok ukur without numbers), so no layout reports a guessed target column
    /// (RKA007).</summary>
    [Theory]
    [InlineData(Layout)]
    [InlineData(Plain)]
    [InlineData(Flat)]
    public void Reports_the_same_findings_in_every_layout(string document)
    {
        string[] expected = [.. Read(Layout).Validate().Select(d => d.Code + " " + d.Path).Order()];

        string[] actual = [.. Read(document).Validate().Select(d => d.Code + " " + d.Path).Order()];

        Assert.Equal(expected, actual);
        Assert.DoesNotContain(actual, c => c.StartsWith("RKA006", System.StringComparison.Ordinal));
        Assert.DoesNotContain(actual, c => c.StartsWith("RKA007", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_back_from_its_own_text_and_json()
    {
        RkaDocument document = Read(Layout).Document;

        Assert.Equal(document, RkaTextReader.Read(RkaTextWriter.Write(document)).Document);
        Assert.Equal(document, RkaJson.Deserialize(RkaJson.Serialize(document)));
    }

    [Fact]
    public void Keeps_koefisien_ppn_and_group_lines()
    {
        RkaForm form = Assert.Single(Read(Flat).Document.Forms);

        RincianLine honorarium = form.Rincian[^1];
        Assert.Equal(("12 Bulan x 2 Orang", 24m, "OB", 0m), (honorarium.Koefisien, honorarium.Volume, honorarium.Satuan, honorarium.Ppn));
        RincianLine air = Assert.Single(form.Rincian, l => l.Ppn == 11m);
        Assert.Equal(299_700m, air.Jumlah?.Amount);
        Assert.Equal(6, form.Rincian.Count(l => l.IsGroup));
    }

    private static RkaReadResult Read(string document) => RkaTextReader.Read(UnseenData.Bytes(document));
}
