using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>The scanner on hand-made documents in layouts of other regions and on broken input.</summary>
public class RawFormScannerVariantTests
{
    private const string OtherRegion = """
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
        Pemerintah Kota Malang
        FORMULIR RKA-SKPD 2.2.1
        TAHUN ANGGARAN 2019

        urusan pemerintahan : 1.01 Pendidikan
        Organisasi : 1.01.01. Dinas Pendidikan
        Program : 1 . 01 . 1.01.01 . 15 Program Peningkatan Mutu Pendidik
        Kegiatan : 1.01.1.01.01.15.02 Pelatihan Guru
        Lokasi Kegiatan : Kota Malang
        Jumlah Tahun n - 1 : Rp 510,000,000 (Lima ratus sepuluh juta
        rupiah)
        Jumlah Tahun n : Rp 561,000,000 Lima ratus enam puluh satu juta rupiah
        Jumlah Tahun n + 1 : Rp 617,100,000 (Enam ratus tujuh belas juta seratus ribu rupiah)

        | Indikator | Tolok Ukur Kinerja | Target Kinerja |
        |---|---|---|
        | Capaian Program | Persentase guru tersertifikasi | 78% |
        | Masukan | Dana | Rp 561,000,000 |
        | Keluaran | Jumlah guru dilatih | 120 orang |
        | Hasil | Guru kompeten | 90 % |

        Kelompok Sasaran Kegiatan : Guru SD
        Latar Belakang : Mutu guru perlu ditingkatkan.
        Dasar Hukum : UU 14/2005
        Maksud dan Tujuan : Meningkatkan mutu.
        Bentuk Kegiatan : Pelatihan
        Konsep Kegiatan : Klasikal
        Mekanisme : Tiga hari
        Alur : Persiapan - pelaksanaan
        Manfaat : Guru kompeten
        """;

    [Fact]
    public void Reads_literal_n_labels_english_amounts_wrapped_terbilang_and_markdown_indicators()
    {
        RawDocument doc = RawFormScanner.Scan(OtherRegion);

        RawForm form = Assert.Single(doc.Forms);
        Assert.Empty(doc.Notes);
        Assert.Equal("Pemerintah Kota Malang", form.PemerintahDaerah?.Text);
        Assert.Equal("2019", form.TahunAnggaran?.Text);
        Assert.Equal("2.2.1", form.FormNumber?.Text);
        Assert.Equal("urusan pemerintahan", form.Urusan?.Label);
        Assert.Equal("1.01", form.Urusan?.Code);
        Assert.Equal("1.01.01.", form.Organisasi?.Code);
        Assert.Equal("1 . 01 . 1.01.01 . 15", form.Program?.Code);
        Assert.Equal("Program Peningkatan Mutu Pendidik", form.Program?.Name);
        Assert.Equal(["n - 1", "n", "n + 1"], form.Amounts.Select(a => a.YearText));
        Assert.Equal(["Rp 510,000,000", "Rp 561,000,000", "Rp 617,100,000"], form.Amounts.Select(a => a.AmountText));
        Assert.Equal("Lima ratus sepuluh juta rupiah", form.Amounts[0].Terbilang);
        Assert.Equal("Lima ratus enam puluh satu juta rupiah", form.Amounts[1].Terbilang);
        Assert.Equal(
            [("Capaian Program", "Persentase guru tersertifikasi", "78%"), ("Masukan", "Dana", "Rp 561,000,000"),
             ("Keluaran", "Jumlah guru dilatih", "120 orang"), ("Hasil", "Guru kompeten", "90 %")],
            form.Indicators.Select(i => (i.Kind, i.TolokUkur, i.Target)));
        Assert.Equal("Guru SD", form.KelompokSasaran?.Name);
        Assert.Equal(8, form.KakSections.Count);
        Assert.Equal("Guru kompeten", form.KakSections[7].Text);
    }

