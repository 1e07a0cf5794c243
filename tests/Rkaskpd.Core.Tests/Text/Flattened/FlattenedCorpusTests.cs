using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Validation;
using Xunit;
using static Rkaskpd.Forms.IndicatorKind;

namespace Rkaskpd.Tests.Text.Flattened;

/// <summary>The corpus texts in flattened rows (one table row a line, single spaces between cells), read to the values
/// written down here by reading each text (tests/data/corpus; never copied from the reader's output).</summary>
public class FlattenedCorpusTests
{
    /// <summary>The reader's code for a field or row it recognised that the model cannot hold yet.</summary>
    private const string NotHeld = "RKA016";

    [Fact]
    public void Demak_2019()
    {
        var e = new CorpusExpectations("kab-demak-2019-rka-skpd-221-dinpertan-jasa-surat-menyurat.txt");
        ExpectDemak(e);
        e.AssertAll();
    }

    /// <summary>The values of the Demak 2019 form, written by reading its text; <c>Layout/DemakFixedWidthTests</c> expects
    /// them of the same form laid out another way.</summary>
    internal static void ExpectDemak(CorpusExpectations e)
    {
        FormHeader h = e.Form.Header;
        e.Equal("forms", 1, e.Result.Document.Forms.Count);
        e.Equal("pemerintah daerah", "PEMERINTAH KABUPATEN DEMAK", h.PemerintahDaerah);
        e.Equal("tahun anggaran", 2019, h.TahunAnggaran);
        e.Code("urusan", h.Urusan, "3.03", "Urusan Pilihan Pertanian");
        e.Code("organisasi", h.Organisasi, "3.03.01", "DINAS PERTANIAN DAN PANGAN");
        e.Code("program", h.Program, "3.03.3.03.01.01", "Program Pelayanan Administrasi Perkantoran");
        e.Code("kegiatan", h.Kegiatan, "3.03.3.03.01.01.01", "Penyediaan jasa surat menyurat");
        e.Equal("lokasi", "Dinpertan Pangan Kab. Demak", h.Lokasi);
        e.Amount("n-1", e.Form.Amounts.PreviousYear, 0m, "");
        e.Amount("n", e.Form.Amounts.CurrentYear, 13_000_000m, "Tiga belas juta rupiah");
        e.Amount("n+1", e.Form.Amounts.NextYear, 0m, "");
        e.Indicators(
            (Masukan, "Jumlah Dana", "Rp. 13.000.000"),
            (Keluaran, "Terpenuhinya kegiatan surat m,enyurat", "12 bulan"),
            (Hasil, "Terpenuhinya administrasi perkantoran", "12 bulan"));
        e.MoneyTarget(0, 13_000_000m);
        e.Equal("kelompok sasaran", "Dinpertan Pangan", e.Form.KelompokSasaran);
        e.Equal("rincian count", 9, e.Form.Rincian.Count);
        e.Rincian(0,
            ("5", "BELANJA", null, null, null, 13_000_000m),
            ("5.2", "BELANJA LANGSUNG", null, null, null, 13_000_000m),
            ("5.2.2", "Belanja Barang dan Jasa", null, null, null, 13_000_000m),
            ("5.2.2.01", "Belanja Bahan Pakai Habis", null, null, null, 13_000_000m),
            ("5.2.2.01.04", "Belanja Perangko, Materai Dan Benda Pos Lainnya", null, null, null, 13_000_000m),
            (null, "Belanja Perangko, Materai dan Benda Pos Lainnya", null, null, null, 13_000_000m),
            (null, "- Perangko", 80m, "buah", 5_000m, 400_000m),
            (null, "- Meterai 6.000", 1_550m, "buah", 6_000m, 9_300_000m),
            (null, "- meterai 3.000", 1_100m, "buah", 3_000m, 3_300_000m));
        e.Reports(NotHeld, "MANFAAT", "Indeks kepuasan masyarakat");
        e.Reports(NotHeld, "MANFAAT", "nilai akuntabilitas kinerja OPD");
        e.Reports(NotHeld, "DAMPAK", "Nilai Tukar Petani");
        e.DoesNotReport("RKA306");
        e.DoesNotReport("RKA201");
    }

