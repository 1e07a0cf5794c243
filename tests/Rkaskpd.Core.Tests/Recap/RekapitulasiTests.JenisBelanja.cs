using Rkaskpd.Codes;
using Rkaskpd.Forms;
using Rkaskpd.Recap;
using Xunit;

namespace Rkaskpd.Tests.Recap;

public sealed partial class RekapitulasiTests
{
    private static Rupiah Rp(decimal amount) => new(amount);

    /// <summary>A 13/2006 split, as the recap computes it for 13/2006 kode rekening.</summary>
    private static JenisBelanjaSplit Split13(Rupiah pegawai, Rupiah barangDanJasa, Rupiah modal, Rupiah lainnya) =>
        new(pegawai, barangDanJasa, modal, lainnya) { Scheme = CodeScheme.Permendagri13 };

    [Fact]
    public void Split_of_90_2019_rekening_follows_belanja_operasi_modal_tidak_terduga_and_transfer()
    {
        RkaForm form = Form("3.05.3.05.09.01.001", 1_000m,
            RincianLine.Rekening("5", "BELANJA DAERAH", Rp(1_000m)),
            RincianLine.Rekening("5.1", "BELANJA OPERASI", Rp(600m)),
            RincianLine.Rekening("5.1.01", "Belanja Pegawai", Rp(100m)),
            RincianLine.Rekening("5.1.01.02.01.0001", "Honorarium Narasumber", Rp(100m)),
            RincianLine.Detail("Narasumber", 2m, "OJ", Rp(50m)),
            RincianLine.Rekening("5.1.02", "Belanja Barang dan Jasa", Rp(200m)),
            RincianLine.Rekening("5.1.02.01.01.0024", "Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", Rp(200m)),
            RincianLine.Detail("Alat tulis kantor", 4m, "Paket", Rp(50m)),
            RincianLine.Rekening("5.1.05", "Belanja Hibah", Rp(120m)),
            RincianLine.Rekening("5.1.06", "Belanja Bantuan Sosial", Rp(80m)),
            RincianLine.Rekening("5.1.06.01.01.0001", "Bantuan sosial uang", Rp(80m)),
            RincianLine.Rekening("5.2", "BELANJA MODAL", Rp(250m)),
            RincianLine.Rekening("5.2.02", "Belanja Modal Peralatan dan Mesin", Rp(250m)),
            RincianLine.Rekening("5.3", "BELANJA TIDAK TERDUGA", Rp(50m)),
            RincianLine.Rekening("5 . 4 . 01", "Belanja Bagi Hasil", Rp(100m)));

        RekapitulasiBelanja recap = Rekapitulasi.Compute(Document(form));

        var expected = new JenisBelanjaSplit(Rp(100m), Rp(200m), Rp(250m), Rupiah.Zero)
        {
            Scheme = CodeScheme.Permendagri90,
            Hibah = Rp(120m),
            BantuanSosial = Rp(80m),
            TidakTerduga = Rp(50m),
            Transfer = Rp(100m),
        };
        Assert.Equal(expected, recap.JenisBelanja);
        Assert.Equal(expected, recap.Programs[0].Kegiatan[0].JenisBelanja);
        Assert.Equal(Rp(500m), expected.BelanjaOperasi);
        Assert.Equal(Rp(900m), expected.Total);

        string text = RekapitulasiWriter.Write(recap, RekapitulasiFormat.Markdown);
        Assert.Contains("| Belanja Operasi | Modal | Tidak Terduga | Transfer |", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Barang dan Jasa", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Split_of_90_2019_puts_what_fits_no_jenis_under_lainnya()
    {
        RkaForm form = Form("3.05.3.05.09.01.001", 60m,
            RincianLine.Rekening("5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", Rp(40m)),
            RincianLine.Rekening("5.1.09", "Belanja lain", Rp(15m)),
            RincianLine.Rekening("4.1.01", "Pendapatan", Rp(5m)));

        JenisBelanjaSplit? split = Rekapitulasi.Compute(Document(form)).JenisBelanja;

        Assert.Equal(new JenisBelanjaSplit(Rupiah.Zero, Rp(40m), Rupiah.Zero, Rp(20m)) { Scheme = CodeScheme.Permendagri90 }, split);
    }

    [Fact]
    public void Adding_splits_of_different_schemes_is_refused()
    {
        JenisBelanjaSplit split90 = new JenisBelanjaSplit(Rp(1m), Rupiah.Zero, Rupiah.Zero, Rupiah.Zero) { Scheme = CodeScheme.Permendagri90, Hibah = Rp(2m) };
        Assert.Throws<System.ArgumentException>(() => Split13(Rp(1m), Rupiah.Zero, Rupiah.Zero, Rupiah.Zero) + split90);
        JenisBelanjaSplit sum = JenisBelanjaSplit.Zero + split90 + split90;
        Assert.Equal(CodeScheme.Permendagri90, sum.Scheme);
        Assert.Equal(Rp(4m), sum.Hibah);
        Assert.Equal(Rp(6m), sum.Total);
    }

    [Fact]
    public void Split_sums_the_level_3_rekening_lines()
    {
        RkaForm form = Form("3.05.3.05.09.01.001", 600m,
            RincianLine.Rekening("5", "BELANJA", Rp(600m)),
            RincianLine.Rekening("5.2", "BELANJA LANGSUNG", Rp(600m)),
            RincianLine.Rekening("5.2.1", "Belanja Pegawai", Rp(100m)),
            RincianLine.Rekening("5.2.1.01", "Honorarium PNS", Rp(100m)),
            RincianLine.Detail("Honor", 2m, "OB", Rp(50m)),
            RincianLine.Rekening("5.2.2", "Belanja Barang dan Jasa", Rp(200m)),
            RincianLine.Rekening("5.2.2.01.01", "ATK", Rp(200m)),
            RincianLine.Detail("Kertas", 4m, "rim", Rp(50m)),
            RincianLine.Rekening("5.2.3", "Belanja Modal", Rp(300m)),
            RincianLine.Detail("Komputer", 1m, "unit", Rp(300m)));

        RekapitulasiBelanja recap = Rekapitulasi.Compute(Document(form));

        var expected = Split13(Rp(100m), Rp(200m), Rp(300m), Rupiah.Zero);
        Assert.Equal(expected, recap.Programs[0].Kegiatan[0].JenisBelanja);
        Assert.Equal(expected, recap.Programs[0].JenisBelanja);
        Assert.Equal(expected, recap.JenisBelanja);
        Assert.Equal(Rp(600m), expected.Total);
    }

    [Fact]
    public void Split_without_level_3_lines_sums_the_shallowest_rekening_below_it()
    {
        RkaForm form = Form("3.05.3.05.09.01.001", 170m,
            RincianLine.Rekening("5.2.2.01.01", "ATK", Rp(100m)),
            RincianLine.Detail("Kertas", 2m, "rim", Rp(50m)),
            RincianLine.Rekening("5.2.2.03.01", "Telepon", Rp(50m)),
            RincianLine.Rekening("5 . 2 . 3 . 01", "Modal tanah", Rp(20m)));

        JenisBelanjaSplit? split = Rekapitulasi.Compute(Document(form)).JenisBelanja;

        Assert.Equal(Split13(Rupiah.Zero, Rp(150m), Rp(20m), Rupiah.Zero), split);
    }

    [Fact]
    public void Split_of_a_rekening_without_jumlah_sums_its_detail_lines()
    {
        RkaForm form = Form("3.05.3.05.09.01.001", 130m,
            new RincianLine { KodeRekening = "5.2.1", Uraian = "Belanja Pegawai" },
            RincianLine.Detail("Honor", 2m, "OB", Rp(50m)),
            RincianLine.Detail("Lembur", 1m, "OJ", Rp(30m)));

        Assert.Equal(Split13(Rp(130m), Rupiah.Zero, Rupiah.Zero, Rupiah.Zero), Rekapitulasi.Compute(Document(form)).JenisBelanja);
    }

    [Fact]
    public void Split_keeps_unknown_lines_in_lainnya()
    {
        RkaForm form = Form("3.05.3.05.09.01.001", 100m,
            RincianLine.Detail("Tanpa rekening", 1m, "ls", Rp(5m)),
            RincianLine.Rekening("5.1.1", "Belanja tidak langsung", Rp(7m)),
            RincianLine.Rekening("5.2.9", "Jenis tak dikenal", Rp(11m)),
            RincianLine.Rekening("x.y", "Kode rusak", Rp(13m)),
            RincianLine.Rekening("5.2.2", "Barang dan Jasa", Rp(64m)));

        JenisBelanjaSplit split = Rekapitulasi.Compute(Document(form)).JenisBelanja!.Value;

        Assert.Equal(Rp(64m), split.BarangDanJasa);
        Assert.False(split.Lainnya.IsZero);
    }

    [Fact]
    public void Program_split_sums_only_the_kegiatan_that_have_rincian()
    {
        RekapitulasiBelanja recap = Rekapitulasi.Compute(Document(
            Form("3.05.3.05.09.01.001", 10m, RincianLine.Rekening("5.2.3", "Modal", Rp(10m))),
            Form("3.05.3.05.09.01.002", 20m)));

        Assert.Equal(Split13(Rupiah.Zero, Rupiah.Zero, Rp(10m), Rupiah.Zero), recap.Programs[0].JenisBelanja);
        Assert.Null(recap.Programs[0].Kegiatan[1].JenisBelanja);
    }
}
