using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary><c>pdftotext -raw</c> writes a page's text in the order the report drew it: a cell that wraps comes whole
/// before the cells to its right (a tolok ukur before its target, an uraian before its volume, satuan, harga and
/// jumlah), and every page starts with the form's whole title. The rows are read as a person reads the page.</summary>
public class RawOrderRowsTests
{
    private const string Header = """
        RENCANA KERJA DAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH
        Formulir
        RKA - SKPD
        2.2.1
        PEMERINTAH KABUPATEN BUKIT SEGAR
        Tahun Anggaran 2017
        Urusan Pemerintahan : 1.03 . Urusan Wajib Pekerjaan Umum
        Organisasi : 1.03 . 1.03.01 . Dinas Pekerjaan Umum
        Program : 1.03 . 1.03.01 . 15 . Program Pembangunan Jalan dan Jembatan
        Kegiatan : 1.03 . 1.03.01 . 15 . 12 . Pembangunan Jalan Lingkungan
        Jumlah Tahun n : Rp. 9.000.000,00 (Sembilan juta rupiah)

        """;

    [Fact]
    public void A_target_alone_after_a_wrapped_tolok_ukur_is_the_rows_target()
    {
        const string Text = Header + """
            Indikator & Tolok Ukur Kinerja Belanja Langsung
            Indikator Tolok Ukur Kinerja Target Kinerja
            Capaian Program Persentase jalan kabupaten dalam
            kondisi mantap
            72 %
            Keluaran Panjang jalan yang dibangun 350 meter
            """;

        RkaForm form = Assert.Single(RkaTextReader.Read(Text).Document.Forms);

        Assert.Equal(
            [("Persentase jalan kabupaten dalam kondisi mantap", "72 %"), ("Panjang jalan yang dibangun", "350 meter")],
            form.Indicators.Select(i => (i.TolokUkur, i.Target.Text)));
    }

    [Theory]
    [InlineData("72 %", true)]
    [InlineData("350 meter", true)]
    [InlineData("Rp. 245.000.000,00", true)]
    [InlineData("< 10 %", true)]
    [InlineData("kondisi mantap", false)]
    [InlineData("12 desa yang dibina tiap tahun", false)]
    public void A_target_alone_is_a_number_and_its_unit_or_an_amount(string text, bool alone) =>
        Assert.Equal(alone, IndicatorTargetText.IsTargetAlone(text));

    [Fact]
    public void The_cells_after_a_wrapped_uraian_complete_its_row_and_the_title_on_the_next_page_starts_no_form()
    {
        const string Text = Header + """
            Rincian Anggaran Belanja Langsung
            Kode
            Rekening Uraian
            Volume Satuan Harga Satuan
            Jumlah
            5.2.2.06.02 Belanja Penggandaan 3.000.000,00
            Penggandaan gambar kerja dan
            dokumen teknis
            20 set 150.000,00 3.000.000,00
            Halaman 1 dari 2
            RENCANA KERJA DAN ANGGARAN
            SATUAN KERJA PERANGKAT DAERAH
            Formulir
            RKA - SKPD
            2.2.1
            PEMERINTAH KABUPATEN BUKIT SEGAR
            Tahun Anggaran 2017
            5.2.3.49.01 Belanja Modal Pengadaan Konstruksi Jalan
            Lingkungan
            6.000.000,00
            Pekerjaan rabat beton
            1.050 m2 5.000,00 5.250.000,00
            Pekerjaan saluran 3 m' 250.000,00 750.000,00
            JUMLAH 9.000.000,00
            """;

        RkaReadResult result = RkaTextReader.Read(Text);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(
            [
                ("5.2.2.06.02", "Belanja Penggandaan", null, "3000000"),
                (null, "Penggandaan gambar kerja dan dokumen teknis", "20", "3000000"),
                ("5.2.3.49.01", "Belanja Modal Pengadaan Konstruksi Jalan Lingkungan", null, "6000000"),
                (null, "Pekerjaan rabat beton", "1050", "5250000"),
                (null, "Pekerjaan saluran", "3", "750000"),
            ],
            form.Rincian.Select(l => (l.KodeRekening, l.Uraian, l.Volume?.ToString(System.Globalization.CultureInfo.InvariantCulture), (l.Jumlah?.Amount / 1.00m)?.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA006");
    }

    [Fact]
    public void A_line_of_numbers_with_nothing_waiting_for_them_is_still_reported()
    {
        const string Text = Header + """
            Kode Rekening Uraian Volume Satuan Harga Satuan Jumlah
            5.2.2.01.01 Belanja Alat Tulis Kantor 2.300.000,00
            ATK kegiatan 1 paket 2.300.000,00 2.300.000,00
            20 set 150.000,00 3.000.000,00
            """;

        RkaReadResult result = RkaTextReader.Read(Text);

        Assert.Equal(2, Assert.Single(result.Document.Forms).Rincian.Count);
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA006" && d.Message.Contains("20 set", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_volume_with_a_thousands_dot_is_no_kode_rekening()
    {
        Assert.True(FlatRincianRow.TryReadCellsOnly("1.050 m2 5.000,00 5.250.000,00", 7, out RawRincianLine cells));
        Assert.Equal(("1.050", "m2", "5.000,00", "5.250.000,00"), (cells.VolumeText, cells.Satuan, cells.HargaSatuanText, cells.JumlahText));
        Assert.True(FlatRincianRow.TryRead("5.2 BELANJA LANGSUNG 9.000.000,00", 7, numbers: true, out RawRincianLine rekening, out _));
        Assert.Equal("5.2", rekening.KodeRekening);
    }

    [Theory]
    [InlineData("Halaman 1 dari 2\n")]
    [InlineData("\f")] // pdftotext (and the PDF reader) start a page with a form feed, whether or not it has a footer
    public void The_whole_title_repeated_after_a_page_footer_inside_the_table_starts_no_form(string pageBreak)
    {
        string text = (Header + """
            Rincian Anggaran Belanja Langsung
            Kode Rekening Uraian Volume Satuan Harga Satuan Jumlah
            5.2.2.01.01 Belanja Alat Tulis Kantor 2.300.000,00
            ATK kegiatan 1 paket 2.300.000,00 2.300.000,00
            Halaman 1 dari 2
            RENCANA KERJA DAN ANGGARAN
            SATUAN KERJA PERANGKAT DAERAH
            PEMERINTAH KABUPATEN BUKIT SEGAR
            Tahun Anggaran 2017
            5.2.2.06.01 Belanja Cetak 1.500.000,00
            Cetak dokumen lelang 30 buku 50.000,00 1.500.000,00
            JUMLAH 3.800.000,00
            """).Replace("Halaman 1 dari 2\n", pageBreak, StringComparison.Ordinal);

        Assert.Contains(pageBreak + "RENCANA", text, StringComparison.Ordinal);
        RkaForm form = Assert.Single(RkaTextReader.Read(text).Document.Forms);

        Assert.Equal(4, form.Rincian.Count);
        Assert.Equal("PEMERINTAH KABUPATEN BUKIT SEGAR", form.Header.PemerintahDaerah);
    }
}