    [Fact]
    public void Lembata_2017()
    {
        var e = new CorpusExpectations("kab-lembata-2017-rdppa-skpd-dinkes-obat-puskesmas-lamaau.txt");
        FormHeader h = e.Form.Header;
        e.Equal("forms", 1, e.Result.Document.Forms.Count);
        e.Equal("pemerintah daerah", "KABUPATEN LEMBATA", h.PemerintahDaerah);
        e.Equal("tahun anggaran", 2017, h.TahunAnggaran);
        e.Code("urusan", h.Urusan, "1.02", "Kesehatan");
        e.Code("organisasi", h.Organisasi, "1.02.01", "Dinas Kesehatan");
        e.Code("program", h.Program, "1.02.1.02.01.15", "Program Obat dan Perbekalan Kesehatan");
        e.Code("kegiatan", h.Kegiatan, "1.02.1.02.01.15.05", "Peningkatan Mutu Penggunaan Obat dan Perbekalan Kessehatan");
        e.Equal("lokasi", "Puskesmas Lamaau", h.Lokasi);
        e.Equal("no amounts", null, e.Form.Amounts.CurrentYear);
        e.Indicators(
            (CapaianProgram, "Ketersediaan Obat dan Perbekalan Kesehatan", ""),
            (Masukan, "Jumlah Dana", ""),
            (Keluaran, "terlaksananya kegiatan obat dan perbekalan kesehatan", ""),
            (Hasil, "terciptanya sistem pengelolaan obat publik dan perbekalan kesehatan yang baik", ""));
        e.Equal("kelompok sasaran", "Petugas IFK dan Pengelola Obat Puskesmas", e.Form.KelompokSasaran);
        e.Equal("rincian count", 8, e.Form.Rincian.Count);
        // The table prints its "Sebelum Perubahan" columns only (the excerpt ends before the Sesudah half): its numbers
        // are the before values, and no after value is guessed (issue 12).
        e.Rincian(0,
            ("5.2", "BELANJA LANGSUNG", null, null, null, null),
            ("5.2.2", "BELANJA BARANG DAN JASA", null, null, null, null),
            ("5.2.2.15", "Belanja Perjalanan Dinas", null, null, null, null),
            ("5.2.2.15.01", "Belanja Perjalanan Dinas Dalam Daerah", null, null, null, null),
            (null, "DAK NON FISIK", null, null, null, null),
            (null, "PUSKESMAS LAMAU", null, null, null, null),
            (null, "~ Dalam rangka anfrak obat ke GFK 2 org, 4 kl, 1 hr", null, null, null, null),
            (null, "~ Dalam rangka monitoring kerasionalan obat di pustu/polindes 1 org, 4 kl, 8 desa", null, null, null, null));
        for (int i = 0; i < 4; i++)
        {
            e.Equal("rincian " + i + " jumlah sebelum", new Rupiah(8_000_000m), e.Form.Rincian[i].Perubahan?.JumlahSebelum);
        }

        e.Equal("headings have no perubahan", true, e.Form.Rincian[4].Perubahan is null && e.Form.Rincian[5].Perubahan is null);
        RincianPerubahan? anfrak = e.Form.Rincian[6].Perubahan, monitoring = e.Form.Rincian[7].Perubahan;
        e.Equal("anfrak sebelum", (0m, "OH", new Rupiah(250_000m), Rupiah.Zero),
            (anfrak?.VolumeSebelum, anfrak?.SatuanSebelum, anfrak?.HargaSatuanSebelum, anfrak?.JumlahSebelum));
        e.Equal("monitoring sebelum", (32m, "OH", new Rupiah(250_000m), new Rupiah(8_000_000m)),
            (monitoring?.VolumeSebelum, monitoring?.SatuanSebelum, monitoring?.HargaSatuanSebelum, monitoring?.JumlahSebelum));
        e.Equal("measures before and after", "Ketersediaan Obat dan Perbekalan Kesehatan", e.Form.Indicators[0].Perubahan?.TolokUkurSebelum);
        e.Equal("no target before", "", e.Form.Indicators[0].Perubahan?.TargetSebelum.Text);
        e.DoesNotReport(RuleIds.PerubahanRincian);
        // Waktu Pelaksanaan and Sumber Dana are held (issue 12); the "Latar Belakang Perubahan / Dianggarkan" lines
        // after Sumber Dana have no colon, so they are appended to it and reported.
        e.Equal("waktu pelaksanaan", "01 Januari 2017- 31 Desember 2017", h.WaktuPelaksanaan);
        e.Equal("sumber dana", true, h.SumberPendanaan?.Text.StartsWith("APBD II", StringComparison.Ordinal));
        e.Reports("RKA017", "Latar Belakang Perubahan");
        e.Equal("kind", DocumentKind.DpaPerubahan, e.Form.Kind);
        e.Reports("RKA004");
        e.DoesNotFind("RKA504");
        e.AssertAll();
    }

