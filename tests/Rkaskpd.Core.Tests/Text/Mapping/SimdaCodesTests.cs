using Rkaskpd.Codes;
using Rkaskpd.Text;
using Rkaskpd.Text.Mapping;
using Rkaskpd.Validation;
using Xunit;

namespace Rkaskpd.Tests.Text.Mapping;

/// <summary>SIMDA prints an organisasi after its urusan and an urusan twice: the repeated urusan is removed, and the
/// normalisation (RKA104) says that, not that a label was removed.</summary>
public class SimdaCodesTests
{
    [Theory]
    [InlineData("1.15.1.15.01", "1.15.01")]
    [InlineData("3.03 . 3.03.01", "3.03.01")]
    public void An_organisasi_after_its_urusan_is_the_organisasi_with_the_urusan_named_as_removed(string written, string expected)
    {
        Assert.True(SimdaCodes.TryNormalizeOrganisasi(written, out OrganisasiCode code, out CodeNormalization? details));
        Assert.Equal(expected, code.ToString());
        Assert.True(details.Changes.HasFlag(CodeNormalizationChanges.RemovedRepeatedUrusan));
        Assert.False(details.Changes.HasFlag(CodeNormalizationChanges.RemovedLabel));
    }

    [Fact]
    public void An_urusan_written_twice_is_that_urusan()
    {
        Assert.True(SimdaCodes.TryNormalizeUrusan("1.02 . 1.02", out UrusanCode code, out CodeNormalization? details));
        Assert.Equal("1.02", code.ToString());
        Assert.True(details.Changes.HasFlag(CodeNormalizationChanges.RemovedRepeatedUrusan));
    }

    [Theory]
    [InlineData("en", "removed the urusan written again before the code")]
    [InlineData("id", "kode urusan yang ditulis ulang di depan kode dihapus")]
    public void The_reader_s_finding_says_what_was_removed(string culture, string expected)
    {
        const string Form = "Urusan Pemerintahan : 1.15 Koperasi dan Usaha Kecil Menengah\n"
            + "Organisasi : 1.15.1.15.01 Dinas Koperasi\n"
            + "Program : 1.15.1.15.01.16 Program Pengembangan Kewirausahaan\n"
            + "Kegiatan : 1.15.1.15.01.16.03 Pelatihan Kewirausahaan\n";
        using (UiCulture.Use(culture))
        {
            RkaReadResult result = RkaTextReader.Read(Form);
            Diagnostic finding = Assert.Single(result.Validate(), d => d.Code == "RKA104" && d.Path == "header.organisasi");
            Assert.Contains(expected, finding.Message, System.StringComparison.Ordinal);
            Assert.DoesNotContain("label", finding.Message, System.StringComparison.Ordinal);
        }
    }
}
