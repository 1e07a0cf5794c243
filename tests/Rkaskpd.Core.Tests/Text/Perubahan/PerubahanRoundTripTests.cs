using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Perubahan;

/// <summary>Perubahan values through the writers: text → model → text → model, JSON, and murni JSON unchanged.</summary>
[Properties(Arbitrary = new[] { typeof(PerubahanFormArbitraries) }, MaxTest = 60)]
public class PerubahanRoundTripTests
{
    /// <summary>read(write(document)) = document for generated perubahan documents.</summary>
    [Property]
    public Property Perubahan_documents_read_back_equal(RkaDocument document)
    {
        string text = RkaTextWriter.Write(document);
        RkaDocument read = RkaTextReader.Read(text).Document;
        return (read == document).Label(text);
    }

    /// <summary>read(write(document)) = document for SIPD perubahan forms (RKPA/DPPA) with koefisien and PPN in either
    /// column group.</summary>
    [Property]
    public Property Sipd_perubahan_documents_read_back_equal()
    {
        return Prop.ForAll(PerubahanFormArbitraries.SipdPerubahanDocumentGen.ToArbitrary(), document =>
        {
            RkaDocument read = RkaTextReader.Read(RkaTextWriter.Write(document)).Document;
            RkaForm e = document.Forms[0];
            RkaForm a = read.Forms.Count == 1 ? read.Forms[0] : new RkaForm();
            int line = 0;
            while (line < e.Rincian.Count && line < a.Rincian.Count && e.Rincian[line] == a.Rincian[line])
            {
                line++;
            }

            string difference =
                e.Header != a.Header ? "header: " + a.Header
                : e.Amounts != a.Amounts ? "amounts: " + a.Amounts
                : !e.Indicators.SequenceEqual(a.Indicators) ? "indicators: " + string.Join("; ", a.Indicators)
                : line < e.Rincian.Count ? $"rincian[{line}]: {e.Rincian[line]} read as {(line < a.Rincian.Count ? a.Rincian[line] : "nothing")}"
                : "rest: " + a;
            return (read == document).Label(difference);
        });
    }

    /// <summary>JSON carries every perubahan part.</summary>
    [Property]
    public Property Perubahan_documents_survive_json(RkaDocument document) =>
        (RkaJson.Deserialize(RkaJson.Serialize(document)) == document).ToProperty();

    [Theory]
    [InlineData(PerubahanForms.Tab)]
    [InlineData(PerubahanForms.Flat)]
    public void Hand_written_forms_round_trip_through_text(string text)
    {
        RkaDocument first = RkaTextReader.Read(text).Document;
        RkaDocument second = RkaTextReader.Read(RkaTextWriter.Write(first)).Document;
        Assert.Equal(first, second);
        Assert.NotNull(second.Forms[0].Amounts.CurrentYear?.Perubahan);
    }

    [Fact]
    public void Json_names_the_perubahan_parts()
    {
        RkaDocument document = RkaTextReader.Read(PerubahanForms.Flat).Document;
        string json = RkaJson.Serialize(document);
        Assert.Contains("\"perubahan\":{\"sebelumLabel\":\"Jumlah Anggaran Sebelum Perubahan\"", json, StringComparison.Ordinal);
        Assert.Contains("\"selisih\":-1500000.00", json, StringComparison.Ordinal);
        Assert.Contains("\"targetSebelum\":{\"kind\":\"percentage\"", json, StringComparison.Ordinal);
        Assert.Contains("\"penjelasan\":\"Efisiensi anggaran\"", json, StringComparison.Ordinal);
        Assert.Equal(document, RkaJson.Deserialize(json));
    }

    [Fact]
    public void Murni_json_has_no_perubahan_member()
    {
        string json = RkaJson.Serialize(RkaTextReader.Read(TestData.SeedText).Document);
        Assert.DoesNotContain("\"perubahan\"", json, StringComparison.Ordinal);
    }
}