    [Fact]
    public void Tojo_Una_Una_2019()
    {
        var e = new CorpusExpectations("kab-tojo-una-una-2019-rka-bok-puskesmas-ampana-barat.txt");
        FormHeader h = e.Form.Header;
        e.Equal("forms", 1, e.Result.Document.Forms.Count);
        e.Equal("pemerintah daerah", "KABUPATEN TOJO UNA-UNA", h.PemerintahDaerah);
        e.Equal("tahun anggaran", 2019, h.TahunAnggaran);
        e.Code("urusan", h.Urusan, "1.02", "Urusan Wajib Kesehatan");
        e.Equal("organisasi code text", "1.02", h.Organisasi.CodeText);
        e.Code("organisasi", h.Organisasi, null, "Dinas Kesehatan (Puskesmas Ampana Barat)");
        e.Missing("program", h.Program);
        e.Missing("kegiatan", h.Kegiatan);
        e.Equal("lokasi", "Puskesmas Ampana Barat", h.Lokasi);
        e.Amount("n-1", e.Form.Amounts.PreviousYear, 789_575_100m, "");
        e.Amount("n", e.Form.Amounts.CurrentYear, 755_345_000m, "");
        e.Amount("n+1", e.Form.Amounts.NextYear, 830_879_500m, "");
        e.Indicators(
            (Masukan, "Dana", "Rp 755,345,000.00"),
            (Keluaran, "Terlaksananya Kegiatan BOK Wilayah Kerja Puskesmas", ""));
        e.MoneyTarget(0, 755_345_000m);
        e.Equal("kelompok sasaran", "Masyarakat", e.Form.KelompokSasaran);
        const string transport = "Belanja Dukungan Transportasi dan Akomodasi";
        const string bidan = "( 13 Bidan Desa x 12 Bulan )";
        e.Rincian(0,
            (null, "I. PROGRAM ESSENSIAL", null, null, null, null),
            (null, "A Peningkatan Kesehatan Ibu dan Reproduksi", null, null, null, null),
            (null, "1. Kunjungan Rumah ANC Terpadu Pada Bumil Baru", null, null, null, null),
            ("5.2.2.03.12", transport, null, null, null, null),
            (null, bidan, 156m, "OB", 50_000m, null),
            (null, "2. Kunjungan Rumah Ibu Hamil pada Trimester III", null, null, null, null),
            ("5.2.2.03.12", transport, null, null, null, null),
            (null, bidan, 156m, "OB", 50_000m, null),
            (null, "3. Pelaksanaan Program Perencanaan Pencegahan dan Komplikasi (P4K)", null, null, null, null),
            ("5.2.2.03.12", transport, null, null, null, null),
            (null, bidan, 156m, "OB", 50_000m, null),
            (null, "4. Kunjungan Rumah Ibu Hamil Resiko Tinggi", null, null, null, null),
            ("5.2.2.03.12", transport, null, null, null, null),
            (null, bidan, 156m, "OB", 50_000m, null),
            (null, "5. Pelaksanaan Senam Ibu Hamil", null, null, null, null),
            ("5.2.2.15.01", "Belanja Perjalanan Dinas Dalam Daerah", null, null, null, null),
            (null, "Uang Harian Petugas (2 Orang x 10 Desa/Kelurahan x 1 Kali)", 20m, "OH", 100_000m, null),
            (null, "6. Kelas Ibu Hamil", null, null, null, null),
            ("5.2.2.01.01", "Belanja ATK", null, null, null, null),
            (null, "Notes", 100m, "Buah", 5_000m, null),
            (null, "Ballpoint", 100m, "Buah", 3_000m, null),
            (null, "Map Plastik", 100m, "Buah", 5_000m, null),
            ("5.2.2.06.01", "Belanja Cetak", null, null, null, null),
            (null, "- Spanduk", 10m, "Buah", 150_000m, null),
            ("5.2.2.11.04", "Belanja Makanan dan Minuman", null, null, null, null));
        e.Reports(NotHeld, "Manfaat");
        e.Reports(NotHeld, "Dampak");
        e.DoesNotReport("RKA101");
        e.AssertAll();
    }

