using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>The scanner on the whole Lumajang 2020 seed (11 forms).</summary>
public class RawFormScannerSeedTests
{
    private static readonly string SeedPath = TestData.SeedPath;

    private static readonly Lazy<RawDocument> Seed = new(() =>
    {
        using StreamReader reader = File.OpenText(SeedPath);
        return RawFormScanner.Scan(reader);
    });

    private static RawDocument Doc => Seed.Value;

    public static TheoryData<int, string, string> Kegiatan => new()
    {
        { 15, "3.05.3.05.09.01.021", "Pelayanan Admistrasi dan Opsional Perkantoran" },
        { 52, "3.05.3.05.09.02.045", "Pembangunan/Pengadaan dan Rehabilitasi Sarana dan Prasarana Aparatur" },
        { 87, "3.05.3.05.09.02.046", "Pemeliharaan Rutin/Berkala Sarana dan Prasarana Aparatur" },
        { 122, "3.05.3.05.09.06.001", "Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD / LAKIP" },
        { 150, "3.05.3.05.09.06.003", "Penyusunan Laporan Keuangan Akhir Tahun" },
        { 185, "3.05.3.05.09.06.007", "Penyusunan Rencana Kerja dan Anggaran (RKA) SKPD" },
        { 219, "3.05.3.05.09.39.003", "Fasilitasi dan Koordinasi Bidang Pemerintahan" },
        { 247, "3.05.3.05.09.39.004", "Fasilitasi dan Koordinasi Ketentraman dan Ketertiban Masyarakat" },
        { 276, "3.05.3.05.09.39.005", "Fasilitasi dan Koordinasi Pemberdayaan Masyarakat" },
        { 312, "3.05.3.05.09.39.006", "Fasilitasi dan Koordinasi Bidang Perekonomian dan Pembangunan" },
        { 347, "3.05.3.05.09.39.007", "Peningkatan Pelayanan Administrasi pada Masyarakat" },
    };

