using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Forms;
using Xunit;

namespace Rkaskpd.Tests.Serialization;

/// <summary>
/// The JSON writer writes a <c>Dasar Hukum</c>'s references straight from its text when they were not read before;
/// that JSON must be the serializer's JSON of the references read.
/// </summary>
public class LegalReferenceJsonWriterTests
{
    /// <summary>The options of <see cref="RkaJson"/>: relaxed escaping, indented.</summary>
    private static readonly JsonSerializerOptions Indented = new(RkaskpdJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    [Fact]
    public void The_library_options_write_the_references_from_the_text()
    {
        Assert.True(LegalReferenceJsonWriter.WritesAsSerializer(RkaskpdJsonContext.Default.Options));
        Assert.True(LegalReferenceJsonWriter.WritesAsSerializer(Indented));
    }

    [Fact]
    public void Options_that_leave_nulls_out_serialize_the_references()
    {
        var options = new JsonSerializerOptions(RkaskpdJsonContext.Default.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        Assert.False(LegalReferenceJsonWriter.WritesAsSerializer(options));
        string json = Write(new DasarHukum("Dasar Hukum", "- Perbup No. 86 Tahun 2016 tentang SOTK"), options);
        Assert.Contains("\"number\":\"86\"", json, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\"date\"", json, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- Perbup No. 86 Tahun 2016 tentang SOTK - Renstra Kecamatan Lumajang th. 2019-2024 - SK PPTK Kecamatan Lumajang tentan Penunjukan Tenaga Kontrak")]
    [InlineData("<ul style=\"list-style-type: none\"> - Intruksi Presiden Nomor 9 Tahun 2000 tentang PUG <li>UU No. 25 tahun 2004</li></ul>")]
    [InlineData("1. Permendagri Jatim Nomor 15/2008 sebagaimana telah diubah dengan Permendagri Nomor 67/2011 tentang PUG 2. Perda &amp; Perbup")]
    [InlineData("Renstra Kecamatan Lumajang. Peraturan Gubernur Jatim No: 27 Tahun 2010, tanggal 7 April 2010 tentang Pedoman; SK Bupati No. 188/115/KPTS/013/2010")]
    [InlineData("PP diubah Perpres diubah UU No. 1 tgl 31 Pebruari 2021 \"kutipan\" \\ tentang  Rp\u00A0ganda\tspasi")]
    [InlineData("")]
    public void A_section_writes_its_references_as_the_serializer_writes_them(string text) =>
        Assert.Equal(WriteRead(text), Write(new DasarHukum("Dasar Hukum", text), Indented));

    [Theory]
    [MemberData(nameof(LegalReferenceTests.Items), MemberType = typeof(LegalReferenceTests))]
    public void Every_reference_read_in_the_tests_is_written_as_the_serializer_writes_it(
        string item, LegalReferenceKind kind, string? issuer, string? number, int? year, string? title)
    {
        _ = (kind, issuer, number, year, title);
        Assert.Equal(WriteRead(item), Write(new DasarHukum("Dasar Hukum", item), Indented));
        Assert.Equal(WriteRead("- " + item + " - " + item), Write(new DasarHukum("Dasar Hukum", "- " + item + " - " + item), Indented));
    }

    [Property(Arbitrary = new[] { typeof(KakArbitraries) })]
    public bool Any_text_writes_its_references_as_the_serializer_writes_them(KakTextSample text) =>
        WriteRead(text.Value) == Write(new DasarHukum("Dasar Hukum", text.Value), Indented);

    /// <summary>The JSON of a section whose references were read first: the serializer writes them.</summary>
    private static string WriteRead(string text)
    {
        var section = new DasarHukum("Dasar Hukum", text);
        Assert.NotNull(section.References);
        Assert.True(section.HasReferences);
        return Write(section, Indented);
    }

    private static string Write(KakSection section, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(section, (JsonTypeInfo<KakSection>)options.GetTypeInfo(typeof(KakSection)));
}
