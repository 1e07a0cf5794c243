using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Flattened;

/// <summary>Examples of the flattened layout (single spaces between cells), each detail firing and not firing: header
/// codes, the title block, amount rows, indicator rows, rincian rows and the findings for what the model cannot hold.</summary>
public class FlattenedExampleTests
{
    private const string Title = """
        RENCANA KERJA DAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH Formulir
        RKA SKPD
        PEMERINTAH KABUPATEN DEMAK
        2.2.1
        Tahun Anggaran : 2019

        """;

    private const string Header = """
        Urusan Pemerintahan : 3.03 Urusan Pilihan Pertanian
        Organisasi : 3.03 . 3.03.01 DINAS PERTANIAN DAN PANGAN
        Program : 3.03 . 3.03.01 . 01 Program Pelayanan Administrasi Perkantoran
        Kegiatan : 3.03 . 3.03.01 . 01 . 01 Penyediaan jasa surat menyurat
        Lokasi Kegiatan : Dinpertan Pangan Kab. Demak

        """;

    private const string Amounts = """
        Jumlah Tahun n - 1 : Rp0,00
        Jumlah Tahun n : Rp13.000.000,00 (Tiga belas juta rupiah)
        Jumlah Tahun n + 1 : Rp0,00

        """;

    private const string Indicators = """
        INDIKATOR & TOLOK UKUR KINERJA BELANJA LANGSUNG
        INDIKATOR TOLOK UKUR KINERJA TARGET KINERJA
        MASUKAN Jumlah Dana Rp. 13.000.000
        KELUARAN Terpenuhinya kegiatan surat menyurat 12 bulan

        Kelompok Sasaran Kegiatan : Dinpertan Pangan

        """;

    private static RkaReadResult Read(string text) => RkaTextReader.Read(text.ReplaceLineEndings("\n"));

    private static RkaForm Form(string text) => Assert.Single(Read(text).Document.Forms);

    // Header codes

    [Fact]
    public void Reads_codes_with_spaced_dot_separators_and_their_names()
    {
        FormHeader h = Form(Title + Header + Amounts).Header;

        Assert.Equal(("3.03", "Urusan Pilihan Pertanian"), (h.Urusan.Code.ToString(), h.Urusan.Name));
        Assert.Equal(("3.03.01", "DINAS PERTANIAN DAN PANGAN"), (h.Organisasi.Code.ToString(), h.Organisasi.Name));
        Assert.Equal("3.03.3.03.01.01", h.Program.Code.ToString());
        Assert.Equal(("3.03.3.03.01.01.01", "Penyediaan jasa surat menyurat"), (h.Kegiatan.Code.ToString(), h.Kegiatan.Name));
    }

    [Theory]
    [InlineData("Urusan Pemerintahan : 1.02. Urusan Wajib Kesehatan", "1.02", "Urusan Wajib Kesehatan")]
    [InlineData("Urusan Pemerintahan :1.02 Kesehatan", "1.02", "Kesehatan")]
    [InlineData("Urusan Pemerintahan : 1.02 - Kesehatan", "1.02", "Kesehatan")]
    [InlineData("Urusan Pemerintahan : 1 . 02 Kesehatan", "1.02", "Kesehatan")]
    public void Reads_a_trailing_dot_a_dash_no_space_after_the_colon_and_spaced_dots(string line, string code, string name)
    {
        FormHeader h = Form(Title + line + "\n" + Amounts).Header;

        Assert.Equal((code, name), (h.Urusan.Code.ToString(), h.Urusan.Name));
    }

    [Fact]
    public void Reads_a_code_with_spaces_inside()
    {
        FormHeader h = Form(Title + "Urusan Pemerintahan : 1.02 Kesehatan\nOrganisasi : 1 02 1.02 01 Dinas Kesehatan\n" + Amounts).Header;

        Assert.Equal(("1.02.01", "Dinas Kesehatan"), (h.Organisasi.Code.ToString(), h.Organisasi.Name));
    }