    [Fact]
    public void Lombok_Barat_2020()
    {
        var e = new CorpusExpectations("kab-lombok-barat-2020-rka-skpd-221-blud-puskesmas-gerung.txt");
        FormHeader h = e.Form.Header;
        e.Equal("forms", 1, e.Result.Document.Forms.Count);
        e.Equal("pemerintah daerah", "KABUPATEN LOMBOK BARAT", h.PemerintahDaerah);
        e.Equal("tahun anggaran", 2020, h.TahunAnggaran);
        e.Code("urusan", h.Urusan, "1.02", "Urusan Wajib Pelayanan Dasar Kesehatan");
        e.Code("organisasi", h.Organisasi, "1.02.01", "Dinas Kesehatan");
        e.Code("program", h.Program, "1.02.1.02.01.33", "Program Peningkatan Mutu Pelayanan Kesehatan BLUD");
        e.Code("kegiatan", h.Kegiatan, "1.02.1.02.01.33.01", "Pelayanan dan Pendukung Pelayanan BLUD");
        e.Equal("lokasi", "UPT BLUD Puskesmas Gerung", h.Lokasi);
        e.Amount("n-1", e.Form.Amounts.PreviousYear, 0m, "");
        e.Amount("n", e.Form.Amounts.CurrentYear, 3_050_000_000m, "Tiga milyar seratus juta rupiah");
        e.Amount("n+1", e.Form.Amounts.NextYear, 0m, "");
        e.Indicators((Masukan, "Jumlah Dana", "Rp 3,050,000,000"));
        e.MoneyTarget(0, 3_050_000_000m);
        e.Equal("kelompok sasaran", null, e.Form.KelompokSasaran);
        e.Reports("RKA003");

        // The text's terbilang ("Tiga milyar seratus juta") does not spell 3.050.000.000: a finding of the rules.
        e.Equal("terbilang finding", true, e.Result.Validate().Any(d => d.Code == "RKA201"));
        e.AssertAll();
    }

