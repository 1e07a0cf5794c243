using Rkaskpd.Forms;
using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>Rincian rows as an OCR (Tesseract) writes a boxed table: a bracketed end of an uraian wrapped under its row
/// (<c>(PPTK)</c>, in capitals) and a volume glued to the rule right of it (<c>1201|</c> for 120). The note joins its
/// row; the rule's stroke leaves the volume only when the row's numbers then agree.</summary>
public class OcrRincianRowTests
{
    private const string Head = """
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
        PEMERINTAH KABUPATEN CONTOH TAHUN ANGGARAN 2018
        Kegiatan : 2.01.2.01.01.19.02 Pengembangan Bibit Unggul
        Rincian Anggaran Belanja Langsung
        Kode Rekening Uraian Volume Satuan Harga Satuan Jumlah (Rp)
        5.2.1.01.01 Honorarium Panitia Pelaksana Kegiatan 12.000.000,00

        """;

    [Fact]
    public void A_bracketed_line_under_a_row_ends_its_uraian()
    {
        RkaForm form = Read("""
            Honor Pejabat Pelaksana Teknis Kegiatan 12 OB 600.000,00 7.200.000,00
            (PPTK)
            Honor Bendahara Pengeluaran Pembantu 12 OB 400.000,00 4.800.000,00
            """);

        Assert.Equal(3, form.Rincian.Count);
        Assert.Equal("Honor Pejabat Pelaksana Teknis Kegiatan (PPTK)", form.Rincian[1].Uraian);
        Assert.Equal("Honor Bendahara Pengeluaran Pembantu", form.Rincian[2].Uraian);
    }

    [Fact]
    public void A_bracketed_line_after_a_blank_line_or_with_more_after_its_bracket_stays_a_line()
    {
        RkaForm form = Read("""
            Honor Pejabat Pelaksana Teknis Kegiatan 12 OB 600.000,00 7.200.000,00

            (PPTK)
            (A) Honor Tim (Koordinator)
            """);

        Assert.Equal(4, form.Rincian.Count);
        Assert.Equal("Honor Pejabat Pelaksana Teknis Kegiatan", form.Rincian[1].Uraian);
    }

    [Theory]
    [InlineData("Makan dan minum 1201| kotak 30.000,00 3.600.000,00", "120")] // 120 x 30.000 agrees; 1201 does not
    [InlineData("Makan dan minum 121| kotak 30.000,00 3.630.000,00", "121")] // 121 agrees: the 1 is a digit
    [InlineData("Makan dan minum 120| kotak 30.000,00 3.600.000,00", "120")] // a bar alone is the rule
    public void A_volume_glued_to_a_rule_loses_the_rule(string text, string volume)
    {
        Assert.True(FlatRincianRow.TryRead(text, 1, numbers: true, out RawRincianLine row, out _));
        Assert.Equal(volume, row.VolumeText);
        Assert.Equal("kotak", row.Satuan);
        Assert.Equal("Makan dan minum", row.Uraian);
    }

    [Fact]
    public void A_volume_of_many_digits_glued_to_a_rule_throws_nothing()
    {
        // The row may be read or not; reading it must not overflow multiplying the volume by the harga.
        Assert.Null(Record.Exception(() => FlatRincianRow.TryRead("Buku 999999999999999999999999991| buah 1.000,00 1.000,00", 1, numbers: true, out _, out _)));
        RkaForm form = Read("Buku 999999999999999999999999991| buah 1.000,00 1.000,00\n| buah 1.000,00 1.000,00\n");
        Assert.NotEmpty(form.Rincian);
    }

    private static RkaForm Read(string rows) => Assert.Single(RkaTextReader.Read(Head + rows).Document.Forms);
}
