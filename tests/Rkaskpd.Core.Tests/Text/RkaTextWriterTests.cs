using System;
using System.Globalization;
using System.IO;
using System.Threading;
using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;
using KakSectionKind = Rkaskpd.Forms.KakSectionKind;

namespace Rkaskpd.Tests.Text;

public class RkaTextWriterTests
{
    private const string SmallFormText =
        "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH\tFORMULIR RKA - SKPD 2.2.1\n"
        + "PEMERINTAH KABUPATEN LUMAJANG TAHUN ANGGARAN 2020\n"
        + "Urusan Pemerintahan\t: 3.05\tPEMERINTAHAN UMUM\n"
        + "Organisasi\t: 3.05.09\tKECAMATAN LUMAJANG\n"
        + "Program\t: 3.05.3.05.09.01\tPROGRAM PELAYANAN ADMINISTRASI PERKANTORAN\n"
        + "Kegiatan\t: 3.05.3.05.09.01.021\tPelayanan Administrasi | Perkantoran\n"
        + "Lokasi Kegiatan\t: Kecamatan Lumajang\n"
        + "Jumlah Tahun 2019\t: 1.000.000,00\t(SATU JUTA RUPIAH)\n"
        + "Jumlah Tahun 2020\t: 2.000.000,00\t(DUA JUTA RUPIAH)\n"
        + "Jumlah Tahun 2021\t: 2.200.000,00\t(DUA JUTA DUA RATUS RIBU RUPIAH)\n"
        + "Indikator & Tolok Ukur Kinerja Belanja Langsung\n"
        + "Indikator\tTolok Ukur Kinerja\tTarget Kinerja\n"
        + "Capaian Program\tProsentase pemenuhan\t78%\n"
        + "Masukan\tTersedianya dana\tRp. 2.000.000,00\n"
        + "Keluaran\tJumlah laporan\t12 Dokumen\n"
        + "Hasil\tNilai IKM\t86,32\n"
        + "Kelompok Sasaran Kegiatan: Aparatur Kecamatan\n"
        + "KERANGKA ACUAN KERJA (KAK) PERKIRAAN REKENING BELANJA\n"
        + "Keterangan\tUraian\n"
        + "KERANGKA ACUAN KERJA (KAK)\tLatar Belakang : Tugas kecamatan\n"
        + "\tDasar Hukum : - UU No. 23 Tahun 2014 tentang Pemerintahan Daerah\n"
        + "\t- Perbup No. 86 Tahun 2016\n"
        + "\tMaksud dan Tujuan : <p>Maksud : Menunjang</p> <p>Tujuan : Tercapainya</p>\n"
        + "\tMekanisme : Prosedur : rutin - Waktu Pelaksanaan : 3 bulan - Pelaksanaan : bulan Maret s/d Mei 2020\n";

    [Fact]
    public void Writes_a_small_form_in_the_canonical_layout()
    {
        var document = new RkaDocument { Forms = [WriterTestForms.Small()] };

        Assert.Equal(SmallFormText, RkaTextWriter.Write(document));
    }

    [Fact]
    public void Writes_the_rincian_table_before_the_KAK()
    {
        var document = new RkaDocument { Forms = [WriterTestForms.Small(withRincian: true)] };

        string text = RkaTextWriter.Write(document);

        const string Rincian =
            "Kelompok Sasaran Kegiatan: Aparatur Kecamatan\n\n"
            + "RINCIAN ANGGARAN BELANJA LANGSUNG\n"
            + "Kode Rekening\tUraian\tVolume\tSatuan\tHarga Satuan\tJumlah\n"
            + "5.2.2.01.01\tBelanja Alat Tulis Kantor\t\t\t\t525.000,00\n"
            + "\tKertas HVS\t10,5\trim\t50.000,00\t525.000,00\n"
            + "KERANGKA ACUAN KERJA (KAK) PERKIRAAN REKENING BELANJA\n";
        Assert.Contains(Rincian, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Separates_forms_with_one_blank_line()
    {
        RkaForm form = WriterTestForms.Small();
        var document = new RkaDocument { Forms = [form, form] };

        Assert.Equal(SmallFormText + "\n" + SmallFormText, RkaTextWriter.Write(document));
    }

    [Fact]
    public void Writes_nothing_for_an_empty_document() =>
        Assert.Equal(string.Empty, RkaTextWriter.Write(new RkaDocument()));

    [Fact]
    public void Keeps_labels_amounts_and_headings_as_written()
    {
        RkaForm form = WriterTestForms.Small() with
        {
            Amounts = new FormAmounts
            {
                PreviousYear = new AmountRow { Position = AmountPosition.PreviousYear, Label = "Jumlah Tahun 2018", AmountText = "32 500 000,00", Terbilang = "TIGA PULUH DUA JUTA LIMA RATUS" },
                CurrentYear = new AmountRow { Position = AmountPosition.CurrentYear, Label = "Jumlah Tahun n", AmountText = "Rp. 1.000,-" },
            },
            Kak = new Kak([KakSection.Create(KakSectionKind.LatarBelakang, "Layat Belakang :", "teks")]),
        };

        string text = RkaTextWriter.Write(new RkaDocument { Forms = [form] });

        Assert.Contains("Jumlah Tahun 2018\t: 32 500 000,00\t(TIGA PULUH DUA JUTA LIMA RATUS)\nJumlah Tahun n\t: Rp. 1.000,-\nIndikator", text, StringComparison.Ordinal);
        Assert.Contains("KERANGKA ACUAN KERJA (KAK)\tLayat Belakang : teks\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_out_missing_header_lines_and_flattens_cells()
    {
        RkaForm form = WriterTestForms.Small() with
        {
            Header = new FormHeader { TahunAnggaran = 2021, Kegiatan = new HeaderField<KegiatanCode>("Kegiatan", "1.2.3", null, "Satu\r\ndua\tTiga") },
            KelompokSasaran = null,
            Kak = new Kak([KakSection.Create(KakSectionKind.Manfaat, null, "Bermanfaat")]),
        };

        string text = RkaTextWriter.Write(new RkaDocument { Forms = [form] });

        Assert.StartsWith(
            "RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH\tFORMULIR RKA - SKPD 2.2.1\nTAHUN ANGGARAN 2021\nKegiatan\t: 1.2.3\tSatu dua Tiga\nJumlah Tahun 2019",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Kelompok Sasaran", text, StringComparison.Ordinal);
        Assert.Contains("KERANGKA ACUAN KERJA (KAK)\t: Bermanfaat\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_to_a_TextWriter_the_same_text_under_any_culture()
    {
        var document = new RkaDocument { Forms = [WriterTestForms.Small(withRincian: true)] };
        string expected = RkaTextWriter.Write(document);
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            using var writer = new StringWriter(CultureInfo.CurrentCulture);
            RkaTextWriter.Write(document, writer);
            Assert.Equal(expected, writer.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Rejects_null_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => RkaTextWriter.Write(null!));
        Assert.Throws<ArgumentNullException>(() => RkaTextWriter.Write(new RkaDocument(), null!));
    }
}
