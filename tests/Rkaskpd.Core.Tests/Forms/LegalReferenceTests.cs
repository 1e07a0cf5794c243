using System;
using System.Linq;
using FsCheck.Xunit;
using NodaTime;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

public class LegalReferenceTests
{
    /// <summary>Item, kind, issuer, number, year, title.</summary>
    public static TheoryData<string, LegalReferenceKind, string?, string?, int?, string?> Items => new()
    {
        { "Perbup Lumajang No. 86 tahun 2016 tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi Serta tata Kerja Kecamatan dan Kelurahan",
            LegalReferenceKind.PeraturanBupati, "Lumajang", "86", 2016,
            "Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi Serta tata Kerja Kecamatan dan Kelurahan" },
        { "Perbup No. 86 Tahun 2016 tentang SOTK", LegalReferenceKind.PeraturanBupati, null, "86", 2016, "SOTK" },
        { "PP Nomor . 16 tentang Pengadaan Barang dan jasa", LegalReferenceKind.PeraturanPemerintah, null, "16", null, "Pengadaan Barang dan jasa" },
        { "PP.No. 16 tahun 2018 tentang Pengadaan barang dan jasa", LegalReferenceKind.PeraturanPemerintah, null, "16", 2018, "Pengadaan barang dan jasa" },
        { "Permendagri No. 7 tahun 2006 tentang Standarisasi Sarana dan Prasarana Kerja Pemerintahan Daerah",
            LegalReferenceKind.PeraturanMenteri, "Menteri Dalam Negeri", "7", 2006, "Standarisasi Sarana dan Prasarana Kerja Pemerintahan Daerah" },
        { "Perbup Lumajang Nomor. 25 Tahun 2019 tentang perubahan kedua atas perbup Lumajang no 65 tahun 2018 Standar biaya",
            LegalReferenceKind.PeraturanBupati, "Lumajang", "25", 2019, "perubahan kedua atas perbup Lumajang no 65 tahun 2018 Standar biaya" },
        { "Intruksi Presiden Nomor 9 Tahun 2000 tentang Pelaksanaan PUG dalam pembangunan nasional.",
            LegalReferenceKind.InstruksiPresiden, null, "9", 2000, "Pelaksanaan PUG dalam pembangunan nasional" },
        { "UU No. 25 tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional",
            LegalReferenceKind.UndangUndang, null, "25", 2004, "Sistem Perencanaan Pembangunan Nasional" },
        { "Peraturan Gubernur Jatim No: 27 Tahun 2010, tanggal 7 April 2010 tentang Pedoman Pelaksanaan Pengarusutamaan Gender",
            LegalReferenceKind.PeraturanGubernur, "Jatim", "27", 2010, "Pedoman Pelaksanaan Pengarusutamaan Gender" },
        { "SK Gubernur Jatim No: 188/115/KPTS/013/2010, tanggal 7 April 2010 tentang Kelompok Kerja (PDKJA) Pengarusutamaan Gender (PUG) Provinsi Jatim.",
            LegalReferenceKind.SuratKeputusan, "Gubernur Jatim", "188/115/KPTS/013/2010", 2010,
            "Kelompok Kerja (PDKJA) Pengarusutamaan Gender (PUG) Provinsi Jatim" },
        { "Keputusan Menteri Pemberdayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja",
            LegalReferenceKind.KeputusanMenteri, "Pemberdayagunaan Aparatur Negara dan Reformasi Birokrasi", "53", 2014, "Petunjuk Teknis Perjanjian Kinerja" },
        { "Intruksi Bupati No. 1 Tahun 2019 tentang Pelaksanaan Pengarusutaman Gender (PUG) dan PPRG",
            LegalReferenceKind.InstruksiBupati, null, "1", 2019, "Pelaksanaan Pengarusutaman Gender (PUG) dan PPRG" },
        { "SK PPTK Kecamatan Lumajang tentan Penunjukan Tenaga Kontrak",
            LegalReferenceKind.SuratKeputusan, "PPTK Kecamatan Lumajang", null, null, "Penunjukan Tenaga Kontrak" },
        { "SK Bupati tentang pejabat penyimpan barang", LegalReferenceKind.SuratKeputusan, "Bupati", null, null, "pejabat penyimpan barang" },
        { "Renstra Kecamatan Lumajang th. 2019-2024", LegalReferenceKind.Other, null, null, null, null },
        { "Renstra Kecamatan Lumajang th. 2019 - 2024", LegalReferenceKind.Other, null, null, null, null },
        { "Renja Kecamatan tahun 2020", LegalReferenceKind.Other, null, null, 2020, null },
        { "Kebutuhan Rutin / harian Kantor Kecamatan.", LegalReferenceKind.Other, null, null, null, null },
        { "Anggaran APBD Tahun 2018", LegalReferenceKind.Other, null, null, 2018, null },
        // other regions
        { "Peraturan Daerah Kabupaten Malang Nomor 3 Tahun 2019 tentang APBD", LegalReferenceKind.PeraturanDaerah, "Kabupaten Malang", "3", 2019, "APBD" },
        { "Perwali Surabaya No 12 Tahun 2018", LegalReferenceKind.PeraturanWalikota, "Surabaya", "12", 2018, null },
        { "Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah", LegalReferenceKind.PeraturanPresiden, null, "16", 2018, "Pengadaan Barang/Jasa Pemerintah" },
        { "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", LegalReferenceKind.UndangUndang, null, "23", 2014, "Pemerintahan Daerah" },
        { "Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2006", LegalReferenceKind.PeraturanMenteri, "Menteri Dalam Negeri", "13", 2006, null },
    };

