using System.Collections.Generic;
using System.Linq;
using Rkaskpd.Text.Layout;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>The layout stage on small inputs, one family at a time.</summary>
public class LayoutNormaliserTests
{
    [Fact]
    public void Tab_and_label_value_lines_pass_through_as_the_same_strings()
    {
        string tab = "Masukan\tTersedianya dana\tRp. 1.000,00";
        string pair = "Urusan Pemerintahan : 3.05 PEMERINTAHAN UMUM";
        string flat = "Capaian Program Persentase desa yang dibina 100 %";
        List<LogicalRow> rows = LayoutRows.Of(pair, tab, string.Empty, flat, "Hasil Nilai IKM 86,32");

        Assert.Equal([1, 2, 3, 4, 5], rows.Select(r => r.Line));
        Assert.Same(pair, rows[0].Text);
        Assert.Same(tab, rows[1].Text);
        Assert.Same(flat, rows[3].Text);
    }

    [Fact]
    public void One_cell_per_line_joins_label_colon_and_value_lines_across_blank_lines()
    {
        List<LogicalRow> rows = LayoutRows.Of(
            "KEGIATAN", string.Empty, ":", "1.02 . 1.02.01 . 20 . 03", "Penanggulangan Kurang Energi Protein (KEP), Kurang",
            "Vitamin A", "LOKASI KEGIATAN", ": Dinas Kesehatan");

        Assert.Equal(
            [(1, "KEGIATAN : 1.02 . 1.02.01 . 20 . 03 Penanggulangan Kurang Energi Protein (KEP), Kurang Vitamin A"), (7, "LOKASI KEGIATAN : Dinas Kesehatan")],
            rows.Select(r => (r.Line, r.Text)));
    }

    [Fact]
    public void One_cell_per_line_amount_takes_rp_and_the_amount_on_the_next_line()
    {
        Assert.Equal(
            ["Jumlah Tahun 2020 : Rp. 250.000.000,00 ( Dua ratus lima puluh juta rupiah )", "Indikator & Tolok Ukur Kinerja"],
            LayoutRows.Texts("Jumlah Tahun 2020", ": Rp.", "250.000.000,00 ( Dua ratus lima puluh juta rupiah )", "Indikator & Tolok Ukur Kinerja"));
    }

    /// <summary>Plain pdftotext of a report whose fields stand apart (Crystal Reports): a blank line between every
    /// part, the code field's name after its code, the amount after <c>: Rp.</c> and its terbilang after the amount.</summary>
    [Fact]
    public void One_cell_per_line_takes_a_code_fields_name_and_an_amounts_parts_across_blank_lines()
    {
        Assert.Equal(
            [
                "Program : 1.07 . 1.07.01 . 15 Program Pembangunan Prasarana",
                "Lokasi Kegiatan : Kecamatan Waru Timur",
                "Jumlah Tahun n : Rp. 207.802.500,00 (Dua ratus tujuh juta delapan ratus dua ribu lima ratus rupiah)",
                "Keterangan",
            ],
            LayoutRows.Texts(
                "Program", string.Empty, ": 1.07 . 1.07.01 . 15", string.Empty, "Program Pembangunan Prasarana", string.Empty,
                "Lokasi Kegiatan", string.Empty, ": Kecamatan Waru Timur", string.Empty,
                "Jumlah Tahun n", string.Empty, ": Rp.", string.Empty, "207.802.500,00", string.Empty,
                "(Dua ratus tujuh juta delapan ratus dua ribu lima ratus", "rupiah)", string.Empty, "Keterangan").Where(t => t.Length > 0));
    }

    [Fact]
    public void One_cell_per_line_unknown_labels_end_the_value_before_them()
    {
        Assert.Equal(
            ["NO DPA SKPD : 1.02 01 20 03 5 2", "NIP : 19610512 198203 1 009"],
            LayoutRows.Texts("NO DPA SKPD", ":", "1.02", "01", "20", "03", "5", "2", "NIP", ":", "19610512 198203 1 009"));
    }

    [Fact]
    public void One_cell_per_line_kak_heading_keeps_the_line_breaks_of_its_text()
    {
        Assert.Equal(
            ["Dasar Hukum : - UU No. 23 Tahun 2014", "\t- Perbup No. 86 Tahun 2016", "Alur : Persiapan"],
            LayoutRows.Texts("Dasar Hukum", ":", "- UU No. 23 Tahun 2014", "- Perbup No. 86 Tahun 2016", "Alur", ": Persiapan"));
    }

