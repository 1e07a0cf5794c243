using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>A rincian table printed one cell per line (plain pdftotext of an SIPD, SIMDA or SIPKD print) joined into
/// tab rows.</summary>
public class RincianCellsTests
{
    [Fact]
    public void Joins_the_header_rekening_group_and_detail_rows()
    {
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah",
                "5.1.02.01.01.0024\tBelanja Alat Tulis Kantor\t660.000,00",
                "\t[#] Alat Tulis Kantor\t660.000,00",
                "\tBuku Tulis\t60 Buah\tBuah\t5.000,00\t0\t300.000,00",
                "\tBallpoint\t10 Kotak\tKotak\t36.000,00\t11%\t399.600,00",
                "\tJumlah Total\t699.600,00",
                string.Empty,
                "Keterangan",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah",
                "5.1.02.01.01.0024", "Belanja Alat Tulis Kantor", "660.000,00",
                "[#] Alat Tulis Kantor", "660.000,00",
                "Buku Tulis", "60 Buah", "Buah", "5.000,00", "0", "300.000,00",
                "Ballpoint", "10 Kotak", "Kotak", "36.000,00", "11%", "399.600,00",
                "Jumlah Total", "699.600,00",
                string.Empty,
                "Keterangan"));
    }

    [Fact]
    public void A_page_footer_is_a_row_of_its_own_and_does_not_end_the_table()
    {
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah",
                "5.1.02.01.01.0026\tBelanja Bahan Cetak\t2.400.000,00",
                "Halaman 2 dari 4",
                "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah",
                "\t[#] Cetak Leaflet\t2.400.000,00",
                "Halaman 3 dari 4",
                "\t[-] Sosialisasi\t2.400.000,00",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah",
                "5.1.02.01.01.0026", "Belanja Bahan Cetak", "2.400.000,00",
                "Halaman 2 dari 4",
                "\fKode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah",
                "[#] Cetak Leaflet", "2.400.000,00",
                "Halaman 3 dari 4",
                "\f[-] Sosialisasi", "2.400.000,00"));
    }

    [Fact]
    public void A_spesifikasi_line_goes_on_with_its_row_and_a_repeated_header_starts_no_row()
    {
        // SIPD's uraian of a detail row: the item, then "Spesifikasi : ..." (a colon, which ends the table anywhere
        // else), both wrapped: nine lines a row. After a page break the header's words come again.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah",
                "\tPenggandaan Modul Pelatihan\tPerkoperasian\tSpesifikasi : Ukuran A4, 60 halaman,\tsampul art paper\t60 Eksemplar\tEksemplar\t45.000,00\t11%\t2.970.000,00",
                "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah",
                "\t[#] Cetak Leaflet\t2.400.000,00",
                string.Empty,
                "Keterangan : -",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah",
                "Penggandaan Modul Pelatihan", "Perkoperasian", "Spesifikasi : Ukuran A4, 60 halaman,", "sampul art paper",
                "60 Eksemplar", "Eksemplar", "45.000,00", "11%", "2.970.000,00",
                "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah",
                "[#] Cetak Leaflet", "2.400.000,00",
                string.Empty,
                "Keterangan : -"));
    }

    [Fact]
    public void A_dash_group_heading_without_amounts_is_a_row_of_its_own()
    {
        // SIMDA's italic "- Honorarium Narasumber" over its detail rows, which has no amounts; a "- " detail row whose
        // uraian wraps in lower case, or is followed by its volume, is no heading.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah",
                "5.2.1.02.01\tHonorarium Tenaga\tAhli/Instruktur/Narasumber\t8.400.000,00",
                "\t- Honorarium Narasumber",
                "\tNarasumber sosialisasi pengelolaan\tsampah berbasis 3R\t12\tOJ\t700.000,00\t8.400.000,00",
                "\t- Paket alat tulis peserta\tsosialisasi\t180\tpaket\t12.500,00\t2.250.000,00",
                "\t- Kertas HVS\t10\trim\t48.000,00\t480.000,00",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah",
                "5.2.1.02.01", "Honorarium Tenaga", "Ahli/Instruktur/Narasumber", "8.400.000,00",
                "- Honorarium Narasumber",
                "Narasumber sosialisasi pengelolaan", "sampah berbasis 3R", "12", "OJ", "700.000,00", "8.400.000,00",
                "- Paket alat tulis peserta", "sosialisasi", "180", "paket", "12.500,00", "2.250.000,00",
                "- Kertas HVS", "10", "rim", "48.000,00", "480.000,00"));
    }

    [Fact]
    public void A_volume_with_a_thousands_separator_before_its_satuan_is_no_amount_that_ends_the_row()
    {
        // "18.000" alone looks like an amount; a satuan and an amount after it make it the row's volume. A rekening
        // row's jumlah without decimals still ends its row, whatever one word and amount follow it.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah",
                "5.2.2.01.04\tBelanja Bahan Bakar Minyak/Gas\t18.000",
                "\tSolar truk sampah\t18.000\tliter\t5.150,00\t92.700.000,00",
                "\tOli mesin\t120\tliter\t45.000,00\t5.400.000,00",
                "5.2.2.01.05\tBelanja Peralatan Kebersihan\t12.000",
                "\tKebersihan\t12.000,00",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah",
                "5.2.2.01.04", "Belanja Bahan Bakar Minyak/Gas", "18.000",
                "Solar truk sampah", "18.000", "liter", "5.150,00", "92.700.000,00",
                "Oli mesin", "120", "liter", "45.000,00", "5.400.000,00",
                "5.2.2.01.05", "Belanja Peralatan Kebersihan", "12.000", "Kebersihan", "12.000,00"));
    }

    [Fact]
    public void A_koefisien_with_a_thousands_separator_is_no_amount_that_ends_the_row()
    {
        Assert.Equal(
            "\tLeaflet Pangan Lokal,\tFull Colour\t1.000 Lembar\tLembar\t2.400,00\t0\t2.400.000,00",
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Koefisien", "Satuan", "Harga", "PPN", "Jumlah",
                "Leaflet Pangan Lokal,", "Full Colour", "1.000 Lembar", "Lembar", "2.400,00", "0", "2.400.000,00")[1]);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("5")]
    [InlineData("6")]
    public void A_volume_that_is_also_an_akun_digit_is_the_rows_volume(string volume)
    {
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga satuan\tJumlah",
                "5.2.1.02.02\tHonorarium Tutor\t4.500.000,00",
                "\tHonor tutor keaksaraan fungsional\t" + volume + "\tOB\t750.000,00\t4.500.000,00",
                "5.2.2\tBelanja Barang dan Jasa\t28.350.000,00",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga satuan", "Jumlah",
                "5.2.1.02.02", "Honorarium Tutor", "4.500.000,00",
                "Honor tutor keaksaraan fungsional", volume, "OB", "750.000,00", "4.500.000,00",
                "5.2.2", "Belanja Barang dan Jasa", "28.350.000,00"));
    }

    [Fact]
    public void The_columns_numbers_one_a_line_are_one_row()
    {
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga satuan\tJumlah",
                "1\t2\t3\t4\t5\t6 = (3 x 5)",
                "5.2\tBELANJA LANGSUNG\t32.850.000,00",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga satuan", "Jumlah",
                "1", "2", "3", "4", "5", "6 = (3 x 5)",
                "5.2", "BELANJA LANGSUNG", "32.850.000,00"));
    }

    [Fact]
    public void Cells_as_blocks_with_blank_lines_between_are_joined_block_by_block()
    {
        // Plain pdftotext of Word's Save as PDF: every cell a block, a wrapped uraian two lines of one block, volume and
        // satuan in one block or two, a row kept on one line; the columns' numbers go with the header. The table ends at
        // the signature (its lines are not joined into a cell). Blank lines pass as blank rows, left out here.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tRincian Perhitungan\tVolume\tSatuan\tHarga Satuan\tJumlah (Rp)",
                "5.2.1.01.01\tHonorarium Panitia Pelaksana Kegiatan\t26.400.000,00",
                "\tHonorarium Pejabat Pelaksana Teknis Kegiatan (PPTK)\t12 OB\t700.000,00\t8.400.000,00",
                "\tHonorarium Tim Gerak Cepat (TGC) kabupaten (5 orang x 12 bulan)\t60\tOB\t300.000,00\t18.000.000,00",
                "5.2.2.11.02\tBelanja Makanan dan Minuman Rapat\t4.200.000,00",
                "\tJUMLAH\t30.600.000,00",
                "Ciwangi, 19 Oktober 2020",
                "Kepala Dinas Kesehatan",
                "dr. RATNA KUSUMAWATI, M.Kes.",
                "NIP. 19720614 200212 2 004",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Kode", "Rekening", "", "Uraian", "", "Rincian Perhitungan", "Volume", "", "Satuan", "", "Harga Satuan", "",
                "Jumlah", "(Rp)", "", "1", "", "2", "", "3", "", "4", "", "5", "", "6 = (3 x 5)", "",
                "5.2.1.01.01", "", "Honorarium Panitia Pelaksana Kegiatan", "", "26.400.000,00", "",
                "Honorarium Pejabat Pelaksana Teknis Kegiatan (PPTK)", "", "12 OB", "", "700.000,00", "", "8.400.000,00", "",
                "Honorarium Tim Gerak Cepat (TGC) kabupaten", "(5 orang x 12 bulan)", "", "60", "", "OB", "", "300.000,00", "",
                "18.000.000,00", "",
                "5.2.2.11.02 Belanja Makanan dan Minuman Rapat", "", "4.200.000,00", "",
                "JUMLAH", "", "30.600.000,00", "",
                "Ciwangi, 19 Oktober 2020", "Kepala Dinas Kesehatan", "", "dr. RATNA KUSUMAWATI, M.Kes.", "NIP. 19720614 200212 2 004")));
    }

    [Fact]
    public void A_row_whose_cells_are_lines_of_one_block_is_read_cell_by_cell()
    {
        // MuPDF's text of a SIPD print: a detail row's uraian with its Spesifikasi in one block and its koefisien,
        // satuan, harga, PPN and jumlah one a line in the next, or the whole row one block; a wrapped uraian that ends
        // in "06)" and a koefisien wrapped in its cell; a page's two-line footer is a page break, not a row.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tJumlah\tRincian Perhitungan\tKoefisien\tSatuan\tHarga\tPPN",
                "5.1.02.01.01.0024\tBelanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor\t1.027.500,00",
                "\tKertas HVS A4 80 gram Spesifikasi : Kertas HVS putih ukuran A4 80 gram isi 500 lembar\t15 Rim\tRim\t68.500,00\t0\t1.027.500,00",
                "\tCetak Formulir Daftar Terduga Tuberkulosis (TBC 06)\t2.500 Lembar\tLembar\t600,00\t0\t1.500.000,00",
                "RKA - Rincian Belanja Sub Kegiatan 1.02.02.2.02.0011 Halaman 1 dari 2",
                "\tUang Harian Perjalanan Dinas\t3 Orang x 18 Puskesmas x 2 Kali\tOH\t150.000,00\t0\t16.200.000,00",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Jumlah", "", "Rincian Perhitungan", "", "Koefisien", "Satuan", "Harga", "PPN", "",
                "5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat", "Tulis Kantor", "", "1.027.500,00", "",
                "Kertas HVS A4 80 gram", "Spesifikasi : Kertas HVS putih ukuran A4 80 gram isi 500", "lembar", "",
                "15 Rim", "Rim", "68.500,00", "0", "1.027.500,00", "",
                "Cetak Formulir Daftar Terduga Tuberkulosis (TBC", "06)", "", "2.500 Lembar", "Lembar", "600,00", "0", "1.500.000,00", "",
                "RKA - Rincian Belanja Sub Kegiatan 1.02.02.2.02.0011", "Halaman 1 dari 2", "",
                "Uang Harian Perjalanan Dinas", "3 Orang x 18", "Puskesmas x 2 Kali", "OH", "150.000,00", "0", "16.200.000,00")));
    }

    [Theory]
    [InlineData("1. Honorarium Panitia", "Pelaksana Kegiatan")]
    [InlineData("Rapat Koordinasi Tahun", "2025 Tingkat Kabupaten")]
    public void An_uraian_s_wrapped_line_that_starts_with_a_number_is_no_koefisien(string first, string second)
    {
        System.Collections.Generic.List<string> rows = LayoutRows.NonBlank(LayoutRows.Texts(
            "Kode Rekening", "Uraian", "Jumlah", "", "Rincian Perhitungan", "", "Koefisien", "Satuan", "Harga", "PPN", "",
            first, second, "", "12 Kali", "Kali", "50.000,00", "0", "600.000,00"));

        Assert.Equal("\t" + first + " " + second + "\t12 Kali\tKali\t50.000,00\t0\t600.000,00", rows[^1]);
    }

    [Fact]
    public void A_volume_alone_over_its_satuan_in_a_block_is_a_cell_and_a_thousands_volume_is_no_kode()
    {
        // LibreOffice Writer's text export: a row's cells one a line with no blank between, the volume alone ("8",
        // "4.000") over its satuan; "4.000" starts like a kode rekening of akun 4 but has no one-digit kelompok.
        Assert.Equal(
            [
                "5.2.1.01.01\tHonorarium Panitia Pelaksana Kegiatan\t6.000.000,00",
                "\tHonor PPTK (1 org x 8 bln)\t8 OB\t750.000,00\t6.000.000,00",
                "\tFotocopy dokumen teknis dan administrasi\t4.000\tlbr\t250,00\t1.000.000,00",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Rincian Perhitungan", "Jumlah", "(Rp)", "", "", "Volume", "Satuan", "Harga Satuan", "",
                "5.2.1.01.01", "Honorarium Panitia Pelaksana Kegiatan", "", "", "", "6.000.000,00", "",
                "Honor PPTK (1 org x 8 bln)", "8", "OB", "750.000,00", "6.000.000,00", "",
                "Fotocopy dokumen teknis dan administrasi", "4.000", "lbr", "250,00", "1.000.000,00")).GetRange(1, 3));
    }

    [Theory]
    [InlineData("RKA - SKPD 2.2.1")]
    [InlineData("Formulir RKA - SKPD")]
    public void The_form_s_own_title_line_over_a_page_number_is_no_footer(string title)
    {
        // Only a line naming the form with its kegiatan's code joins the page number under it as a footer.
        System.Collections.Generic.List<string> rows = LayoutRows.Texts(title, "Halaman 1 dari 4", "Urusan Pemerintahan : 1.02 Kesehatan");

        Assert.Contains(title, rows);
    }

    [Fact]
    public void A_block_uraian_that_another_text_block_follows_stands_alone_when_a_row_comes_after_it()
    {
        // A group heading over its lines, and a rekening printed without its jumlah, in a table of blocks.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah",
                "5.2.2.11\tBelanja Makanan dan Minuman",
                "5.2.2.11.02\tBelanja Makanan dan Minuman Rapat\t1.462.500,00",
                "\t- Konsumsi Rapat Koordinasi",
                "\tMakan dan minum rapat\t45\tkotak\t32.500,00\t1.462.500,00",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Kode", "Rekening", "", "Uraian", "", "Volume", "", "Satuan", "", "Harga Satuan", "", "Jumlah", "",
                "5.2.2.11", "", "Belanja Makanan dan Minuman", "",
                "5.2.2.11.02", "", "Belanja Makanan dan Minuman Rapat", "", "1.462.500,00", "",
                "- Konsumsi Rapat Koordinasi", "",
                "Makan dan minum rapat", "", "45", "", "kotak", "", "32.500,00", "", "1.462.500,00")));
    }

    [Fact]
    public void A_dash_group_heading_in_one_block_with_the_uraian_under_it_is_a_row_of_its_own()
    {
        // The heading's cell printed with no gap above the next row's uraian: pdftotext writes the two as one block.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah",
                "5.2.1.02.01\tHonorarium Tenaga Ahli\t8.400.000,00",
                "\t- Honorarium Narasumber",
                "\tNarasumber sosialisasi pengelolaan sampah dari Dinas Provinsi\t12\tOJ\t700.000,00\t8.400.000,00",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Kode", "Rekening", "", "Uraian", "", "Volume", "", "Satuan", "", "Harga Satuan", "", "Jumlah", "",
                "5.2.1.02.01", "", "Honorarium Tenaga Ahli", "", "8.400.000,00", "",
                "- Honorarium Narasumber", "Narasumber sosialisasi pengelolaan", "sampah dari Dinas Provinsi", "",
                "12", "", "OJ", "", "700.000,00", "", "8.400.000,00")));
    }

    [Fact]
    public void An_amount_further_down_that_is_not_a_detail_rows_volume_times_harga_stays_where_it_is()
    {
        // Found by review: 8 x 52.500,00 is not 500.000,00, so the amounts after the next rekening are its own.
        var rows = LayoutRows.NonBlank(LayoutRows.Texts(
            "Kode", "Rekening", "", "Uraian", "", "Volume", "", "Satuan", "", "Harga Satuan", "", "Jumlah", "",
            "Kertas HVS A4 80 gram", "", "8", "", "rim", "", "52.500,00", "",
            "5.2.2.02", "", "Belanja Cetak", "", "500.000,00", "600.000,00"));

        Assert.DoesNotContain(rows, r => r.StartsWith("\tKertas HVS A4 80 gram", System.StringComparison.Ordinal) && r.EndsWith("500.000,00", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Jumlahs_written_further_down_go_to_the_rows_that_lack_them_in_order()
    {
        // Plain pdftotext of a Crystal print reads a stretch of the table column by column: two detail rows end in
        // their harga and a rekening row has no amount; the jumlah column then follows in a run after the next
        // rekening's uraian (its own jumlah last), or after a detail row's harga (its own jumlah last).
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah",
                "\tKertas HVS A4 80 gram\t8\trim\t52.500,00\t420.000,00",
                "\tTinta printer warna\t6 botol\t95.000,00\t570.000,00",
                "5.2.2.11\tBelanja Makanan dan Minuman\t1.462.500,00",
                "5.2.2.11.02\tBelanja Makanan dan Minuman Rapat\t1.462.500,00",
                "\tUang harian survei lokasi\t40\tOH\t150.000,00\t6.000.000,00",
                "\tUang harian pengawas\t24\tOH\t150.000,00\t3.600.000,00",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Kode", "Rekening", "", "Uraian", "", "Volume", "", "Satuan", "", "Harga Satuan", "", "Jumlah", "",
                "Kertas HVS A4 80 gram", "", "8", "", "rim", "", "52.500,00", "",
                "Tinta printer warna", "", "6 botol", "", "95.000,00", "",
                "5.2.2.11", "", "Belanja Makanan dan Minuman", "",
                "5.2.2.11.02", "", "Belanja Makanan dan Minuman Rapat", "",
                "420.000,00", "570.000,00", "1.462.500,00", "1.462.500,00", "",
                "Uang harian survei lokasi", "", "40", "", "OH", "", "150.000,00", "",
                "Uang harian pengawas", "", "24", "", "OH", "", "150.000,00", "",
                "6.000.000,00", "3.600.000,00")));
    }

    [Fact]
    public void Amounts_beyond_a_rows_own_that_match_no_rows_above_stay_where_they_are()
    {
        // A rekening printed without its jumlah, then a row with one amount more than its own but two rows lacking
        // theirs above it: nothing is moved.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah",
                "\tKertas HVS A4 80 gram\t8\trim\t52.500,00",
                "5.2.2.11\tBelanja Makanan dan Minuman",
                "5.2.2.11.02\tBelanja Makanan dan Minuman Rapat\t420.000,00\t1.462.500,00",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Kode", "Rekening", "", "Uraian", "", "Volume", "", "Satuan", "", "Harga Satuan", "", "Jumlah", "",
                "Kertas HVS A4 80 gram", "", "8", "", "rim", "", "52.500,00", "",
                "5.2.2.11", "", "Belanja Makanan dan Minuman", "",
                "5.2.2.11.02", "", "Belanja Makanan dan Minuman Rapat", "",
                "420.000,00", "1.462.500,00")));
    }

    [Fact]
    public void A_kode_rekening_right_under_a_wrapped_uraian_starts_the_next_row()
    {
        // pdftotext wrote the next row's kode with no blank line under a wrapped uraian's last line: it is no uraian.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah",
                "\tMakan dan minum rapat koordinasi\t45\tkotak\t32.500,00\t1.462.500,00",
                "\tpenempatan rambu",
                "5.2.2.15.01\tBelanja Perjalanan Dinas Dalam Daerah\t9.000.000,00",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Kode", "Rekening", "", "Uraian", "", "Volume", "", "Satuan", "", "Harga Satuan", "", "Jumlah", "",
                "Makan dan minum rapat koordinasi", "", "45", "", "kotak", "", "32.500,00", "", "1.462.500,00", "",
                "penempatan rambu", "5.2.2.15.01", "", "Belanja Perjalanan Dinas Dalam Daerah", "", "9.000.000,00")));
    }

    [Fact]
    public void Column_numbers_written_out_of_order_are_passed_over_and_a_number_repeating_one_is_the_first_rows_kode()
    {
        // Plain pdftotext of a SIMRAL-style print wrote the column numbers 2, 3, 4, 5 and 1 before "Jumlah" and its
        // "6 = (3 x 5)": all are the header's; the "5" after them repeats one, so it is the first row's kode.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga\tSatuan\tJumlah",
                "5\tBELANJA DAERAH\t117.687.000,00",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Kode", "Rekening", "", "Uraian", "", "Volume", "", "Satuan", "", "Harga", "Satuan", "", "2", "", "3", "",
                "4", "", "5", "", "1", "", "Jumlah", "6 = (3 x 5)", "", "5", "", "BELANJA DAERAH", "", "117.687.000,00")));
    }

    [Fact]
    public void A_number_past_the_header_and_the_column_numbers_is_the_first_rows_kode()
    {
        // "1", "2", "3" under a header of three words are its columns' numbers; the "5" after them is past both.
        Assert.Equal(
            ["Kode Rekening\tUraian\tJumlah", "5\tBELANJA DAERAH\t69.352.800,00"],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Kode Rekening", "", "Uraian", "", "Jumlah", "", "1", "", "2", "", "3", "", "5", "", "BELANJA DAERAH", "",
                "69.352.800,00")));
    }

    [Fact]
    public void A_lone_number_after_a_header_of_blocks_is_the_first_rows_kode()
    {
        // SIPD's header has no column numbers; its first row's kode "5" stands alone before its uraian: no column number.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tKoefisien\tSatuan\tHarga\tPPN\tJumlah",
                "5\tBELANJA DAERAH\t69.352.800,00",
                "5.1\tBELANJA OPERASI\t69.352.800,00",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "Kode Rekening", "", "Uraian", "", "Koefisien", "", "Satuan", "", "Harga", "", "PPN", "", "Jumlah", "",
                "5", "", "BELANJA DAERAH", "", "69.352.800,00", "",
                "5.1", "", "BELANJA OPERASI", "", "69.352.800,00")));
    }

    [Fact]
    public void A_kode_among_the_repeated_header_heads_the_row_after_it()
    {
        // pdftotext orders a page's blocks by column: the first row's kode lands among the header's words.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tRincian Perhitungan\tVolume\tSatuan\tHarga Satuan\tJumlah (Rp)",
                "5.2.2.01.01\tBelanja Alat Tulis Kantor\t2.370.000,00",
                "\tKertas HVS A4 70 gram\t10\trim\t48.000,00\t480.000,00",
            ],
            LayoutRows.NonBlank(LayoutRows.Texts(
                "\fKode", "Rekening", "", "Uraian", "", "1", "", "2", "", "5.2.2.01.01", "", "Rincian Perhitungan", "Volume", "",
                "Satuan", "", "Harga Satuan", "", "Jumlah", "(Rp)", "", "3", "", "4", "", "5", "", "6 = (3 x 5)", "",
                "Belanja Alat Tulis Kantor", "", "2.370.000,00", "",
                "Kertas HVS A4 70 gram", "", "10", "", "rim", "", "48.000,00", "", "480.000,00")));
    }

    [Fact]
    public void A_word_processors_text_export_is_a_grid_of_one_line_a_cell()
    {
        // LibreOffice's "Text": every cell a line, an empty cell an empty line; a group heading with empty cells after
        // it; the total row of two merged cells.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan (Rp)\tJumlah (Rp)",
                "1\t2\t3\t4\t5\t6 = (3 x 5)",
                "5.2.1.01.01\tHonorarium Panitia Pelaksana Kegiatan\t\t\t\t9.600.000,00",
                "\tHonor Pejabat Pelaksana Teknis Kegiatan (PPTK)\t12\tOB\t450.000,00\t5.400.000,00",
                "\t- Honor Pembantu",
                "\tHonor Pembantu PPTK\t12\tOB\t350.000,00\t4.200.000,00",
                "\tJUMLAH\t9.600.000,00",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan (Rp)", "Jumlah (Rp)",
                "1", "2", "3", "4", "5", "6 = (3 x 5)",
                "5.2.1.01.01", "Honorarium Panitia Pelaksana Kegiatan", "", "", "", "9.600.000,00",
                "", "Honor Pejabat Pelaksana Teknis Kegiatan (PPTK)", "12", "OB", "450.000,00", "5.400.000,00",
                "", "- Honor Pembantu", "", "", "", "",
                "", "Honor Pembantu PPTK", "12", "OB", "350.000,00", "4.200.000,00",
                "JUMLAH", "9.600.000,00"));
    }

    [Fact]
    public void A_grid_whose_first_row_has_an_empty_kode_cell_is_still_a_grid()
    {
        // The empty line of the first row's empty kode cell right under the header is no blank between its words.
        Assert.Equal(
            [
                "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah",
                "\tHonor Pejabat Pelaksana Teknis Kegiatan (PPTK)\t12\tOB\t450.000,00\t5.400.000,00",
                "\tHonor Pembantu PPTK\t12\tOB\t350.000,00\t4.200.000,00",
            ],
            LayoutRows.Texts(
                "Kode Rekening", "Uraian", "Volume", "Satuan", "Harga Satuan", "Jumlah",
                "", "Honor Pejabat Pelaksana Teknis Kegiatan (PPTK)", "12", "OB", "450.000,00", "5.400.000,00",
                "", "Honor Pembantu PPTK", "12", "OB", "350.000,00", "4.200.000,00"));
    }
}
