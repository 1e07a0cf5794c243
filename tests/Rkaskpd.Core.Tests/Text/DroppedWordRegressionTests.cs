using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>Cases the <c>Drops_no_word_of_any_form</c> property found when run unpinned, shrunk to a few lines: in each
/// the reader keeps every word (the property's own bookkeeping missed it), and the property now sees that.</summary>
public class DroppedWordRegressionTests
{
    private static HashSet<string> Read(RawDocument doc)
    {
        HashSet<string> read = RawTestText.WordsOf(doc);
        read.UnionWith(doc.Notes.SelectMany(n => RawTestText.Words(n.Message)));
        return read;
    }

    [Fact]
    public void A_tag_start_glued_to_the_KAK_title_by_emphasis_is_kept_and_reported_as_one_word()
    {
        // Ops [161526221,144398760,1256766140,2122406727]: the fragment "<p" before "**KERANGKA ACUAN KERJA (KAK)". The
        // reader removes the emphasis as a reader of the rendered text does, so "p" and "KERANGKA" are one word.
        const string Glued = "<p**KERANGKA ACUAN KERJA (KAK)";
        RawDocument doc = RawFormScanner.Scan("Urusan Pemerintahan\t: 3.05\tPEMERINTAHAN UMUM\n" + Glued + "\n");

        RawNote note = Assert.Single(doc.Notes, n => n.Code == TextReaderMessages.LineAppended);
        Assert.Contains("'<pKERANGKA ACUAN KERJA (KAK)'", note.Message, System.StringComparison.Ordinal);
        Assert.Empty(RawTestText.Unread(Glued, Read(doc)));
    }

    [Fact]
    public void Text_lines_under_a_rincian_title_are_kept_as_rincian_lines()
    {
        // Ops [2058442944,656798316,506432955]: a form title glued to the KAK title reads as the rincian's title, so the
        // KAK lines after it are read as the table's text-only lines (as a group heading is), not dropped.
        string[] lines =
        [
            "Urusan Pemerintahan\t: 3.05\tPEMERINTAHAN UMUM",
            "Kelompok Sasaran Kegiatan: Laporan",
            "RENCANA KERJA DAN ANGGARAN BELANJA",
            "Keterangan\tUraian\t",
            "| Masukan |",
            "\tDasar Hukum\t- Renstra Kecamatan Lumajang th. 2019 - 2024; perjanjian kinerja",
        ];
        RawDocument doc = RawFormScanner.Scan(string.Join('\n', lines));

        RawForm form = Assert.Single(doc.Forms);
        Assert.Equal(
            ["Masukan", "Dasar Hukum - Renstra Kecamatan Lumajang th. 2019 - 2024; perjanjian kinerja"],
            form.Rincian.Select(r => r.Uraian));
        HashSet<string> read = Read(doc);
        Assert.All(lines, line => Assert.Empty(RawTestText.Unread(line, read)));
    }