    [Theory]
    [MemberData(nameof(Items))]
    public void Parse_reads_kind_issuer_number_year_and_title(
        string item, LegalReferenceKind kind, string? issuer, string? number, int? year, string? title)
    {
        LegalReference reference = LegalReference.Parse(item);
        Assert.Equal(kind, reference.Kind);
        Assert.Equal(issuer, reference.Issuer);
        Assert.Equal(number, reference.Number);
        Assert.Equal(year, reference.Year);
        Assert.Equal(title, reference.Title);
    }

    [Fact]
    public void Parse_reads_the_date_after_tanggal()
    {
        LegalReference reference = LegalReference.Parse("SK Gubernur Jatim No: 188/115/KPTS/013/2010, tanggal 7 April 2010 tentang Kelompok Kerja");
        Assert.Equal(new LocalDate(2010, 4, 7), reference.Date);
        Assert.Equal(new LocalDate(1999, 11, 30), LegalReference.Parse("Perda No. 1 tgl 30 Nopember 1999").Date);
        Assert.Null(LegalReference.Parse("Perda No. 1 tanggal 31 Pebruari 1999").Date);
    }

    [Fact]
    public void Parse_reads_an_amendment_as_one_reference_with_AmendedBy()
    {
        LegalReference reference = LegalReference.Parse("Permendagri Nomor 15/2008 diubah Permendagri Nomor 67/2011 Pelaksanaan PUG di Daerah.");
        Assert.Equal(LegalReferenceKind.PeraturanMenteri, reference.Kind);
        Assert.Equal("15", reference.Number);
        Assert.Equal(2008, reference.Year);
        Assert.Null(reference.Title);
        LegalReference amending = Assert.IsType<LegalReference>(reference.AmendedBy);
        Assert.Equal(LegalReferenceKind.PeraturanMenteri, amending.Kind);
        Assert.Equal("67", amending.Number);
        Assert.Equal(2011, amending.Year);
        Assert.Equal("Pelaksanaan PUG di Daerah", amending.Title);
    }

    /// <summary>The common way of citing an amended instrument: its own title first, then the amendment
    /// (<c>sebagaimana telah [beberapa kali] diubah[,] terakhir dengan ...</c>).</summary>
    [Theory]
    [InlineData("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah terakhir dengan Undang-Undang Nomor 9 Tahun 2015", LegalReferenceKind.UndangUndang, "9", 2015)]
    [InlineData("Peraturan Menteri Dalam Negeri Nomor 13 Tahun 2006 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir dengan Peraturan Menteri Dalam Negeri Nomor 21 Tahun 2011", LegalReferenceKind.PeraturanMenteri, "21", 2011)]
    [InlineData("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana diubah beberapa kali terakhir dengan Undang-Undang Nomor 9 Tahun 2015;", LegalReferenceKind.UndangUndang, "9", 2015)]
    public void Parse_reads_an_amendment_after_the_title_as_AmendedBy(string item, LegalReferenceKind amendingKind, string amendingNumber, int amendingYear)
    {
        LegalReference reference = LegalReference.Parse(item);

        Assert.Equal("Pemerintahan Daerah", reference.Title);
        Assert.Equal((amendingKind, amendingNumber, amendingYear), (reference.AmendedBy?.Kind, reference.AmendedBy?.Number, reference.AmendedBy?.Year ?? 0));
    }

    [Fact]
    public void Parse_keeps_the_item_text()
    {
        Assert.Equal("Renja Kecamatan tahun 2020", LegalReference.Parse(" - Renja Kecamatan tahun 2020 ").Text);
    }

