using System.Linq;
using NodaTime;
using Rkaskpd.Forms;
using Xunit;

namespace Rkaskpd.Tests.Forms;

public class MekanismeTests
{
    [Fact]
    public void Reads_procedure_place_and_one_routine_schedule()
    {
        var section = new Mekanisme("Mekanisme :", "Prosedur : - kegiatan ketatausahaan/kesekretariat yang berhubungan dengan administrasi surat menyurat, Untuk memenuhi kebutuhan ATK ,Pembayaran tagihan Rekening Telepan, - Waktu Pelasanaan : 12 bulan dalam tahun 2020 - Tempat : Kantor Kecamatan Lumajang - Pelaksanaan : Tiap Bulan secara rutin", 2020);

        Assert.StartsWith("kegiatan ketatausahaan", section.Prosedur, System.StringComparison.Ordinal);
        Assert.Equal("Kantor Kecamatan Lumajang", section.Tempat);
        Assert.Equal(["Tiap Bulan secara rutin"], section.Pelaksanaan);
        WaktuPelaksanaan schedule = Assert.Single(section.Jadwal);
        Assert.Equal("Waktu Pelasanaan", schedule.Label);
        Assert.Equal("12 bulan dalam tahun 2020", schedule.Text);
        Assert.Equal("Tiap Bulan secara rutin", schedule.PelaksanaanText);
        Assert.Equal(12, schedule.Months.Count);
        Assert.True(schedule.IsRoutine);
    }