    public static TheoryData<int, string, string, string> Amounts => new()
    {
        { 18, "2019", "479.077.000,00", "EMPAT RATUS TUJUH PULUH SEMBILAN JUTA TUJUH PULUH TUJUH RIBU RUPIAH" },
        { 20, "2020", "551.204.390,00", "LIMA RATUS LIMA PULUH SATU JUTA DUA RATUS EMPAT RIBU TIGA RATUS SEMBILAN PULUH RUPIAH" },
        { 22, "2021", "606.324.829,00", "ENAM RATUS ENAM JUTA TIGA RATUS DUA PULUH EMPAT RIBU DELAPAN RATUS DUA PULUH SEMBILAN RUPIAH" },
        { 54, "2018", "200.590.000,00", "DUA RATUS JUTA LIMA RATUS SEMBILAN PULUH RIBU RUPIAH" },
        { 55, "2019", "149.575.200,00", "SERATUS EMPAT PULUH SERMBILAN JUTA LIMA RATUS TUJUH PULUH LIMA RIBU DUA RATUS RUPIAH" },
        { 56, "2020", "164.532.720,00", "SERATUS ENAM PULUH EMPAT JUTA LIMA RATUS TIGA PULUH DUA RIBU TUJUH RATUS DUA PULUH RUPIAH" },
        { 90, "2019", "97.140.000,00", "SEMBILAN PULUH TUJUH JUTA SERATUS EMPAT PULUH RIBU RUPIAH" },
        { 91, "2020", "73.246.000,00", "TUJUH PULUH TIGA JUTA DUA RATUS EMPAT PULUH ENAM RIBU RUPIAH" },
        { 92, "2021", "80.570.600,00", "DELAPAN PULUH JUTA LIMA RATUS TUJUH PULUH RIBU ENAM RATUS RUPIAH" },
        { 124, "2019", "1.000.000,00", "SATU JUTA RUPIAH" },
        { 125, "2020", "5.300.000,00", "LIMA JUTA TIGA RATUS RIBU RUPIAH" },
        { 126, "2021", "5.830.000,00", "LIMA JUTA DELAPAN RATUS TIGA PULUH RIBU RUPIAH" },
        { 152, "2019", "3.000.000,00", "TIGA JUTA RUPIAH" },
        { 153, "2020", "1.796.000,00", "SATU JUTA TUJUH RATUS SEMBILAN PULUH ENAM RIBU RUPIAH" },
        { 154, "2021", "1.975.600,00", "SATU JUTA SEMBILAN RATUS TUJUH PULUH LIMA RIBU ENAM RATUS RUPIAH" },
        { 187, "2019", "8.816.000,00", "DELAPAN JUTA DELAPAN RATUS ENAM BELAS RIBU RUPIAH" },
        { 188, "2020", "8.376.000,00", "DELAPAN JUTA TIGA RATUS TUJUH PULUH ENAM RIBU RUPIAH" },
        { 189, "2021", "9.213.600,00", "SEMBILAN JUTA DUA RATUS TIGA BELAS RIBU ENAM RATUS RUPIAH" },
        { 221, "2018", "154.050.000,00", "SERATUS LIMA PULUH EMPAT JUTA LIMA PULUH RIBU RUPIAH" },
        { 222, "2019", "148.900.000,00", "SERATUS EMPAT PULUH DELAPAN JUTA SEMBILAN RATUS RIBU RUPIAH" },
        { 223, "2020", "163.790.000,00", "SERATUS ENAM PULUH TIGA JUTA TUJUH RATUS SEMBILAN PULUH RIBU RUPIAH" },
        { 249, "2019", "32 500 000,00", "TIGA PULUH DUA JUTA LIMA RATUS RIBU RUPIAH" },
        { 250, "2020", "22 300 000,00", "DUA PULUH DUA JUTA TIGA RATUS RIBU RUPIAH" },
        { 251, "2021", "24 530 000,00", "DUA PULUH EMPAT JUTA LIMA RATUS TIGA PULUH RIBU RUPIAH" },
        { 278, "2018", "94.325.000,00", "SEMBILAN PULUH EMPAT JUTA TIGA RATUS DUA PULUH LIMA RIBU RUPIAH" },
        { 279, "2019", "120.877.500,00", "SERATUS DUA PULUH JUTA DELAPAN RATUS TUJUH PULUH TUJUH RIBU LIMA RATUS RUPIAH" },
        { 280, "2020", "132.965.250,00", "SERATUS TIGA PULUH DUA JUTA SEMBILAN RATUS ENAM PULUH LIMA RIBU DUA RATUS LIMA PULUH RUPIAH" },
        { 314, "2019", "11.682.000,00", "SEBELAS JUTA ENAM RATUS DELAPAN PULUH DUA RIBU RUPIAH" },
        { 315, "2020", "8.847.000,00", "DELAPAN JUTA DELAPAN RATUS EMPAT PULUH TUJUH RIBU RUPIAH" },
        { 316, "2021", "9.731.700,00", "SEMBILAN JUTA TUJUH RATUS TIGA PULUH SATURIBU TUJUH RATUS RUPIAH" },
        { 349, "2019", "48.636.000,00", "EMPAT PULUH DELAPAN JUTA ENAM RATUS TIGA PULUH ENAM RIBU RUPIAH" },
        { 350, "2020", "79.605.750,00", "TUJUH PULUH SEMBILAN JUTA ENAM RATUS LIMA RIBU TUJUH RATUS LIMA RATUS" },
        { 351, "2021", "87.566.325,00", "DELAPAN PULUH TUJUH JUTA LIMA RATUS ENAM PULUH ENAM RIBU TIGA RATUS DUA PULUH LIMA RUPIAH" },
    };

