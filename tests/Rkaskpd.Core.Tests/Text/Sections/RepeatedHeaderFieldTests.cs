using System;
using System.Linq;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A header field printed twice in one form: the form keeps the first; a second one with another value is
/// reported (RKA016, quoting it), and the same value again (the header repeated on the next page) is not.</summary>
public class RepeatedHeaderFieldTests
{
    private static readonly string Seed = TestData.SeedText;

    [Fact]
    public void A_second_field_with_another_value_is_reported_and_the_first_kept()
    {
        string text = AfterFirstLokasi("Lokasi Kegiatan : Kelurahan Citrodiwangsan\n");

        RkaReadResult read = RkaTextReader.Read(text);

        Assert.Equal("Kecamatan Lumajang", read.Document.Forms[0].Header.Lokasi);
        var note = Assert.Single(read.Diagnostics, d => d.Code == "RKA016");
        Assert.Contains("Kelurahan Citrodiwangsan", note.Message, StringComparison.Ordinal);
        Assert.Contains("Lokasi Kegiatan", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_field_again_with_the_same_value_is_not_reported()
    {
        string text = AfterFirstLokasi("Lokasi Kegiatan\t: Kecamatan Lumajang\n");

        RkaReadResult read = RkaTextReader.Read(text);

        Assert.Equal(RkaTextReader.Read(Seed).Diagnostics.Select(d => d.Code), read.Diagnostics.Select(d => d.Code));
    }

    /// <summary>The seed with <paramref name="line"/> after the first form's <c>Lokasi Kegiatan</c> line.</summary>
    private static string AfterFirstLokasi(string line)
    {
        const string Lokasi = "Lokasi Kegiatan : Kecamatan Lumajang\n";
        int at = Seed.IndexOf(Lokasi, StringComparison.Ordinal);
        Assert.True(at > 0);
        return Seed.Insert(at + Lokasi.Length, line);
    }
}
