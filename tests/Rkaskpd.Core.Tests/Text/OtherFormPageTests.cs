using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>
/// A whole RKA book holds other forms beside the 2.2.1 forms: RKA-SKPD 1 (pendapatan), 2.1 (belanja tidak langsung),
/// 3.1 and 3.2 (pembiayaan), and in SIPD RKA-PENDAPATAN, RKA-BELANJA and RKA-PEMBIAYAAN SKPD. Their title blocks,
/// urusan and organisasi lines and code tables look like a form's; they are reported as lines outside any form
/// (RKA003), not read as half-empty 2.2.1 forms full of errors.
/// </summary>
public class OtherFormPageTests
{
    private const string Pendapatan = """
        RENCANA KERJA DAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH
        PEMERINTAH KABUPATEN JEMBER
        TAHUN ANGGARAN 2019
        FORMULIR
        RKA - SKPD 1
        Urusan Pemerintahan : 1.02 KESEHATAN
        Organisasi : 1.02.01 DINAS KESEHATAN
        Rincian Anggaran Pendapatan Satuan Kerja Perangkat Daerah
        Kode Rekening	Uraian	Volume	Satuan	Harga Satuan	Jumlah
        4	PENDAPATAN				64.000.000,00
        4.1.2.01.01	Retribusi Pelayanan Kesehatan	1.600	Pasien	40.000,00	64.000.000,00
        Jumlah					64.000.000,00

        """;

    private const string BelanjaTidakLangsung = """
        RENCANA KERJA DAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH
        PEMERINTAH KABUPATEN JEMBER
        FORMULIR RKA-SKPD 2.1
        TAHUN ANGGARAN 2019
        Urusan Pemerintahan : 1.02 KESEHATAN
        Organisasi : 1.02.01 DINAS KESEHATAN
        Kode Rekening	Uraian	Volume	Satuan	Harga Satuan	Jumlah
        5.1.1.01.01	Gaji Pokok PNS	12	Bulan	250.000.000,00	3.000.000.000,00

        """;

    private const string PembiayaanSipd = """
        RENCANA KERJA DAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH
        RKA-PEMBIAYAAN SKPD
        Provinsi Nusa Tenggara Barat Tahun Anggaran 2023
        Urusan Pemerintahan : 1 URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR
        Organisasi : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN
        Kode Rekening	Uraian	Jumlah
        6.2.02.01.01.0001	Penyertaan Modal	1.000.000.000,00

        """;

    private const string Kegiatan = """
        RENCANA KERJA DAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH
        FORMULIR
        RKA - SKPD 2.2.1
        PEMERINTAH KABUPATEN JEMBER
        TAHUN ANGGARAN 2019
        Urusan Pemerintahan : 1.02 KESEHATAN
        Organisasi : 1.02.01 DINAS KESEHATAN
        Program : 1.02.1.02.01.15 PROGRAM UPAYA KESEHATAN MASYARAKAT
        Kegiatan : 1.02.1.02.01.15.07 Penyuluhan Germas di Desa
        Lokasi Kegiatan : Kecamatan Sumbersari
        Jumlah Tahun 2018 : Rp. 10.000.000,00 (SEPULUH JUTA RUPIAH)
        Jumlah Tahun 2019 : Rp. 12.000.000,00 (DUA BELAS JUTA RUPIAH)
        Jumlah Tahun 2020 : Rp. 13.200.000,00 (TIGA BELAS JUTA DUA RATUS RIBU RUPIAH)
        Indikator	Tolak Ukur Kinerja	Target Kinerja
        Capaian Program	Cakupan desa siaga aktif	80%
        Masukan	Dana	Rp. 12.000.000,00
        Keluaran	Jumlah penyuluhan	24 Kali
        Hasil	Meningkatnya perilaku hidup sehat	75%
        """;

    /// <summary>A book's cover page as a word processor prints it: centred (so indented) title lines, the SKPD, the
    /// region and its address, and the list of the book's forms, then the 2.2.1 form's own title.</summary>
    private const string Cover = """
                           RENCANA KERJA DAN ANGGARAN
                          SATUAN KERJA PERANGKAT DAERAH
                                  (RKA-SKPD)

                              TAHUN ANGGARAN 2019

                                 DINAS KESEHATAN
                           PEMERINTAH KABUPATEN JEMBER
                      Jalan Srikoyo No. 3 Patrang, Jember

            KODE                         NAMA FORMULIR
        RKA-SKPD 2.2.1   Rincian Anggaran Belanja Langsung Menurut Program dan Per Kegiatan

        """;