    public static TheoryData<int, string, string, string> Indicators => new()
    {
        { 27, "Capaian Program", "Prosentase Pemenuhan Pelayanan Administrasi dan Operasional Perkantoran", "78%" },
        { 28, "Masukan", "Tersedianya dana", "Rp. 551.204.390,00" },
        { 29, "Keluaran", "Jumlah Pelayanan Administrasi perkantoran", "30 Jenis" },
        { 30, "Hasil", "Nilai Indeks Kepuasan Masyarakat (IKM)", "86,32" },
        { 59, "Capaian Program", "Prosentase pemenuhan sarana dan prasarana aparatur", "78%" },
        { 60, "Masukan", "Tersedianya dana", "Rp. 149.575.200,00" },
        { 61, "Keluaran", "Jumlah sarana dan prasarana aparatur yang tersedia", "6 Jenis" },
        { 62, "Hasil", "Nilai Indeks Kepuasan Masyarakat (IKM)", "86,32" },
        { 97, "Capaian Program", "Prosentase Pemenuhan sarana dan prasarana aparatur", "75 %" },
        { 98, "Masukan", "Tersedianya Dana", "Rp. 73.246.000,-" },
        { 99, "Keluaran", "Jumlah sarana dan prasarana aparatur yang terpelihara", "6 Jenis" },
        { 100, "Hasil", "Nilai Indeks Kepuasan Masyarakat (IKM)", "86,32" },
        { 129, "Capaian Program", "Prosentase pemenuhan pelaporan capaian kinerja dan keuangan", "78%" },
        { 130, "Masukan", "Tersediannya Dana", "Rp. 5.300.000,00" },
        { 131, "Keluaran", "Jumlah dokumen LAKIP", "32 eksemplar" },
        { 132, "Hasil", "Nilai Indeks Kepuasan Masyarakat (IKM),", "86,32" },
        { 157, "Capaian Program", "Prosentase pemenuhan pelaporan capaian kinerja dan keuangan", "78%" },
        { 158, "Masukan", "Tersedianya Dana", "Rp. 1.796.000,00" },
        { 159, "Keluaran", "Jumlah Dokumen Keuangan Akhir Tahun", "10 Jenis laporan" },
        { 160, "Hasil", "Nilai Indeks Kepuasan Masyarakat (IKM),", "86,32" },
        { 194, "Capaian Program", "Prosentase pemenuhan pelaporan capaian kinerja dan keuangan", "75 %" },
        { 195, "Masukan", "Tersediannya Dana", "Rp. 8.376.000,00" },
        { 196, "Keluaran", "Jumlah dokumen rencana kerja dan anggaran (RKA SKPD)", "40 exemplar" },
        { 197, "Hasil", "Nilai Indeks Kepuasan Masyarakat (IKM),", "86,32" },
        { 226, "Capaian Program", "Prosentase Desa yang menyusun dokumen administrasi pemerintahan desa tepat waktu", "79%" },
        { 227, "Masukan", "Tersediannya Dana", "Rp. 148.900.000,00" },
        { 228, "Keluaran", "Prosentase Desa yang menyusun dokumen administrasi desa sesuai ketentuan", "85%" },
        { 229, "Hasil", "Jumlah desa yang menyusun dokumen administrasi desa", "5 Desa" },
        { 254, "Capaian Program", "Prosentase Desa Yang Menyusun Dokumen Administrasi Desa sesuai ketentuan", "79%" },
        { 255, "Masukan", "Tersediannya Dana", "Rp. 22.300.000,00" },
        { 256, "Keluaran", "Jumlah Desa dan Kelurahan yang Dibina oleh Trantib", "5 Desa dan 7 Kelurahan" },
        { 257, "Hasil", "Prosentase hasil fasilitasi dan koordinasi yang d tindak lanjuti", "80%" },
        { 283, "Capaian Program", "Prosentase desa yang menyusun dokumen administrasi desa sesuai ketentuan", "79%" },
        { 284, "Masukan", "Tersediannya Dana", "Rp. 120.877.500,00" },
        { 285, "Keluaran", "Prosentase kelembagaan pemberdayaan masyarakat yang di fasilitasi", "20%" },
        { 286, "Hasil", "Jumlah masyarakat dibina tentang pemberdayaan", "80%" },
        { 321, "Capaian Program", "Prosentase desa yang menyusun dokumen administrasi sesuai ketentuan", "80 %" },
        { 322, "Masukan", "Tersediannya Dana", "Rp. 8.847.000,00" },
        { 323, "Keluaran", "Prosentase keterpenuhan unsur lintas sektor dalam musrenbang", "80%" },
        { 324, "Hasil", "Prosentase hasil fasilitasi dan koordinasi yang d tindak lanjuti", "80%" },
        { 356, "Capaian Program", "Prosentase pengaduan masyarakat terhadap pelayanan", "80%" },
        { 357, "Masukan", "Tersediannya Dana", "Rp. 79.605.750,00" },
        { 358, "Keluaran", "Prosentase Pelayanan yang diproses tepat waktu", "80%" },
        { 359, "Hasil", "Nilai Indeks Kepuasan Masyarakat", "86%" },
    };

