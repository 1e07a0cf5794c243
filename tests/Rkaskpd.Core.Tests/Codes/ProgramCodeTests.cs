using System;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Xunit;

namespace Rkaskpd.Tests.Codes;

[Properties(Arbitrary = new[] { typeof(CodeArbitraries) })]
public class ProgramCodeTests
{
    public static TheoryData<string, string, string, int, bool> Valid => new()
    {
        { "3.05.3.05.09.01", "3.05", "3.05.09", 1, true },
        { "3.05.3.05.09.39", "3.05", "3.05.09", 39, true },
        { "1.20.1.20.03.16", "1.20", "1.20.03", 16, true },
        { "2.07.1.20.03.05", "2.07", "1.20.03", 5, false },
        { "0.00.0.00.00.00", "0.00", "0.00.00", 0, true },
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "3.05.09.01", "has 4 parts; expected 6 parts" },
        { "3.05.3.05.09.01.021", "has 7 parts; expected 6 parts" },
        { "3.05.3.05.09.1", "has 1 digit in part 6 (program) '1' at position 14; expected 2 digits" },
        { "3.05.3.05.9.01", "part 5 (organisasi) '9' at position 11" },
        { "3.05.03.05.09.01", "part 3 (organisasi urusan kelompok) '03'" },
        { "3.05.3.05.09.001", "has 3 digits in part 6 (program)" },
        { "3.05.3.05.09.0l", "'l' (U+006C) at position 15" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parses_canonical_text(string text, string urusan, string organisasi, int number, bool matches)
    {
        ProgramCode code = ProgramCode.Parse(text);
        Assert.Equal(UrusanCode.Parse(urusan), code.Urusan);
        Assert.Equal(OrganisasiCode.Parse(organisasi), code.Organisasi);
        Assert.Equal(number, code.Number);
        Assert.Equal(matches, code.UrusanMatchesOrganisasi);
        Assert.Equal(ProgramCode.Create(code.Urusan, code.Organisasi, number), code);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_non_canonical_text_saying_where_and_why(string text, string fragment)
    {
        FormatException ex = Assert.Throws<FormatException>(() => ProgramCode.Parse(text));
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Program code", ex.Message, StringComparison.Ordinal);
        Assert.False(ProgramCode.TryParse(text, out _));
    }

    [Fact]
    public void Default_is_zero_code() => Assert.Equal("0.00.0.00.00.00", default(ProgramCode).ToString());

    [Fact]
    public void Create_validates_number()
    {
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => ProgramCode.Create(default, default, 100)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => ProgramCode.Create(default, default, -1)).ParamName);
    }

    [Fact]
    public void Program_of_another_urusan_is_under_its_organisasi_not_its_urusan_organisasi()
    {
        ProgramCode program = ProgramCode.Parse("2.07.1.20.03.05");
        Assert.True(program.IsUnder(OrganisasiCode.Parse("1.20.03")));
        Assert.False(program.IsUnder(OrganisasiCode.Parse("2.07.03")));
        Assert.Equal(UrusanCode.Parse("2.07"), program.Urusan);
        Assert.Equal(UrusanCode.Parse("1.20"), program.Organisasi.Urusan);
    }

    [Fact]
    public void Orders_by_program_urusan_first()
    {
        string[] sorted = ["1.20.1.20.03.16", "2.07.1.20.03.05", "3.05.3.05.09.01", "3.05.3.05.09.02", "3.05.3.05.09.39"];
        ProgramCode[] codes = Array.ConvertAll(sorted, ProgramCode.Parse);
        Array.Reverse(codes);
        Array.Sort(codes);
        Assert.Equal(sorted, Array.ConvertAll(codes, c => c.ToString()));
    }

    [Property]
    public void Round_trips(ProgramCode code) => CodeContract.RoundTrips(code);

    [Property]
    public void Order_matches_parts_and_text(ProgramCode left, ProgramCode right)
    {
        static (int, int, int, int, int, int) Key(ProgramCode c) =>
            (c.Urusan.Kelompok, c.Urusan.Number, c.Organisasi.Urusan.Kelompok, c.Organisasi.Urusan.Number, c.Organisasi.Number, c.Number);
        CodeContract.OrderIsConsistent(left, right, Key);
        CodeContract.OrderIsConsistent(left, ProgramCode.Parse(left.ToString()), Key);
        Assert.Equal(Math.Sign(string.CompareOrdinal(left.ToString(), right.ToString())), Math.Sign(left.CompareTo(right)));
    }

    [Property]
    public void Navigation_is_consistent(ProgramCode code)
    {
        Assert.Equal(code, code.Organisasi.Program(code.Urusan, code.Number));
        Assert.Equal(code, ProgramCode.Create(code.Urusan, code.Organisasi, code.Number));
        Assert.True(code.IsUnder(code.Organisasi));
        Assert.Equal(code.Urusan == code.Organisasi.Urusan, code.UrusanMatchesOrganisasi);
        Assert.StartsWith(code.Urusan + "." + code.Organisasi + ".", code.ToString(), StringComparison.Ordinal);
    }

    [Property]
    public void TryParse_never_throws_and_accepts_only_canonical_text(string? text)
    {
        if (ProgramCode.TryParse(text, out ProgramCode code))
        {
            Assert.Equal(text, code.ToString());
        }
        else
        {
            Assert.Equal(default, code);
        }
    }
}
