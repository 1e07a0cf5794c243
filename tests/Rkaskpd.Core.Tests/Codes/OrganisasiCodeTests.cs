using System;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Xunit;

namespace Rkaskpd.Tests.Codes;

[Properties(Arbitrary = new[] { typeof(CodeArbitraries) })]
public class OrganisasiCodeTests
{
    public static TheoryData<string, string, int> Valid => new()
    {
        { "3.05.09", "3.05", 9 },
        { "1.20.03", "1.20", 3 },
        { "1.08.01", "1.08", 1 },
        { "0.00.00", "0.00", 0 },
        { "9.99.99", "9.99", 99 },
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "", "is empty" },
        { "3.05", "has 2 parts; expected 3 parts" },
        { "1.08.01.01", "has 4 parts; expected 3 parts" },
        { "3.05.9", "has 1 digit in part 3 (organisasi) '9' at position 6; expected 2 digits" },
        { "3.05.009", "has 3 digits in part 3 (organisasi)" },
        { "3.05..09", "has 4 parts" },
        { "3.05.09.", "has 4 parts" },
        { "3.05 09", "the character U+0020 at position 5" },
        { "3.05.0x", "'x' (U+0078) at position 7" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parses_canonical_text(string text, string urusan, int number)
    {
        OrganisasiCode code = OrganisasiCode.Parse(text);
        Assert.Equal(UrusanCode.Parse(urusan), code.Urusan);
        Assert.Equal(number, code.Number);
        Assert.Equal(OrganisasiCode.Create(UrusanCode.Parse(urusan), number), code);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_non_canonical_text_saying_where_and_why(string text, string fragment)
    {
        FormatException ex = Assert.Throws<FormatException>(() => OrganisasiCode.Parse(text));
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Organisasi code", ex.Message, StringComparison.Ordinal);
        Assert.False(OrganisasiCode.TryParse(text, out _));
    }

    [Fact]
    public void Default_is_zero_code() => Assert.Equal("0.00.00", default(OrganisasiCode).ToString());

    [Fact]
    public void Create_validates_number()
    {
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => OrganisasiCode.Create(default, 100)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => OrganisasiCode.Create(default, -1)).ParamName);
    }

    [Fact]
    public void Navigates_to_programs_of_its_own_and_other_urusan()
    {
        OrganisasiCode organisasi = OrganisasiCode.Parse("1.20.03");
        Assert.Equal("1.20.1.20.03.16", organisasi.Program(16).ToString());
        Assert.Equal("2.07.1.20.03.05", organisasi.Program(UrusanCode.Parse("2.07"), 5).ToString());
        Assert.True(organisasi.IsUnder(UrusanCode.Parse("1.20")));
        Assert.False(organisasi.IsUnder(UrusanCode.Parse("2.07")));
        Assert.True(organisasi.Contains(ProgramCode.Parse("2.07.1.20.03.05")));
        Assert.False(organisasi.Contains(ProgramCode.Parse("2.07.1.20.04.05")));
        Assert.True(organisasi.Contains(KegiatanCode.Parse("2.07.1.20.03.05.01")));
        Assert.False(organisasi.Contains(KegiatanCode.Parse("2.07.1.20.02.05.01")));
    }

    [Property]
    public void Round_trips(OrganisasiCode code) => CodeContract.RoundTrips(code);

    [Property]
    public void Order_matches_parts_and_text(OrganisasiCode left, OrganisasiCode right)
    {
        static (int, int, int) Key(OrganisasiCode c) => (c.Urusan.Kelompok, c.Urusan.Number, c.Number);
        CodeContract.OrderIsConsistent(left, right, Key);
        CodeContract.OrderIsConsistent(left, OrganisasiCode.Parse(left.ToString()), Key);
        Assert.Equal(Math.Sign(string.CompareOrdinal(left.ToString(), right.ToString())), Math.Sign(left.CompareTo(right)));
    }

    [Property]
    public void Navigation_is_consistent(OrganisasiCode code)
    {
        Assert.Equal(code, code.Urusan.Organisasi(code.Number));
        Assert.True(code.IsUnder(code.Urusan));
        Assert.True(code.Urusan.Contains(code));
    }

    [Property]
    public void TryParse_never_throws_and_accepts_only_canonical_text(string? text)
    {
        if (OrganisasiCode.TryParse(text, out OrganisasiCode code))
        {
            Assert.Equal(text, code.ToString());
        }
        else
        {
            Assert.Equal(default, code);
        }
    }
}
