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
    [InlineData("1 02 01 22", "1.02.1.02.01.22")]
    [InlineData("1.02.01.22", "1.02.1.02.01.22")]
    [InlineData("3 03 01 16", "3.03.3.03.01.16")]
    public void A_program_written_as_its_organisasi_and_number_gets_its_urusan(string written, string expected)
    {
        Assert.True(SimdaCodes.TryNormalizeProgram(written, out ProgramCode code, out CodeNormalization? details));
        Assert.Equal(expected, code.ToString());
        Assert.True(details.Changes.HasFlag(CodeNormalizationChanges.AddedUrusan));
    }

    [Fact]
    public void A_kegiatan_written_as_its_organisasi_program_and_number_gets_its_urusan()
    {
        Assert.True(SimdaCodes.TryNormalizeKegiatan("1 02 01 22 07", out KegiatanCode code, out CodeNormalization? details));
        Assert.Equal("1.02.1.02.01.22.07", code.ToString());
        Assert.Equal(CodeNormalizationChanges.AddedUrusan | CodeNormalizationChanges.ReplacedSpacesWithDots, details.Changes);
    }

    [Theory]
    [InlineData("1.02.1.02.01.22", CodeNormalizationChanges.None)]
    [InlineData("1 02 01")]
    [InlineData("1 02 01 22 07 01")]
    [InlineData("12 02 01 22")]
    [InlineData("1 2 01 22")]
    public void Other_program_texts_are_not_given_an_urusan(string written, CodeNormalizationChanges? changes = null)
    {
        bool read = SimdaCodes.TryNormalizeProgram(written, out _, out CodeNormalization? details);

        Assert.Equal(changes is not null, read);
        Assert.False(details?.Changes.HasFlag(CodeNormalizationChanges.AddedUrusan) ?? false);
    }

    [Fact]
    public void An_organisasi_after_its_urusan_with_a_trailing_dot_says_both()
    {
        Assert.True(SimdaCodes.TryNormalizeOrganisasi("1.03 . 1.03.01 .", out OrganisasiCode code, out CodeNormalization? details));
        Assert.Equal("1.03.01", code.ToString());
        Assert.True(details.Changes.HasFlag(CodeNormalizationChanges.RemovedRepeatedUrusan));
        Assert.True(details.Changes.HasFlag(CodeNormalizationChanges.RemovedTrailingDot));
        Assert.True(details.Changes.HasFlag(CodeNormalizationChanges.RemovedSpacesAroundDots));
    }

    [Theory]
    [InlineData("en", "code '1 02 01 22 07' normalised to '1.02.1.02.01.22.07': replaced spaces between parts with dots; added the urusan the code leaves out before its organisasi")]
    [InlineData("id", "urusan yang tidak ditulis di depan organisasinya ditambahkan")]
    public void A_template_s_code_columns_read_as_one_code(string culture, string expected)
    {
        const string Form = "Urusan Pemerintahan\t:\t1.02\t\t\t\t\tUrusan Wajib Kesehatan\n"
            + "Organisasi\t:\t1.02.01\t\t\t\t\tDinas Kesehatan\n"
            + "Program\t:\t1\t02\t01\t22\t\tProgram Pencegahan dan Penanggulangan Penyakit Menular\n"
            + "Kegiatan\t:\t1\t02\t01\t22\t07\tPeningkatan Imunisasi\n";
        using (UiCulture.Use(culture))
        {
            RkaReadResult result = RkaTextReader.Read(Form);
            Rkaskpd.Forms.FormHeader header = Assert.Single(result.Document.Forms).Header;
            Assert.Equal("1.02.1.02.01.22", header.Program.Code?.ToString());
            Assert.Equal("Program Pencegahan dan Penanggulangan Penyakit Menular", header.Program.Name);
            Assert.Equal("Peningkatan Imunisasi", header.Kegiatan.Name);
            Diagnostic finding = Assert.Single(result.Validate(), d => d.Code == "RKA104" && d.Path == "header.kegiatan");
            Assert.Contains(expected, finding.Message, System.StringComparison.Ordinal);
            Assert.DoesNotContain(result.Validate(), d => d.Code == "RKA101");
        }
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