    [Fact]
    public void Reads_bidang_urusan_sub_kegiatan_and_indicator_columns_separated_by_spaces()
    {
        const string text = """
            RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
            PEMERINTAH PROVINSI JAWA TIMUR TAHUN ANGGARAN 2022
            Urusan Pemerintahan : 1 URUSAN PEMERINTAHAN WAJIB
            Bidang Urusan : 1.01 PENDIDIKAN
            Program : 1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN
            Sub Kegiatan : 1.01.02.2.01.0001 Pembangunan Gedung Sekolah
            Jumlah Tahun 2022 : 1.000.000,00 (SATU JUTA RUPIAH)
            Indikator   Tolak Ukur Kinerja   Target Kinerja
            Capaian Program   Persentase sekolah layak   80%
            Masukan   Dana   Rp 1.000.000,00
            Latar Belakang : x
            """;

        RawForm form = Assert.Single(RawFormScanner.Scan(text).Forms);
        Assert.Equal("PEMERINTAH PROVINSI JAWA TIMUR", form.PemerintahDaerah?.Text);
        Assert.Equal("1.01", form.Find(HeaderFieldKind.BidangUrusan)?.Code);
        Assert.Equal("1.01.02.2.01.0001", form.Find(HeaderFieldKind.SubKegiatan)?.Code);
        Assert.Equal([("Capaian Program", "Persentase sekolah layak", "80%"), ("Masukan", "Dana", "Rp 1.000.000,00")],
            form.Indicators.Select(i => (i.Kind, i.TolokUkur, i.Target)));
    }

    [Fact]
    public void Ignores_boilerplate_around_and_between_forms_with_notes()
    {
        string text = "Beranda - Dokumen - Kontak\nDiunduh dari situs resmi\n\n" + SmallForm("01") +
            "\nHalaman 1 dari 2\nCopyright 2020\n\n" + SmallForm("02") + "\nDicetak oleh aplikasi\n";

        RawDocument doc = RawFormScanner.Scan(text);

        Assert.Equal(["1.01.1.01.01.01.01", "1.01.1.01.01.01.02"], doc.Forms.Select(f => f.Kegiatan?.Code));
        Assert.Equal(["RKA003", "RKA003", "RKA003"], doc.Notes.Select(n => n.Code));
        Assert.Equal(1, doc.Notes[0].Line);
        Assert.All(doc.Forms, f => Assert.Equal("Guru kompeten", f.KakSections[^1].Text));
    }

    [Fact]
    public void Keeps_unindented_kak_text_after_a_blank_line_when_the_kak_goes_on()
    {
        string text = SmallForm("01").Replace("\tAlur : A", "\tAlur : A\n\nlanjutan teks alur\n\tlagi", StringComparison.Ordinal);
        RawForm form = Assert.Single(RawFormScanner.Scan(text).Forms);
        Assert.Equal("A\nlanjutan teks alur\nlagi", form.KakSections[6].Text);
    }