    [Fact]
    public void Watuneso_2020()
    {
        var e = new CorpusExpectations("unknown-region-2020-rkpa-skpd-puskesmas-watuneso-silpa-kapitasi.txt");
        FormHeader h = e.Form.Header;
        e.Equal("forms", 1, e.Result.Document.Forms.Count);
        e.Equal("pemerintah daerah", null, h.PemerintahDaerah);
        e.Equal("tahun anggaran", 2020, h.TahunAnggaran);
        e.Equal("urusan code text", "1", h.Urusan.CodeText);
        e.Code("urusan", h.Urusan, null, "Urusan Wajib Pelayanan Dasar");
        e.Code("organisasi", h.Organisasi, "1.02.01", "Dinas Kesehatan");
        // Bidang Pemerintahan and Sub Unit Organisasi are held (issue 12); the SIMDA sub unit code is no SIPD code.
        e.Equal("bidang urusan", "1.02", h.BidangUrusan?.Code?.ToString());
        e.Equal("bidang urusan name", "Kesehatan -", h.BidangUrusan?.Name);
        e.Equal("sub unit text", "1 . 02 . 01 . 15", h.SubUnitOrganisasi?.CodeText);
        e.Equal("sub unit name", "Puskesmas Watuneso", h.SubUnitOrganisasi?.Name);
        e.DoesNotReport(NotHeld);
        e.Equal("kind", DocumentKind.RkaPerubahan, e.Form.Kind);
        e.Reports("RKA004");

        // The perubahan table's numbers: before, after and the difference (Bertambah/Berkurang), read apart (issue 12).
        RincianLine? belanja = e.Form.Rincian.FirstOrDefault(r => r.KodeRekening == "5.2");
        e.Equal("5.2 row read", true, belanja is not null);
        e.Equal("5.2 uraian", "BELANJA LANGSUNG", belanja?.Uraian);
        e.Equal("5.2 values", (new Rupiah(672_000_000m), new Rupiah(797_548_632m), new Rupiah(125_548_632m)),
            (belanja?.Perubahan?.JumlahSebelum, belanja?.Jumlah, belanja?.Perubahan?.Selisih));
        RincianLine? program = e.Form.Rincian.FirstOrDefault(r => r.KodeRekening == "5.2.15");
        e.Equal("5.2.15 values ('-' difference is nil)", (new Rupiah(25_000_000m), new Rupiah(65_000_000m), Rupiah.Zero),
            (program?.Perubahan?.JumlahSebelum, program?.Jumlah, program?.Perubahan?.Selisih));
        RincianLine? obat = e.Form.Rincian.FirstOrDefault(r => r.KodeRekening == "5.2.15.01.5.2.2.02.04");
        e.Equal("obat uraian", "-Belanja Bahan Obat - Obatan", obat?.Uraian);
        e.Equal("obat after", (1m, "Paket", new Rupiah(25_000_000m), new Rupiah(25_000_000m)),
            (obat?.Volume, obat?.Satuan, obat?.HargaSatuan, obat?.Jumlah));
        e.Equal("obat before", (1m, "Paket", new Rupiah(25_000_000m), new Rupiah(25_000_000m), Rupiah.Zero),
            (obat?.Perubahan?.VolumeSebelum, obat?.Perubahan?.SatuanSebelum, obat?.Perubahan?.HargaSatuanSebelum,
                obat?.Perubahan?.JumlahSebelum, obat?.Perubahan?.Selisih));
        RincianLine? silpa = e.Form.Rincian.FirstOrDefault(r => r.Uraian == "-Belanja Bahan Obat - Obatan (Silpa Kapitasi)");
        e.Equal("silpa after", (1m, "Paket", new Rupiah(40_000_000m), new Rupiah(40_000_000m)),
            (silpa?.Volume, silpa?.Satuan, silpa?.HargaSatuan, silpa?.Jumlah));
        e.Equal("silpa before ('-' jumlah, no harga)", (1m, "Paket", (Rupiah?)null, Rupiah.Zero),
            (silpa?.Perubahan?.VolumeSebelum, silpa?.Perubahan?.SatuanSebelum, silpa?.Perubahan?.HargaSatuanSebelum, silpa?.Perubahan?.JumlahSebelum));
        // The penjelasan wraps: its start stands above the row (kept as lines of their own), its end below it.
        e.Equal("silpa difference and penjelasan", (new Rupiah(40_000_000m), "Silpa Kapitasi Tahun 2019 sehingga menjadi Rp 65.000.000"),
            (silpa?.Perubahan?.Selisih, silpa?.Perubahan?.Penjelasan));
        RincianLine? kapitasi = e.Form.Rincian.FirstOrDefault(r => r.Uraian == "* Belanja Jasa Pelayanan Kesehatan Kapitasi");
        e.Equal("kapitasi", (new Rupiah(403_200_000m), new Rupiah(403_200_000m), Rupiah.Zero),
            (kapitasi?.Perubahan?.JumlahSebelum, kapitasi?.Jumlah, kapitasi?.Perubahan?.Selisih));
        // The rekening rows print '-' as their difference though their amounts changed: the rule reports it.
        Diagnostic[] differences = e.Result.Validate().Where(d => d.Code == RuleIds.PerubahanRincian).ToArray();
        e.Equal("5.2.15 difference reported", true, differences.Any(d => d.Message.Contains("Program Upaya Kesehatan Masyarakat", StringComparison.Ordinal)));
        e.Equal("5.2 difference not reported", false, differences.Any(d => d.Message.Contains("BELANJA LANGSUNG", StringComparison.Ordinal)));
        e.AssertAll();
    }
}