    [Fact]
    public void Never_pads_a_part_into_another_code()
    {
        FormHeader h = Form(Title + "Organisasi : 1.02 Dinas Kesehatan (Puskesmas Ampana Barat)\n" + Amounts).Header;

        Assert.Equal("1.02", h.Organisasi.CodeText);
        Assert.Null(h.Organisasi.Code);
        Assert.Equal("Dinas Kesehatan (Puskesmas Ampana Barat)", h.Organisasi.Name);
    }

    [Fact]
    public void An_empty_value_is_missing_not_a_parse_error()
    {
        RkaReadResult result = Read(Title + "Urusan Pemerintahan : 1.02 Kesehatan\nProgram :\nKegiatan :\nLokasi Kegiatan : Puskesmas\n" + Amounts
            + "Kelompok Sasaran Kegiatan :\n");
        RkaForm form = Assert.Single(result.Document.Forms);

        Assert.False(form.Header.Program.IsPresent);
        Assert.False(form.Header.Kegiatan.IsPresent);
        Assert.Null(form.KelompokSasaran);
        Assert.Equal("Puskesmas", form.Header.Lokasi);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA101" or "RKA104" && d.Path.StartsWith("header.program", StringComparison.Ordinal));
    }

    // Title block

    [Theory]
    [InlineData("PEMERINTAH KABUPATEN DEMAK\nTahun Anggaran : 2019", "PEMERINTAH KABUPATEN DEMAK", 2019)]
    [InlineData("KABUPATEN LEMBATA\nTAHUN ANGGARAN 2017", "KABUPATEN LEMBATA", 2017)]
    [InlineData("KABUPATEN LOMBOK BARAT 2.2.1\nTAHUN ANGGARAN 2020", "KABUPATEN LOMBOK BARAT", 2020)]
    [InlineData("PEMERINTAH KOTA CONTOH\nTAHUN ANGGARAN 2018 BELANJA LANGSUNG", "PEMERINTAH KOTA CONTOH", 2018)]
    [InlineData("FORMULIR RKA-SKPD 2.2.1\nPEMERINTAH KABUPATEN CONTOH\n2021", "PEMERINTAH KABUPATEN CONTOH", 2021)]
    public void Reads_the_region_and_year_of_the_title_block(string titleLines, string pemda, int year)
    {
        FormHeader h = Form("RENCANA KERJA DAN ANGGARAN\n" + titleLines + "\n\n" + Header + Amounts).Header;

        Assert.Equal((pemda, (int?)year), (h.PemerintahDaerah, h.TahunAnggaran));
    }

    [Fact]
    public void A_bare_number_before_any_form_number_is_no_year()
    {
        FormHeader h = Form("RENCANA KERJA DAN ANGGARAN\nPEMERINTAH KABUPATEN CONTOH\n2021\n\n" + Header + Amounts).Header;

        Assert.Null(h.TahunAnggaran);
    }

    [Fact]
    public void A_page_footer_is_no_new_form_and_a_title_only_box_at_the_end_is_none_either()
    {
        RkaReadResult result = Read(Title + Header + Amounts
            + "Formulir RKA SKPD 2.2.1 - DINAS PERTANIAN DAN PANGAN Halaman 1\n" + Indicators + "FORMULIR\nNOMOR RDPPA - SKPD\n");

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal("Dinpertan Pangan", form.KelompokSasaran);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA003");
    }

    // Amounts

    [Fact]
    public void Places_amount_rows_by_the_year_in_their_label()
    {
        FormAmounts a = Form(Title + Header + "Jumlah Tahun n+1 : Rp 3.000,00\nJumlah Tahun n-1 : Rp 1.000,00\nJumlah Tahun n : Rp 2.000,00\n").Amounts;

        Assert.Equal((1_000m, 2_000m, 3_000m), (a.PreviousYear!.Amount!.Value.Amount, a.CurrentYear!.Amount!.Value.Amount, a.NextYear!.Amount!.Value.Amount));
    }

