using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>Page footers: the page number alone (also "N dari M"), or after the form's name, and print stamps.</summary>
public class ClosingBlockTests
{
    [Theory]
    [InlineData("Halaman 2", true)]
    [InlineData("Dicetak melalui SIPD-RI pada 05-01-2024 08:47:12", false)]
    [InlineData("Dicetak oleh: admin_dinkes pada 12/03/2023", false)]
    [InlineData("Tanggal Cetak : 05/01/2024", false)]
    [InlineData("Printed on 2024-01-05 08:47", false)]
    [InlineData("Halaman 2 dari 4", true)]
    [InlineData("Halaman 12 dari 12", false)]
    [InlineData("halaman 3 of 4", true)]
    [InlineData("Halaman 2/4", true)]
    [InlineData("Halaman 2 / 4", true)]
    [InlineData("Formulir RKA SKPD 2.2.1 - DINAS PERTANIAN Halaman 1", false)]
    [InlineData("Formulir RKA SKPD 2.2.1 - DINAS PERTANIAN Halaman 1 dari 3", false)]
    public void Reads_a_page_footer(string line, bool indented) => Assert.True(ClosingBlock.IsPageFooter(line, indented));

    [Theory]
    [InlineData("Halaman dari 4", false)]
    [InlineData("Halaman 2 dari", false)]
    [InlineData("Halaman 2 dari 4 lampiran", false)]
    [InlineData("Jumlah halaman 2 dari 4", false)]
    [InlineData("Halaman 2 Prof 4", false)]
    [InlineData("dari 4", false)]
    [InlineData("Formulir RKA SKPD 2.2.1 Halaman 1 dari 3", true)]
    [InlineData("Buku Tulis 60 Buah", false)]
    [InlineData("Dicetak sebanyak 1.000 eksemplar tahun 2020", false)]
    [InlineData("Dicetak melalui SIPD-RI", false)]
    public void Other_lines_are_no_page_footer(string line, bool indented) => Assert.False(ClosingBlock.IsPageFooter(line, indented));
}
