using System;
using System.Linq;
using NodaTime;
using Rkaskpd.Forms;
using Rkaskpd.Html;
using Rkaskpd.Serialization;
using Rkaskpd.Tests.Recap;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>The signature block that closes a form (place and date, jabatan, name, NIP): read from hand-made flattened
/// and tab texts, written by the text writer (and read back), printed by the HTML writer.</summary>
public class SignatureBlockTests
{
    private static readonly TandaTangan Camat = new()
    {
        Tempat = "Lumajang",
        Tanggal = "10 Oktober 2019",
        Jabatan = "Kepala Kecamatan Lumajang",
        Nama = "Drs. AGUS PRIYANTO, M.Si",
        Nip = "19650817 199003 1 009",
    };

    /// <summary>A flattened form (single spaces between cells) whose closing block follows the indicators.</summary>
    private const string Flattened = """
        RENCANA KERJA DAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH Formulir
        RKA SKPD
        PEMERINTAH KABUPATEN LUMAJANG
        2.2.1
        Tahun Anggaran : 2020

        Urusan Pemerintahan : 3.05 PEMERINTAHAN UMUM
        Organisasi : 3.05 . 3.05.09 KECAMATAN LUMAJANG
        Program : 3.05 . 3.05.09 . 01 Program Pelayanan Administrasi Perkantoran
        Kegiatan : 3.05 . 3.05.09 . 01 . 021 Pelayanan Administrasi Perkantoran
        Lokasi Kegiatan : Kecamatan Lumajang

        Jumlah Tahun n - 1 : Rp0,00
        Jumlah Tahun n : Rp13.000.000,00 (Tiga belas juta rupiah)
        Jumlah Tahun n + 1 : Rp14.300.000,00 (Empat belas juta tiga ratus ribu rupiah)

        INDIKATOR & TOLOK UKUR KINERJA BELANJA LANGSUNG
        INDIKATOR TOLOK UKUR KINERJA TARGET KINERJA
        MASUKAN Jumlah Dana Rp. 13.000.000
        KELUARAN Terpenuhinya kegiatan surat menyurat 12 bulan

        Kelompok Sasaran Kegiatan : Kecamatan Lumajang

        Lumajang, 10 Oktober 2019
        Kepala Kecamatan Lumajang


        Drs. AGUS PRIYANTO, M.Si
        NIP. 19650817 199003 1 009

        """;

    private static RkaReadResult Read(string text) => RkaTextReader.Read(text.ReplaceLineEndings("\n"));

    /// <summary>The seed's first form as tab text (it ends with its KAK), without a signature.</summary>
    private static string SeedFormText() =>
        RkaTextWriter.Write(new RkaDocument { Forms = [SeedDocument.Document.Forms[0]] });

