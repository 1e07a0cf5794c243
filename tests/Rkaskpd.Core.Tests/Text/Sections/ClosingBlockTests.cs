using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>Page footers: the page number alone (also "N dari M"), or after the form's name, print stamps, and a
/// browser's page header (date, time, title) and footer (address, page number).</summary>
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
    [InlineData("12/4/26, 9:35 PM                SIPD-RI | Cetak RKA Sub Kegiatan", false)]
    [InlineData("04/12/2026 21.35\tSIPD-RI", false)]
    [InlineData("4/12/26, 09:35", false)]
    [InlineData("file:///home/user/Unduhan/cetak-rka.html                  1/3", false)]
    [InlineData("https://sipd.kemendagri.go.id/daerah/main/budget/rka-sub-kegiatan/cetak 2/5", false)]
    [InlineData("https://sipd.kemendagri.go.id/cetak", false)]
    [InlineData("RKA-SKPD 2.2.1 TA 2011 - 2.01.2.01.01.16.05\tHal. 1", false)]
    [InlineData("Formulir RKA-SKPD 2.2.1 Hal. 2 dari 3", false)]
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
    [InlineData("12/4/2026 Rapat koordinasi", false)]
    [InlineData("12/4/26, 9 PM rapat", false)]
    [InlineData("1.250 M2 Thermoplastic 12:30", false)]
    [InlineData("https://sipd.kemendagri.go.id diakses untuk data", false)]
    [InlineData("5.1.02.01.01.0024 Belanja Alat Tulis Kantor", false)]
    [InlineData("RKA-SKPD 2.2.1 Perjalanan Dinas Hal. 1", true)]
    [InlineData("Belanja cetak RKA Rekapitulasi.Hal. 2", false)]
    public void Other_lines_are_no_page_footer(string line, bool indented) => Assert.False(ClosingBlock.IsPageFooter(line, indented));
}
