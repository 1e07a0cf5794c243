using FsCheck.Xunit;
using Rkaskpd.Codes;
using Xunit;

namespace Rkaskpd.Tests.Codes;

[Properties(Arbitrary = new[] { typeof(CodeArbitraries), typeof(SipdCodeArbitraries) })]
public class CodeSchemeDetectorTests
{
    public static TheoryData<string?, CodeScheme> Examples => new()
    {
        // 13/2006: the seed and the corpus (Demak's SIMDA spelling, Lombok Barat's two-digit kegiatan).
        { "3.05.3.05.09.01.021", CodeScheme.Permendagri13 },
        { "3.05.3.05.09.01", CodeScheme.Permendagri13 },
        { "1.02.1.02.01.15.05", CodeScheme.Permendagri13 },
        { "3.03 . 3.03.01 . 01 . 01", CodeScheme.Permendagri13 },
        { "Kegiatan : 3.03 . 3.03.01 . 01 . 01 Penyediaan jasa surat menyurat", CodeScheme.Permendagri13 },
        // 90/2019, as SIPD prints it, with both sub kegiatan widths.
        { "1.02.0.00.0.00.01.0000", CodeScheme.Permendagri90 },
        { "1.02.02.2.02.0001", CodeScheme.Permendagri90 },
        { "1.02.02.2.02.01", CodeScheme.Permendagri90 },
        { "1.02.02.2.02", CodeScheme.Permendagri90 },
        { "Sub Kegiatan : 1.02.02.2.02.0001 Pengelolaan Pelayanan Kesehatan Ibu Hamil", CodeScheme.Permendagri90 },
        { "1", CodeScheme.Permendagri90 },
        // Shapes both schemes have, and texts that are no code.
        { "3.05", CodeScheme.None },
        { "1.02.02", CodeScheme.None },
        { "3.5.9", CodeScheme.None },
        { "1.08.01.01", CodeScheme.None },
        { "1.02.02.2.02.001", CodeScheme.None },
        { "PROGRAM", CodeScheme.None },
        { "", CodeScheme.None },
        { null, CodeScheme.None },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Tells_the_scheme_from_the_shape(string? text, CodeScheme expected) =>
        Assert.Equal(expected, CodeSchemeDetector.Detect(text));

    [Fact]
    public void Shared_shapes_fit_both_schemes()
    {
        Assert.True(CodeSchemeDetector.Fits("3.05", CodeScheme.Permendagri13));
        Assert.True(CodeSchemeDetector.Fits("3.05", CodeScheme.Permendagri90));
        Assert.False(CodeSchemeDetector.Fits("3.05", CodeScheme.None));
        Assert.True(UrusanCode.TryParse("3.05", out _));
        Assert.True(BidangUrusanCode.TryParse("3.05", out _));
    }

    [Property]
    public void Thirteen_2006_kegiatan_and_programs_stay_13_2006(KegiatanCode kegiatan)
    {
        Assert.Equal(CodeScheme.Permendagri13, CodeSchemeDetector.Detect(kegiatan.ToString()));
        Assert.Equal(CodeScheme.Permendagri13, CodeSchemeDetector.Detect(kegiatan.Program.ToString()));
        Assert.False(SubKegiatanCode.TryParse(kegiatan.Program.ToString(), out _));
        Assert.Equal(CodeScheme.Permendagri13, kegiatan.Scheme);
    }

    [Property]
    public void Ninety_2019_sub_kegiatan_kegiatan_and_skpd_are_90_2019(SubKegiatanCode sub, SkpdCode skpd)
    {
        Assert.Equal(CodeScheme.Permendagri90, CodeSchemeDetector.Detect(sub.ToString()));
        Assert.Equal(CodeScheme.Permendagri90, CodeSchemeDetector.Detect(sub.Kegiatan.ToString()));
        Assert.Equal(CodeScheme.Permendagri90, CodeSchemeDetector.Detect(skpd.ToString()));
        Assert.False(ProgramCode.TryParse(sub.ToString(), out _));
        Assert.False(KegiatanCode.TryParse(sub.ToString(), out _));
        Assert.Equal(CodeScheme.Permendagri90, sub.Scheme);
    }

    [Property]
    public void Detect_never_throws(string? text) =>
        Assert.True(CodeSchemeDetector.Detect(text) is CodeScheme.None or CodeScheme.Permendagri13 or CodeScheme.Permendagri90);
}