    [Fact]
    public void Reads_a_range_in_the_Pelaksanaan_detail()
    {
        var section = new Mekanisme("Mekanisme", "Prosedur : kegiatan ketatausahaan/kesekretariatan yang berhubungan dengan administrasi dibutuhkannya pemenuhan sarana dan prasarana kantor, Kendaraan Operasional , Meja komputer, Rehab Gedung Kantor dan pemasangan Paving : - Waktu Pelaksanaan : 4 Bulan dalam tahun 2020 - Tempat : Kantor Kecamatan Lumajang - Pelaksanaan : Bulan Pebruari s/d Mei 2020", 2020);

        WaktuPelaksanaan schedule = Assert.Single(section.Jadwal);
        Assert.Equal(4, schedule.StatedMonths);
        Assert.Equal([new YearMonth(2020, 2), new YearMonth(2020, 3), new YearMonth(2020, 4), new YearMonth(2020, 5)], schedule.Months);
        Assert.True(schedule.MonthCountMatchesStatedMonths);
        Assert.EndsWith("pemasangan Paving", section.Prosedur, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_two_schedules_from_paragraph_fragments()
    {
        var section = new Mekanisme("Mekanisme :", "<p>Prosedur :</p> <p>Pemberian Ganti Transport, makanan dan minuman peserta Audiensi serta Pembayaran Tenaga Pendamping Desa dan Korcam,</p> <p>- Waktu Pelaksanaan Audiensi : 2 Kegiatan dalam tahun 2020</p> <p>Pelaksanaan : bulan Mei dan Nopember tahun 2020</p> <p>Waktu Pembayaran Upah Tenaga Pendamping : 12 Bulan dalam th 2020</p> <p>Pelaksanaan : Pembayaran dilakukan rutin tiap bulan dalam tahun 2020</p> <p>- Tempat : Lantai II Kecamatan Lumajang</p>", 2020);

        Assert.Equal("Pemberian Ganti Transport, makanan dan minuman peserta Audiensi serta Pembayaran Tenaga Pendamping Desa dan Korcam", section.Prosedur);
        Assert.Equal("Lantai II Kecamatan Lumajang", section.Tempat);
        Assert.Equal(2, section.Jadwal.Count);
        Assert.Equal("Waktu Pelaksanaan Audiensi", section.Jadwal[0].Label);
        Assert.Equal(2, section.Jadwal[0].StatedEvents);
        Assert.Equal([new YearMonth(2020, 5), new YearMonth(2020, 11)], section.Jadwal[0].Months);
        Assert.Equal("Waktu Pembayaran Upah Tenaga Pendamping", section.Jadwal[1].Label);
        Assert.True(section.Jadwal[1].IsRoutine);
        Assert.Equal(12, section.Jadwal[1].Months.Count);
    }

    [Fact]
    public void Reads_two_schedules_inside_a_list_fragment()
    {
        var section = new Mekanisme(null, "<ul style=\"list-style-type: none\"> Prosedur : Pemberian Ganti Transport, makanan dan minuman peserta Pembinaan dan Forkompika, - Waktu Pelaksanaan Pembinaan : 2 Kegiatan dalam tahun 2020 - Pelaksanaan kegiatan : bulan April dan Agustus tahun 2020 Waktu pemberian Transport Forkopimka: 12 Bulan dalam th 2020 Pelaksanaan kegiatan : Pembayaran dilakukan rutin tiap bulan dalam tahun 2020 - Tempat : Lantai II Kecamatan Lumajang", 2020);

        Assert.Equal(["Waktu Pelaksanaan Pembinaan", "Waktu pemberian Transport Forkopimka"], section.Jadwal.Select(j => j.Label));
        Assert.Equal([new YearMonth(2020, 4), new YearMonth(2020, 8)], section.Jadwal[0].Months);
        Assert.Equal(12, section.Jadwal[1].StatedMonths);
        Assert.Equal(2, section.Pelaksanaan.Count);
    }

    [Fact]
    public void Reads_numbered_procedure_steps_and_labels_without_dashes()
    {
        var section = new Mekanisme("Mekanisme :", "Prosedur : 1) Membentuk Tim Pendamping 2) Koordinasi Pelaksanaan tugas tim sesuai dengan ketentuan 3) Pelaksanaan Musrenbang di tingkat Kecamatan Waktu : Awal tahun 2020 Tempat: Lantai II Kantor Kecamatan Lumajang Pelaksanaan : Januari 2020", 2020);

        Assert.Equal(["Membentuk Tim Pendamping", "Koordinasi Pelaksanaan tugas tim sesuai dengan ketentuan", "Pelaksanaan Musrenbang di tingkat Kecamatan"], section.ProsedurSteps);
        Assert.Equal("Lantai II Kantor Kecamatan Lumajang", section.Tempat);
        WaktuPelaksanaan schedule = Assert.Single(section.Jadwal);
        Assert.Equal("Awal tahun 2020", schedule.Text);
        Assert.Equal([new YearMonth(2020, 1)], schedule.Months);
    }

    [Fact]
    public void A_Pelaksanaan_without_a_Waktu_label_opens_a_schedule()
    {
        var section = new Mekanisme("Mekanisme", "Prosedur : Kegiatan ini berupa kegiatan Pelaksanaan Lembur dalam rangka penyusunan pelaporan keuangan ahir tahun Pelaksanaan : 1 bulan dalam tahun 2020 - Tempat : Kantor Kecamatan Lumajang - Pelaksanaan : bulan Januari 2020 - Waktu", 2020);

        Assert.Equal("Kegiatan ini berupa kegiatan Pelaksanaan Lembur dalam rangka penyusunan pelaporan keuangan ahir tahun", section.Prosedur);
        WaktuPelaksanaan schedule = Assert.Single(section.Jadwal);
        Assert.Equal(1, schedule.StatedMonths);
        Assert.Equal([new YearMonth(2020, 1)], schedule.Months);
    }

    [Fact]
    public void Procedure_without_colon_and_bullets_inside_a_list()
    {
        var section = new Mekanisme("Mekanisme", "<p>Prosedur Kegiatan dilakukan dengan cara pembinaan dan monitoring secara berjenjang melalui Pokjanal Kecamatan, Porkab, Por SD serta Jadoel dengan di fasilitasi : - Dekorasi</p> <ul style=\"list-style-type: none\"> - penggantian Transport, - Jasa Instruktur, - Cetak/ penggandaan , - Sewa, - makan minum - dan pakian hari - hari tertentu - Waktu Pelaksanaan : kurun waktu 1 tahun menyesuaikan kegiatan kelembagaan dalam tahun 2020 - Tempat : Di Wilaya Kecamatan Lumajang - Pelaksanaan kegiatan : bulanPebruari s/d Desember 2020", 2020);

        Assert.StartsWith("Kegiatan dilakukan", section.Prosedur, System.StringComparison.Ordinal);
        Assert.Contains("Dekorasi", section.ProsedurSteps);
        Assert.Contains("pakian hari - hari tertentu", section.ProsedurSteps);
        Assert.Equal("Di Wilaya Kecamatan Lumajang", section.Tempat);
        WaktuPelaksanaan schedule = Assert.Single(section.Jadwal);
        Assert.Equal(11, schedule.Months.Count);
        Assert.Equal(1, schedule.StatedYears);
    }

    [Fact]
    public void Two_schedules_with_a_place_between()
    {
        var section = new Mekanisme("Mekanisme", "Prosedur : kegiatan berupa kegiatan Lomba pelayanan publik - Waktu Pelaksanaan lomba : 1 bulan pada bulan Agustus 2020 Tempat : 5 Desa dan 7 Kelurahan dan Kantor Kecamatan Lumajang - Waktu pelaksanaan Pembayaran upah dan tambahan upah : 12 bulan dalam tahun 2020 - Pelaksanaan : Tiap Bulan secara rutin", 2020);

        Assert.Equal(2, section.Jadwal.Count);
        Assert.Equal([new YearMonth(2020, 8)], section.Jadwal[0].Months);
        Assert.Null(section.Jadwal[0].PelaksanaanText);
        Assert.Equal("Tiap Bulan secara rutin", section.Jadwal[1].PelaksanaanText);
        Assert.Equal("5 Desa dan 7 Kelurahan dan Kantor Kecamatan Lumajang", section.Tempat);
    }

    [Fact]
    public void Plain_prose_is_the_procedure()
    {
        var section = new Mekanisme("Mekanisme", "Kegiatan dilaksanakan oleh tim", null);
        Assert.Equal("Kegiatan dilaksanakan oleh tim", section.Prosedur);
        Assert.Empty(section.Jadwal);
        Assert.Null(section.Tempat);
    }
}
