using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Rkaskpd.Tests.Text.Flattened;
using Rkaskpd.Tests.Text.Unseen;
using Rkaskpd.Text;
using Rkaskpd.Text.Layout;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>When the CSV stage decides a document is CSV, and above all when it must not: the seed, the corpus, the
/// unseen documents, flattened and re-laid-out forms, amounts with commas and KAK lists with semicolons.</summary>
public class CsvDetectionTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "corpus"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add("corpus/" + Path.GetFileName(path));
        }

        foreach (string path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Data", "unseen"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Fact]
    public void The_seed_is_not_csv_and_is_decided_at_its_first_tab()
    {
        Assert.DoesNotContain(RkaTextReader.Read(TestData.SeedText).Diagnostics, d => d.Code is "RKA018" or "RKA019");
        string[] lines = TestData.SeedText.Split('\n');
        int firstTab = Array.FindIndex(lines, l => l.Contains('\t'));
        Assert.InRange(firstTab, 0, DelimitedLines.ProbeLines - 1);
        Assert.Equal('\0', DelimiterProbe.Detect(lines[..firstTab]));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_corpus_or_unseen_document_is_not_read_as_csv(string fileName)
    {
        byte[] bytes = UnseenData.Bytes(fileName);

        Assert.DoesNotContain(RkaTextReader.Read(bytes).Diagnostics, d => d.Code is "RKA018" or "RKA019");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void No_window_of_a_corpus_or_unseen_document_looks_like_csv_even_without_its_tabs(string fileName)
    {
        // Flattened: tabs become single spaces, so the probe itself has to tell the text from CSV, anywhere in it.
        string[] lines = Latin1Lines(UnseenData.Bytes(fileName)).Select(l => l.Replace('\t', ' ')).ToArray();

        for (int start = 0; start < lines.Length; start += DelimitedLines.ProbeLines / 2)
        {
            string[] window = lines[start..Math.Min(lines.Length, start + DelimitedLines.ProbeLines)];
            Assert.True(DelimiterProbe.Detect(window) == '\0', fileName + " from line " + (start + 1));
        }
    }

    [Theory]
    [InlineData(FlattenedLayoutPropertyTests.Variant.SingleSpaces)]
    [InlineData(FlattenedLayoutPropertyTests.Variant.UpperCaseLabels)]
    [InlineData(FlattenedLayoutPropertyTests.Variant.RpWithoutDot)]
    public void The_flattened_seed_is_not_csv(FlattenedLayoutPropertyTests.Variant variant)
    {
        string flat = FlattenedLayoutPropertyTests.Flatten(TestData.SeedText, variant);

        Assert.DoesNotContain(RkaTextReader.Read(flat).Diagnostics, d => d.Code == "RKA018");
        string[] lines = flat.Split('\n');
        for (int start = 0; start < lines.Length; start += DelimitedLines.ProbeLines / 2)
        {
            Assert.Equal('\0', DelimiterProbe.Detect(lines[start..Math.Min(lines.Length, start + DelimitedLines.ProbeLines)]));
        }
    }

    [Fact]
    public void The_seed_in_the_other_layout_families_is_not_csv()
    {
        string canonical = RkaTextWriter.Write(RkaTextReader.Read(TestData.SeedText).Document);
        string[] texts =
        [
            LayoutTransforms.ToOneCellPerLine(canonical, 1, valueOnColonLine: false), LayoutTransforms.ToMergedLines(canonical),
            LayoutTransforms.ToLabelsThenValues(canonical, 2), LayoutTransforms.ToFixedWidth(canonical, 30),
        ];

        Assert.All(texts, text => Assert.DoesNotContain(RkaTextReader.Read(text).Diagnostics, d => d.Code == "RKA018"));
    }

    [Fact]
    public void Amounts_with_commas_and_kak_lists_with_semicolons_are_not_csv()
    {
        string[] flattened =
        [
            "Jumlah Tahun 2019 : 479.077.000,00 (EMPAT RATUS TUJUH PULUH SEMBILAN JUTA TUJUH PULUH TUJUH RIBU RUPIAH)",
            "Jumlah Tahun 2020 : Rp 3,050,000,000 (TIGA MILIAR LIMA PULUH JUTA RUPIAH)",
            "5.2.2.01.01 Belanja alat tulis kantor 12 rim 45.000,00 540.000,00",
            "5.2.2.01.02 Belanja tinta 4 buah 1,250,000 5,000,000",
            "5.2.2.01.03 Belanja map 10 buah 2,000 20,000",
            "Bentuk Kegiatan : rapat koordinasi; pelatihan; monitoring; evaluasi;",
            "Dasar Hukum : UU 23/2014; PP 12/2019; Permendagri 13/2006;",
            "Mekanisme : persiapan; pelaksanaan; pelaporan;",
            "Maksud : \"meningkatkan\" pelayanan, \"mempercepat\" proses",
        ];

        Assert.Equal('\0', DelimiterProbe.Detect(flattened));
        Assert.Equal('\0', DelimiterProbe.Detect(flattened[2..5]));
        Assert.Equal('\0', DelimiterProbe.Detect(flattened[5..8]));
    }

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    public void A_padded_sheet_is_csv_with_its_delimiter(char delimiter)
    {
        string d = delimiter.ToString();
        string[] lines = ["Urusan Pemerintahan" + d + ": 1.02" + d + "KESEHATAN", "Organisasi" + d + ": 1.02.01" + d + "DINAS KESEHATAN", "Lokasi Kegiatan" + d + ": Ambulu" + d, d + d];

        Assert.Equal(delimiter, DelimiterProbe.Detect(lines));
    }

    [Fact]
    public void A_sheet_that_quotes_every_field_is_csv_without_padding()
    {
        string[] lines = ["\"Urusan Pemerintahan\",\": 1.02 KESEHATAN\"", "\"Organisasi\",\": 1.02.01 DINAS\"", "\"Masukan\",\"Tersedianya dana\",\"Rp. 1.000,00\""];

        Assert.Equal(',', DelimiterProbe.Detect(lines));
    }

    [Fact]
    public void Two_records_are_too_few_to_decide()
    {
        Assert.Equal('\0', DelimiterProbe.Detect(["a;b;c;", "d;e;f;"]));
    }

    private static List<string> Latin1Lines(byte[] bytes) =>
        [.. System.Text.Encoding.Latin1.GetString(bytes).ReplaceLineEndings("\n").Split('\n')];
}
