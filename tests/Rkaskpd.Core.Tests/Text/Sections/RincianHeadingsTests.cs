using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>The flattened rincian table's column-number row, with or without the jumlah column's formula; a header row
/// whose headings share a cell (a fixed-width text sets headings that stand closer than its columns in one cell).</summary>
public class RincianHeadingsTests
{
    [Theory]
    [InlineData("1 2 3 4 5 6")]
    [InlineData("1 2 3 4 5 6 = 3 x 5")]
    [InlineData("1 2 3 4 5 6 = (3 x 5)")]
    [InlineData("1 2 3 4 5 6=3 x 5")]
    [InlineData("1 2 3 4 5 6= 3 × 5")]
    public void Numbers_the_columns(string line) => Assert.True(RincianHeadings.IsFlatColumnNumbers(line));

    [Theory]
    [InlineData("1 2")]
    [InlineData("= 3 x 5")]
    [InlineData("1 2 3 = Belanja")]
    [InlineData("5 2 2 01 01 Belanja alat tulis kantor")]
    [InlineData("1 2 3 4 5 6 = 3 x 5 Belanja")]
    [InlineData("1 2 3 = 4 = 5")]
    [InlineData("100 200 300")]
    public void Other_lines_do_not(string line) => Assert.False(RincianHeadings.IsFlatColumnNumbers(line));

    [Theory]
    [InlineData("\tVolume Satuan Harga Satuan\t(Rp)")]
    [InlineData("Volume Satuan\tHarga Satuan")]
    [InlineData("\tVolume\tSatuan\tHarga Satuan\t(Rp)")]
    public void A_header_row_may_set_several_headings_in_one_cell(string line) =>
        Assert.True(RincianHeadings.IsRincianHeaderRow(new LineCells().Split(line), requireKodeRekening: false));

    [Theory]
    [InlineData("\tJumlah Total\t(Rp)")]
    [InlineData("\tBelanja Harga\tTotal")]
    [InlineData("\tHonor Satuan Harga Satuan\t(Rp)")]
    [InlineData("\tSatuan\t12 OB")]
    public void Cells_that_name_no_two_columns_are_no_header_row(string line) =>
        Assert.False(RincianHeadings.IsRincianHeaderRow(new LineCells().Split(line), requireKodeRekening: false));

    [Theory]
    [InlineData("MENURUT PROGRAM DAN PER KEGIATAN SATUAN KERJA PERANGKAT DAERAH", true)]
    [InlineData("Menurut Program dan Per Kegiatan Satuan Kerja Perangkat Daerah", true)]
    [InlineData("Program dan Per Kegiatan Satuan Kerja Perangkat Daerah", true)] // Writer wrapped the title after "Menurut"
    [InlineData("Program pelatihan kader posyandu", false)]
    [InlineData("Belanja Alat Tulis Kantor", false)]
    public void Tells_the_rincian_title_s_second_line(string line, bool tail) => Assert.Equal(tail, RincianUraian.IsTitleTail(line));
}
