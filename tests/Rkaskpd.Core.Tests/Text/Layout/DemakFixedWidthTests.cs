using System.Linq;
using Rkaskpd.Tests.Text.Flattened;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>The Demak 2019 corpus form (<c>kab-demak-2019-...</c>, read in <see cref="FlattenedCorpusTests"/> from its
/// document site's flattened text) laid out by hand as <c>pdftotext -layout</c> prints such a PDF page: fixed-width
/// columns, the title block beside its form number, the indicator table with a second MANFAAT indicator under an empty
/// kind cell, and the rincian's six columns with right-aligned numbers. It must read to the same values, which were
/// written by reading the text.</summary>
public class DemakFixedWidthTests
{
    private static readonly string[] Page =
    [
        "                      RENCANA KERJA DAN ANGGARAN                                    Formulir",
        "                    SATUAN KERJA PERANGKAT DAERAH                                   RKA SKPD",
        "                      PEMERINTAH KABUPATEN DEMAK                                      2.2.1",
        "                        Tahun Anggaran : 2019",
        "",
        "Urusan Pemerintahan    : 3.03                       Urusan Pilihan Pertanian",
        "Organisasi             : 3.03 . 3.03.01             DINAS PERTANIAN DAN PANGAN",
        "Program                : 3.03 . 3.03.01 . 01        Program Pelayanan Administrasi Perkantoran",
        "Kegiatan               : 3.03 . 3.03.01 . 01 . 01   Penyediaan jasa surat menyurat",
        "Lokasi Kegiatan        : Dinpertan Pangan Kab. Demak",
        "Jumlah Tahun n - 1     : Rp0,00",
        "Jumlah Tahun n         : Rp13.000.000,00 (Tiga belas juta rupiah)",
        "Jumlah Tahun n + 1     : Rp0,00",
        "",
        "                        INDIKATOR & TOLOK UKUR KINERJA BELANJA LANGSUNG",
        "",
        "INDIKATOR        TOLOK UKUR KINERJA                                        TARGET KINERJA",
        "MASUKAN          Jumlah Dana                                               Rp. 13.000.000",
        "KELUARAN         Terpenuhinya kegiatan surat m,enyurat                     12 bulan",
        "HASIL            Terpenuhinya administrasi perkantoran                     12 bulan",
        "MANFAAT          Indeks kepuasan masyarakat                                80 angka",
        "                 nilai akuntabilitas kinerja OPD                           78 angka",
        "DAMPAK           Nilai Tukar Petani (NTP)                                  103,35 angka",
        "",
        "Kelompok Sasaran Kegiatan : Dinpertan Pangan",
        "",
        "    RINCIAN ANGGARAN BELANJA LANGSUNG MENURUT PROGRAM DAN PER KEGIATAN SATUAN KERJA PERANGKAT DAERAH",
        "",
        "  KODE                                                                      RINCIAN PERHITUNGAN",
        "                                        URAIAN                                                                      JUMLAH",
        "REKENING                                                                  Volume   Satuan   Harga Satuan              (Rp)",
        "    1                                      2                                 3        4           5                    6",
        "5                    BELANJA                                                                                  13.000.000,00",
        "5.2                  BELANJA LANGSUNG                                                                         13.000.000,00",
        "5.2.2                Belanja Barang dan Jasa                                                                  13.000.000,00",
        "5 . 2 . 2 . 01       Belanja Bahan Pakai Habis                                                                13.000.000,00",
        "5 . 2 . 2 . 01 . 04  Belanja Perangko, Materai Dan Benda Pos Lainnya                                          13.000.000,00",
        "                     Belanja Perangko, Materai dan Benda Pos Lainnya                                          13.000.000,00",
        "                     - Perangko                                            80.00   buah         5.000,00         400.000,00",
        "                     - Meterai 6.000                                    1,550.00   buah         6.000,00       9.300.000,00",
        "                     - meterai 3.000                                    1,100.00   buah         3.000,00       3.300.000,00",
        "",
        "Formulir RKA SKPD 2.2.1 - DINAS PERTANIAN DAN PANGAN                                                              Halaman 1",
    ];

    [Fact]
    public void The_fixed_width_page_reads_as_the_flattened_text_does()
    {
        var e = new CorpusExpectations(RkaTextReader.Read(string.Join('\n', Page)));
        FlattenedCorpusTests.ExpectDemak(e);
        e.AssertAll();

        // Each indicator row the model cannot hold is its own finding at its own line (MANFAAT twice, DAMPAK): the
        // second MANFAAT indicator, under an empty kind cell, is a row, not the wrapped tolok ukur of the first.
        int manfaat = System.Array.FindIndex(Page, l => l.StartsWith("MANFAAT", System.StringComparison.Ordinal)) + 1;
        Assert.Equal(
            [manfaat, manfaat + 1, manfaat + 2],
            e.Result.Diagnostics.Where(d => d.Code == "RKA016").Select(d => d.Line ?? 0));
    }
}
