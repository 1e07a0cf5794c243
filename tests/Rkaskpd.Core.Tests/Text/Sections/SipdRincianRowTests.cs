using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>Detail rows of SIPD's rincian table (Uraian, Koefisien, Satuan, Harga, PPN, Jumlah) read from their words.</summary>
public class SipdRincianRowTests
{
    [Theory]
    [InlineData("Buku Tulis 60 Buah Buah 5.000,00 0 300.000,00", "Buku Tulis", "60 Buah", "Buah", "5.000,00", "0", "300.000,00")]
    [InlineData("Kudapan 30 Orang x 10 Kali Orang / Kali 10.000,00 0 3.000.000,00", "Kudapan", "30 Orang x 10 Kali", "Orang / Kali", "10.000,00", "0", "3.000.000,00")]
    [InlineData("Honorarium Tenaga Administrasi 12 Bulan x 2 Orang OB 1.500.000,00 0 36.000.000,00", "Honorarium Tenaga Administrasi", "12 Bulan x 2 Orang", "OB", "1.500.000,00", "0", "36.000.000,00")]
    [InlineData("Air Mineral 600 ml 10 Dus Dus Rp 27.000 11% Rp 299.700", "Air Mineral 600 ml", "10 Dus", "Dus", "Rp 27.000", "11%", "Rp 299.700")]
    [InlineData("\tHonorarium Tenaga\t12 Bulan x 2\tOB\t1.500.000,00\t0\t36.000.000,00", "Honorarium Tenaga", "12 Bulan x 2", "OB", "1.500.000,00", "0", "36.000.000,00")]
    [InlineData("Kue Kotak 60 Orang x 3 Hari Kotak x 2 Kali 15.000,00 0 5.400.000,00", "Kue Kotak", "60 Orang x 3 Hari x 2 Kali", "Kotak", "15.000,00", "0", "5.400.000,00")]
    [InlineData("Sewa Tenda 2 Unit x 3 Hari Unit x Hari 750.000,00 0 4.500.000,00", "Sewa Tenda", "2 Unit x 3 Hari", "Unit x Hari", "750.000,00", "0", "4.500.000,00")]
    [InlineData("Nasi Kotak\t30 org x 3 kali\tKotak\t35.000,00\t-\t3.150.000,00", "Nasi Kotak", "30 org x 3 kali", "Kotak", "35.000,00", "-", "3.150.000,00")]
    public void Reads_the_six_columns(string text, string uraian, string koefisien, string satuan, string harga, string ppn, string jumlah)
    {
        Assert.True(SipdRincianRow.TryRead(text, 7, out RawRincianLine row));

        Assert.Equal((7, (string?)null, uraian, koefisien, satuan, harga, ppn, jumlah, true),
            (row.Line, row.KodeRekening, row.Uraian, row.VolumeText, row.Satuan, row.HargaSatuanText, row.PpnText, row.JumlahText, row.Koefisien));
    }

    [Theory]
    [InlineData("5.1.02.01.01.0024 Belanja Alat Tulis Kantor 1.860.000,00")]
    [InlineData("[#] Alat Tulis Kantor Kelas Ibu Hamil 1.860.000,00")]
    [InlineData("Jumlah Total 41.159.700,00")]
    [InlineData("Buku tulis 1.200 buah 3.500,00 4.200.000,00")]
    [InlineData("")]
    public void Leaves_other_rows_to_the_other_readers(string text) => Assert.False(SipdRincianRow.TryRead(text, 1, out _));

    [Theory]
    [InlineData("0", 0)]
    [InlineData("11%", 11)]
    [InlineData("11 %", 11)]
    [InlineData("0,00", 0)]
    [InlineData("-", 0)]
    public void Reads_the_PPN_rate(string text, decimal rate) => Assert.Equal(rate, SipdRincianRow.Rate(text));