    [Fact]
    public void Results_do_not_depend_on_the_current_culture()
    {
        System.Globalization.CultureInfo saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            LegalReference reference = LegalReference.Parse("INTRUKSI PRESIDEN NOMOR 9 TAHUN 2000 TENTANG PUG");
            Assert.Equal(LegalReferenceKind.InstruksiPresiden, reference.Kind);
            Assert.Equal(2000, reference.Year);
            Assert.True(KakHeadings.TryRecognize("MAKSUD DAN TUJUAN", out KakSectionKind kind, out _));
            Assert.Equal(KakSectionKind.MaksudDanTujuan, kind);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    /// <summary>
    /// ParseList reads the items it split and cleaned without cleaning them again; reading an item's text on its own
    /// (which cleans it) must give the same reference whenever that text holds no markup to decode.
    /// </summary>
    [Property(Arbitrary = new[] { typeof(KakArbitraries) })]
    public bool ParseList_reads_each_item_as_Parse_reads_its_text(KakTextSample text) =>
        LegalReference.ParseList(text.Value)
            .Where(reference => reference.Text.AsSpan().IndexOfAny('<', '&') < 0)
            .All(reference => reference.Equals(LegalReference.Parse(reference.Text)));

    [Theory]
    [InlineData("SK Bupati No. 5 TANGGAL 7 APRIL 2010 tentang Tim", 2010, 4, 7)]
    [InlineData("SK Bupati No. 5 tgl 12-Mei-2019 ttg Tim", 2019, 5, 12)]
    public void Parse_reads_the_date_in_any_case(string item, int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), LegalReference.Parse(item).Date);

    /// <summary>A list numbered a line each, as Word saves its auto-numbered list (<c>1.</c> and a tab) or a person
    /// types it: each line's marker is no part of its reference.</summary>
    [Theory]
    [InlineData("1.\tUndang-Undang Nomor 19 Tahun 2013 tentang Perlindungan Petani;\n2.\tPeraturan Pemerintah Nomor 58 Tahun 2005 tentang Pengelolaan Keuangan Daerah;")]
    [InlineData("a) Undang-Undang Nomor 19 Tahun 2013 tentang Perlindungan Petani\nb) Peraturan Pemerintah Nomor 58 Tahun 2005 tentang Pengelolaan Keuangan Daerah")]
    public void ParseList_reads_a_list_numbered_a_line_each(string text)
    {
        var references = LegalReference.ParseList(text);

        Assert.Equal(
            [(LegalReferenceKind.UndangUndang, "19", 2013), (LegalReferenceKind.PeraturanPemerintah, "58", 2005)],
            references.Select(r => (r.Kind, r.Number, r.Year ?? 0)));
    }

    /// <summary>Items of a numbered list that the print wrapped onto a next line of no marker are one reference each;
    /// an unnumbered list a line each stays a reference a line.</summary>
    [Fact]
    public void ParseList_joins_a_numbered_item_wrapped_onto_the_next_line()
    {
        var references = LegalReference.ParseList(
            "1. Undang-Undang Nomor 38 Tahun 2004 tentang Jalan;\n"
            + "2. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah terakhir dengan\n"
            + "Undang-Undang Nomor 9 Tahun 2015;\n"
            + "3. Peraturan Daerah Kabupaten Tanah Laut Nomor 9 Tahun 2016 tentang Pembentukan dan Susunan Perangkat\n"
            + "Daerah;\n"
            + "4. Peraturan Pemerintah Nomor 34 Tahun 2006 tentang Jalan.");

        Assert.Equal(["38", "23", "9", "34"], references.Select(r => r.Number));
        Assert.Equal("9", references[1].AmendedBy?.Number);
        Assert.Equal("Pembentukan dan Susunan Perangkat Daerah", references[2].Title);
        Assert.Equal(3, LegalReference.ParseList("Undang-Undang Nomor 38 Tahun 2004\nUndang-Undang Nomor 23 Tahun 2014\nPeraturan Pemerintah Nomor 34 Tahun 2006").Count);
    }

    [Fact]
    public void ParseList_reads_amendments_and_sentences_after_a_full_stop()
    {
        var references = LegalReference.ParseList(
            "Renstra Kecamatan Lumajang. Permendagri Nomor 15/2008 sebagaimana telah diubah dengan Permendagri Nomor 67/2011 tentang PUG");
        Assert.Equal(2, references.Count);
        Assert.Equal(LegalReferenceKind.Other, references[0].Kind);
        Assert.Equal("15", references[1].Number);
        Assert.Equal(2008, references[1].Year);
        Assert.Equal("67", references[1].AmendedBy?.Number);
        Assert.Equal("PUG", references[1].AmendedBy?.Title);
    }
}