    [Theory]
    [InlineData("RKA - SKPD 1", true)]
    [InlineData("RKA-SKPD 2.1", true)]
    [InlineData("FORMULIR RKA-SKPD 3.1", true)]
    [InlineData("DPA SKPD 3.2", true)]
    [InlineData("DPPA-SKPD 2.1.", true)]
    [InlineData("RKA-PENDAPATAN SKPD", true)]
    [InlineData("RKA - BELANJA SKPD", true)]
    [InlineData("DPA-PEMBIAYAAN SKPD", true)]
    [InlineData("RKA - SKPD 2.2.1", false)]
    [InlineData("RKA-SKPD 2.2", false)]
    [InlineData("RKA SKPD", false)]
    [InlineData("RKA-RINCIAN BELANJA SKPD", false)]
    [InlineData("DPA-RINCIAN BELANJA SKPD", false)]
    [InlineData("RKA-SKPD 1\tRincian Anggaran Pendapatan Satuan Kerja Perangkat Daerah", false)]
    [InlineData("RKA-SKPD 1 Rincian Anggaran Pendapatan", false)]
    public void The_form_number_alone_names_another_form(string line, bool other) =>
        Assert.Equal(other, RecapPage.IsOtherFormNumber(line));

    [Theory]
    [InlineData("  RKA - SKPD 1 ", "RKA - SKPD 1")]
    [InlineData("REKAPITULASI ANGGARAN BELANJA LANGSUNG\tFormulir\tRKA-SKPD 2.2", "REKAPITULASI ANGGARAN BELANJA LANGSUNG")]
    [InlineData("RINGKASAN   ANGGARAN\u00a0PENDAPATAN", "RINGKASAN ANGGARAN PENDAPATAN")]
    public void A_page_is_named_by_the_first_cell_of_its_title_line(string line, string name) =>
        Assert.Equal(name, RecapPage.TitleOf(line));

    [Fact]
    public void Other_forms_before_a_221_form_are_lines_outside_any_form()
    {
        string text = Pendapatan + BelanjaTidakLangsung + PembiayaanSipd + Kegiatan;

        RkaReadResult result = RkaTextReader.Read(text);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal("1.02.1.02.01.15.07", form.Header.Kegiatan.CodeText);
        Assert.Equal(12_000_000m, form.Amounts.CurrentYear?.Amount?.Amount);
        Assert.Equal("PEMERINTAH KABUPATEN JEMBER", form.Header.PemerintahDaerah);
        int[] outside = [.. result.Diagnostics.Where(d => d.Code == "RKA003").Select(d => d.Line ?? 0)];
        Assert.Equal([1, 14, 23], outside); // each page from its first title line
        Assert.DoesNotContain(result.Validate(), d => d.Code is "RKA002" or "RKA101" or "RKA301");
    }

    [Fact]
    public void Each_page_note_names_the_page_in_english_and_indonesian()
    {
        string text = "Dicetak dari aplikasi e-budgeting\n\n" + Pendapatan + BelanjaTidakLangsung + PembiayaanSipd + Kegiatan;

        string[] english, indonesian;
        using (UiCulture.Use("en"))
        {
            english = [.. RkaTextReader.Read(text).Diagnostics.Where(d => d.Code == "RKA003").Select(d => d.Message)];
        }

        using (UiCulture.Use("id"))
        {
            indonesian = [.. RkaTextReader.Read(text).Diagnostics.Where(d => d.Code == "RKA003").Select(d => d.Message)];
        }

        // The site line before the first page is no part of it; each page runs from its first title line.
        Assert.Equal(
            [
                "1 line(s) between lines 1 and 1 belong to no form and were ignored.",
                "Lines 3 to 15 (13 lines) are another page of the book, \"RKA - SKPD 1\", not an RKA-SKPD 2.2.1 form, and were not read.",
                "Lines 16 to 24 (9 lines) are another page of the book, \"FORMULIR RKA-SKPD 2.1\", not an RKA-SKPD 2.2.1 form, and were not read.",
                "Lines 25 to 32 (8 lines) are another page of the book, \"RKA-PEMBIAYAAN SKPD\", not an RKA-SKPD 2.2.1 form, and were not read.",
            ],
            english);
        Assert.Equal("Baris 3 sampai 15 (13 baris) adalah halaman lain dari dokumen, \"RKA - SKPD 1\", bukan formulir RKA-SKPD 2.2.1, dan tidak dibaca.",
            indonesian[1]);
    }

