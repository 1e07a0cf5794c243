namespace Rkaskpd.Tests.Text.Perubahan;

/// <summary>Hand-written perubahan (amended budget) forms, as SIMDA prints them: in the seed's tab layout and
/// flattened (single spaces, as copied from a PDF).</summary>
internal static class PerubahanForms
{
    /// <summary>An RKPA 2.2.1 in the seed's tab layout: year n before and after perubahan and the difference, an
    /// indicator table with Sebelum and Setelah columns, and a rincian table with both groups, the difference and a
    /// penjelasan.</summary>
    public const string Tab = """
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH	FORMULIR RKPA - SKPD 2.2.1
        PEMERINTAH KABUPATEN LUMAJANG TAHUN ANGGARAN 2020
        Urusan Pemerintahan	: 3.05	PEMERINTAHAN UMUM
        Organisasi	: 3.05.09	KECAMATAN LUMAJANG
        Program	: 3.05.3.05.09.01	PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN
        Kegiatan	: 3.05.3.05.09.01.021	Pelayanan Administrasi Perkantoran
        Lokasi Kegiatan	: Kecamatan Lumajang
        Jumlah Tahun 2019	: 1.800.000,00	(SATU JUTA DELAPAN RATUS RIBU RUPIAH)
        Jumlah Tahun 2020 Sebelum Perubahan	: 2.000.000,00	(DUA JUTA RUPIAH)
        Jumlah Tahun 2020 Setelah Perubahan	: 2.450.000,00	(DUA JUTA EMPAT RATUS LIMA PULUH RIBU RUPIAH)
        Bertambah/(Berkurang)	: 450.000,00
        Jumlah Tahun 2021	: 2.695.000,00	(DUA JUTA ENAM RATUS SEMBILAN PULUH LIMA RIBU RUPIAH)
        Indikator & Tolok Ukur Kinerja Belanja Langsung
        Indikator	Tolok Ukur Kinerja Sebelum Perubahan	Tolok Ukur Kinerja Setelah Perubahan	Target Kinerja Sebelum Perubahan	Target Kinerja Setelah Perubahan
        Capaian Program	Persentase pemenuhan administrasi perkantoran	Persentase pemenuhan administrasi perkantoran	78%	80%
        Masukan	Tersedianya dana	Tersedianya dana	Rp. 2.000.000,00	Rp. 2.450.000,00
        Keluaran	Jumlah pelayanan administrasi	Jumlah pelayanan administrasi perkantoran	30 Jenis	32 Jenis
        Hasil	Nilai Indeks Kepuasan Masyarakat	Nilai Indeks Kepuasan Masyarakat	86,32	86,50
        Kelompok Sasaran Kegiatan: Administrasi Perkantoran Kecamatan Lumajang

        RINCIAN ANGGARAN BELANJA LANGSUNG
        Kode Rekening	Uraian	Sebelum Perubahan				Setelah Perubahan				Bertambah/(Berkurang)	Penjelasan
        		Volume	Satuan	Harga Satuan	Jumlah	Volume	Satuan	Harga Satuan	Jumlah	(Rp)
        5.2	BELANJA LANGSUNG				2.000.000,00				2.450.000,00	450.000,00
        5.2.2	Belanja Barang dan Jasa				2.000.000,00				2.450.000,00	450.000,00
        5.2.2.01	Belanja Bahan Pakai Habis Kantor				1.000.000,00				1.250.000,00	250.000,00
        5.2.2.01.01	Belanja Alat Tulis Kantor				1.000.000,00				1.250.000,00	250.000,00
        	Kertas HVS A4	20	rim	50.000,00	1.000.000,00	25	rim	50.000,00	1.250.000,00	250.000,00	Tambahan kebutuhan pelayanan
        5.2.2.03	Belanja Jasa Kantor				1.000.000,00				1.200.000,00	200.000,00
        5.2.2.03.01	Belanja Telepon				1.000.000,00				1.200.000,00	200.000,00
        	Tagihan telepon kantor	10	bulan	100.000,00	1.000.000,00	12	bulan	100.000,00	1.200.000,00	200.000,00
        	JUMLAH				2.000.000,00				2.450.000,00	450.000,00
        """;

    /// <summary>A DPPA 2.2.1 flattened: single spaces between cells, amounts with <c>Rp.</c>, a decrease in
    /// parentheses, targets side by side, and a rincian row with its penjelasan after the numbers.</summary>
    public const string Flat = """
        DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH
        KABUPATEN CONTOH TAHUN ANGGARAN 2019
        Urusan Pemerintahan : 1.02 Kesehatan
        Organisasi : 1.02.01 Dinas Kesehatan
        Program : 1.02.1.02.01.15 Program Obat dan Perbekalan Kesehatan
        Kegiatan : 1.02.1.02.01.15.05 Peningkatan Mutu Penggunaan Obat dan Perbekalan Kesehatan
        Lokasi Kegiatan : Puskesmas Contoh
        Jumlah Anggaran Sebelum Perubahan : Rp. 8.000.000,00 (delapan juta rupiah)
        Jumlah Anggaran Setelah Perubahan : Rp. 6.500.000,00 (enam juta lima ratus ribu rupiah)
        Bertambah/(Berkurang) : Rp. (1.500.000,00)
        PERUBAHAN INDIKATOR DAN TOLOK UKUR KINERJA BELANJA LANGSUNG
        Indikator Tolok Ukur Kinerja Sebelum Perubahan Sesudah Perubahan Target Kinerja Sebelum Perubahan Sesudah Perubahan
        Capaian Program Persentase obat tersedia Persentase obat tersedia 90 % 95 %
        Masukan Jumlah Dana Jumlah Dana Rp. 8.000.000,00 Rp. 6.500.000,00
        Keluaran Jumlah laporan monitoring obat Jumlah laporan monitoring obat 12 Laporan 12 Laporan
        Hasil Persentase penggunaan obat rasional Persentase penggunaan obat rasional 80 % 85 %
        Kelompok Sasaran Kegiatan : Petugas Pengelola Obat Puskesmas
        RINCIAN DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN BELANJA LANGSUNG
        Kode Rekening Uraian Sebelum Perubahan Setelah Perubahan Bertambah/(Berkurang)
        Volume Satuan Harga Satuan Jumlah Volume Satuan Harga Satuan Jumlah (Rp)
        5.2 BELANJA LANGSUNG 8.000.000,00 6.500.000,00 (1.500.000,00)
        5.2.2 BELANJA BARANG DAN JASA 8.000.000,00 6.500.000,00 (1.500.000,00)
        5.2.2.15 Belanja Perjalanan Dinas 8.000.000,00 6.500.000,00 (1.500.000,00)
        5.2.2.15.01 Belanja Perjalanan Dinas Dalam Daerah 8.000.000,00 6.500.000,00 (1.500.000,00)
        Monitoring kerasionalan obat di pustu 32 OH 250.000,00 8.000.000,00 26 OH 250.000,00 6.500.000,00 (1.500.000,00) Efisiensi anggaran
        Jumlah 8.000.000,00 6.500.000,00 (1.500.000,00)
        """;
}
