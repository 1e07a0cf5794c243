using System;
using System.IO;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Xunit;

namespace Rkaskpd.Tests.Codes;

[Properties(Arbitrary = new[] { typeof(CodeArbitraries) })]
public class NomenclatureTests
{
    private static readonly Nomenclature Lumajang = Nomenclature.Load(new StringReader(LumajangNomenclature.Text));

    [Fact]
    public void Loads_the_seed_names_at_every_level()
    {
        Assert.Equal(17, Lumajang.Count);
        Assert.True(Lumajang.TryGetName(UrusanCode.Parse("3.05"), out string? urusan));
        Assert.Equal("PEMERINTAHAN UMUM", urusan);
        Assert.True(Lumajang.TryGetName(OrganisasiCode.Parse("3.05.09"), out string? organisasi));
        Assert.Equal("KECAMATAN LUMAJANG", organisasi);
        Assert.True(Lumajang.TryGetName(ProgramCode.Parse("3.05.3.05.09.39"), out string? program));
        Assert.Equal("PROGRAM PENYELENGGARAAN PEMERINTAHAN KECAMATAN", program);
        Assert.True(Lumajang.TryGetName(KegiatanCode.Parse("3.05.3.05.09.39.004"), out string? kegiatan));
        Assert.Equal("Fasilitasi dan Koordinasi Ketentraman dan Ketertiban Masyarakat", kegiatan);
        Assert.True(Lumajang.TryGetName(KegiatanCode.Parse("3.05.3.05.09.06.007"), out string? spaced));
        Assert.Equal("Penyusunan Rencana Kerja dan Anggaran (RKA) SKPD", spaced);
    }

    [Fact]
    public void Unknown_codes_have_no_name()
    {
        Assert.False(Lumajang.TryGetName(UrusanCode.Parse("1.01"), out string? name));
        Assert.Null(name);
        Assert.False(Lumajang.TryGetName(OrganisasiCode.Parse("3.05.10"), out _));
        Assert.False(Lumajang.TryGetName(ProgramCode.Parse("3.05.3.05.09.03"), out _));
        Assert.False(Lumajang.TryGetName(KegiatanCode.Parse("3.05.3.05.09.39.008"), out _));
    }

    [Fact]
    public void Kegiatan_lookup_falls_back_to_the_other_width()
    {
        Assert.True(Lumajang.TryGetName(KegiatanCode.Parse("3.05.3.05.09.01.21"), out string? name));
        Assert.Equal("Pelayanan Admistrasi dan Opsional Perkantoran", name);

        Nomenclature simda = Nomenclature.Create([("2.07.2.07.01.27.02", "Kegiatan SIMDA")]);
        Assert.True(simda.TryGetName(KegiatanCode.Parse("2.07.2.07.01.27.002"), out string? wide));
        Assert.Equal("Kegiatan SIMDA", wide);
        Assert.False(simda.TryGetName(KegiatanCode.Parse("2.07.2.07.01.27.102"), out _));
    }

    [Fact]
    public void Create_takes_pairs_and_allows_exact_repeats()
    {
        Nomenclature names = Nomenclature.Create([("3.05", " PEMERINTAHAN UMUM "), ("3.05", "PEMERINTAHAN UMUM")]);
        Assert.Equal(1, names.Count);
        Assert.True(names.TryGetName(UrusanCode.Parse("3.05"), out string? name));
        Assert.Equal("PEMERINTAHAN UMUM", name);
    }

    [Theory]
    [InlineData("3.05\tPEMERINTAHAN UMUM\n3.05.09", "Line 2: '3.05.09' has a code but no name")]
    [InlineData("# header\n\n3.5\tPEMERINTAHAN UMUM", "Line 3: Urusan code '3.5' has 1 digit in part 2")]
    [InlineData("3.05.09.01\tUNIT", "Line 1: code '3.05.09.01' has 4 parts")]
    [InlineData("3.05.3.05.09.39\tPROGRAM PENYELENGGARAAN PEMERINTAHAN KECAMATAN\n3.05.3.05.09.39\tFASILITASI PENYELENGGARAAN PEMERINTAHAN KECAMATAN",
        "Line 2: code '3.05.3.05.09.39' is named 'FASILITASI PENYELENGGARAAN PEMERINTAHAN KECAMATAN' but was already named 'PROGRAM PENYELENGGARAAN PEMERINTAHAN KECAMATAN'")]
    [InlineData("Kode:3.05 PEMERINTAHAN UMUM", "Line 1: Urusan code 'Kode:3.05'")]
    public void Load_names_the_bad_line(string text, string fragment)
    {
        FormatException ex = Assert.Throws<FormatException>(() => Nomenclature.Load(new StringReader(text)));
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_names_the_bad_entry()
    {
        FormatException ex = Assert.Throws<FormatException>(() => Nomenclature.Create([("3.05", "A"), ("3.05.09", "  ")]));
        Assert.StartsWith("Entry 2: code '3.05.09' has an empty name", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Nomenclature.Create(null!));
        Assert.Throws<ArgumentNullException>(() => Nomenclature.Load(null!));
    }

    [Fact]
    public void Empty_has_no_names()
    {
        Assert.Equal(0, Nomenclature.Empty.Count);
        Assert.False(Nomenclature.Empty.TryGetName(default(UrusanCode), out _));
        Assert.Equal(0, Nomenclature.Load(new StringReader(string.Empty)).Count);
    }

    [Property]
    public void Every_loaded_code_is_found_by_its_parsed_value(KegiatanCode kegiatan)
    {
        string text = string.Join(
            "\n",
            $"{kegiatan.Urusan}\tU",
            $"{kegiatan.Organisasi}\tO",
            $"{kegiatan.Program}\tP",
            $"{kegiatan}\tK");
        Nomenclature names = Nomenclature.Load(new StringReader(text));
        Assert.True(names.TryGetName(kegiatan.Urusan, out string? u));
        Assert.True(names.TryGetName(kegiatan.Organisasi, out string? o));
        Assert.True(names.TryGetName(kegiatan.Program, out string? p));
        Assert.True(names.TryGetName(kegiatan, out string? k));
        Assert.Equal("UOPK", u + o + p + k);
    }
}