    [Fact]
    public void One_cell_per_line_indicator_table_becomes_tab_rows()
    {
        Assert.Equal(
            [
                "INDIKATOR\tTOLAK UKUR KINERJA\tTARGET KINERJA",
                "MASUKAN\tJumlah Dana\tRp. 41.542.500",
                "KELUARAN\tTerlaksananya Kegiatan Penanggulangan KEP dan Kekurangan zat gizi\t17 Puskesmas",
                "Kelompok Sasaran Kegiatan : Balita",
            ],
            LayoutRows.Texts(
                "INDIKATOR", "TOLAK UKUR KINERJA", "TARGET KINERJA", "MASUKAN", "Jumlah Dana", "Rp. 41.542.500", "KELUARAN",
                "Terlaksananya Kegiatan Penanggulangan KEP", "dan Kekurangan zat gizi", "17 Puskesmas", "Kelompok Sasaran Kegiatan",
                ":", "Balita"));
    }

    [Fact]
    public void A_masukan_amount_written_after_a_later_row_is_the_masukan_target()
    {
        // Plain pdftotext wrote the Masukan row's amount after the Hasil row's own target.
        Assert.Equal(
            [
                "Indikator\tTolok Ukur Kinerja\tTarget Kinerja",
                "Masukan\tJumlah Dana\tRp 117.687.000,00",
                "Keluaran\tJumlah kelurahan yang dilakukan fogging\t15 Kelurahan",
                "Hasil\tMenurunnya kasus Demam Berdarah Dengue\t20 %",
                "Kelompok Sasaran Kegiatan : Masyarakat",
            ],
            LayoutRows.Texts(
                "Indikator", string.Empty, "Tolok Ukur Kinerja", string.Empty, "Target Kinerja", string.Empty, "Masukan",
                string.Empty, "Jumlah Dana", string.Empty, "Keluaran", string.Empty, "Jumlah kelurahan yang dilakukan fogging",
                string.Empty, "15 Kelurahan", string.Empty, "Hasil", string.Empty, "Menurunnya kasus Demam Berdarah Dengue",
                string.Empty, "20 %", string.Empty, "Rp 117.687.000,00", string.Empty,
                "Kelompok Sasaran Kegiatan : Masyarakat").Where(t => t.Length > 0));
    }

    [Fact]
    public void One_cell_per_line_indicator_rows_under_one_kind_cell_end_each_at_its_target()
    {
        // A kind cell spanning two rows (rowspan): tolok ukur, target, the next tolok ukur, its target. A wrapped
        // tolok ukur's line that starts with a number but says more is no target.
        Assert.Equal(
            [
                "INDIKATOR\tTOLAK UKUR KINERJA\tTARGET KINERJA",
                "Keluaran\tJumlah tong sampah pilah dan gerobak sampah yang tersedia di kawasan permukiman\t55 unit",
                "\tJumlah peserta sosialisasi pemilahan sampah rumah tangga\t180 orang",
                "Hasil\tJumlah bak sampah 120 liter yang terpasang di Kawasan Permukiman Baru\t20 %",
                "Kelompok Sasaran Kegiatan : Masyarakat",
            ],
            LayoutRows.Texts(
                "INDIKATOR", "TOLAK UKUR KINERJA", "TARGET KINERJA",
                "Keluaran", "Jumlah tong sampah pilah dan gerobak sampah yang tersedia di kawasan", "permukiman", "55 unit",
                "Jumlah peserta sosialisasi pemilahan sampah rumah tangga", "180 orang",
                "Hasil", "Jumlah bak sampah", "120 liter yang terpasang di", "Kawasan Permukiman Baru", "20 %",
                "Kelompok Sasaran Kegiatan", ":", "Masyarakat"));
    }