    [Fact]
    public void A_wrapped_line_continues_the_uraian_and_the_koefisien()
    {
        Assert.True(SipdRincianRow.TryRead("Honorarium Tenaga 12 Bulan x 2 OB 1.500.000,00 0 36.000.000,00", 1, out RawRincianLine row));

        Assert.True(SipdRincianRow.TryContinue(row, ["", "Administrasi", "Orang"], out RawRincianLine joined));
        Assert.Equal(("Honorarium Tenaga Administrasi", "12 Bulan x 2 Orang"), (joined.Uraian, joined.VolumeText));
        Assert.False(SipdRincianRow.TryContinue(joined, ["Jumlah Total", "41.159.700,00"], out _));
    }

    [Fact]
    public void A_koefisiens_last_factors_wrapped_under_it_end_the_koefisien()
    {
        // "2 Orang x 3 Hari" over "x 4 Jam", beside the uraian's wrapped words or alone; numbers other than factors
        // are still a row of their own.
        Assert.True(SipdRincianRow.TryRead("Honorarium Narasumber Pejabat 2 Orang x 3 Hari OJ 900.000,00 0 21.600.000,00", 1, out RawRincianLine row));

        Assert.True(SipdRincianRow.TryContinue(row, ["", "Eselon III", "x 4 Jam"], out RawRincianLine joined));
        Assert.Equal(("Honorarium Narasumber Pejabat Eselon III", "2 Orang x 3 Hari x 4 Jam"), (joined.Uraian, joined.VolumeText));
        Assert.True(SipdRincianRow.TryContinue(row, ["x 4 Jam"], out joined));
        Assert.Equal(("Honorarium Narasumber Pejabat", "2 Orang x 3 Hari x 4 Jam"), (joined.Uraian, joined.VolumeText));
        Assert.False(SipdRincianRow.TryContinue(row, ["Jumlah 2", "x 4 Jam"], out _));
    }

    [Fact]
    public void A_spesifikasi_line_with_numbers_continues_the_uraian()
    {
        // Ghostscript's txtwrite: the Spesifikasi line, wider than the uraian's column, runs on under the koefisien with
        // numbers of its own; it is still the uraian's, and its wrapped end too.
        Assert.True(SipdRincianRow.TryRead("Kertas HVS A4 80 gram 15 Rim Rim 68.500,00 0 1.027.500,00", 1, out RawRincianLine row));

        Assert.True(SipdRincianRow.TryContinue(row, ["Spesifikasi : Kertas HVS putih ukuran A4 80 gram isi 500"], out RawRincianLine joined));
        Assert.True(SipdRincianRow.TryContinue(joined, ["lembar"], out joined));
        Assert.Equal(("Kertas HVS A4 80 gram Spesifikasi : Kertas HVS putih ukuran A4 80 gram isi 500 lembar", "15 Rim"), (joined.Uraian, joined.VolumeText));
        Assert.False(SipdRincianRow.TryContinue(row, ["Spesifikasi tambahan 500"], out _));

        // Wrapped before its number: the rest starts with a digit and is still the specification's.
        Assert.True(SipdRincianRow.TryContinue(row, ["Spesifikasi : Kertas HVS putih ukuran A4 80 gram isi"], out joined));
        Assert.True(SipdRincianRow.TryContinue(joined, ["500 lembar"], out joined));
        Assert.Equal("Kertas HVS A4 80 gram Spesifikasi : Kertas HVS putih ukuran A4 80 gram isi 500 lembar", joined.Uraian);
        Assert.False(SipdRincianRow.TryContinue(joined, ["Jumlah Total 1.027.500,00"], out _));
    }

    [Theory]
    [InlineData("Kertas HVS A4 75 gramSpesifikasi : Kertas HVS putih", "Kertas HVS A4 75 gram Spesifikasi : Kertas HVS putih")]
    [InlineData("Susu UHT Spesifikasi : Susu UHT rendah lemak", "Susu UHT Spesifikasi : Susu UHT rendah lemak")]
    [InlineData("Buku Spesifikasi Teknis Jalan", "Buku Spesifikasi Teknis Jalan")]
    [InlineData("Spesifikasi : Kertas HVS", "Spesifikasi : Kertas HVS")]
    public void A_spesifikasi_glued_to_the_name_before_it_is_set_apart(string uraian, string read) =>
        Assert.Equal(read, SipdRincianRow.WithSpesifikasiApart(uraian));
}