    [Fact]
    public void A_flattened_closing_block_is_read_into_the_form()
    {
        RkaReadResult result = Read(Flattened);
        RkaForm form = Assert.Single(result.Document.Forms);

        Assert.Equal(Camat, form.TandaTangan);
        Assert.Equal(new LocalDate(2019, 10, 10), form.TandaTangan!.Date);
        Assert.Equal("3.05.3.05.09.01.021", form.KegiatanCodeText);
        Diagnostic note = Assert.Single(result.Diagnostics, d => d.Code == "RKA003");
        Assert.Contains("signature", note.Message, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A spreadsheet keeps the place (with its comma) and the date in two cells, in the signatory's columns or
    /// after an empty one: they are the place and date a print shows.</summary>
    [Theory]
    [InlineData("\t\tLumajang,\t10 Oktober 2019")]
    [InlineData("Lumajang,\t\t10 Oktober 2019")]
    public void A_place_and_date_in_two_cells_is_read_as_one(string line)
    {
        int at = Flattened.IndexOf("Lumajang, 10 Oktober 2019", StringComparison.Ordinal);
        string text = Flattened[..at] + line + Flattened[(at + "Lumajang, 10 Oktober 2019".Length)..];

        RkaReadResult result = Read(text);

        Assert.Equal(Camat, Assert.Single(result.Document.Forms).TandaTangan);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA006");
    }

    /// <summary>SIPD prints the Keterangan block's numbered lines (<c>1.</c>, <c>2.</c>, for the catatan to write in) beside
    /// the signature, so a PDF's reading order puts them between its lines: they are no part of the jabatan.</summary>
    [Fact]
    public void List_numbers_beside_the_signature_are_passed_over()
    {
        int at = Flattened.IndexOf("Lumajang, 10 Oktober 2019", StringComparison.Ordinal);
        string text = Flattened[..at]
            + "Lumajang, 10 Oktober 2019\n1.\nKepala Kecamatan Lumajang\n2.\nDrs. AGUS PRIYANTO, M.Si\nNIP. 19650817 199003 1 009\n";

        Assert.Equal(Camat, Assert.Single(Read(text).Document.Forms).TandaTangan);
    }

    /// <summary>A long name wrapped before its last degree (the first line ends with its comma) is one name.</summary>
    [Fact]
    public void A_name_wrapped_before_its_last_degree_is_one_name()
    {
        int at = Flattened.IndexOf("Drs. AGUS PRIYANTO, M.Si", StringComparison.Ordinal);
        string text = Flattened[..at] + "Hj. SITI RAHMAWATI KUSUMANINGRUM PURBANEGARA, S.Sos.,\nM.Kesos." + Flattened[(at + "Drs. AGUS PRIYANTO, M.Si".Length)..];

        TandaTangan? read = Assert.Single(Read(text).Document.Forms).TandaTangan;

        Assert.Equal(("Kepala Kecamatan Lumajang", "Hj. SITI RAHMAWATI KUSUMANINGRUM PURBANEGARA, S.Sos., M.Kesos."), (read?.Jabatan, read?.Nama));
    }

    /// <summary>SIPD-RI prints a DPA's monthly plan with the signature beside it: the place and date after a row's
    /// amount, the jabatan, name and NIP between and after the rows. The plan is the form's, the signature too.</summary>
    [Fact]
    public void A_signature_printed_beside_the_monthly_plan_is_the_forms()
    {
        int at = Flattened.IndexOf("Lumajang, 10 Oktober 2019", StringComparison.Ordinal);
        string text = Flattened[..at] + string.Join('\n',
            "Rencana Penarikan Dana per Bulan", "No\tBulan\tJumlah", "1\tJanuari\tRp. 0,00",
            "2\tFebruari\tRp. 5.000.000,00\tLumajang, 10 Oktober 2019", "\tKepala Kecamatan Lumajang", "3\tMaret\tRp. 8.000.000,00",
            "4\tApril\tRp. 0,00\tDrs. AGUS PRIYANTO, M.Si", "5\tMei\tRp. 0,00\tNIP. 19650817 199003 1 009", "Jumlah\tRp. 13.000.000,00",
            string.Empty, "Tim Anggaran Pemerintah Daerah", "No\tNama\tNIP\tJabatan", "1\tDrs. H. ZULKARNAIN, M.Si.\t19680921 199303 1 005\tSekretaris Daerah");

        RkaReadResult result = Read(text);
        RkaForm form = Assert.Single(result.Document.Forms);

        Assert.Equal(Camat, form.TandaTangan);
        Assert.Equal(5, form.RencanaPenarikan?.Periode.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA006" or "RKA016");
    }

    /// <summary>A KAK after the signed form, closed by its own signature (the PPTK's): the form keeps its signature,
    /// and the later one is reported as not kept (RKA016), not said to be read into the form.</summary>
    [Fact]
    public void A_later_closing_signature_is_reported_not_kept()
    {
        string text = Flattened + """
            KERANGKA ACUAN KERJA
            Latar Belakang : Surat menyurat kecamatan perlu didukung.

            Lumajang, 12 Oktober 2019
            Pejabat Pelaksana Teknis Kegiatan


            BUDI SANTOSO, S.Sos
            NIP. 19700101 199503 1 002

            """;

        RkaReadResult result = Read(text);

        Assert.Equal(Camat, Assert.Single(result.Document.Forms).TandaTangan);
        Diagnostic notKept = Assert.Single(result.Diagnostics, d => d.Code == "RKA016");
        Assert.Contains("'BUDI SANTOSO, S.Sos'", notKept.Message, StringComparison.Ordinal);
        Assert.Contains("not kept", notKept.Message, StringComparison.Ordinal);
        Assert.Single(result.Diagnostics, d => d.Code == "RKA003" && d.Message.Contains("is read into the form", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tab_indented_signature_after_the_KAK_is_read_and_leaves_the_KAK_as_it_was()
    {
        string text = SeedFormText()
            + "\n\t\t\tLumajang, 10 Oktober 2019\n\t\t\tKepala Kecamatan Lumajang\n\n\n\t\t\tDrs. AGUS PRIYANTO, M.Si\n\t\t\tNIP. 19650817 199003 1 009\n";

        RkaForm form = Assert.Single(Read(text).Document.Forms);

        Assert.Equal(Camat, form.TandaTangan);
        Assert.Equal(SeedDocument.Document.Forms[0].Kak, form.Kak);
    }

    [Fact]
    public void Two_columns_with_mengetahui_on_the_left_read_the_signatory_on_the_right()
    {
        string text = SeedFormText()
            + "\nMengetahui,\t\tLumajang, 10 Oktober 2019\n\t\tKepala Kecamatan Lumajang\n\t\t( Drs. AGUS PRIYANTO, M.Si )\n\t\tNIP : 19650817 199003 1 009\n";

        RkaForm form = Assert.Single(Read(text).Document.Forms);

        Assert.Equal(Camat, form.TandaTangan);
    }

    /// <summary>A DPA's two signatures (the PPKD's "Mengesahkan" on the left, the kepala SKPD under the place and
    /// date on the right), as <c>pdftotext -layout</c> gives them and as Word's tab text does.</summary>
    public static TheoryData<string, string> TwoSignatureBlocks => new()
    {
        {
            "fixed width", """

                                                                          Lumajang, 10 Oktober 2019
                Mengesahkan,                                              Kepala Kecamatan
                Pejabat Pengelola Keuangan Daerah
                                                                          Lumajang



                Dra. SITI AMINAH, M.Si                                    Drs. AGUS PRIYANTO, M.Si
                NIP. 19640812 198903 2 011                                NIP. 19650817 199003 1 009

            """
        },
        {
            "tab cells", "\nMengesahkan,\t\tLumajang, 10 Oktober 2019\nPejabat Pengelola Keuangan Daerah\t\tKepala Kecamatan Lumajang\n\n"
                + "Dra. SITI AMINAH, M.Si\t\tDrs. AGUS PRIYANTO, M.Si\nNIP. 19640812 198903 2 011\t\tNIP. 19650817 199003 1 009\n"
        },
    };

    [Theory]
    [MemberData(nameof(TwoSignatureBlocks))]
    public void Two_signatures_read_the_one_under_the_place_and_date_and_report_the_other(string layout, string block)
    {
        RkaReadResult result = Read(Flattened.Replace(Flattened[Flattened.IndexOf("Lumajang, 10 Oktober", StringComparison.Ordinal)..], block.TrimStart('\n'), StringComparison.Ordinal));

        Assert.True(Camat == Assert.Single(result.Document.Forms).TandaTangan, layout);
        Diagnostic second = Assert.Single(result.Diagnostics, d => d.Code == "RKA016");
        Assert.Contains("jabatan 'Pejabat Pengelola Keuangan Daerah', name 'Dra. SITI AMINAH, M.Si', NIP '19640812 198903 2 011'", second.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Drs. Harun Al Rasyid, M.Si H. Zulkifli Amran, SE", "Drs. Harun Al Rasyid, M.Si", "H. Zulkifli Amran, SE")]
    [InlineData("Ir. H. BAMBANG, MT SUTRISNO, S.Sos, MM", "Ir. H. BAMBANG, MT", "SUTRISNO, S.Sos, MM")]
    [InlineData("Hj. RATNA DEWI, SE. M.Ak dr. WAHYU HIDAYAT", "Hj. RATNA DEWI, SE. M.Ak", "dr. WAHYU HIDAYAT")]
    public void Two_signatures_merged_into_single_lines_keep_the_second_name_and_nip_and_report_the_rest(string names, string first, string second)
    {
        // A flattened copy merges the columns: both jabatan in one line, both names in one, both NIPs in one.
        string block = "Lumajang, 10 Oktober 2019\nMengesahkan, Kepala Kecamatan Lumajang\nPejabat Pengelola Keuangan Daerah\n\n"
            + names + "\nNIP. 19640812 198903 2 011 NIP. 19650817 199003 1 009\n";
        RkaReadResult result = Read(Flattened.Replace(Flattened[Flattened.IndexOf("Lumajang, 10 Oktober", StringComparison.Ordinal)..], block, StringComparison.Ordinal));

        // Each jabatan line tells its column: "Mengesahkan," is the left's, the PPKD's title too.
        TandaTangan signature = Assert.Single(result.Document.Forms).TandaTangan!;
        Assert.Equal(Camat with { Nama = second }, signature);
        Diagnostic note = Assert.Single(result.Diagnostics, d => d.Code == "RKA016");
        Assert.Contains("jabatan 'Pejabat Pengelola Keuangan Daerah', name '" + first + "', NIP '19640812 198903 2 011'", note.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mengesahkan, Kepala Kecamatan Lumajang\nPejabat Pengelola Keuangan Daerah Kecamatan Lumajang")]
    [InlineData("Mengetahui, Pejabat Pengelola Keuangan Daerah\nKepala Kecamatan Lumajang")]
    [InlineData("Kepala Kecamatan Lumajang\nPejabat Pengelola Keuangan Daerah")]
    [InlineData("Mengesahkan, Kepala Kecamatan\nLumajang\nPejabat Pengelola Keuangan Daerah")]
    public void Merged_jabatan_lines_that_do_not_tell_their_column_are_quoted(string jabatan)
    {
        string block = "Lumajang, 10 Oktober 2019\n" + jabatan + "\n\n"
            + "Drs. Harun Al Rasyid, M.Si H. Zulkifli Amran, SE\nNIP. 19640812 198903 2 011 NIP. 19650817 199003 1 009\n";
        RkaReadResult result = Read(Flattened.Replace(Flattened[Flattened.IndexOf("Lumajang, 10 Oktober", StringComparison.Ordinal)..], block, StringComparison.Ordinal));

        TandaTangan signature = Assert.Single(result.Document.Forms).TandaTangan!;
        Assert.Equal(Camat with { Jabatan = null, Nama = "H. Zulkifli Amran, SE" }, signature);
        Diagnostic note = Assert.Single(result.Diagnostics, d => d.Code == "RKA016");
        Assert.Contains("name 'Drs. Harun Al Rasyid, M.Si', NIP '19640812 198903 2 011'", note.Message, StringComparison.Ordinal);
        Assert.Contains("'" + jabatan.Replace("\n", " / ", StringComparison.Ordinal) + "'", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merged_names_that_do_not_split_are_quoted_with_the_jabatan_lines()
    {
        // Two names without titles or degrees cannot be told apart: neither is kept, and the note quotes the line.
        string block = "Lumajang, 10 Oktober 2019\nMengesahkan, Kepala Kecamatan Lumajang\nPejabat Pengelola Keuangan Daerah\n\n"
            + "SITI AMINAH AGUS PRIYANTO\nNIP. 19640812 198903 2 011 NIP. 19650817 199003 1 009\n";
        RkaReadResult result = Read(Flattened.Replace(Flattened[Flattened.IndexOf("Lumajang, 10 Oktober", StringComparison.Ordinal)..], block, StringComparison.Ordinal));

        Assert.Null(Assert.Single(result.Document.Forms).TandaTangan!.Nama);
        Diagnostic note = Assert.Single(result.Diagnostics, d => d.Code == "RKA016");
        Assert.Contains("'SITI AMINAH AGUS PRIYANTO'", note.Message, StringComparison.Ordinal);
        Assert.Equal("Kepala Kecamatan Lumajang", result.Document.Forms[0].TandaTangan!.Jabatan);
    }

    [Theory]
    [InlineData("\t")]
    [InlineData("\n")] // plain pdftotext: one cell per line
    public void The_Tim_Anggaran_table_after_the_signature_names_no_signatory(string cellBreak)
    {
        // SIPD and SIPKD print the budget team under the signature: its "NIP" heading and members are not the form's.
        string team = "Tim Anggaran Pemerintah Daerah\n" + string.Join(cellBreak, "No", "Nama", "NIP", "Jabatan", "Tanda Tangan") + "\n"
            + string.Join(cellBreak, "1", "Drs. H. Syamsul Bahri, M.Si", "19650421 199003 1 012", "Sekretaris Daerah") + "\n";

        RkaForm form = Assert.Single(Read(Flattened + team).Document.Forms);

        Assert.Equal(Camat, form.TandaTangan);
    }

    [Theory]
    [InlineData(" ")] // a PDF's line: the label and the signature column's text one gap apart
    [InlineData("\t")]
    [InlineData("\t:\t")] // fixed-width columns: the label, the colon, the signature column
    public void The_Keterangan_block_beside_the_signature_is_no_part_of_it(string gap)
    {
        // SIPD-RI prints the Keterangan block's labels on the lines of the place and date and of the jabatan.
        string colon = gap == "\t:\t" ? gap : " :" + gap;
        string block = "Keterangan" + colon + "Lumajang, 10 Oktober 2019\nTanggal Pembahasan" + colon + "Kepala Kecamatan Lumajang\n"
            + "Catatan Hasil Pembahasan" + (gap == "\t:\t" ? "\t:" : " :") + "\n1.\n2.\n\nDrs. AGUS PRIYANTO, M.Si\nNIP. 19650817 199003 1 009\n";
        string text = Flattened.ReplaceLineEndings("\n");
        text = text[..text.IndexOf("Lumajang, 10 Oktober", StringComparison.Ordinal)] + block;

        RkaReadResult result = Read(text);

        Assert.Equal(Camat, Assert.Single(result.Document.Forms).TandaTangan);
    }

    [Fact]
    public void A_filled_in_Keterangan_value_is_no_part_of_the_signature()
    {
        // The block's own values, before the signature's column stands beside it: the Catatan is not the jabatan.
        string block = "Keterangan :\nLumajang, 10 Oktober 2019\nCatatan : Anggaran perlu disesuaikan\nKepala Kecamatan Lumajang\n\n"
            + "Drs. AGUS PRIYANTO, M.Si\nNIP. 19650817 199003 1 009\n";
        string text = Flattened.ReplaceLineEndings("\n");
        text = text[..text.IndexOf("Lumajang, 10 Oktober", StringComparison.Ordinal)] + block;

        Assert.Equal(Camat, Assert.Single(Read(text).Document.Forms).TandaTangan);
    }

    [Theory]
    [InlineData("Tim Anqgaran Pemerintah Daerah")] // OCR's slip
    [InlineData("TIM ANGARAN PEMERINTAH DAERAH")]
    public void A_misread_Tim_Anggaran_heading_still_ends_the_signatures(string heading)
    {
        // An OCR'd print, its table rows between bars: the team's NIP must not make its members the form's signatory.
        string team = heading + "\n| No | Nama | NIP | Jabatan | Tanda Tangan |\n"
            + "| 1 | Drs. H. Syamsul Bahri, M.Si 19650421 199003 1 012 Sekretaris Daerah _\n";

        RkaForm form = Assert.Single(Read(Flattened + team).Document.Forms);

        Assert.Equal(Camat, form.TandaTangan);
    }

    [Theory]
    [InlineData("Tim Anggaran Pemerintah Daerah")]
    [InlineData("Tim Anggaran Pemerintah Daerah (TAPD) :")]
    [InlineData("TIM ANGGARAN")]
    public void The_Tim_Anggaran_table_on_a_page_of_its_own_is_reported_with_the_closing_lines(string heading)
    {
        // SIPD-RI's DPA prints the team on the last page, after the signature's page footer: no signature before it.
        string team = "Halaman 4 dari 5\n\n" + PageTitle + heading + "\nNo Nama NIP Jabatan Tanda Tangan\n"
            + "1 Drs. H. Syamsul Bahri, M.Si 19650421 199003 1 012 Sekretaris Daerah\nHalaman 5 dari 5\n";

        RkaReadResult result = Read(Flattened + team);

        Assert.Equal(Camat, Assert.Single(result.Document.Forms).TandaTangan);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA006");
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA003" && d.Message.Contains("not read into the form", StringComparison.Ordinal));
    }

    /// <summary>The form's title again atop the team's page.</summary>
    private const string PageTitle = "RENCANA KERJA DAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH Formulir\nRKA SKPD\nPEMERINTAH KABUPATEN LUMAJANG\n2.2.1\nTahun Anggaran : 2020\n\n";

    [Fact]
    public void A_sentence_that_starts_with_Tim_Anggaran_starts_no_closing_block()
    {
        RkaReadResult result = Read(Flattened + "Halaman 4 dari 5\n\n" + PageTitle + "Tim Anggaran Pemerintah Daerah menetapkan pagu ini\n");

        // The title above it is no page furniture then: it and the sentence are lines of no form, reported as such, and
        // the form has one closing block, the signature's.
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA003" && d.Message.Contains("belong to no form", StringComparison.Ordinal));
        Assert.Single(result.Diagnostics, d => d.Code == "RKA003" && d.Message.Contains("closing block", StringComparison.Ordinal));
    }

    [Fact]
    public void The_blank_block_a_printed_form_leaves_to_sign_ends_the_KAK_and_names_nobody()
    {
        // As the PDF of a printed form gives it back: the dotted place and date, "Kepala SKPD", the dotted name and NIP.
        string text = SeedFormText() + "\n…………………, …………………\nKepala SKPD\n(……………………………………)\nNIP. ……………………………………\n";

        RkaForm form = Assert.Single(Read(text).Document.Forms);

        Assert.Equal(SeedDocument.Document.Forms[0].Kak, form.Kak);
        Assert.Null(form.TandaTangan);
    }

    [Fact]
    public void A_closing_block_without_NIP_names_no_signatory_and_is_reported_as_before()
    {
        string text = Flattened.Replace("NIP. 19650817 199003 1 009\n", string.Empty, StringComparison.Ordinal);

        RkaReadResult result = Read(text);

        Assert.Null(Assert.Single(result.Document.Forms).TandaTangan);
        Assert.Contains("not read into the form", Assert.Single(result.Diagnostics, d => d.Code == "RKA003").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_month_and_year_without_a_day_is_kept_as_written_with_no_date()
    {
        string text = Flattened.Replace("10 Oktober 2019", "Nopember 2019", StringComparison.Ordinal);

        TandaTangan signature = Assert.Single(Read(text).Document.Forms).TandaTangan!;

        Assert.Equal(("Lumajang", "Nopember 2019"), (signature.Tempat, signature.Tanggal));
        Assert.Null(signature.Date);
    }

    [Fact]
    public void The_text_writer_writes_the_signature_and_reads_it_back()
    {
        var document = new RkaDocument { Forms = [SeedDocument.Document.Forms[0] with { TandaTangan = Camat }, SeedDocument.Document.Forms[1]] };

        string text = RkaTextWriter.Write(document);

        Assert.Contains("\nLumajang, 10 Oktober 2019\nKepala Kecamatan Lumajang\nDrs. AGUS PRIYANTO, M.Si\nNIP. 19650817 199003 1 009\n", text, StringComparison.Ordinal);
        Assert.Equal(document, RkaTextReader.Read(text).Document);
    }

    [Theory]
    [InlineData("Pembina Utama Muda")]
    [InlineData("Pembina Tk. I")]
    [InlineData("PEMBINA TINGKAT I")]
    [InlineData("Penata Muda Tingkat I (III/b)")]
    [InlineData("Pembina, IV/a")]
    [InlineData("Pengatur")]
    [InlineData("Juru Muda Tk.I")]
    public void A_civil_service_rank_is_a_pangkat(string line) => Assert.True(SignatureBlockReader.IsPangkat(line));

    [Theory]
    [InlineData("Pembina Pramuka Kwarcab Lumajang")]
    [InlineData("Penata Laksana Barang")]
    [InlineData("Drs. AGUS PRIYANTO, M.Si")]
    [InlineData("Kepala Kecamatan Lumajang")]
    [InlineData("Pembinaan")]
    public void A_name_or_jabatan_is_no_pangkat(string line) => Assert.False(SignatureBlockReader.IsPangkat(line));

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\t\t\t")] // a spreadsheet's column far right
    public void A_rank_between_the_name_and_the_NIP_is_the_pangkat_not_the_name(string lineStart)
    {
        string text = Flattened.Replace("Drs. AGUS PRIYANTO, M.Si\n", "Drs. AGUS PRIYANTO, M.Si\nPembina Utama Muda (IV/c)\n", StringComparison.Ordinal)
            .Replace("\nLumajang, 10 Oktober", lineStart + "Lumajang, 10 Oktober", StringComparison.Ordinal)
            .Replace("\nKepala Kecamatan Lumajang\n", lineStart + "Kepala Kecamatan Lumajang\n", StringComparison.Ordinal)
            .Replace("\nDrs. AGUS", lineStart + "Drs. AGUS", StringComparison.Ordinal)
            .Replace("\nPembina Utama", lineStart + "Pembina Utama", StringComparison.Ordinal)
            .Replace("\nNIP. 1965", lineStart + "NIP. 1965", StringComparison.Ordinal);

        TandaTangan? signature = Assert.Single(RkaTextReader.Read(text).Document.Forms).TandaTangan;

        Assert.Equal(Camat with { Pangkat = "Pembina Utama Muda (IV/c)" }, signature);
    }

    [Fact]
    public void The_writers_print_the_pangkat_under_the_name_and_read_it_back()
    {
        TandaTangan ranked = Camat with { Pangkat = "Pembina Tk. I" };
        var document = new RkaDocument { Forms = [SeedDocument.Document.Forms[0] with { TandaTangan = ranked }] };

        string text = RkaTextWriter.Write(document);
        string markdown = RkaMarkdownWriter.Write(document);
        string html = RkaHtmlWriter.Write(document);
        string json = RkaJson.Serialize(document);

        Assert.Contains("\nDrs. AGUS PRIYANTO, M.Si\nPembina Tk. I\nNIP. 19650817 199003 1 009\n", text, StringComparison.Ordinal);
        Assert.Equal(document, RkaTextReader.Read(text).Document);
        Assert.Contains("Drs. AGUS PRIYANTO, M.Si  \nPembina Tk. I  \nNIP. 19650817 199003 1 009", markdown, StringComparison.Ordinal);
        Assert.Contains("<div class=\"nama\">Drs. AGUS PRIYANTO, M.Si</div>\n<div class=\"pangkat\">Pembina Tk. I</div>\n<div>NIP.", html, StringComparison.Ordinal);
        Assert.Contains("\"pangkat\"", json, StringComparison.Ordinal);
        Assert.Equal(document, RkaJson.Deserialize(json));
        Assert.DoesNotContain("pangkat", RkaJson.Serialize(new RkaDocument { Forms = [SeedDocument.Document.Forms[0] with { TandaTangan = Camat }] }), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_carries_the_signature_and_leaves_it_out_when_the_form_has_none()
    {
        var signed = new RkaDocument { Forms = [SeedDocument.Document.Forms[0] with { TandaTangan = Camat }] };
        var unsigned = new RkaDocument { Forms = [SeedDocument.Document.Forms[0]] };

        string json = RkaJson.Serialize(signed);

        Assert.Contains("\"tandaTangan\"", json, StringComparison.Ordinal);
        Assert.Contains("19650817 199003 1 009", json, StringComparison.Ordinal);
        Assert.Equal(signed, RkaJson.Deserialize(json));
        Assert.DoesNotContain("tandaTangan", RkaJson.Serialize(unsigned), StringComparison.Ordinal);
    }

    [Fact]
    public void The_printed_form_shows_the_signature_or_blank_lines_to_sign()
    {
        string signed = RkaHtmlWriter.Write(new RkaDocument { Forms = [SeedDocument.Document.Forms[0] with { TandaTangan = Camat }] });
        string blank = RkaHtmlWriter.Write(new RkaDocument { Forms = [SeedDocument.Document.Forms[0]] });

        Assert.Contains("<div class=\"ttd block\"><div>Lumajang, 10 Oktober 2019</div>", signed, StringComparison.Ordinal);
        Assert.Contains("<div class=\"jabatan\">Kepala Kecamatan Lumajang</div>", signed, StringComparison.Ordinal);
        Assert.Contains("<div class=\"nama\">Drs. AGUS PRIYANTO, M.Si</div>\n<div>NIP. 19650817 199003 1 009</div>", signed, StringComparison.Ordinal);
        Assert.Contains("<div class=\"jabatan\">Kepala SKPD</div>", blank, StringComparison.Ordinal);
        Assert.Contains("<div>NIP. ………", blank, StringComparison.Ordinal);
        Assert.True(
            blank.IndexOf("class=\"ttd", StringComparison.Ordinal) > blank.LastIndexOf("KERANGKA ACUAN KERJA", StringComparison.Ordinal),
            "the signature closes the form");
        Assert.Equal(1, signed.Split("class=\"ttd").Length - 1);
    }
}
