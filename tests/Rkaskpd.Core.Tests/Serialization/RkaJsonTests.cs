using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Validation;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Serialization;

public class RkaJsonTests
{
    private static RkaDocument Consistent => new() { Forms = [TestForms.Consistent()] };

    private static RkaForm Small => new()
    {
        Header = new FormHeader
        {
            PemerintahDaerah = "PEMERINTAH KABUPATEN LUMAJANG",
            TahunAnggaran = 2020,
            Urusan = HeaderField.Of(UrusanCode.Parse("3.05"), "PEMERINTAHAN UMUM"),
            Organisasi = HeaderField.Of(OrganisasiCode.Parse("3.05.09"), "KECAMATAN LUMAJANG"),
            Program = HeaderField.Missing<ProgramCode>(),
            Kegiatan = HeaderField.Of(KegiatanCode.Parse("3.05.3.05.09.01.021"), "Pelayanan Administrasi"),
        },
        Amounts = new FormAmounts
        {
            CurrentYear = AmountRow.Create(AmountPosition.CurrentYear, 2020, Rupiah.FromSen(55_120_439_000)),
        },
        Indicators = [Indicator.Create(IndicatorKind.Keluaran, "Jumlah desa", "5 Desa dan 7 Kelurahan")],
        Kak = Kak.Create([new KakRawSection("Alur", "Belanja -> honor"), new KakRawSection("Catatan", "lain")]),
        Rincian = [RincianLine.Detail("Map", 2.5m, "buah", Rupiah.FromSen(1_050))],
    };