    [Fact]
    public void A_cover_page_before_the_forms_own_title_is_reported_and_not_read_into_it()
    {
        RkaForm alone = Assert.Single(RkaTextReader.Read(Kegiatan).Document.Forms);
        RkaReadResult result;
        string indonesian;
        using (UiCulture.Use("en"))
        {
            result = RkaTextReader.Read(Cover + Kegiatan);
        }

        using (UiCulture.Use("id"))
        {
            indonesian = RkaTextReader.Read(Cover + Kegiatan).Diagnostics.Single(d => d.Code == "RKA003").Message;
        }

        Assert.Equal(alone, Assert.Single(result.Document.Forms));
        Diagnostic cover = Assert.Single(result.Diagnostics, d => d.Code == "RKA003");
        Assert.Equal(1, cover.Line);
        Assert.Equal(
            "Lines 1 to 12 (9 lines) are a cover page, \"RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD)\", "
            + "printed before the form's own title, and were not read.",
            cover.Message);
        Assert.Equal(
            "Baris 1 sampai 12 (9 baris) adalah halaman sampul, \"RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH (RKA-SKPD)\", "
            + "yang dicetak sebelum judul formulir itu sendiri, dan tidak dibaca.",
            indonesian);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA006");
    }

    [Theory]
    [InlineData("RENCANA KERJA DAN ANGGARAN\nRENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH\n")]
    [InlineData("DOKUMEN PELAKSANAAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH\nPEMERINTAH KABUPATEN JEMBER\nTAHUN ANGGARAN 2019\n")]
    public void A_title_that_opens_twice_within_a_few_lines_or_with_another_title_is_no_cover(string before)
    {
        RkaReadResult result = RkaTextReader.Read(before + Kegiatan);

        Assert.Single(result.Document.Forms);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA003");
    }

    [Fact]
    public void A_221_form_after_another_form_reads_as_it_does_alone()
    {
        RkaForm alone = Assert.Single(RkaTextReader.Read(Kegiatan).Document.Forms);
        RkaForm after = Assert.Single(RkaTextReader.Read(Pendapatan + Kegiatan).Document.Forms);

        Assert.Equal(alone, after);
    }

    [Fact]
    public void A_221_forms_centred_title_after_another_page_is_its_title()
    {
        // pdftotext -layout indents a centred title (here a cell of its own): after another form's page, where no
        // form is open, the indented title lines still open the form and are its title.
        string indented = string.Join('\n', Kegiatan.Split('\n').Select((line, i) => i < 6 ? "\t" + line : line));
        RkaForm alone = Assert.Single(RkaTextReader.Read(Kegiatan).Document.Forms);

        foreach (string before in new[] { string.Empty, Pendapatan, BelanjaTidakLangsung })
        {
            RkaReadResult result = RkaTextReader.Read(before + indented);

            RkaForm after = Assert.Single(result.Document.Forms);
            Assert.Equal(alone.Header.PemerintahDaerah, after.Header.PemerintahDaerah);
            Assert.Equal(alone.Header.TahunAnggaran, after.Header.TahunAnggaran);
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA008");
        }
    }

