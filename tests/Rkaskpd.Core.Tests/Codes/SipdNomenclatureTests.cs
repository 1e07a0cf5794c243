using System;
using System.IO;
using Rkaskpd.Codes;
using Xunit;

namespace Rkaskpd.Tests.Codes;

/// <summary>A caller's 90/2019 list (an excerpt of Kepmendagri 050-5889/2021 with an invented SKPD), and joining it with a 13/2006 list.</summary>
public class SipdNomenclatureTests
{
    private const string Kesehatan = """
        # Kepmendagri 050-5889/2021, excerpt
        1	URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR
        1.02	URUSAN PEMERINTAHAN BIDANG KESEHATAN
        1.02.02	PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT
        1.02.02.2.02	Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota
        1.02.02.2.02.0001	Pengelolaan Pelayanan Kesehatan Ibu Hamil
        1.02.0.00.0.00.01.0000	DINAS KESEHATAN
        """;

    [Fact]
    public void Loads_every_90_2019_level()
    {
        Nomenclature names = Nomenclature.Load(new StringReader(Kesehatan), CodeScheme.Permendagri90);

        Assert.Equal(6, names.Count);
        Assert.True(names.TryGetName(SipdUrusanCode.Parse("1"), out string? urusan));
        Assert.Equal("URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR", urusan);
        Assert.True(names.TryGetName(BidangUrusanCode.Parse("1.02"), out string? bidang));
        Assert.Equal("URUSAN PEMERINTAHAN BIDANG KESEHATAN", bidang);
        Assert.True(names.TryGetName(SipdProgramCode.Parse("1.02.02"), out _));
        Assert.True(names.TryGetName(SipdKegiatanCode.Parse("1.02.02.2.02"), out _));
        Assert.True(names.TryGetName(SkpdCode.Parse("1.02.0.00.0.00.01.0000"), out string? skpd));
        Assert.Equal("DINAS KESEHATAN", skpd);
        Assert.False(names.TryGetName(SkpdCode.Parse("1.02.0.00.0.00.01.0001"), out _));

        // 1.02 is a 13/2006 urusan too, but this list is 90/2019 only.
        Assert.False(names.TryGetName(UrusanCode.Parse("1.02"), out _));
    }

    [Fact]
    public void Sub_kegiatan_lookup_falls_back_to_the_other_width()
    {
        Nomenclature names = Nomenclature.Load(new StringReader(Kesehatan), CodeScheme.Permendagri90);
        Assert.True(names.TryGetName(SubKegiatanCode.Parse("1.02.02.2.02.01"), out string? name));
        Assert.Equal("Pengelolaan Pelayanan Kesehatan Ibu Hamil", name);
        Assert.False(names.TryGetName(SubKegiatanCode.Parse("1.02.02.2.02.0002"), out name));
        Assert.Null(name);
    }

    [Fact]
    public void Merges_a_13_2006_list_with_a_90_2019_one()
    {
        Nomenclature lumajang = Nomenclature.Load(new StringReader("3.05\tPEMERINTAHAN UMUM\n1.02\tKESEHATAN"));
        Nomenclature merged = lumajang.Merge(Nomenclature.Load(new StringReader(Kesehatan), CodeScheme.Permendagri90));

        Assert.Equal(8, merged.Count);
        Assert.True(merged.TryGetName(UrusanCode.Parse("1.02"), out string? urusan));
        Assert.Equal("KESEHATAN", urusan);
        Assert.True(merged.TryGetName(BidangUrusanCode.Parse("1.02"), out string? bidang));
        Assert.Equal("URUSAN PEMERINTAHAN BIDANG KESEHATAN", bidang);

        Nomenclature other = Nomenclature.Create([("3.05", "URUSAN LAIN")]);
        Assert.Contains("is named 'URUSAN LAIN' but was already named 'PEMERINTAHAN UMUM'", Assert.Throws<FormatException>(() => lumajang.Merge(other)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1.02.02.2\tNAMA", "Line 1: code '1.02.02.2' has 4 parts; a Permendagri 90/2019 code has 1 (urusan)")]
    [InlineData("1.02.02.2.02.001\tNAMA", "Line 1: Sub kegiatan code '1.02.02.2.02.001' has 3 digits in part 6")]
    [InlineData("3.05.3.05.09.01.021\tNAMA", "Line 1: code '3.05.3.05.09.01.021' has 7 parts")]
    public void Refuses_codes_that_are_not_90_2019_naming_the_line(string text, string fragment) =>
        Assert.Contains(fragment, Assert.Throws<FormatException>(() => Nomenclature.Load(new StringReader(text), CodeScheme.Permendagri90)).Message, StringComparison.Ordinal);

    [Fact]
    public void Create_takes_the_scheme_and_refuses_none()
    {
        Nomenclature names = Nomenclature.Create([("1.02.02", "PROGRAM KESEHATAN")], CodeScheme.Permendagri90);
        Assert.True(names.TryGetName(SipdProgramCode.Parse("1.02.02"), out _));
        Assert.False(names.TryGetName(OrganisasiCode.Parse("1.02.02"), out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => Nomenclature.Create([("1", "A")], CodeScheme.None));
    }
}