    public static TheoryData<int, string> KelompokSasaran => new()
    {
        { 32, "Administrasi Perkantoran Kecamatan Lumajang" },
        { 63, "Kantor Kecamatan Lumajang" },
        { 102, "Sarana dan Prasarana Kantor Kecamatan Lumajang" },
        { 133, "Laporan Capaian Kinerja SKPD" },
        { 161, "Administrasi pengelolaan keuangan SKPD" },
        { 199, "Penyusun dokumen RKA Kecamatan Lumajang" },
        { 230, "5 Desa" },
        { 258, "Anggota Linmas Kecamatan Lumajang" },
        { 287, "Lembaga Masyarakat yang ada di wilayah kecamatan Lumajang" },
        { 326, "Masyarakat Kecamatan Lumajang" },
        { 361, "TIM SIAK Kecamatan Lumajang" },
    };

    [Fact]
    public void Finds_eleven_forms_of_the_same_header()
    {
        Assert.Equal(373, Doc.LineCount);
        Assert.Equal(11, Doc.Forms.Count);
        Assert.All(Doc.Forms, form =>
        {
            Assert.Equal("2.2.1", form.FormNumber?.Text);
            Assert.Equal("2020", form.TahunAnggaran?.Text);
            Assert.Equal("PEMERINTAH KABUPATEN LUMAJANG", form.PemerintahDaerah?.Text);
            Assert.False(form.IsRevised);
            Assert.Equal("3.05", form.Urusan?.Code);
            Assert.Equal("PEMERINTAHAN UMUM", form.Urusan?.Name);
            Assert.Equal("3.05.09", form.Organisasi?.Code);
            Assert.Equal("KECAMATAN LUMAJANG", form.Organisasi?.Name);
            Assert.Empty(form.UnrecognisedLines);
            Assert.NotEmpty(form.TitleLines);
        });
        Assert.Equal([3, 47, 75, 117, 145, 173, 214, 242, 271, 300, 341], Doc.Forms.Select(f => f.StartLine));
    }

    [Theory]
    [MemberData(nameof(Kegiatan))]
    public void Reads_each_kegiatan_code_and_name(int line, string code, string name)
    {
        RawField kegiatan = Doc.Forms.Select(f => f.Kegiatan!).Single(k => k.Line == line);
        Assert.Equal("Kegiatan", kegiatan.Label);
        Assert.Equal(code, kegiatan.Code);
        Assert.Equal(name, kegiatan.Name);
    }

    [Fact]
    public void Repairs_the_spilled_header_of_06_007()
    {
        RawForm form = Doc.Forms[5];
        Assert.Equal("3.05.3.05.09.06", form.Program?.Code);
        Assert.Equal("PROGRAM PENINGKATAN PENGEMBANGAN SISTEM PELAPORAN CAPAIAN KINERJA DAN KEUANGAN", form.Program?.Name);
        Assert.Equal("Penyusunan Rencana Kerja dan Anggaran (RKA) SKPD", form.Kegiatan?.Name);
        Assert.Equal("Kecamatan Lumajang", form.Lokasi?.Name);
        Assert.Equal(186, form.Lokasi?.Line);
    }