    [Fact]
    public void Places_amount_rows_by_year_relative_to_the_tahun_anggaran()
    {
        FormAmounts a = Form(Title + Header + "Jumlah Tahun 2020 : Rp 3.000,00\nJumlah Tahun 2019 : Rp 2.000,00\nJumlah Tahun 2018 : Rp 1.000,00\n").Amounts;

        Assert.Equal((1_000m, 2_000m, 3_000m), (a.PreviousYear!.Amount!.Value.Amount, a.CurrentYear!.Amount!.Value.Amount, a.NextYear!.Amount!.Value.Amount));
    }

    [Fact]
    public void Keeps_positions_when_the_labelled_years_do_not_fit_the_tahun_anggaran()
    {
        // TA 2019 but labelled 2016..2018, as some seed forms are one year off: the positions are right.
        FormAmounts a = Form(Title + Header + "Jumlah Tahun 2016 : Rp 1.000,00\nJumlah Tahun 2017 : Rp 2.000,00\nJumlah Tahun 2018 : Rp 3.000,00\n").Amounts;

        Assert.Equal((1_000m, 2_000m, 3_000m), (a.PreviousYear!.Amount!.Value.Amount, a.CurrentYear!.Amount!.Value.Amount, a.NextYear!.Amount!.Value.Amount));
    }