    [Fact]
    public void A_KAK_title_line_naming_the_program_by_words_taken_from_other_fields_is_kept()
    {
        // Ops [373997,0,704481937,2100646831,1309052730] (found by CI): under the KAK's title, a program line whose code
        // is the form's but whose name ("FASILITASI ...") is the program's words with one word of the kegiatan's name.
        // Each word was somewhere in the header, so the line was taken for the KAK's title block and skipped; it names
        // another program, so it is KAK text (its "FASILITASI" was the word that vanished).
        const string Line = "Program\t: 3.05.3.05.09.39\tFASILITASI PENYELENGGARAAN PEMERINTAHAN KECAMATAN";
        string[] lines =
        [
            "Urusan Pemerintahan\t: 3.05\tPEMERINTAHAN UMUM",
            "Program\t: 3.05.3.05.09.39\tPROGRAM PENYELENGGARAAN PEMERINTAHAN KECAMATAN",
            "Kegiatan\t: 3.05.3.05.09.39.003\tFasilitasi dan Koordinasi Bidang Pemerintahan",
            "KERANGKA ACUAN KERJA (KAK) PERKIRAAN REKENING BELANJA\t\t",
            "Keterangan\tUraian\t",
            Line,
            "\tBentuk Kegiatan :\t- Belanja Barang dan Jasa",
        ];
        RawDocument doc = RawFormScanner.Scan(string.Join('\n', lines));

        Assert.Empty(RawTestText.Unread(Line, Read(doc)));
        Assert.Contains(Assert.Single(doc.Forms).KakSections, s => s.Line == 6 && s.Text.Contains("FASILITASI", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Program\t: 3.05.3.05.09.39\tFASILITASI DAN KOORDINASI PEMERINTAHAN KECAMATAN")]
    [InlineData("Program\t: 3.05.3.05.09.39\tPELAYANAN ADMINISTRASI PEMERINTAHAN UMUM")]
    public void A_KAK_title_line_of_pieces_of_several_fields_is_kept(string line)
    {
        // Found by review: runs of two words each, but from the kegiatan's name, the lokasi or the urusan's name beside
        // the program's code and name, name another program: KAK text, not the title block.
        string[] lines =
        [
            "Urusan Pemerintahan\t: 3.05\tPEMERINTAHAN UMUM",
            "Program\t: 3.05.3.05.09.39\tPROGRAM PENYELENGGARAAN PEMERINTAHAN KECAMATAN",
            "Kegiatan\t: 3.05.3.05.09.39.003\tFasilitasi dan Koordinasi Bidang Pemerintahan",
            "Lokasi Kegiatan\t: Pelayanan Administrasi",
            "KERANGKA ACUAN KERJA (KAK)",
            line,
            "\tBentuk Kegiatan :\t- Belanja Barang dan Jasa",
        ];
        RawDocument doc = RawFormScanner.Scan(string.Join('\n', lines));

        Assert.Empty(RawTestText.Unread(line, Read(doc)));
    }

    [Fact]
    public void KAK_title_lines_that_repeat_the_header_are_its_title_block()
    {
        // The counterpart: lines that repeat the form's fields in pieces as the fields have them (label words, a whole
        // code, runs of a name's words, the region and the year) are the KAK's title block, not a section.
        string[] lines =
        [
            "PEMERINTAH KOTA BATU",
            "TAHUN ANGGARAN 2020",
            "Urusan Pemerintahan\t: 1.03\tPEKERJAAN UMUM",
            "Organisasi\t: 1.03.01\tDINAS PEKERJAAN UMUM DAN PENATAAN RUANG",
            "Kegiatan\t: 1.03.1.03.01.15.008\tPemeliharaan Rutin Jalan",
            "KERANGKA ACUAN KERJA (KAK)",
            "KEGIATAN : PEMELIHARAAN RUTIN JALAN",
            "DINAS PEKERJAAN UMUM KOTA BATU",
            "TAHUN ANGGARAN 2020",
            "Latar Belakang : Jalan kabupaten perlu dipelihara.",
        ];
        RawDocument doc = RawFormScanner.Scan(string.Join('\n', lines));

        RawKakSection section = Assert.Single(Assert.Single(doc.Forms).KakSections);
        Assert.Equal(10, section.Line);
    }

    [Fact]
    public void A_long_row_under_a_kind_the_model_does_not_hold_is_quoted_in_full()
    {
        // Ops [111078653,57323537,457865,1319548730,1226873314]: a KAK "Manfaat : ..." line swapped into the indicator
        // table reads as a Manfaat indicator row, and the KAK line after it, with an empty first cell, as another row of
        // that kind. Both are left out with RKA016, the only record of their text: the note quoted the target shortened
        // to 80 characters, so its last words vanished.
        string target = "<p>Maksud : Untuk menunjang kegiatan yang terkait dengan Pengendalian keamanan lingkungan memerlukan"
            + " peran aktif yang baik dari personil Linmas</p> <p>Tujuan : Tercapainya peningkatan dan kepedulian Linmas</p>";
        string[] lines =
        [
            "Urusan Pemerintahan\t: 3.05\tPEMERINTAHAN UMUM",
            "Indikator\tTolak Ukur Kinerja\tTarget Kinerja",
            "Capaian Program\tProsentase desa yang menyusun dokumen administrasi desa sesuai ketentuan\t79%",
            "Manfaat : Kantor dapat melaksanakan kegiatan Pelayanan Administrasi dengan baik\t",
            "\tMaksud dan Tujuan :\t" + target,
        ];
        RawDocument doc = RawFormScanner.Scan(string.Join('\n', lines));

        RawNote note = Assert.Single(doc.Notes, n => n.Code == TextReaderMessages.NotHeld && n.Line == 5);
        Assert.Contains("'" + target + "'", note.Message, System.StringComparison.Ordinal);
        HashSet<string> read = Read(doc);
        Assert.All(lines, line => Assert.Empty(RawTestText.Unread(line, read)));
    }
}