    [Fact]
    public void Keeps_the_other_programs_and_lokasi_as_written()
    {
        Assert.Equal("Kantor Kecamatan Lumajang", Doc.Forms[1].Lokasi?.Name);
        Assert.Equal("PROGRAM PENYELENGGARAAN PEMERINTAHAN KECAMATAN", Doc.Forms[6].Program?.Name);
        Assert.Equal("FASILITASI PENYELENGGARAAN PEMERINTAHAN KECAMATAN", Doc.Forms[8].Program?.Name);
    }

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Reads_each_amount_row(int line, string year, string amount, string terbilang)
    {
        RawAmount row = Doc.Forms.SelectMany(f => f.Amounts).Single(a => a.Line == line);
        Assert.Equal("Jumlah Tahun", row.Label);
        Assert.Equal(year, row.YearText);
        Assert.Equal(amount, row.AmountText);
        Assert.Equal(terbilang, row.Terbilang);
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void Reads_each_indicator_row(int line, string kind, string tolakUkur, string target)
    {
        RawIndicator row = Doc.Forms.SelectMany(f => f.Indicators).Single(i => i.Line == line);
        Assert.Equal(kind, row.Kind);
        Assert.Equal(tolakUkur, row.TolokUkur);
        Assert.Equal(target, row.Target);
    }

    [Theory]
    [MemberData(nameof(KelompokSasaran))]
    public void Reads_each_kelompok_sasaran(int line, string text)
    {
        RawField field = Doc.Forms.Select(f => f.KelompokSasaran!).Single(k => k.Line == line);
        Assert.Equal(text, field.Name);
        Assert.Null(field.Code);
    }

    [Fact]
    public void Every_form_has_three_amounts_four_indicators_and_eight_kak_sections_in_order()
    {
        KakSectionKind?[] canonical = Enum.GetValues<KakSectionKind>().Select(k => (KakSectionKind?)k).ToArray();
        Assert.All(Doc.Forms, form =>
        {
            Assert.Equal(3, form.Amounts.Count);
            Assert.Equal(["Capaian Program", "Masukan", "Keluaran", "Hasil"], form.Indicators.Select(i => i.Kind));
            Assert.Equal(canonical, form.KakSections.Select(s => s.Kind));
            Assert.All(form.KakSections, s => Assert.False(string.IsNullOrWhiteSpace(s.Text)));
            Assert.All(form.KakSections, s => Assert.Equal(s.Text.Trim(), s.Text));
        });
    }

    [Fact]
    public void Notes_exactly_the_assigned_alur_and_the_repaired_header()
    {
        // The misspelled heading "Layat Belakang" (line 38) is kept as written; RKA402 is the rule's (SeedDiagnosticsTests).
        Assert.Equal(
            [(170, "RKA404"), (184, "RKA405")],
            Doc.Notes.Select(n => (n.Line, n.Code)));
        Assert.Contains("Alur", Doc.Notes[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_misspelled_heading_as_written()
    {
        RawKakSection latar = Doc.Forms[0].KakSections[0];
        Assert.Equal("Layat Belakang", latar.Heading);
        Assert.Equal(KakSectionKind.LatarBelakang, latar.Kind);
        Assert.StartsWith("Berdasarkan Perbup No. 58 tahun 2016", latar.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_unindented_last_row_of_01_021()
    {
        RawKakSection manfaat = Doc.Forms[0].KakSections[7];
        Assert.Equal(45, manfaat.Line);
        Assert.Equal("Kantor dapat melaksanakan kegiatan Pelayanan Administrasi dengan baik", manfaat.Text);
    }

    [Fact]
    public void Assigns_the_headless_row_of_06_003_to_alur()
    {
        RawKakSection alur = Doc.Forms[4].KakSections[6];
        Assert.Null(alur.Heading);
        Assert.Equal(KakSectionKind.Alur, alur.Kind);
        Assert.Equal(170, alur.Line);
        Assert.Equal("Pelaksanaan penyusunan pelaporan Keuangan Akhir Tahun", alur.Text);
        Assert.EndsWith("bulan Januari 2020 - Waktu", Doc.Forms[4].KakSections[5].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Splits_headings_written_without_colon()
    {
        RawForm form = Doc.Forms[5];
        Assert.Equal("Alur", form.KakSections[6].Heading);
        Assert.Equal("Pelaksanaan penyusunan pelaporan RKA SKPD", form.KakSections[6].Text);
        Assert.Equal("Manfaat", form.KakSections[7].Heading);
        Assert.Equal("Tersusunnya RKA SKPD dengan tepat dan baik", form.KakSections[7].Text);
        RawKakSection dasar = Doc.Forms[3].KakSections[1];
        Assert.Equal("Dasar Hukum", dasar.Heading);
        Assert.StartsWith("- Renstra Kecamatan Lumajang th. 2019 - 2024;", dasar.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Splits_sections_written_in_one_cell_of_39_007()
    {
        RawForm form = Doc.Forms[10];
        RawKakSection latar = form.KakSections[0];
        RawKakSection dasar = form.KakSections[1];
        RawKakSection maksud = form.KakSections[2];
        Assert.All([latar, dasar, maksud], s => Assert.Equal(367, s.Line));
        Assert.StartsWith("Berdasarkan Intruksi Bupati No. 1 Tahun 2019", latar.Text, StringComparison.Ordinal);
        Assert.EndsWith("sampai dengan batas kewenangan kecamatan", latar.Text, StringComparison.Ordinal);
        Assert.StartsWith("<ul style=\"list-style-type: none\"> - Intruksi Presiden Nomor 9", dasar.Text, StringComparison.Ordinal);
        Assert.EndsWith("- Renja Kecamatan tahun 2020", dasar.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Maksud", dasar.Text, StringComparison.Ordinal);
        Assert.StartsWith("Maksud : Untuk menunjang kegiatan", maksud.Text, StringComparison.Ordinal);
        Assert.EndsWith("dengan baik dan Tepat Waktu", maksud.Text, StringComparison.Ordinal);
        Assert.Equal("Maksud dan Tujuan", maksud.Heading);
        Assert.Equal(369, form.KakSections[3].Line);
        Assert.Equal("Bentuk - Belanja Barang dan Jasa", form.KakSections[3].Text);
        Assert.StartsWith("Alur Pelaksanaan Pembayaran", form.KakSections[6].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_rows_that_continue_after_a_blank_line_without_tab()
    {
        RawForm form = Doc.Forms[7];
        Assert.Equal(265, form.KakSections[3].Line);
        Assert.Equal("- Belanja Barang dan Jasa", form.KakSections[3].Text);
        Assert.StartsWith("<p>Maksud : ", form.KakSections[2].Text, StringComparison.Ordinal);
        Assert.EndsWith("terkait dengan Pengamanan</p>", form.KakSections[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("<ol style=", Doc.Forms[8].KakSections[7].Text, StringComparison.Ordinal);
        Assert.Contains("\u2192 Monev", Doc.Forms[9].KakSections[6].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_no_word_of_the_seed()
    {
        HashSet<string> read = RawTestText.WordsOf(Doc);
        string[] missing = RawTestText.Words(File.ReadAllText(SeedPath)).Where(w => !read.Contains(w)).Distinct().ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void Reads_the_same_records_from_crlf_text()
    {
        string crlf = File.ReadAllText(SeedPath).Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(Doc, RawFormScanner.Scan(crlf));
    }

    [Fact]
    public void Reads_the_seed_repeated_many_times_with_the_same_notes_per_copy()
    {
        string seed = File.ReadAllText(SeedPath);
        RawDocument doc = RawFormScanner.Scan(string.Join("\n", Enumerable.Repeat(seed, 200)));
        Assert.Equal(2200, doc.Forms.Count);
        Assert.Equal(200, doc.Notes.Count(n => n.Code == "RKA405"));
        Assert.Equal(400, doc.Notes.Count); // RKA404 and RKA405 per copy; the misspelled heading is the rule RKA402's
    }

    [Fact]
    public void Taking_a_form_lets_the_scanned_document_go_of_it()
    {
        // The reader maps each raw form once; taking it clears the scanner's slot, so the form is garbage as soon as it
        // is mapped rather than when the whole document is.
        using StreamReader reader = File.OpenText(SeedPath);
        RawDocument raw = RawFormScanner.Scan(reader);
        RawForm second = raw.Forms[1];

        Assert.Same(second, raw.TakeForm(1));
        Assert.Null(raw.Forms[1]);
        Assert.NotNull(raw.Forms[0]);
        Assert.Equal(Doc.Forms[1], second);
    }
}
