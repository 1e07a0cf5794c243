using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Serialization;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>A misspelled label of a plain-text header field (lokasi, kelompok sasaran, SIPD's sasaran program, sumber
/// pendanaan, waktu pelaksanaan, keluaran sub kegiatan) is read through, kept in the model as written and reported by
/// the rule RKA402 at the field's path, on the form read from text and on the same form loaded from JSON.</summary>
public class PlainFieldLabelTests
{
    private const string SeedLokasi = "Lokasi Kegiatan : Kecamatan Lumajang\n";
    private const string SeedKelompokSasaran = "Kelompok Sasaran Kegiatan: Administrasi Perkantoran Kecamatan Lumajang";
    private const string FirstKegiatan = "3.05.3.05.09.01.021";

    /// <summary>The seed with its first form's lokasi line replaced by <paramref name="lines"/>.</summary>
    private static string SeedWithLokasiLines(string lines)
    {
        string seed = TestData.SeedText.Replace("\r\n", "\n", StringComparison.Ordinal);
        int at = seed.IndexOf(SeedLokasi, StringComparison.Ordinal);
        Assert.True(at >= 0);
        return string.Concat(seed.AsSpan(0, at), lines, seed.AsSpan(at + SeedLokasi.Length));
    }

    public static TheoryData<string, string, string, string> Fields => new()
    {
        { "Lokassi Kegiatan : Kecamatan Lumajang\n", "header.lokasi", "Lokassi Kegiatan", "Lokasi Kegiatan" },
        { SeedLokasi + "Sasaran Progam : Meningkatnya pelayanan administrasi\n", "header.sasaranProgram", "Sasaran Progam", "Sasaran Program" },
        { SeedLokasi + "Sumber Pendanan : APBD\n", "header.sumberPendanaan", "Sumber Pendanan", "Sumber Pendanaan" },
        { SeedLokasi + "Waktu Pelaksanan : Januari s.d. Desember\n", "header.waktuPelaksanaan", "Waktu Pelaksanan", "Waktu Pelaksanaan" },
        { SeedLokasi + "Keluaran Sub Kegiatn : Dokumen administrasi 12 Dokumen\n", "header.keluaranSubKegiatan", "Keluaran Sub Kegiatn", "Keluaran Sub Kegiatan" },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_misspelled_plain_field_label_is_reported_at_its_field(string lines, string path, string written, string canonical)
    {
        RkaReadResult result = RkaTextReader.Read(SeedWithLokasiLines(lines));

        AssertReportedOnce(result.Validate(), path, written, canonical);
        AssertReportedOnce(RuleSet.Default.Validate(RkaJson.Deserialize(RkaJson.Serialize(result.Document))), path, written, canonical);
    }

    [Fact]
    public void A_misspelled_kelompok_sasaran_label_is_reported_at_its_field()
    {
        string text = TestData.SeedText.Replace(SeedKelompokSasaran, "Kelompok Sasaram Kegiatan: Administrasi Perkantoran Kecamatan Lumajang", StringComparison.Ordinal);
        RkaReadResult result = RkaTextReader.Read(text);

        Assert.Equal("Administrasi Perkantoran Kecamatan Lumajang", result.Document.Forms[0].KelompokSasaran);
        AssertReportedOnce(result.Validate(), "kelompokSasaran", "Kelompok Sasaram Kegiatan", "Kelompok Sasaran Kegiatan");
        AssertReportedOnce(RuleSet.Default.Validate(RkaJson.Deserialize(RkaJson.Serialize(result.Document))), "kelompokSasaran", "Kelompok Sasaram Kegiatan", "Kelompok Sasaran Kegiatan");
    }

    [Fact]
    public void The_value_is_still_read_through_the_misspelled_label()
    {
        RkaForm form = RkaTextReader.Read(SeedWithLokasiLines("Lokassi Kegiatan : Kecamatan Lumajang\n")).Document.Forms[0];
        Assert.Equal(("Kecamatan Lumajang", "Lokassi Kegiatan"), (form.Header.Lokasi, form.Header.LokasiLabel));
    }

    [Fact]
    public void A_misspelled_latar_belakang_perubahan_label_is_named_as_written_by_the_not_held_finding()
    {
        RkaReadResult result = RkaTextReader.Read(SeedWithLokasiLines(SeedLokasi + "Latar Belakang Perubahn : Penyesuaian harga satuan\n"));

        Diagnostic d = Assert.Single(result.Validate(), x => x.Code == "RKA016");
        Assert.Equal(FirstKegiatan, d.Kegiatan);
        Assert.Contains("'Latar Belakang Perubahn'", d.Message, StringComparison.Ordinal);
        Assert.Contains("Penyesuaian harga satuan", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_labels_are_left_out_of_the_model_and_its_json()
    {
        RkaReadResult result = RkaTextReader.Read(TestData.SeedText);
        Assert.All(result.Document.Forms, f => Assert.Equal((null, null), (f.Header.LokasiLabel, f.KelompokSasaranLabel)));
        string json = RkaJson.Serialize(result.Document);
        foreach (string name in new[] { "lokasiLabel", "sasaranProgramLabel", "sumberPendanaanLabel", "waktuPelaksanaanLabel", "keluaranSubKegiatanLabel", "kelompokSasaranLabel" })
        {
            Assert.DoesNotContain(name, json, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static void AssertReportedOnce(System.Collections.Generic.IReadOnlyList<Diagnostic> diagnostics, string path, string written, string canonical)
    {
        Diagnostic d = Assert.Single(diagnostics, x => x.Code == "RKA402" && x.Path == path);
        Assert.Equal((path, FirstKegiatan), (d.Path, d.Kegiatan));
        Assert.Equal($"The header label '{written}' is misspelled; it should read '{canonical}'.", d.Message);
    }
}