    [Fact]
    public void Notes_truncated_forms_and_keeps_what_is_there()
    {
        const string headerOnly = """
            RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
            Urusan Pemerintahan : 1.01 PENDIDIKAN
            Kegiatan : 1.01.1.01.01.01.09 Sesuatu

            """;
        string text = headerOnly + SmallForm("02") + "\n" + SmallForm("03")[..SmallForm("03").IndexOf("Kelompok", StringComparison.Ordinal)];

        RawDocument doc = RawFormScanner.Scan(text);

        Assert.Equal(3, doc.Forms.Count);
        Assert.Equal("Sesuatu", doc.Forms[0].Kegiatan?.Name);
        RawNote[] incomplete = doc.Notes.Where(n => n.Code == TextReaderMessages.IncompleteForm).ToArray();
        // A form without any KAK heading is of a template without KAK (issue 11 item 6): the third form, cut before its
        // kelompok sasaran and KAK, is complete; only the header-only form is incomplete.
        Assert.Single(incomplete);
        Assert.Contains("amounts", incomplete[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("KAK", incomplete[0].Message, StringComparison.Ordinal);
        Assert.Equal(4, doc.Forms[2].Indicators.Count);
    }

    [Theory]
    [InlineData("Lorem ipsum dolor sit amet\nHello: world\n\t\tsome: table\n")]
    [InlineData("Jumlah Tahun 2020 : 1.000,00\n")]
    [InlineData("\u0000\u0001\uFFFF\r\r\n")]
    public void Gives_one_note_for_text_that_is_no_rka(string text)
    {
        RawDocument doc = RawFormScanner.Scan(text);
        Assert.Empty(doc.Forms);
        RawNote note = Assert.Single(doc.Notes);
        Assert.Equal("RKA001", note.Code);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("\n \n\t\n", 3)]
    public void Gives_one_note_for_an_empty_document(string text, int lines)
    {
        RawDocument doc = RawFormScanner.Scan(text);
        Assert.Empty(doc.Forms);
        Assert.Equal(lines, doc.LineCount);
        Assert.Equal("RKA001", Assert.Single(doc.Notes).Code);
    }

    [Fact]
    public void Detects_and_keeps_a_revised_budget_variant()
    {
        const string text = """
            RENCANA KERJA DAN ANGGARAN PERUBAHAN SATUAN KERJA PERANGKAT DAERAH
            Urusan Pemerintahan : 1.01 PENDIDIKAN
            Kegiatan : 1.01.1.01.01.01.09 Sesuatu
            Uraian	Sebelum Perubahan	Setelah Perubahan
            Jumlah Tahun n	: 100.000.000,00	120.000.000,00
            """;

        RawDocument doc = RawFormScanner.Scan(text);

        RawForm form = Assert.Single(doc.Forms);
        Assert.True(form.IsRevised);
        Assert.Single(doc.Notes, n => n.Code == TextReaderMessages.RevisedVariant);
        Assert.Equal("100.000.000,00\t120.000.000,00", Assert.Single(form.Amounts).AmountText);
        Assert.Contains(form.UnrecognisedLines, l => l.Text.Contains("Sebelum Perubahan", StringComparison.Ordinal));
    }

    [Fact]
    public void Keeps_a_number_glued_to_the_first_terbilang_word_with_the_word()
    {
        // Found by Drops_no_word_of_any_form (ops [32957070]): the terbilang's "(" flipped to a digit.
        const string text = """
            RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
            Urusan Pemerintahan : 1.01 PENDIDIKAN
            Kegiatan : 1.01.1.01.01.01.09 Sesuatu
            Jumlah Tahun 2019	: 149.575.200,00	9SERATUS EMPAT PULUH JUTA RUPIAH)
            """;

        RawAmount amount = Assert.Single(Assert.Single(RawFormScanner.Scan(text).Forms).Amounts);

        Assert.Equal("149.575.200,00", amount.AmountText);
        Assert.StartsWith("9SERATUS EMPAT", amount.Terbilang, StringComparison.Ordinal);
    }

    [Fact]
    public void Starts_a_form_at_a_header_field_when_the_title_is_missing()
    {
        string text = SmallForm("01") + "\n" + SmallForm("02")[SmallForm("02").IndexOf("Urusan", StringComparison.Ordinal)..];
        RawDocument doc = RawFormScanner.Scan(text);
        Assert.Equal(2, doc.Forms.Count);
        Assert.Equal("RKA008", Assert.Single(doc.Notes).Code);
        Assert.Equal("1.01.1.01.01.01.02", doc.Forms[1].Kegiatan?.Code);
    }

    [Fact]
    public void Reads_a_misspelled_header_label_and_leaves_the_slip_to_the_rule()
    {
        // One producer per finding: the reader reads the field and keeps the label as written; RKA402 is the rule's.
        string text = SmallForm("01").Replace("Organisasi :", "Organiasi :", StringComparison.Ordinal);
        RawDocument doc = RawFormScanner.Scan(text);
        Assert.Empty(doc.Notes);
        Assert.Equal("Organiasi", doc.Forms[0].Organisasi?.Label);
        Assert.Equal("1.01.01", doc.Forms[0].Organisasi?.Code);

        Rkaskpd.Validation.Diagnostic slip = Assert.Single(RkaTextReader.Read(text).Validate(), d => d.Code == "RKA402");
        Assert.Equal("header.organisasi", slip.Path);
        Assert.Contains("'Organiasi' is misspelled; it should read 'Organisasi'", slip.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assigns_a_headless_first_kak_row_by_position()
    {
        string text = SmallForm("01").Replace("\tLatar Belakang : Latar", "\tBerdasarkan aturan", StringComparison.Ordinal);
        RawDocument doc = RawFormScanner.Scan(text);
        RawKakSection first = doc.Forms[0].KakSections[0];
        Assert.Equal((null, KakSectionKind.LatarBelakang, "Berdasarkan aturan"), (first.Heading, first.Kind, first.Text));
        Assert.Equal("RKA404", Assert.Single(doc.Notes).Code);
    }

    [Fact]
    public void Repairs_a_spilled_header_from_style_alone()
    {
        string text = SmallForm("01")
            .Replace("Program : 1.01.1.01.01.01 PROGRAM PENINGKATAN MUTU", "Program : 1.01.1.01.01.01 PROGRAM PENINGKATAN", StringComparison.Ordinal)
            .Replace("Kegiatan : 1.01.1.01.01.01.01 Pelatihan Guru", "Kegiatan : 1.01.1.01.01.01.01 MUTU", StringComparison.Ordinal)
            .Replace("Lokasi Kegiatan : Kota Malang", "Lokasi Kegiatan : Kota Malang Pelatihan Guru", StringComparison.Ordinal);
        RawDocument doc = RawFormScanner.Scan(text);
        RawForm form = doc.Forms[0];
        Assert.Equal("PROGRAM PENINGKATAN MUTU", form.Program?.Name);
        Assert.Equal("Pelatihan Guru", form.Kegiatan?.Name);
        Assert.Equal("Kota Malang", form.Lokasi?.Name);
        Assert.Equal("RKA405", Assert.Single(doc.Notes).Code);
    }

    [Fact]
    public void Truncates_giant_lines_with_a_note()
    {
        string text = SmallForm("01").Replace("Konsep Kegiatan : Klasikal", "Konsep Kegiatan : " + new string('x', RawFormScanner.MaxLineLength + 10), StringComparison.Ordinal);
        RawDocument doc = RawFormScanner.Scan(text);
        Assert.Equal("RKA005", Assert.Single(doc.Notes).Code);
        Assert.True(doc.Forms[0].KakSections[4].Text.Length < RawFormScanner.MaxLineLength);
        Assert.Equal("Tiga hari", doc.Forms[0].KakSections[5].Text);
    }

    [Fact]
    public void Keeps_unrecognised_lines_with_a_note()
    {
        string text = SmallForm("01").Replace("Kelompok Sasaran", "Sumber Dana Lain-lain: APBD\n\nKelompok Sasaran", StringComparison.Ordinal);
        RawDocument doc = RawFormScanner.Scan(text);
        Assert.Equal("Sumber Dana Lain-lain: APBD", Assert.Single(doc.Forms[0].UnrecognisedLines).Text);
        Assert.Equal("RKA006", Assert.Single(doc.Notes).Code);
    }

    /// <summary>A complete small form in the tab layout, kegiatan number <paramref name="n"/>.</summary>
    internal static string SmallForm(string n) => $"""
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH		FORMULIR RKA - SKPD 2.2.1
        PEMERINTAH KOTA MALANG TAHUN ANGGARAN 2020
        Urusan Pemerintahan : 1.01 PENDIDIKAN
        Organisasi : 1.01.01 DINAS PENDIDIKAN
        Program : 1.01.1.01.01.01 PROGRAM PENINGKATAN MUTU
        Kegiatan : 1.01.1.01.01.01.{n} Pelatihan Guru
        Lokasi Kegiatan : Kota Malang
        Jumlah Tahun 2019	: 1.000.000,00	(SATU JUTA RUPIAH)
        Jumlah Tahun 2020	: 2.000.000,00	(DUA JUTA RUPIAH)
        Jumlah Tahun 2021	: 2.200.000,00	(DUA JUTA DUA RATUS RIBU RUPIAH)
        Indikator	Tolak Ukur Kinerja	Target Kinerja
        Capaian Program	Persentase guru	78%
        Masukan	Tersedianya dana	Rp. 2.000.000,00
        Keluaran	Jumlah guru	10 orang
        Hasil	Guru kompeten	90%
        Kelompok Sasaran Kegiatan: Guru
        KERANGKA ACUAN KERJA (KAK)	Latar Belakang : Latar
        	Dasar Hukum : UU
        	Maksud dan Tujuan : Maksud
        	Bentuk Kegiatan : Bentuk
        	Konsep Kegiatan : Klasikal
        	Mekanisme : Tiga hari
        	Alur : A
        	Manfaat : Guru kompeten

        """;
    [Theory]
    [InlineData("PERKIRAAN REKENING BELANJA*ı")]
    [InlineData("PERKIRAAN REKENING BELANJA Tambahan")]
    public void A_KAK_table_header_with_more_text_is_not_skipped(string header)
    {
        // Found by the Drops_no_word_of_any_form property: the header test matched the line's start only, so the rest
        // of the line vanished with it.
        string text = TestData.SeedText.Replace("PERKIRAAN REKENING BELANJA**\n", header + "\n", StringComparison.Ordinal);
        Assert.NotEqual(TestData.SeedText, text);

        RawDocument doc = RawFormScanner.Scan(text);

        string extra = header["PERKIRAAN REKENING BELANJA".Length..].Trim().TrimStart('*');
        Assert.Contains(extra, RawTestText.WordsOf(doc));
    }

    [Theory]
    [InlineData("PERKIRAAN REKENING BELANJA")]
    [InlineData("PERKIRAAN REKENING BELANJA Keterangan Uraian")]
    [InlineData("Keterangan Uraian")]
    public void A_KAK_table_header_alone_is_skipped(string header)
    {
        string text = TestData.SeedText.Replace("PERKIRAAN REKENING BELANJA**\n", header + "\n", StringComparison.Ordinal);

        RawDocument doc = RawFormScanner.Scan(text);

        Assert.Equal(RawFormScanner.Scan(TestData.SeedText).Forms.Select(f => f.KakSections.Count), doc.Forms.Select(f => f.KakSections.Count));
        Assert.DoesNotContain(doc.Notes, n => n.Code == TextReaderMessages.UnrecognisedLine && n.Message.Contains("PERKIRAAN", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_after_a_terbilang_in_parentheses_is_reported_not_dropped()
    {
        // Found by the Drops_no_word_of_any_form property: the text after the closing parenthesis vanished.
        string row = "Jumlah Tahun 2021 : 80.570.600,00 (DELAPAN PULUH JUTA LIMA RATUS TUJUH PULUH RIBU ENAM RATUS RUPIAH)";
        Assert.Contains(row + "\n", TestData.SeedText, StringComparison.Ordinal);
        string text = TestData.SeedText.Replace(row + "\n", row + " Sumber: APBD\n", StringComparison.Ordinal);

        RawDocument doc = RawFormScanner.Scan(text);

        Assert.Contains("APBD", RawTestText.WordsOf(doc));
        RawNote note = Assert.Single(doc.Notes, n => n.Code == TextReaderMessages.UnrecognisedLine && n.Message.Contains("Sumber: APBD", StringComparison.Ordinal));
        Assert.Contains(doc.Forms, f => f.Amounts.Any(a => a.Line == note.Line && a.Terbilang == "DELAPAN PULUH JUTA LIMA RATUS TUJUH PULUH RIBU ENAM RATUS RUPIAH"));
    }
}