    [Fact]
    public void The_keluaran_sub_kegiatans_target_after_a_blank_line_ends_its_value()
    {
        // SIPD prints Keluaran Sub Kegiatan as a tolok ukur and its target, two cells; plain pdftotext sets them apart
        // by a blank line. Only a target alone goes on the value; other text after a blank line does not.
        Assert.Equal(
            [
                "Keluaran Sub Kegiatan : Jumlah SDM Koperasi yang Mengikuti Pelatihan 60 Orang",
                "Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Keluaran Sub Kegiatan", "", ":", "", "Jumlah SDM Koperasi yang Mengikuti Pelatihan", "", "60 Orang", "",
                "Rincian Anggaran Belanja Kegiatan Satuan Kerja Perangkat Daerah")));
        Assert.Equal(
            [
                "Keluaran Sub Kegiatan : Jumlah SDM Koperasi yang Mengikuti Pelatihan",
                "Koperasi aktif se-kabupaten",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Keluaran Sub Kegiatan", "", ":", "", "Jumlah SDM Koperasi yang Mengikuti Pelatihan", "",
                "Koperasi aktif se-kabupaten")));
    }

    [Fact]
    public void A_kind_cell_written_after_its_row_is_that_rows_kind()
    {
        // Plain pdftotext may write a kind cell after the cells beside it (they share a baseline): a kind alone that
        // heads no row (the table ends after it) is the kind of the last row, not a third row under the kind above.
        Assert.Equal(
            [
                "Indikator\tTolok Ukur Kinerja\tTarget Kinerja",
                "Keluaran\tJumlah gerobak sampah yang tersedia\t15 unit",
                "\tJumlah peserta sosialisasi\t180 orang",
                "Hasil\tMeningkatnya sampah yang terpilah\t20 %",
                "Kelompok Sasaran Kegiatan : Masyarakat",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Indikator", "", "Tolok Ukur Kinerja", "", "Target Kinerja", "",
                "Keluaran", "", "Jumlah gerobak sampah yang tersedia", "", "15 unit", "",
                "Jumlah peserta sosialisasi", "", "180 orang", "",
                "Meningkatnya sampah yang terpilah", "", "20 %", "",
                "Hasil", "",
                "Kelompok Sasaran Kegiatan", "", ": Masyarakat")));
    }

    [Fact]
    public void A_kind_alone_before_its_row_still_heads_it()
    {
        // The kind in its place: the trailing kind rule leaves it alone.
        Assert.Equal(
            [
                "Indikator\tTolok Ukur Kinerja\tTarget Kinerja",
                "Keluaran\tJumlah gerobak sampah yang tersedia\t15 unit",
                "\tJumlah peserta sosialisasi\t180 orang",
                "Hasil\tMeningkatnya sampah yang terpilah\t20 %",
                "Kelompok Sasaran Kegiatan : Masyarakat",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Indikator", "", "Tolok Ukur Kinerja", "", "Target Kinerja", "",
                "Keluaran", "", "Jumlah gerobak sampah yang tersedia", "", "15 unit", "",
                "Jumlah peserta sosialisasi", "", "180 orang", "",
                "Hasil", "", "Meningkatnya sampah yang terpilah", "", "20 %", "",
                "Kelompok Sasaran Kegiatan", "", ": Masyarakat")));
    }

    [Fact]
    public void A_column_of_labels_then_their_values_pair_in_order()
    {
        // Tesseract writes the header's label column, then the column of ": value"s; a whole pair kept between, and a
        // terbilang's last word placed among the labels or under its value, go where they belong.
        Assert.Equal(
            [
                "Lokasi Kegiatan : Kecamatan Tambewali",
                "Sumber Dana : DAU",
                "Jumlah Tahun n-1 : Rp. 271.350.000,00 (Dua ratus tujuh puluh satu juta tiga ratus lima puluh ribu rupiah)",
                "Jumlah Tahun n : Rp. 299.190.000,00 (Dua ratus sembilan puluh sembilan juta seratus sembilan puluh ribu rupiah)",
                "Jumlah Tahun n #1 : Rp. 329.109.000,00 (Tiga ratus dua puluh sembilan juta seratus sembilan ribu rupiah)",
                "Indikator & Tolok Ukur Kinerja Belanja Langsung",
            ],
            LayoutRows.Texts(
                "Lokasi Kegiatan", string.Empty, "Sumber Dana : DAU", string.Empty, ": Kecamatan Tambewali", string.Empty,
                "Jumlah Tahun n-1", string.Empty, "Jumlah Tahun n", "rupiah)", string.Empty, "Jumlah Tahun n #1", string.Empty,
                ": Rp. 271.350.000,00 (Dua ratus tujuh puluh satu juta tiga ratus lima puluh ribu rupiah)",
                ": Rp. 299.190.000,00 (Dua ratus sembilan puluh sembilan juta seratus sembilan puluh ribu",
                string.Empty,
                ": Rp. 329.109.000,00 (Tiga ratus dua puluh sembilan juta seratus sembilan ribu rupiah)",
                string.Empty, "Indikator & Tolok Ukur Kinerja Belanja Langsung").Where(t => t.Length > 0));
    }

    [Fact]
    public void A_column_of_labels_a_column_of_colons_then_the_values_pair_in_order()
    {
        // Plain pdftotext writes a SIPD header table as three blocks; the Keluaran Sub Kegiatan table (its head,
        // measure, Target and target) follows the other values.
        Assert.Equal(
            [
                (1, "Sub Kegiatan : 1.03.03.1.01.0005 - Koordinasi SPAM"),
                (2, "Sumber Pendanaan : DAU"),
                (3, "Lokasi : Kota Tanjung Seroja"),
                (4, "Keluaran Sub Kegiatan : Jumlah Dokumen Hasil Koordinasi 2 Dokumen"),
            ],
            LayoutRows.Of(
                "Sub Kegiatan", "Sumber Pendanaan", "Lokasi", "Keluaran Sub Kegiatan", string.Empty, ":", ":", ":", ":",
                string.Empty, "1.03.03.1.01.0005 - Koordinasi SPAM", "DAU", "Kota Tanjung Seroja", "Tolok Ukur",
                "Jumlah Dokumen Hasil Koordinasi", string.Empty, "Target", "2 Dokumen").Where(r => r.Text.Length > 0).Select(r => (r.Line, r.Text)));
    }

    [Fact]
    public void A_capaian_table_written_after_the_next_header_block_goes_with_its_label()
    {
        Assert.Equal(
            [
                "Program : 1.03.03 - PROGRAM AIR MINUM",
                "Sasaran Program : Meningkatnya cakupan air minum",
                "Capaian Program : Indikator Target",
                "Persentase rumah tangga terlayani\t64 %",
                "Kegiatan : 1.03.03.1.01 - Pengelolaan SPAM",
                "Organisasi : 1.03.0.00.0.00.01.0000 - DINAS PUPR",
                "Indikator & Tolok Ukur Kinerja Kegiatan",
            ],
            LayoutRows.Texts(
                "Program", "Sasaran Program", "Capaian Program", string.Empty, ":", ":", ":", string.Empty,
                "1.03.03 - PROGRAM AIR MINUM", "Meningkatnya cakupan air minum", string.Empty,
                "Kegiatan", "Organisasi", string.Empty, ":", ":", string.Empty,
                "1.03.03.1.01 - Pengelolaan SPAM", "1.03.0.00.0.00.01.0000 - DINAS PUPR", string.Empty,
                "Indikator", "Persentase rumah tangga terlayani", string.Empty, "Target", "64 %", string.Empty,
                "Indikator & Tolok Ukur Kinerja Kegiatan").Where(t => t.Length > 0));
    }

    [Fact]
    public void Blocks_of_labels_pair_with_as_many_runs_of_values_and_a_colon_alone_takes_the_nested_table()
    {
        // pdfminer boxes the label column in two blocks, puts the indicator table's first heading and kind beside
        // them, then writes the value column's two runs with the Capaian Program table between them. The lines beside
        // the labels come first, as they stand before the values.
        Assert.Equal(
            [
                (16, "Indikator"),
                (17, "Capaian Kegiatan"),
                (9, "Program : 1.02.02 - PROGRAM KESEHATAN"),
                (10, "Sasaran Program : Meningkatnya derajat kesehatan"),
                (11, "Capaian Program : Indikator Target"),
                (24, "Persentase orang terduga TBC terlayani\t100 %"),
                (13, "Kegiatan : 1.02.02.2.02 - Penyediaan Layanan Kesehatan"),
                (14, "Alokasi Tahun 2025 : Rp. 121.450.000,00"),
                (29, "Indikator & Tolok Ukur Kinerja Kegiatan"),
            ],
            LayoutRows.Of(
                string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, string.Empty,
                "Program", "Sasaran Program", "Capaian Program", string.Empty, "Kegiatan", "Alokasi Tahun 2025", string.Empty,
                "Indikator", "Capaian Kegiatan", string.Empty,
                ": 1.02.02 - PROGRAM KESEHATAN", ": Meningkatnya derajat kesehatan", ":", string.Empty,
                "Indikator", "Persentase orang terduga TBC terlayani", "Target", "100 %",
                ": 1.02.02.2.02 - Penyediaan Layanan Kesehatan", ": Rp. 121.450.000,00", "Indikator & Tolok Ukur Kinerja Kegiatan")
                .Where(r => r.Text.Length > 0).Select(r => (r.Line, r.Text)));
    }

    [Fact]
    public void A_column_of_labels_pairs_with_wrapped_values_past_the_title_box_and_a_targets_first_capaian_table()
    {
        // Plain pdftotext of an SIPD DPA: the title box's lines between the two columns, a long value wrapped onto the
        // line under it, and the Capaian Program table after its colon with its targets before its measures.
        Assert.Equal(
            [
                "Formulir", "DPA-SUB KEGIATAN",
                "Program : 1.06.04 - PROGRAM REHABILITASI SOSIAL",
                "Sasaran Program : Meningkatnya kualitas hidup dan keberfungsian sosial melalui rehabilitasi sosial dasar di luar panti",
                "Capaian Program : Indikator Target",
                "Persentase PPKS yang memperoleh rehabilitasi sosial dasar\t100 %",
                "Persentase penyandang disabilitas yang terpenuhi kebutuhan dasarnya\t92,5 %",
                "Kegiatan",
            ],
            LayoutRows.Texts(
                "Program", "Sasaran Program", "Capaian Program", string.Empty, "Formulir", "DPA-SUB KEGIATAN", string.Empty,
                ": 1.06.04 - PROGRAM REHABILITASI SOSIAL", ": Meningkatnya kualitas hidup dan keberfungsian sosial melalui rehabilitasi",
                "sosial dasar di luar panti", ":", "Indikator", string.Empty, "Target", "100 %", "92,5 %", string.Empty,
                "Persentase PPKS yang memperoleh rehabilitasi sosial dasar", "Persentase penyandang disabilitas yang terpenuhi kebutuhan",
                "dasarnya", "Kegiatan").Where(t => t.Length > 0));
    }

    [Fact]
    public void Blocks_of_labels_with_fewer_or_more_values_are_read_as_before()
    {
        // One value short, or one too many: no pairing is guessed.
        string[] shortOne = ["Program", "Sasaran Program", string.Empty, "Kegiatan", "Alokasi Tahun 2025", string.Empty, ": 1.02.02 - PROGRAM", ": Meningkatnya", ": 1.02.02.2.02 - Kegiatan", "Keterangan"];
        Assert.DoesNotContain(LayoutRows.Of(shortOne), r => r.Text.StartsWith("Program :", System.StringComparison.Ordinal));
        string[] extra = ["Program", "Sasaran Program", string.Empty, "Kegiatan", string.Empty, ": 1.02.02 - PROGRAM", ": Meningkatnya", ": 1.02.02.2.02 - Kegiatan", ": Rp. 1.000,00", "Keterangan"];
        Assert.DoesNotContain(LayoutRows.Of(extra), r => r.Text.StartsWith("Program :", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_with_more_values_after_them_are_no_column_of_labels()
    {
        // Three values under two labels: not the two columns of an OCR; the lines are read as before.
        List<LogicalRow> rows = LayoutRows.Of(
            "Jumlah Tahun n", "Jumlah Tahun n+1", ": Rp. 1.000.000,00", ": Rp. 2.000.000,00", ": Rp. 3.000.000,00", "Keterangan");

        Assert.DoesNotContain(rows, r => r.Text.StartsWith("Jumlah Tahun n : Rp. 1.000.000,00", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Merged_lines_split_before_each_known_label_with_a_colon()
    {
        List<LogicalRow> rows = LayoutRows.Of(
            "Urusan Pemerintahan : 2.07 . 2.07 Pemberdayaan Masyarakat Organisasi : 2.07 . 2.07.01 KECAMATAN PRAYA Program : 2.07 . 2.07.01 . 15 Program Kegiatan Lokasi Kegiatan : Praya");

        Assert.Equal(
            [
                "Urusan Pemerintahan : 2.07 . 2.07 Pemberdayaan Masyarakat", "Organisasi : 2.07 . 2.07.01 KECAMATAN PRAYA",
                "Program : 2.07 . 2.07.01 . 15 Program Kegiatan", "Lokasi Kegiatan : Praya",
            ],
            rows.Select(r => r.Text));
        Assert.All(rows, r => Assert.Equal(1, r.Line));
    }

    [Fact]
    public void A_colon_inside_a_value_does_not_split_the_line()
    {
        string line = "Maksud dan Tujuan : Maksud : menunjang Tujuan : tercapainya";
        Assert.Equal([line], LayoutRows.Texts(line));
    }

    [Fact]
    public void Labels_line_pairs_with_colon_led_values_in_order()
    {
        Assert.Equal(
            ["Urusan : 1.02 Kesehatan", "Unit Organisasi : 1.02.0.00.0.00.01.0000 Dinas Kesehatan"],
            LayoutRows.Texts("Urusan Unit Organisasi", string.Empty, ": 1.02 Kesehatan : 1.02.0.00.0.00.01.0000 Dinas Kesehatan"));
    }

    [Fact]
    public void Labels_line_with_colons_only_pairs_coded_labels_with_a_later_values_line_and_reports_the_rest()
    {
        List<LogicalRow> rows = LayoutRows.Of(
            "Urusan Pemerintah Organisasi Program Kegiatan LOKASI KEGIATAN", string.Empty, ": : : : :", string.Empty, "SUMBER DANA", ":",
            "1.02 Urusan Wajib Kesehatan 1.02.01 Dinas Kesehatan 1.02 . 1.02.01 . 20 Program Gizi 1.02 . 1.02.01 . 20 . 03 Penanggulangan KEP");

        Assert.Equal(
            [
                (1, null, "Urusan Pemerintah : 1.02 Urusan Wajib Kesehatan"), (1, null, "Organisasi : 1.02.01 Dinas Kesehatan"),
                (1, null, "Program : 1.02 . 1.02.01 . 20 Program Gizi"), (1, null, "Kegiatan : 1.02 . 1.02.01 . 20 . 03 Penanggulangan KEP"),
                (1, "RKA015", null), (2, null, string.Empty), (4, null, string.Empty), (5, null, "SUMBER DANA :"),
            ],
            rows.Select(r => (r.Line, r.NoteCode, r.NoteCode is null ? r.Text : null)));
    }

    [Fact]
    public void Code_segments_split_run_together_values_at_each_new_code()
    {
        List<string> pieces = CodeSegments.Split("x 1.02 Urusan Wajib 1.02.01 Dinas 1.02 . 1.02.01 . 1.02 . 1.02.01 .", out string leading);

        Assert.Equal("x", leading);
        Assert.Equal(["1.02 Urusan Wajib", "1.02.01 Dinas", "1.02 . 1.02.01 .", "1.02 . 1.02.01 ."], pieces);
    }

    [Fact]
    public void Fixed_width_columns_become_tab_cells_and_wrapped_cells_join_their_row()
    {
        List<LogicalRow> rows = LayoutRows.Of(
            "Urusan Pemerintahan      : 1.02 URUSAN KESEHATAN",
            "Kegiatan                 : 1.02.02.2.02 Penyediaan Layanan",
            "                           Kesehatan Rujukan",
            "Indikator          Tolok Ukur Kinerja          Target Kinerja",
            "Keluaran           Jumlah dokumen hasil        12 Dokumen",
            "                   pengelolaan pelayanan",
            "5.2.2.01  Belanja ATK                     1.000.000,00",
            "          Kertas HVS    10   rim   100.000,00   1.000.000,00");

        Assert.Equal(
            [
                (1, "Urusan Pemerintahan\t: 1.02 URUSAN KESEHATAN"), (2, "Kegiatan\t: 1.02.02.2.02 Penyediaan Layanan Kesehatan Rujukan"),
                (4, "Indikator\tTolok Ukur Kinerja\tTarget Kinerja"), (5, "Keluaran\tJumlah dokumen hasil pengelolaan pelayanan\t12 Dokumen"),
                (7, "5.2.2.01\tBelanja ATK\t1.000.000,00"), (8, "\tKertas HVS\t10\trim\t100.000,00\t1.000.000,00"),
            ],
            rows.Select(r => (r.Line, r.Text)));
    }

    [Fact]
    public void Fixed_width_indented_kak_heading_is_a_new_row_not_a_wrapped_cell()
    {
        Assert.Equal(
            ["KERANGKA ACUAN KERJA (KAK)\tLatar Belakang : tugas", "\tDasar Hukum : UU 23"],
            LayoutRows.Texts("KERANGKA ACUAN KERJA (KAK)  Latar Belakang : tugas", "                            Dasar Hukum : UU 23"));
    }

    [Fact]
    public void Lines_held_at_the_end_of_the_text_are_all_released_in_order()
    {
        Assert.Equal(["Program : A"], LayoutRows.Texts("Program", ":", "A"));
        Assert.Equal(["Program :"], LayoutRows.Texts("Program", ":"));
        Assert.Equal(["JUDUL"], LayoutRows.Texts("JUDUL"));
    }
}
