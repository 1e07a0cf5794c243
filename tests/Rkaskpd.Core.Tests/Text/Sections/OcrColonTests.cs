using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A coded header field's colon as an OCR reads it off a blurred scan: a one, an l or an i between the label
/// and a dotted code (<c>Urusan Pemerintahan 1 1.08</c>). It is the separator, not a part of the code; a lone digit
/// before a code of spaced parts (<c>1 02 1.02 01</c>) is the code's own.</summary>
public class OcrColonTests
{
    private const string Title = """
        RENCANA KERJA DAN ANGGARAN SATUAN KERJA PERANGKAT DAERAH
        PEMERINTAH KABUPATEN TELUK SERAYA
        Tahun Anggaran 2018

        """;

    [Theory]
    [InlineData("Urusan Pemerintahan\t1 1.08\tUrusan Wajib Lingkungan Hidup", "Kegiatan\ti 1.08. 1.08.01. 15. 05\tPeningkatan Operasi")]
    [InlineData("Urusan Pemerintahan 1 1.08 Urusan Wajib Lingkungan Hidup", "Kegiatan\tl 1.08. 1.08.01. 15. 05\tPeningkatan Operasi")]
    [InlineData("Urusan Pemerintahan : 1.08 Urusan Wajib Lingkungan Hidup", "Kegiatan : 1.08. 1.08.01. 15. 05 Peningkatan Operasi")]
    public void A_colon_read_as_a_one_is_the_separator(string urusan, string kegiatan)
    {
        RkaForm form = Assert.Single(RkaTextReader.Read(Title + urusan + "\n" + kegiatan + "\n").Document.Forms);

        Assert.Equal("1.08", form.Header.Urusan.Code?.ToString());
        Assert.Equal("1.08", form.Header.Urusan.CodeText);
        Assert.Equal("1.08.1.08.01.15.05", form.Header.Kegiatan.Code?.ToString());
        Assert.Equal("Peningkatan Operasi", form.Header.Kegiatan.Name);
    }

    [Fact]
    public void A_lone_digit_before_spaced_parts_stays_the_codes()
    {
        RkaForm form = Assert.Single(RkaTextReader.Read(Title + "Kegiatan 1 08 1.08.01 15 05 Peningkatan Operasi\n").Document.Forms);

        Assert.StartsWith("1 08", form.Header.Kegiatan.CodeText, System.StringComparison.Ordinal);
    }
}
