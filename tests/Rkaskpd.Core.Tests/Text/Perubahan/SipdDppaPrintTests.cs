using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Perubahan;

/// <summary>SIPD-RI's DPPA - RINCIAN BELANJA SUB KEGIATAN as its print view's text gives it: the form's name wrapped in
/// the title box (<c>SUB KEGIATAN</c> alone under <c>DPPA - RINCIAN BELANJA</c>), the alokasi of year n printed as two
/// rows (<c>Sebelum Perubahan</c>, <c>Setelah Perubahan</c>), the indicator table's second heading row under both
/// column groups, and the rincian header's <c>Bertambah/</c> / <c>(Berkurang)</c> cell broken over two lines.</summary>
public class SipdDppaPrintTests
{
    private const string Text = """
        DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH
        Formulir
        DPPA - RINCIAN BELANJA
        SUB KEGIATAN
        PEMERINTAH KOTA TANJUNG SERUNI TAHUN ANGGARAN 2025
        Urusan Pemerintahan	:	2 - URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR
        Bidang Urusan	:	2.15 - URUSAN PEMERINTAHAN BIDANG PERHUBUNGAN
        Program	:	2.15.02 - PROGRAM PENYELENGGARAAN LALU LINTAS DAN ANGKUTAN JALAN (LLAJ)
        Kegiatan	:	2.15.02.2.02 - Penyediaan Perlengkapan Jalan di Jalan Kabupaten/Kota
        Organisasi	:	2.15.0.00.0.00.01.0000 - DINAS PERHUBUNGAN
        Alokasi Tahun 2024	:	Rp. 187.450.000,00
        Alokasi Tahun 2025 Sebelum Perubahan	:	Rp. 266.767.250,00
        Alokasi Tahun 2025 Setelah Perubahan	:	Rp. 336.050.300,00
        Alokasi Tahun 2026	:	Rp. 369.655.330,00
        Indikator & Tolok Ukur Kinerja Kegiatan
        Indikator	Sebelum Perubahan	Setelah Perubahan
        Tolok Ukur Kinerja	Target Kinerja	Tolok Ukur Kinerja	Target Kinerja
        Masukan	Dana yang dibutuhkan	Rp. 266.767.250,00	Dana yang dibutuhkan	Rp. 336.050.300,00
        Sub Kegiatan	:	2.15.02.2.02.0002 - Pemeliharaan Perlengkapan Jalan
        Rincian Perubahan Anggaran Belanja Sub Kegiatan Satuan Kerja Perangkat Daerah
        Kode Rekening	Uraian	Sebelum Perubahan	Setelah Perubahan	Bertambah/
        (Berkurang)
        Koefisien	Satuan	Harga	PPN	Jumlah	Koefisien	Satuan	Harga	PPN	Jumlah
        5	BELANJA DAERAH					266.767.250,00					336.050.300,00	69.283.050,00
        """;

    private static RkaReadResult Read(string text) => RkaTextReader.Read(text.ReplaceLineEndings("\n"));

    [Fact]
    public void The_form_s_name_wrapped_in_the_title_box_is_no_sub_kegiatan_field()
    {
        RkaForm form = Assert.Single(Read(Text).Document.Forms);

        Assert.Equal("2.15.02.2.02.0002", form.Header.SubKegiatan!.Code.ToString());
        Assert.Equal("Pemeliharaan Perlengkapan Jalan", form.Header.SubKegiatan.Name);
    }

    [Fact]
    public void The_alokasi_before_and_after_the_change_are_year_n_and_its_sebelum()
    {
        FormAmounts amounts = Assert.Single(Read(Text).Document.Forms).Amounts;

        Assert.Equal(336_050_300m, amounts.CurrentYear!.Amount!.Value.Amount);
        Assert.Equal(266_767_250m, amounts.CurrentYear.Perubahan!.Sebelum!.Value.Amount);
        Assert.Equal(369_655_330m, amounts.NextYear!.Amount!.Value.Amount);
        Assert.Equal(187_450_000m, amounts.PreviousYear!.Amount!.Value.Amount);
    }

    [Fact]
    public void The_heading_rows_are_no_lines_of_the_form()
    {
        RkaReadResult result = Read(Text);

        RincianLine first = Assert.Single(result.Document.Forms).Rincian[0];
        Assert.Equal(("5", "BELANJA DAERAH"), (first.KodeRekening?.ToString(), first.Uraian));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA006");
    }
}
