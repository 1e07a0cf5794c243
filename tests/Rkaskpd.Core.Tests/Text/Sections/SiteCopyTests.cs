using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>What a document-hosting site's text copy adds to a form: its page number glued before a page's title,
/// a page's rincian rows one cell a line among flattened ones, and its list of related documents after the text.</summary>
public class SiteCopyTests
{
    private const string Form = """
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
        Formulir RKA - SKPD 2.2.1
        PEMERINTAH KABUPATEN SRIGADING
        TAHUN ANGGARAN 2019
        Urusan Pemerintahan : 1.20 Pemerintahan Umum
        Organisasi : 1.20 . 1.20.24 KECAMATAN WATUGEDE
        Program : 1.20 . 1.20.24 . 21 Program Peningkatan Perencanaan
        Kegiatan : 1.20 . 1.20.24 . 21 . 07 Penyelenggaraan Musrenbang Kecamatan
        Jumlah Tahun n : Rp. 888.000,00 (Delapan ratus delapan puluh delapan ribu rupiah)

        INDIKATOR TOLOK UKUR KINERJA TARGET KINERJA
        MASUKAN Jumlah Dana Rp. 888.000
        HASIL Tersusunnya daftar prioritas usulan pembangunan Kecamatan Watugede 100 %
        tahun 2020

        RINCIAN ANGGARAN BELANJA LANGSUNG
        KODE REKENING URAIAN VOLUME SATUAN HARGA SATUAN JUMLAH
        5.2.2.01.01 Belanja Alat Tulis Kantor 888.000,00
        - Kertas HVS A4 70 gr 10.00 rim 48.000,00 480.000,00

        Formulir RKA SKPD 2.2.1 - KECAMATAN WATUGEDE Halaman 1


        2 RINCIAN ANGGARAN BELANJA LANGSUNG MENURUT PROGRAM DAN PER KEGIATAN

        RINCIAN PERHITUNGAN
        KODE URAIAN JUMLAH
        Harga
        REKENING Volume Satuan (Rp)
        Satuan

        1 2 3 4 5 6

        - Map plastik
        150.00
        buah
        2.000,00
        300.000,00
        - Spidol whiteboard 12.00 buah 9.000,00 108.000,00

        Dokumen yang terkait
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH Formulir RKA SKPD 2.2.1 PEMERINTAH KABUPATEN
        SUKAMAJU Tahun Anggaran 2018 Urusan Pemerintahan : 1.20 Urusan Wajib Otonomi Daerah,
        Lebih terperinci
        """;

    [Fact]
    public void A_site_copy_reads_as_the_one_form_it_holds()
    {
        RkaReadResult result = RkaTextReader.Read(Form);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(
            ["Belanja Alat Tulis Kantor", "- Kertas HVS A4 70 gr", "- Map plastik", "- Spidol whiteboard"],
            form.Rincian.Select(r => r.Uraian));
        Assert.Equal(300_000m, form.Rincian[2].Jumlah?.Amount);
        Assert.Equal(
            [(IndicatorKind.Masukan, "Jumlah Dana"), (IndicatorKind.Hasil, "Tersusunnya daftar prioritas usulan pembangunan Kecamatan Watugede tahun 2020")],
            form.Indicators.Select(i => (i.Kind, i.TolokUkur)));
        Assert.Contains(result.Diagnostics, d => d.Code == "RKA003" && d.Line > 30);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA006");
    }

    [Fact]
    public void Cells_one_a_line_whose_numbers_do_not_agree_are_not_joined()
    {
        string text = Form.Replace("300.000,00", "310.000,00", System.StringComparison.Ordinal);

        RkaForm form = Assert.Single(RkaTextReader.Read(text).Document.Forms);

        Assert.DoesNotContain(form.Rincian, r => r.Uraian == "- Map plastik" && r.Jumlah?.Amount == 310_000m);
    }

    [Theory]
    [InlineData("2 RINCIAN ANGGARAN BELANJA LANGSUNG", 2)]
    [InlineData("13 KERANGKA ACUAN KERJA (KAK)", 3)]
    [InlineData("1 RENCANA KERJA DAN ANGGARAN", 2)]
    [InlineData("2 Rincian anggaran", 0)]
    [InlineData("2 RIM", 0)]
    [InlineData("1234 RINCIAN ANGGARAN", 0)]
    [InlineData("5.2.2 RINCIAN ANGGARAN", 0)]
    public void A_site_page_number_before_a_page_title_is_told(string line, int length) =>
        Assert.Equal(length, ClosingBlock.GluedPageNumberLength(line));
}
