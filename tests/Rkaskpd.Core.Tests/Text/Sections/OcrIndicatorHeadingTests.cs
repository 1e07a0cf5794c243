using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>The indicator section's heading as an OCR reads it: a letter of the print read as two (<c>n</c> as
/// <c>ri</c>, <c>m</c> as <c>rn</c>). The heading is still the heading: the table under it is read, and the line is
/// not reported as one the reader did not recognise.</summary>
public class OcrIndicatorHeadingTests
{
    [Theory]
    [InlineData("Indikator & Tolok Ukur Kinerja Kegiatari")] // n read as "ri"
    [InlineData("Indikator & Tolok Ukur Kinerja Kegiatan")]
    [InlineData("Indikator & Tolok Ukur Kinerja Belanja Langsung")]
    public void A_heading_with_a_letter_read_as_two_is_the_heading(string heading)
    {
        string text = $"""
            DPA-RINCIAN BELANJA SKPD
            PEMERINTAH KABUPATEN PADANG RIMBUN TAHUN ANGGARAN 2022
            Kegiatan : 3.27.02.2.01 - Pengawasan Sarana Pertanian
            {heading}
            | Indikator | Tolok Ukur Kinerja | Target Kinerja |
            | Masukan | Dana yang dibutuhkan | Rp. 57.368.000,00 |
            | Hasil | Meningkatnya ketepatan penyaluran pupuk | 90 % |
            """;

        RkaReadResult result = RkaTextReader.Read(text);

        RkaForm form = Assert.Single(result.Document.Forms);
        Assert.Equal(2, form.Indicators.Count);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "RKA006");
    }

    [Theory]
    [InlineData("Indikator & Tolok Ukur Kinerja Pertanian")]
    [InlineData("Indikator Kinerja Utama Dinas")]
    public void Text_that_only_starts_like_the_heading_is_reported(string line)
    {
        string text = $"""
            PEMERINTAH KABUPATEN PADANG RIMBUN TAHUN ANGGARAN 2022
            Kegiatan : 3.27.02.2.01 - Pengawasan Sarana Pertanian
            {line}
            """;

        Assert.Contains(RkaTextReader.Read(text).Diagnostics, d => d.Code == "RKA006" && d.Message.Contains(line, System.StringComparison.Ordinal));
    }
}
