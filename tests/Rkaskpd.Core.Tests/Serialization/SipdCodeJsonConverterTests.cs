using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Rkaskpd.Recap;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Codes;
using Xunit;
using static Rkaskpd.Tests.Serialization.ConverterTestHelper;

namespace Rkaskpd.Tests.Serialization;

/// <summary>The converters of the 90/2019 codes and of <see cref="RekeningCode"/>, and the 90/2019 split in the recap's JSON.</summary>
[Properties(Arbitrary = new[] { typeof(SipdCodeArbitraries) })]
public class SipdCodeJsonConverterTests
{
    [Fact]
    public void Codes_are_canonical_strings_also_as_keys()
    {
        Assert.Equal("\"1\"", Write(new SipdUrusanCodeJsonConverter(), SipdUrusanCode.Parse("1")));
        Assert.Equal("\"1.02\"", Write(new BidangUrusanCodeJsonConverter(), BidangUrusanCode.Parse("1.02")));
        Assert.Equal("\"1.02.02\"", Write(new SipdProgramCodeJsonConverter(), SipdProgramCode.Parse("1.02.02")));
        Assert.Equal("\"1.02.02.2.02\"", Write(new SipdKegiatanCodeJsonConverter(), SipdKegiatanCode.Parse("1.02.02.2.02")));
        Assert.Equal("\"1.02.02.2.02.01\"", Write(new SubKegiatanCodeJsonConverter(), SubKegiatanCode.Parse("1.02.02.2.02.01")));
        Assert.Equal("\"1.02.0.00.0.00.01.0000\"", Write(new SkpdCodeJsonConverter(), SkpdCode.Parse("1.02.0.00.0.00.01.0000")));
        Assert.Equal("{\"5.2.2.01.0001\":1}", WriteKey(new RekeningCodeJsonConverter(), RekeningCode.Parse("5.2.2.01.0001")));
        Assert.Equal(RekeningCode.Parse("5.1"), ReadKey(new RekeningCodeJsonConverter(), "{\"5.1\":1}"));
    }

    [Theory]
    [InlineData("\"1.02.02.2.02.001\"", "Cannot read a sub kegiatan code: Sub kegiatan code '1.02.02.2.02.001' has 3 digits")]
    [InlineData("null", "a sub kegiatan code")]
    [InlineData("10201", "a sub kegiatan code")]
    public void Bad_values_throw_JsonException_saying_why(string json, string fragment) =>
        Assert.Contains(fragment, Assert.Throws<JsonException>(() => Read(new SubKegiatanCodeJsonConverter(), json)).Message, StringComparison.Ordinal);

    [Property]
    public bool Codes_round_trip(SipdUrusanCode urusan, BidangUrusanCode bidang, SipdProgramCode program, SipdKegiatanCode kegiatan, SubKegiatanCode sub, SkpdCode skpd, RekeningCode rekening) =>
        Read(new SipdUrusanCodeJsonConverter(), Write(new SipdUrusanCodeJsonConverter(), urusan)) == urusan
        && Read(new BidangUrusanCodeJsonConverter(), Write(new BidangUrusanCodeJsonConverter(), bidang)) == bidang
        && Read(new SipdProgramCodeJsonConverter(), Write(new SipdProgramCodeJsonConverter(), program)) == program
        && Read(new SipdKegiatanCodeJsonConverter(), Write(new SipdKegiatanCodeJsonConverter(), kegiatan)) == kegiatan
        && Read(new SubKegiatanCodeJsonConverter(), Write(new SubKegiatanCodeJsonConverter(), sub)) == sub
        && ReadKey(new SubKegiatanCodeJsonConverter(), WriteKey(new SubKegiatanCodeJsonConverter(), sub)) == sub
        && Read(new SkpdCodeJsonConverter(), Write(new SkpdCodeJsonConverter(), skpd)) == skpd
        && Read(new RekeningCodeJsonConverter(), Write(new RekeningCodeJsonConverter(), rekening)) == rekening;

    [Fact]
    public void Codes_carry_their_converter_for_any_serializer_context()
    {
        var codes = new SipdCodes(SubKegiatanCode.Parse("1.02.02.2.02.0001"), RekeningCode.Parse("5.1.02.01.01.0052"));
        string json = JsonSerializer.Serialize(codes, SipdCodesContext.Default.SipdCodes);
        Assert.Equal("{\"SubKegiatan\":\"1.02.02.2.02.0001\",\"Rekening\":\"5.1.02.01.01.0052\"}", json);
        Assert.Equal(codes, JsonSerializer.Deserialize(json, SipdCodesContext.Default.SipdCodes));
    }

    [Fact]
    public void Recap_json_keeps_the_13_2006_split_shape_and_carries_the_90_2019_parts()
    {
        var split13 = new JenisBelanjaSplit(new Rupiah(1m), new Rupiah(2m), new Rupiah(3m), Rupiah.Zero) { Scheme = CodeScheme.Permendagri13 };
        var recap = new RekapitulasiBelanja { JenisBelanja = split13 };
        string json = JsonSerializer.Serialize(recap, RkaskpdJsonContext.Default.RekapitulasiBelanja);
        string written = json[json.IndexOf("\"jenisBelanja\"", StringComparison.Ordinal)..];
        Assert.Equal("\"jenisBelanja\":{\"pegawai\":1.00,\"barangDanJasa\":2.00,\"modal\":3.00,\"lainnya\":0.00,\"scheme\":\"permendagri13\",\"total\":6.00}", written[..written.IndexOf('}', StringComparison.Ordinal)] + "}");

        var split90 = new JenisBelanjaSplit(new Rupiah(1m), Rupiah.Zero, Rupiah.Zero, Rupiah.Zero) { Scheme = CodeScheme.Permendagri90, Hibah = new Rupiah(5m), Transfer = new Rupiah(7m) };
        string json90 = JsonSerializer.Serialize(recap with { JenisBelanja = split90 }, RkaskpdJsonContext.Default.RekapitulasiBelanja);
        Assert.Contains("\"hibah\":5.00", json90, StringComparison.Ordinal);
        Assert.Contains("\"transfer\":7.00", json90, StringComparison.Ordinal);
        Assert.DoesNotContain("\"bunga\"", json90, StringComparison.Ordinal);
        Assert.Equal(split90, JsonSerializer.Deserialize(json90, RkaskpdJsonContext.Default.RekapitulasiBelanja)!.JenisBelanja);
    }
}

/// <summary>A record holding 90/2019 codes, to show that the types' own converter attributes work in a caller's context.</summary>
internal sealed record SipdCodes(SubKegiatanCode SubKegiatan, RekeningCode Rekening);

[JsonSerializable(typeof(SipdCodes))]
internal sealed partial class SipdCodesContext : JsonSerializerContext;