    [Fact]
    public void Reads_the_measure_under_its_pre_0_2_name_tolakUkur_and_writes_tolokUkur()
    {
        RkaDocument seed = RkaJson.Deserialize(RkaJson.Serialize(Recap.SeedDocument.Document));
        string old = RkaJson.Serialize(seed).Replace("\"tolokUkur\"", "\"tolakUkur\"", StringComparison.Ordinal);

        RkaDocument document = RkaJson.Deserialize(old);

        Assert.Equal("Tersedianya dana", document.Forms[0].Indicators.Single(i => i.Kind == IndicatorKind.Masukan).TolokUkur);
        Assert.Equal(seed, document);
        string written = RkaJson.Serialize(document);
        Assert.DoesNotContain("tolakUkur", written, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shape_of_a_small_form()
    {
        const string expected = """
            {"forms":[{"kegiatan":"3.05.3.05.09.01.021","header":{"pemerintahDaerah":"PEMERINTAH KABUPATEN LUMAJANG","tahunAnggaran":2020,
            "urusan":{"label":"Urusan Pemerintahan","codeText":"3.05","code":"3.05","name":"PEMERINTAHAN UMUM"},
            "organisasi":{"label":"Organisasi","codeText":"3.05.09","code":"3.05.09","name":"KECAMATAN LUMAJANG"},
            "program":{"label":"Program","codeText":"","code":null,"name":""},
            "kegiatan":{"label":"Kegiatan","codeText":"3.05.3.05.09.01.021","code":"3.05.3.05.09.01.021","name":"Pelayanan Administrasi"},
            "lokasi":null},
            "amounts":{"previousYear":null,"currentYear":{"position":"currentYear","label":"Jumlah Tahun 2020","amountText":"551.204.390,00","amount":551204390.00,
            "terbilang":"LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH"},"nextYear":null},
            "indicators":[{"kind":"keluaran","label":"Keluaran","tolokUkur":"Jumlah desa","target":{"kind":"compound","text":"5 Desa dan 7 Kelurahan",
            "parts":[{"text":"5 Desa","quantity":5,"unit":"Desa"},{"text":"7 Kelurahan","quantity":7,"unit":"Kelurahan"}]}}],
            "kelompokSasaran":null,
            "kak":{"sections":[{"kind":"alur","heading":"Alur","text":"Belanja -> honor","steps":["Belanja","honor"]}],
            "unrecognized":[{"heading":"Catatan","text":"lain"}]},
            "rincian":[{"kodeRekening":null,"uraian":"Map","volume":2.5,"satuan":"buah","hargaSatuan":10.50,"jumlah":26.25}]}]}
            """;
        Assert.Equal(expected.ReplaceLineEndings(string.Empty), RkaJson.Serialize(new RkaDocument { Forms = [Small] }));
    }

    [Fact]
    public void Each_form_carries_its_kegiatan_code_as_a_string_and_its_amounts_as_numbers()
    {
        using JsonDocument json = JsonDocument.Parse(RkaJson.Serialize(Consistent));
        JsonElement form = json.RootElement.GetProperty("forms")[0];
        Assert.Equal("kegiatan", form.EnumerateObject().First().Name);
        Assert.Equal("3.05.3.05.09.01.021", form.GetProperty("kegiatan").GetString());
        Assert.Equal("3.05.3.05.09.01.021", form.GetProperty("header").GetProperty("kegiatan").GetProperty("code").GetString());
        JsonElement amount = form.GetProperty("amounts").GetProperty("currentYear").GetProperty("amount");
        Assert.Equal(JsonValueKind.Number, amount.ValueKind);
        Assert.Equal("551204390.00", amount.GetRawText());
        Assert.Equal(JsonValueKind.Number, form.GetProperty("rincian")[0].GetProperty("jumlah").ValueKind);
        Assert.Equal("money", form.GetProperty("indicators")[1].GetProperty("target").EnumerateObject().First().Value.GetString());
    }

    [Fact]
    public void A_form_whose_code_does_not_parse_names_it_as_written()
    {
        RkaForm form = Small with
        {
            Header = Small.Header with { Kegiatan = new HeaderField<KegiatanCode>("Kegiatan", "3.05.3.05.09.01.O21", null, "x") },
        };
        using JsonDocument json = JsonDocument.Parse(RkaJson.Serialize(new RkaDocument { Forms = [form] }));
        JsonElement written = json.RootElement.GetProperty("forms")[0];
        Assert.Equal("3.05.3.05.09.01.O21", written.GetProperty("kegiatan").GetString());
        Assert.Equal(JsonValueKind.Null, written.GetProperty("header").GetProperty("kegiatan").GetProperty("code").ValueKind);
        Assert.Equal(form, RkaJson.Deserialize(RkaJson.Serialize(new RkaDocument { Forms = [form] })).Forms[0]);
    }

    [Fact]
    public void A_DPA_plan_round_trips_and_a_form_without_one_writes_none()
    {
        RkaForm form = Small with
        {
            RencanaPenarikan = new RencanaPenarikanDana
            {
                Title = "Rencana Penarikan Dana per Triwulan",
                Periode = [new("Triwulan I", Rupiah.Zero), new("Triwulan II", new Rupiah(29_780_000.5m))],
                Jumlah = new Rupiah(29_780_000.5m),
            },
        };
        string written = RkaJson.Serialize(new RkaDocument { Forms = [form] });
        using JsonDocument json = JsonDocument.Parse(written);
        JsonElement plan = json.RootElement.GetProperty("forms")[0].GetProperty("rencanaPenarikan");

        Assert.Equal("Triwulan II", plan.GetProperty("periode")[1].GetProperty("periode").GetString());
        Assert.Equal(29_780_000.5m, plan.GetProperty("jumlah").GetDecimal());
        Assert.Equal(form, RkaJson.Deserialize(written).Forms[0]);
        Assert.DoesNotContain("rencanaPenarikan", RkaJson.Serialize(new RkaDocument { Forms = [Small] }), StringComparison.Ordinal);
    }

    [Fact]
    public void The_consistent_test_form_round_trips()
    {
        Assert.Equal(Consistent, RkaJson.Deserialize(RkaJson.Serialize(Consistent)));
        Assert.Equal(Consistent, RkaJson.Deserialize(RkaJson.Serialize(Consistent, indented: true)));
        var empty = new RkaDocument();
        Assert.Equal("{\"forms\":[]}", RkaJson.Serialize(empty));
        Assert.Equal(empty, RkaJson.Deserialize("{\"forms\":[]}"));
    }

    [Fact]
    public void Streams_round_trip_without_a_byte_order_mark()
    {
        using var stream = new MemoryStream();
        RkaJson.Serialize(stream, Consistent);
        Assert.Equal((byte)'{', stream.ToArray()[0]);
        Assert.Equal(RkaJson.Serialize(Consistent), Encoding.UTF8.GetString(stream.ToArray()));
        stream.Position = 0;
        Assert.Equal(Consistent, RkaJson.Deserialize(stream));

        using var truncated = new MemoryStream(stream.ToArray()[..(int)(stream.Length / 2)]);
        Assert.Throws<JsonException>(() => RkaJson.Deserialize(truncated));
    }

    [Fact]
    public void Text_is_written_readably()
    {
        RkaForm form = Small with { KelompokSasaran = "<p>Warga &amp; \"RT\" → é\n</p>" };
        string json = RkaJson.Serialize(new RkaDocument { Forms = [form] });
        Assert.Contains("\"kelompokSasaran\":\"<p>Warga &amp; \\\"RT\\\" → é\\n</p>\"", json, StringComparison.Ordinal);
        Assert.Equal(form, RkaJson.Deserialize(json).Forms[0]);
    }

    [Fact]
    public void Output_is_the_same_under_any_culture()
    {
        string expected = RkaJson.Serialize(Consistent);
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (string name in new[] { "de-DE", "ar-SA", "fr-FR", "id-ID" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal(expected, RkaJson.Serialize(Consistent));
                Assert.Equal(Consistent, RkaJson.Deserialize(expected));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Kak_structure_is_written_but_rebuilt_from_the_text_on_reading()
    {
        string json = RkaJson.Serialize(Consistent);
        Assert.Contains("\"items\":[\"Belanja Pegawai\",\"Belanja Barang dan Jasa\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"months\":[\"2020-02\",\"2020-03\",\"2020-04\",\"2020-05\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"number\":\"86\",\"year\":2016", json, StringComparison.Ordinal);
        string edited = json
            .Replace("\"items\":[\"Belanja Pegawai\",", "\"items\":[\"Dihapus\",", StringComparison.Ordinal)
            .Replace("\"2020-02\"", "\"1999-01\"", StringComparison.Ordinal);
        RkaDocument read = RkaJson.Deserialize(edited);
        Assert.Equal(Consistent, read);
        Assert.Equal("Belanja Pegawai", read.Forms[0].Kak!.BentukKegiatan!.Items[0]);
        Assert.Equal(2020, read.Forms[0].Kak!.Mekanisme!.TahunAnggaran);
    }

    [Fact]
    public void Writing_does_not_leave_the_sections_holding_the_parts_it_computed()
    {
        RkaDocument document = Consistent;
        string json = RkaJson.Serialize(document);
        Assert.Contains("\"number\":\"86\",\"year\":2016", json, StringComparison.Ordinal);
        Assert.All(document.Forms[0].Kak!.Sections, section => Assert.False(section.HasDerivedValues, section.Kind.ToString()));
        Assert.Equal(json, RkaJson.Serialize(document));
    }

    [Fact]
    public void Writing_keeps_the_parts_a_caller_had_already_computed()
    {
        RkaDocument document = Consistent;
        DasarHukum dasarHukum = document.Forms[0].Kak!.DasarHukum!;
        IReadOnlyList<LegalReference> references = dasarHukum.References;
        _ = RkaJson.Serialize(document);
        Assert.True(dasarHukum.HasDerivedValues);
        Assert.Same(references, dasarHukum.References);
    }

    [Fact]
    public void Diagnostics_follow_the_validate_contract()
    {
        Diagnostic[] diagnostics =
        [
            new("RKA201", DiagnosticSeverity.Error, "expected \"LIMA\"", "3.05.3.05.09.01.021", "amounts.currentYear.terbilang") { Line = 12 },
            new("RKA205", DiagnosticSeverity.Info, "spasi → titik", null, string.Empty),
            new("RKA103", DiagnosticSeverity.Warning, "w", "3.05.3.05.09.01.022", "header.program"),
        ];
        Assert.Equal(
            "[{\"code\":\"RKA201\",\"severity\":\"error\",\"kegiatan\":\"3.05.3.05.09.01.021\",\"path\":\"amounts.currentYear.terbilang\",\"line\":12,\"message\":\"expected \\\"LIMA\\\"\"},"
            + "{\"code\":\"RKA205\",\"severity\":\"info\",\"kegiatan\":null,\"path\":\"\",\"line\":null,\"message\":\"spasi → titik\"},"
            + "{\"code\":\"RKA103\",\"severity\":\"warning\",\"kegiatan\":\"3.05.3.05.09.01.022\",\"path\":\"header.program\",\"line\":null,\"message\":\"w\"}]",
            RkaJson.SerializeDiagnostics(diagnostics));
        Assert.Equal("[]", RkaJson.SerializeDiagnostics([]));

        // The context writes the same shape (with its default, escaping encoder).
        Assert.Equal(
            "[{\"code\":\"RKA103\",\"severity\":\"warning\",\"kegiatan\":\"3.05.3.05.09.01.022\",\"path\":\"header.program\",\"line\":null,\"message\":\"w\"}]",
            JsonSerializer.Serialize(diagnostics[2..], RkaskpdJsonContext.Default.IReadOnlyListDiagnostic));
        Assert.Equal(diagnostics[0], JsonSerializer.Deserialize(
            JsonSerializer.Serialize(diagnostics[0], RkaskpdJsonContext.Default.Diagnostic), RkaskpdJsonContext.Default.Diagnostic));
    }

    [Fact]
    public void Max_depth_is_64()
    {
        Assert.Equal(64, RkaJson.MaxDepth);
        Assert.Equal(64, RkaskpdJsonContext.Default.Options.MaxDepth);
        string Nested(int depth) => "{\"forms\":[],\"extra\":" + new string('[', depth) + new string(']', depth) + "}";
        Assert.Empty(RkaJson.Deserialize(Nested(62)).Forms);
        JsonException ex = Assert.Throws<JsonException>(() => RkaJson.Deserialize(Nested(64)));
        Assert.Contains("depth", ex.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Throws<JsonException>(() => RkaJson.Deserialize(Nested(10_000)));
    }

    public static TheoryData<string, string> BadDocuments => new()
    {
        { "", "$" },
        { "null", "$" },
        { "[]", "$" },
        { "{}", "$" },
        { "{\"forms\":null}", "$.forms" },
        { "{\"forms\":{}}", "$.forms" },
        { "{\"forms\":[null]}", "$.forms[0]" },
        { "{\"forms\":[{\"header\":{}}]}", "$.forms[0].header" },
        { Replace("\"amount\":551204390.00", "\"amount\":551204390.005"), "$.forms[0].amounts.currentYear.amount" },
        { Replace("\"amount\":551204390.00", "\"amount\":1e30"), "$.forms[0].amounts.currentYear.amount" },
        { Replace("\"amount\":551204390.00", "\"amount\":92233720368547758.08"), "$.forms[0].amounts.currentYear.amount" },
        { Replace("\"amount\":551204390.00", "\"amount\":true"), "$.forms[0].amounts.currentYear.amount" },
        { Replace("\"amount\":551204390.00", "\"amount\":\"5,5\""), "$.forms[0].amounts.currentYear.amount" },
        { Replace("\"label\":\"Jumlah Tahun 2020\"", "\"label\":null"), "$.forms[0].amounts.currentYear.label" },
        { Replace("\"label\":\"Jumlah Tahun 2020\"", "\"label\":2020"), "$.forms[0].amounts.currentYear.label" },
        { Replace("\"position\":\"currentYear\"", "\"position\":1"), "$.forms[0].amounts.currentYear.position" },
        { Replace("\"position\":\"currentYear\"", "\"position\":\"thisYear\""), "$.forms[0].amounts.currentYear.position" },
        { Replace("\"tahunAnggaran\":2020,\"urusan\"", "\"tahunAnggaran\":\"2020\",\"urusan\""), "$.forms[0].header.tahunAnggaran" },
        { Replace("\"code\":\"3.05.09\"", "\"code\":\"3.05.9x\""), "$.forms[0].header.organisasi.code" },
        { Replace("\"code\":\"3.05.09\"", "\"code\":3.05"), "$.forms[0].header.organisasi.code" },
        { Replace("{\"kind\":\"compound\"", "{\"kind\":\"fraction\""), "$.forms[0].indicators[0].target" },
        { Replace("{\"kind\":\"compound\",", "{"), "$.forms[0].indicators[0].target" },
        { Replace("{\"kind\":\"compound\",\"text\":\"5 Desa dan 7 Kelurahan\"", "{\"text\":\"5 Desa dan 7 Kelurahan\",\"kind\":\"compound\""), "$.forms[0].indicators[0].target" },
        { Replace("\"parts\":[{", "\"parts\":[null,{"), "$.forms[0].indicators[0].target.parts[0]" },
        { Replace("\"target\":{", "\"target\":null,\"x\":{"), "$.forms[0].indicators[0].target" },
        { Replace("{\"kind\":\"alur\"", "{\"kind\":\"lampiran\""), "$.forms[0].kak.sections[0]" },
        { Replace("\"text\":\"Belanja -> honor\"", "\"text\":null"), "$.forms[0].kak.sections[0]" },
        { Replace("\"sections\":[", "\"sections\":[null,"), "$.forms[0].kak.sections[0]" },
        { Replace("\"unrecognized\":[", "\"unrecognized\":[null,"), "$.forms[0].kak.unrecognized[0]" },
        { Replace("\"rincian\":[", "\"rincian\":[null,"), "$.forms[0].rincian[0]" },
        { Replace("\"volume\":2.5", "\"volume\":\"2.5\""), "$.forms[0].rincian[0].volume" },
        { Replace("\"indicators\":[", "\"indicators\":[[],"), "$.forms[0].indicators[0]" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Bad_json_throws_JsonException_naming_the_path(string json, string path)
    {
        JsonException ex = Assert.Throws<JsonException>(() => RkaJson.Deserialize(json));
        Assert.Equal(path, ex.Path);
        Assert.Contains("Path: " + path, ex.Message, StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        Assert.Equal(path, Assert.Throws<JsonException>(() => RkaJson.Deserialize(stream)).Path);
    }

    [Fact]
    public void Every_truncation_throws_JsonException()
    {
        string json = RkaJson.Serialize(new RkaDocument { Forms = [Small] });
        for (int length = 0; length < json.Length; length++)
        {
            Assert.Throws<JsonException>(() => RkaJson.Deserialize(json[..length]));
        }
    }

    [Property(Arbitrary = new[] { typeof(SerializationArbitraries) }, MaxTest = 300)]
    public Property Documents_round_trip(RkaDocument document)
    {
        string json = RkaJson.Serialize(document);
        RkaDocument read = RkaJson.Deserialize(json);
        return (read == document && RkaJson.Serialize(read) == json)
            .Label("deserialize(serialize(doc)) == doc, and the text is stable");
    }

    [Property(Arbitrary = new[] { typeof(SerializationArbitraries) }, MaxTest = 300)]
    public Property Corrupted_json_gives_a_document_or_a_JsonException(RkaForm form, PositiveInt seed)
    {
        string json = RkaJson.Serialize(new RkaDocument { Forms = [form] });
        var random = new Random(seed.Get);
        char[] chars = json.ToCharArray();
        for (int i = 0; i < 3; i++)
        {
            chars[random.Next(chars.Length)] = "{}[]\",:0.-en\\tx"[random.Next(15)];
        }

        try
        {
            RkaDocument read = RkaJson.Deserialize(new string(chars));
            return (read is not null && read.Forms.All(f => f is not null)).Label("a complete document");
        }
        catch (JsonException ex)
        {
            return (ex.Message.Length > 0).Label("a JsonException");
        }
    }

    private static string Replace(string from, string to)
    {
        string json = RkaJson.Serialize(new RkaDocument { Forms = [Small] });
        Assert.Contains(from, json, StringComparison.Ordinal);
        return json.Replace(from, to, StringComparison.Ordinal);
    }
}
