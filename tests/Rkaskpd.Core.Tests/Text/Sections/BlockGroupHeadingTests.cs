using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A group heading without amounts in a rincian table whose cells are blocks set apart by blank lines (plain
/// <c>pdftotext</c> of a boxed print): SIMDA's <c>- Honorarium Narasumber</c> printed with no gap above the uraian of
/// the row it heads is one block with it, and any such heading stands after a blank line. The heading is a row of its
/// own, and the row under it keeps its uraian.</summary>
public class BlockGroupHeadingTests
{
    private const string Head = """
        RENCANA KERJA DAN ANGGARAN
        SATUAN KERJA PERANGKAT DAERAH

        PEMERINTAH KABUPATEN CONTOH
        Tahun Anggaran 2018
        Kegiatan

        : 1.08 . 1.08.01 . 15 . 05 Pengadaan Sarana Persampahan

        Kode
        Rekening

        Uraian

        Volume

        Satuan

        Harga Satuan

        Jumlah
        (Rp)

        5.2.1.02.01

        Honorarium Tenaga Ahli

        8.400.000,00


        """;

    [Theory]
    [InlineData("- Honorarium Narasumber\nNarasumber sosialisasi pengelolaan\nsampah dari Dinas Provinsi\n", "- Honorarium Narasumber")]
    [InlineData("- Honorarium Narasumber\n\nNarasumber sosialisasi pengelolaan\nsampah dari Dinas Provinsi\n", "- Honorarium Narasumber")]
    [InlineData("[ # ] Honorarium Narasumber\n\nNarasumber sosialisasi pengelolaan\nsampah dari Dinas Provinsi\n", "[ # ] Honorarium Narasumber")]
    public void A_marked_group_heading_in_a_table_of_blocks_is_a_row_of_its_own(string lines, string heading)
    {
        RkaReadResult read = RkaTextReader.Read(Head + lines + "\n12\n\nOJ\n\n700.000,00\n\n8.400.000,00\n");
        RkaForm form = Assert.Single(read.Document.Forms);

        Assert.Equal(3, form.Rincian.Count);
        Assert.Equal(heading, form.Rincian[1].Uraian);
        Assert.Null(form.Rincian[1].Jumlah);
        Assert.Equal("Narasumber sosialisasi pengelolaan sampah dari Dinas Provinsi", form.Rincian[2].Uraian);
        Assert.Equal(new Rupiah(8_400_000m), form.Rincian[2].Jumlah);
        Assert.DoesNotContain(read.Diagnostics, d => d.Code == "RKA006");
    }
}