    [Fact]
    public void A_single_jumlah_anggaran_row_is_year_n()
    {
        FormAmounts a = Form(Title + Header + "JUMLAH ANGGARAN : Rp 41.542.500,00 (Empat puluh satu juta lima ratus empat puluh dua ribu lima ratus rupiah)\n").Amounts;

        Assert.Null(a.PreviousYear);
        Assert.Equal(41_542_500m, a.CurrentYear!.Amount!.Value.Amount);
        Assert.StartsWith("Empat puluh satu juta", a.CurrentYear.Terbilang, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Rp. -", 0)]
    [InlineData("Rp -", 0)]
    [InlineData("Rp0,00", 0)]
    [InlineData("Rp 3,050,000,000", 3_050_000_000)]
    [InlineData("Rp 5.000.000,00 lihat lampiran", 5_000_000)]
    public void Reads_nil_english_style_and_spilled_amounts(string written, long amount)
    {
        FormAmounts a = Form(Title + Header + "Jumlah Tahun n : " + written + "\n").Amounts;

        Assert.Equal((decimal)amount, a.CurrentYear!.Amount!.Value.Amount);
    }

    [Theory]
    [InlineData("Jumlah Tahun n : Rp 13.000.000,00 (Tiga belas juta rupiah)")]
    [InlineData("Jumlah Tahun n : Rp 13.000.000,00\n(Tiga belas juta rupiah)")]
    [InlineData("Jumlah Tahun n : Rp 13.000.000,00 (Tiga belas\njuta rupiah)")]
    [InlineData("Jumlah Tahun n : Rp 13.000.000,00 terbilang: Tiga belas juta rupiah")]
    [InlineData("Jumlah Tahun n : Rp 13.000.000,00\nterbilang : Tiga belas juta rupiah")]
    public void Reads_the_terbilang_wherever_it_sits(string rows)
    {
        FormAmounts a = Form(Title + Header + rows + "\n").Amounts;

        Assert.Equal("Tiga belas juta rupiah", a.CurrentYear!.Terbilang);
    }

    [Fact]
    public void Words_after_an_amount_without_parenthesis_or_terbilang_are_not_taken_from_the_next_line()
    {
        FormAmounts a = Form(Title + Header + "Jumlah Tahun n : Rp 13.000.000,00\nINDIKATOR DAN TOLOK UKUR KINERJA BELANJA LANGSUNG\n").Amounts;

        Assert.Equal(string.Empty, a.CurrentYear!.Terbilang);
    }

    [Theory]
    [InlineData("Jumlah (Rp)")]
    [InlineData("Jumlah Harga")]
    [InlineData("Jumlah Dana Rp. 13.000.000")]
    [InlineData("Jumlah Buku Perpustakaan 120 buku")]
    [InlineData("Jumlah Rp 2,000,000")]
    public void Lines_that_begin_with_jumlah_but_are_no_amount_rows(string line)
    {
        RkaForm form = Form(Title + Header + Amounts + line + "\n");

        Assert.Equal(13_000_000m, form.Amounts.CurrentYear!.Amount!.Value.Amount);
        Assert.NotEqual(line, form.Amounts.NextYear!.Label);
    }

    // Indicators

    [Fact]
    public void Reads_flattened_indicator_rows_kind_tolok_ukur_and_target()
    {
        RkaForm form = Form(Title + Header + Amounts + """
            Indikator Tolok Ukur Kinerja Target Kinerja
            Capaian Program Persentase desa yang dibina 100 %
            MASUKAN Jumlah Dana Rp. 13.000.000
            Keluaran : Terpenuhinya kegiatan surat m,enyurat 12 bulan
            Hasil : Angka kesakitan < 17
            """);

        Assert.Collection(form.Indicators,
            i => Assert.Equal((IndicatorKind.CapaianProgram, "Persentase desa yang dibina", 100m), (i.Kind, i.TolokUkur, ((PercentageTarget)i.Target).Percent)),
            i => Assert.Equal((IndicatorKind.Masukan, "Jumlah Dana", 13_000_000m), (i.Kind, i.TolokUkur, ((MoneyTarget)i.Target).Amount.Amount)),
            i => Assert.Equal((IndicatorKind.Keluaran, "Terpenuhinya kegiatan surat m,enyurat", "12 bulan"), (i.Kind, i.TolokUkur, i.Target.Text)),
            i => Assert.Equal((IndicatorKind.Hasil, "Angka kesakitan", "< 17"), (i.Kind, i.TolokUkur, i.Target.Text)));
    }

    [Theory]
    [InlineData("Capaian Program Persentase desa yang dibina 100 %")]
    [InlineData("MASUKAN Jumlah Dana Rp. 13.000.000")]
    [InlineData("Keluaran Jumlah sarana yang terpelihara 6 Jenis")]
    [InlineData("Hasil Nilai Indeks Kepuasan Masyarakat (IKM) 86,32")]
    [InlineData("Keluaran Jumlah Desa dan Kelurahan yang Dibina 5 Desa dan 7 Kelurahan")]
    [InlineData("Hasil : Angka kesakitan < 17")]
    public void A_flattened_indicator_row_with_one_reading_is_not_reported_as_guessed(string row)
    {
        RkaReadResult result = Read(Title + Header + Amounts + "Indikator Tolok Ukur Kinerja Target Kinerja\n" + row + "\n");

        Assert.NotEmpty(Assert.Single(result.Document.Forms).Indicators);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA007");
    }

    [Theory]
    [InlineData("Keluaran Cakupan balita usia 6-59 bulan 90 %", "90 %")] // is "6-59 bulan" the measure's or the target?
    [InlineData("Keluaran Jumlah kegiatan tahun 2019 12 kegiatan", "12 kegiatan")]
    [InlineData("Masukan Dana Rp yang tersedia 100 %", "Rp yang tersedia 100 %")]
    [InlineData("Hasil Kinerja pelayanan Baik", "")] // a text target, or a tolok ukur without one
    public void A_flattened_indicator_row_with_another_reading_is_reported_as_guessed(string row, string target)
    {
        RkaReadResult result = Read(Title + Header + Amounts + "Indikator Tolok Ukur Kinerja Target Kinerja\n" + row + "\n");

        Diagnostic guessed = Assert.Single(result.Diagnostics, d => d.Code == "RKA007");
        Assert.Contains("'" + target + "'", guessed.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Keluaran Jumlah dokumen perencanaan yang\ndisusun tepat waktu 12 dokumen", null)]
    [InlineData("Keluaran Jumlah dokumen perencanaan yang\n12 dokumen", null)] // pdftotext -raw: the target alone
    [InlineData("Keluaran Cakupan balita usia\n6-59 bulan 90 %", "90 %")]
    [InlineData("Hasil Kinerja pelayanan\nyang baik", "")]
    public void A_wrapped_row_is_judged_once_whole(string rows, string? guessed)
    {
        RkaReadResult result = Read(Title + Header + Amounts + "Indikator Tolok Ukur Kinerja Target Kinerja\n" + rows + "\n");

        Diagnostic[] notes = [.. result.Diagnostics.Where(d => d.Code == "RKA007")];
        if (guessed is null)
        {
            Assert.Empty(notes);
        }
        else
        {
            Diagnostic note = Assert.Single(notes);
            Assert.Equal(Title.Split('\n').Length + Header.Split('\n').Length + Amounts.Split('\n').Length - 1, note.Line);
            Assert.Contains("'" + guessed + "'", note.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Reads_numbered_indicators_under_one_kind_and_a_wrapped_tolok_ukur()
    {
        RkaForm form = Form(Title + Header + Amounts + """
            Indikator Tolok Ukur Kinerja Target Kinerja
            Keluaran Jumlah dokumen perencanaan yang
            disusun tepat waktu 12 dokumen
            Hasil 1. Persentase desa tertib 100 % 2. Persentase kelurahan tertib 80 %
            """);

        Assert.Collection(form.Indicators,
            i => Assert.Equal((IndicatorKind.Keluaran, "Jumlah dokumen perencanaan yang disusun tepat waktu", "12 dokumen"), (i.Kind, i.TolokUkur, i.Target.Text)),
            i => Assert.Equal((IndicatorKind.Hasil, "Persentase desa tertib", "100 %"), (i.Kind, i.TolokUkur, i.Target.Text)),
            i => Assert.Equal((IndicatorKind.Hasil, "Persentase kelurahan tertib", "80 %"), (i.Kind, i.TolokUkur, i.Target.Text)));
    }

    [Fact]
    public void Kinds_the_model_does_not_hold_are_reported_by_name()
    {
        RkaReadResult result = Read(Title + Header + Amounts + Indicators.Replace("\nKelompok", "MANFAAT Indeks kepuasan masyarakat 80 angka\nDAMPAK Nilai Tukar Petani (NTP) 103,35 angka\nKelompok", StringComparison.Ordinal));

        Assert.Equal(2, Assert.Single(result.Document.Forms).Indicators.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA016" && d.Message.Contains("MANFAAT", StringComparison.Ordinal) && d.Message.Contains("80 angka", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA016" && d.Message.Contains("DAMPAK", StringComparison.Ordinal));
    }

    [Fact]
    public void Held_kinds_are_not_reported_as_not_held()
    {
        RkaReadResult result = Read(Title + Header + Amounts + Indicators);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA016");
    }

    [Fact]
    public void Kelompok_sasaran_without_a_colon_and_its_label_wrapped()
    {
        RkaForm form = Form(Title + Header + Amounts + Indicators.Replace("Kelompok Sasaran Kegiatan : Dinpertan Pangan", "Kelompok Sasaran Masyarakat\nKegiatan", StringComparison.Ordinal));

        Assert.Equal("Masyarakat", form.KelompokSasaran);
        Assert.False(form.Header.Kegiatan.Name.Length == 0);
    }

    // Rincian

    private const string RincianHead = """
        RINCIAN ANGGARAN BELANJA LANGSUNG MENURUT PROGRAM DAN PER KEGIATAN SATUAN KERJA PERANGKAT DAERAH
        RINCIAN PERHITUNGAN
        KODE URAIAN JUMLAH
        Harga
        REKENING Volume Satuan (Rp)
        Satuan
        1 2 3 4 5 6

        """;

    [Fact]
    public void Reads_flattened_rincian_rows_from_the_right()
    {
        RkaForm form = Form(Title + Header + Amounts + Indicators + RincianHead + """
            5 BELANJA 13.000.000,00
            5 . 2 . 2 . 01 . 04 Belanja Perangko 13.000.000,00
            5.2.2.01.0001. Belanja Alat Tulis Kantor Rp 1,234,567.00
            5 2 2 01 01 Belanja ATK Rp. 1.000.000,00
            a. Honorarium Panitia :
            - Perangko 80.00 buah 5.000,00 400.000,00
            ~ Dalam rangka monitoring 1 org, 4 kl 32 OH Rp 250,000 Rp 8,000,000
            * Belanja Jasa (3 org x 12 bln) 36 ob 50.000,00 1.800.000,00
            Kertas HVS untuk
            keperluan kantor 10 rim 50.000,00 500.000,00
            """);

        Assert.Equal(
            [
                RincianLine.Rekening("5", "BELANJA", new Rupiah(13_000_000m)),
                RincianLine.Rekening("5.2.2.01.04", "Belanja Perangko", new Rupiah(13_000_000m)),
                RincianLine.Rekening("5.2.2.01.0001", "Belanja Alat Tulis Kantor", new Rupiah(1_234_567m)),
                RincianLine.Rekening("5.2.2.01.01", "Belanja ATK", new Rupiah(1_000_000m)),
                new RincianLine { Uraian = "a. Honorarium Panitia :" },
                RincianLine.Detail("- Perangko", 80m, "buah", new Rupiah(5_000m)),
                RincianLine.Detail("~ Dalam rangka monitoring 1 org, 4 kl", 32m, "OH", new Rupiah(250_000m)),
                RincianLine.Detail("* Belanja Jasa (3 org x 12 bln)", 36m, "ob", new Rupiah(50_000m)),
                new RincianLine { Uraian = "Kertas HVS untuk" },
                new RincianLine { Uraian = "keperluan kantor", Volume = 10m, Satuan = "rim", HargaSatuan = new Rupiah(50_000m), Jumlah = new Rupiah(500_000m) },
            ],
            form.Rincian);
    }

    [Fact]
    public void A_lower_case_line_right_after_a_row_continues_its_uraian()
    {
        RkaForm form = Form(Title + Header + Amounts + Indicators + RincianHead + "5.2.2.01.01 Belanja Alat Tulis 500.000,00\ndan Perlengkapan Kantor\n");

        Assert.Equal("Belanja Alat Tulis dan Perlengkapan Kantor", Assert.Single(form.Rincian).Uraian);
    }

    [Theory]
    [InlineData("Pekerjaan", 2)]
    [InlineData("Pekerjaan Fisik", 2)]
    [InlineData("Honor Panitia Penerima Hasil Pekerjaan (3 org x 4 kali) 12,00 OK 300.000,00 3.600.000,00", 3)]
    public void The_end_of_a_long_rekening_name_wrapped_after_its_jumlah_joins_it(string next, int lines)
    {
        // A hosting site's text of an older print: the rekening's name wraps after the row's jumlah.
        const string Row = "5.2.1.01.02 Honorarium Tim Pengadaan Barang dan Jasa dan Tim Penerima Hasil 8.600.000,00";
        RkaForm form = Form(Title + Header + Amounts + Indicators + RincianHead + Row + "\n" + next
            + "\nHonor Panitia Pengadaan Barang/Jasa (5 org x 1 keg) 5,00 OK 1.000.000,00 5.000.000,00\n");

        Assert.Equal(lines, form.Rincian.Count);
        Assert.StartsWith("Honorarium Tim Pengadaan Barang dan Jasa dan Tim Penerima Hasil" + (lines == 2 ? " " + next : string.Empty), form.Rincian[0].Uraian, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_of_capitalised_words_after_a_long_detail_row_starts_the_next_row()
    {
        // A detail row's uraian wraps before its numbers ("Kertas HVS" / "keperluan kantor 10 rim ..."): no rekening's end.
        RkaForm form = Form(Title + Header + Amounts + Indicators + RincianHead
            + "5.2.2.01.01 Belanja ATK 2.300.000,00\n* Belanja Jasa Fotokopi (3 org x 12 bln) 36 ob 50.000,00 1.800.000,00\nKertas HVS\nkeperluan kantor 10 rim 50.000,00 500.000,00\n");

        Assert.Equal("Kertas HVS", form.Rincian[2].Uraian);
    }

    [Fact]
    public void A_short_rekening_rows_next_line_is_no_wrapped_end()
    {
        RkaForm form = Form(Title + Header + Amounts + Indicators + RincianHead + "5.2.2.01.01 Belanja Alat Tulis 500.000,00\nPekerjaan Persiapan\n");

        Assert.Equal(["Belanja Alat Tulis", "Pekerjaan Persiapan"], form.Rincian.Select(l => l.Uraian));
    }

    [Fact]
    public void Numbered_headings_and_single_numbers_are_no_codes()
    {
        RkaForm form = Form(Title + Header + Amounts + Indicators + RincianHead + "I. PROGRAM ESSENSIAL\n5. Pelaksanaan Senam Ibu Hamil\n1 org x 2 hari 2 OH 100,000\n");

        Assert.All(form.Rincian, r => Assert.Null(r.KodeRekening));
        Assert.Equal(["I. PROGRAM ESSENSIAL", "5. Pelaksanaan Senam Ibu Hamil", "1 org x 2 hari"], form.Rincian.Select(r => r.Uraian));
    }

    [Fact]
    public void Repeated_headers_footers_and_the_closing_block_are_not_glued_into_rows()
    {
        RkaReadResult result = Read(Title + Header + Amounts + Indicators + RincianHead + """
            5.2.2.01.04 Belanja Perangko 400.000,00
            - Perangko 80 buah 5.000,00 400.000,00

            Formulir RKA SKPD 2.2.1 - DINAS PERTANIAN DAN PANGAN Halaman 1

            """ + RincianHead + """
            Keterangan :
            - Tanggal Pembahasan Demak, Nopember 2018
            - Catatan hasil pembahasan Kepala Dinas
            1. Anggaran cukup
            NIP 19610512 198203 1 009
            """);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(["Belanja Perangko", "- Perangko"], form.Rincian.Select(r => r.Uraian));
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA003" && d.Message.Contains("closing block", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA006");
    }

    [Fact]
    public void A_total_row_with_only_a_jumlah_closes_the_table()
    {
        RkaReadResult result = Read(Title + Header + Amounts + Indicators + RincianHead + "5.2.2.15.01 Belanja Perjalanan Dinas Rp 8,000,000\n~ Perjalanan 32 OH Rp 250,000 Rp 8,000,000\nJumlah Rp 8,000,000\n");

        Assert.Equal(2, Assert.Single(result.Document.Forms).Rincian.Count);
        Assert.DoesNotContain(result.Validate(), d => d.Code == "RKA504");
        Assert.Equal(new Rupiah(8_000_000m), result.Document.Forms[0].RincianTotal?.Jumlah);
    }

    // Nothing silent

    [Theory]
    [InlineData("Sumber Dana : APBD II", "APBD II")]
    [InlineData("Waktu Pelaksanaan : 01 Januari 2017- 31 Desember 2017", "01 Januari 2017- 31 Desember 2017")]
    [InlineData("Bidang Urusan : 1.02 Kesehatan", "Kesehatan")]
    [InlineData("Sub Unit Organisasi : 1 . 02 . 01 . 15 Puskesmas Watuneso", "Puskesmas Watuneso")]
    public void A_field_formerly_not_held_is_held_now(string line, string value)
    {
        // Issue 12: these fields were reported as RKA016 (not held); the header holds them now.
        RkaReadResult result = Read(Title + Header + line + "\n" + Amounts);

        FormHeader h = Assert.Single(result.Document.Forms).Header;
        string?[] held = [h.SumberPendanaan?.Text, h.WaktuPelaksanaan, h.BidangUrusan?.Name, h.SubUnitOrganisasi?.Name];
        Assert.Contains(value, held);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA016");
    }

    [Fact]
    public void Latar_belakang_perubahan_is_still_reported_as_not_held()
    {
        RkaReadResult result = Read(Title + Header + "Latar Belakang Perubahan : Dianggarkan dalam perubahan APBD\n" + Amounts);

        Assert.Contains(result.Diagnostics, d => d.Code == "RKA016" && d.Message.Contains("Latar Belakang Perubahan", StringComparison.Ordinal));
    }

    [Fact]
    public void A_plafon_anggaran_sementara_with_its_wrapped_terbilang_is_reported_as_not_held_not_joined_to_the_field_above()
    {
        // A city's SIMRAL-style app prints the PPAS ceiling above the amount rows, its terbilang wrapped.
        RkaReadResult result = Read(Title + Header + "Waktu Pelaksanaan : Februari s.d. November 2016\n"
            + "Plafon Anggaran Sementara : Rp 117.687.000,00 (Seratus Tujuh Belas Juta Enam Ratus Delapan Puluh Tujuh Ribu\n"
            + "Rupiah)\n" + Amounts);

        Assert.Equal("Februari s.d. November 2016", Assert.Single(result.Document.Forms).Header.WaktuPelaksanaan);
        Diagnostic note = Assert.Single(result.Diagnostics, d => d.Code == "RKA016");
        Assert.Contains("Plafon Anggaran Sementara", note.Message, StringComparison.Ordinal);
        Assert.Contains("Puluh Tujuh Ribu Rupiah)", note.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA017" or "RKA006");
    }

    [Fact]
    public void A_field_not_held_is_quoted_in_full_by_its_note()
    {
        // The note is the only record of the value: a long one is not shortened to 80 characters.
        const string Value = "Dianggarkan dalam perubahan APBD karena ada pergeseran anggaran antar kegiatan sesuai hasil evaluasi"
            + " gubernur atas rancangan peraturan daerah";
        RkaReadResult result = Read(Title + Header + "Latar Belakang Perubahan : " + Value + "\n" + Amounts);

        Assert.Contains(result.Diagnostics, d => d.Code == "RKA016" && d.Message.Contains("'" + Value + "'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unit_organisasi_without_an_organisasi_field_is_the_organisasi()
    {
        RkaReadResult result = Read(Title + "Urusan Pemerintahan : 1.02 Kesehatan\nUnit Organisasi : 1 . 02 . 01 Dinas Kesehatan\n" + Amounts);

        Assert.Equal("1.02.01", Assert.Single(result.Document.Forms).Header.Organisasi.Code.ToString());
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA016");
    }

    [Fact]
    public void A_line_appended_to_the_previous_field_is_reported()
    {
        RkaReadResult result = Read(Title + Header.Replace("Lokasi Kegiatan : Dinpertan Pangan Kab. Demak", "Lokasi Kegiatan : Dinpertan Pangan\nKabupaten Demak", StringComparison.Ordinal) + Amounts);

        Assert.Equal("Dinpertan Pangan Kabupaten Demak", Assert.Single(result.Document.Forms).Header.Lokasi);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA017" && d.Message.Contains("Kabupaten Demak", StringComparison.Ordinal));
    }

    [Fact]
    public void Fields_on_their_own_lines_are_not_reported_as_appended()
    {
        RkaReadResult result = Read(Title + Header + Amounts + Indicators);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "RKA017" or "RKA006");
    }
}
