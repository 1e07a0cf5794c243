using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>The title box as an OCR (Tesseract <c>--psm 6</c>) joins it: the region's name, then the form's name and
/// number from the box beside it on one line (<c>PEMERINTAH KABUPATEN SALU TAMBE RKA-SKPD 2.2.1</c>). The form's name
/// and number are no part of the region's name.</summary>
public class OcrTitleLineTests
{
    [Theory]
    [InlineData("PEMERINTAH KABUPATEN SALU TAMBE RKA-SKPD 2.2.1")]
    [InlineData("PEMERINTAH KABUPATEN SALU TAMBE Formulir RKA SKPD 2.2.1")]
    [InlineData("PEMERINTAH KABUPATEN SALU TAMBE DPA-SKPD 2.2.1")]
    [InlineData("PEMERINTAH KABUPATEN SALU TAMBE 2.2.1")]
    public void The_form_s_name_and_number_after_the_region_are_no_part_of_it(string titleLine)
    {
        string text = $"""
            RENCANA KERJA DAN ANGGARAN
            SATUAN KERJA PERANGKAT DAERAH Formulir
            {titleLine}
            TAHUN ANGGARAN 2018
            Urusan Pemerintahan : 2.01 Urusan Pilihan Pertanian
            Kegiatan : 2.01.2.01.01.19.02 Pengembangan Bibit Unggul
            """;

        RkaForm form = Assert.Single(RkaTextReader.Read(text).Document.Forms);

        Assert.Equal("PEMERINTAH KABUPATEN SALU TAMBE", form.Header.PemerintahDaerah);
    }
}