    [Fact]
    public void A_form_number_in_the_title_box_cell_beside_a_title_line_names_another_form()
    {
        // A printed title box: the region on a title line, "Formulir" and the form's number in the cell right of it
        // (pdftotext -layout keeps them on one line). "RKA-SKPD 2.2" there is the recap; "2.2.1" is read.
        string Page(string number) => $"""
            RENCANA KERJA DAN ANGGARAN
            SATUAN KERJA PERANGKAT DAERAH	Formulir
            PEMERINTAH KABUPATEN JEMBER	{number}
            Tahun Anggaran 2019
            Urusan Pemerintahan : 1.02 KESEHATAN
            Organisasi : 1.02.01 DINAS KESEHATAN
            Kode Rekening	Uraian	Volume	Satuan	Harga Satuan	Jumlah
            5.1.1.01.01	Gaji Pokok PNS	12	Bulan	250.000.000,00	3.000.000.000,00

            """;

        foreach (string number in new[] { "RKA-SKPD 2.1", "RKA - SKPD 1", "RKA-SKPD 2.2" })
        {
            RkaReadResult result = RkaTextReader.Read(Page(number) + Kegiatan);

            RkaForm form = Assert.Single(result.Document.Forms);
            Assert.Equal("1.02.1.02.01.15.07", form.Header.Kegiatan.CodeText);
            Assert.Contains(result.Diagnostics, d => d.Code == "RKA003" && d.Message.Contains(number, System.StringComparison.Ordinal));
        }

        Assert.Equal(2, RkaTextReader.Read(Page("RKA-SKPD 2.2.1") + Kegiatan).Document.Forms.Count);
    }

    [Fact]
    public void A_cover_of_title_lines_that_runs_into_the_forms_title_is_no_form()
    {
        // A converter's text of a book's cover, without the page break: its title, SKPD, region, address and list of
        // forms (a table the form's own title does not follow at once), then the form's own title.
        const string Cover = """
            RENCANA KERJA DAN ANGGARAN
            SATUAN KERJA PERANGKAT DAERAH
            (RKA-SKPD)
            TAHUN ANGGARAN 2019
            DINAS KESEHATAN
            PEMERINTAH KABUPATEN JEMBER
            Jalan Srikoyo No. 3 Patrang
            KODE
            NAMA FORMULIR
            RKA-SKPD 2.2.1
            Rincian Anggaran Belanja Langsung Menurut Program dan Per Kegiatan Satuan
            Kerja Perangkat Daerah

            """;
        RkaReadResult result = RkaTextReader.Read(Cover + Kegiatan);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal("1.02.1.02.01.15.07", form.Header.Kegiatan.CodeText);
        Diagnostic page = Assert.Single(result.Diagnostics, d => d.Line <= 11);
        Assert.Equal(("RKA003", 1), (page.Code, page.Line));
        Assert.Contains("cover page", page.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(result.Validate(), d => d.Code is "RKA002" or "RKA101" or "RKA301");

        // Alone, such a page is the incomplete form it looks like.
        Assert.Contains(RkaTextReader.Read(Cover).Diagnostics, d => d.Code == "RKA002");
    }

    [Fact]
    public void A_page_naming_the_skpd_only_is_no_form_beside_a_221_form()
    {
        // A book's cover with the SKPD's urusan and organisasi and its list of forms: one RKA003 for its lines instead
        // of a form with every part missing, and no notes from reading it as one.
        const string Book = """
            PEMERINTAH KABUPATEN JEMBER
            RENCANA KERJA DAN ANGGARAN
            SATUAN KERJA PERANGKAT DAERAH
            TAHUN ANGGARAN 2019
            URUSAN : 1.02 KESEHATAN
            ORGANISASI : 1.02.01 DINAS KESEHATAN
            KODE	NAMA FORMULIR
            RKA-SKPD 1	Rincian Anggaran Pendapatan Satuan Kerja Perangkat Daerah
            RKA-SKPD 2.2.1	Rincian Anggaran Belanja Langsung Menurut Program dan Per Kegiatan

            """;

        RkaReadResult result = RkaTextReader.Read(Book + Kegiatan);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal("1.02.1.02.01.15.07", form.Header.Kegiatan.CodeText);
        Diagnostic page = Assert.Single(result.Diagnostics, d => d.Line <= 10);
        Assert.Equal(("RKA003", 1), (page.Code, page.Line));
        Assert.Contains("not an RKA-SKPD 2.2.1 form", page.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(result.Validate(), d => d.Code is "RKA002" or "RKA101" or "RKA301");

        // Alone, such a page is the incomplete form it looks like.
        Assert.Contains(RkaTextReader.Read(Book).Diagnostics, d => d.Code == "RKA002");
    }
}
