using System;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Xunit;

namespace Rkaskpd.Tests.Codes;

[Properties(Arbitrary = new[] { typeof(CodeArbitraries) })]
public class KegiatanCodeTests
{
    public static TheoryData<string, string, int, int> Valid => new()
    {
        { "3.05.3.05.09.01.021", "3.05.3.05.09.01", 21, 3 },
        { "3.05.3.05.09.39.007", "3.05.3.05.09.39", 7, 3 },
        { "3.05.3.05.09.01.21", "3.05.3.05.09.01", 21, 2 },
        { "2.07.2.07.01.27.02", "2.07.2.07.01.27", 2, 2 },
        { "2.07.1.20.03.05.999", "2.07.1.20.03.05", 999, 3 },
        { "0.00.0.00.00.00.000", "0.00.0.00.00.00", 0, 3 },
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "3.05.3.05.09.01", "Kegiatan code '3.05.3.05.09.01' has 6 parts; expected 7 parts (D.DD.D.DD.DD.DD.DDD: program urusan D.DD, organisasi D.DD.DD, program DD, kegiatan DDD or DD)" },
        { "3.05.3.05.09.01.021.1", "has 8 parts" },
        { "3.05.3.05.09.01.1", "has 1 digit in part 7 (kegiatan) '1' at position 17; expected 3 digits (or 2 as SIMDA writes them)" },
        { "3.05.3.05.09.01.0021", "has 4 digits in part 7 (kegiatan)" },
        { "3.05.3.05.09.01.", "empty part 7 (kegiatan) at position 17" },
        { "3.05.3.05.09..021", "empty part 6 (program) at position 14" },
        { "3.05.3.05.09.01.021 ", "the character U+0020 at position 20" },
        { "Kode: 3.05.3.05.09.01.021", "'K' (U+004B) at position 1" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parses_canonical_text_keeping_the_width(string text, string program, int number, int width)
    {
        KegiatanCode code = KegiatanCode.Parse(text);
        Assert.Equal(ProgramCode.Parse(program), code.Program);
        Assert.Equal(number, code.Number);
        Assert.Equal(width, code.Width);
        Assert.Equal(code.Program.Organisasi, code.Organisasi);
        Assert.Equal(code.Program.Urusan, code.Urusan);
        Assert.Equal(KegiatanCode.Create(code.Program, number, width), code);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_non_canonical_text_saying_where_and_why(string text, string fragment)
    {
        FormatException ex = Assert.Throws<FormatException>(() => KegiatanCode.Parse(text));
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        Assert.False(KegiatanCode.TryParse(text, out _));
    }

    [Fact]
    public void Default_is_zero_code_of_width_three()
    {
        Assert.Equal("0.00.0.00.00.00.000", default(KegiatanCode).ToString());
        Assert.Equal(3, default(KegiatanCode).Width);
    }

    [Fact]
    public void Widths_are_different_values_ordered_by_number_then_width()
    {
        KegiatanCode two = KegiatanCode.Parse("3.05.3.05.09.01.21");
        KegiatanCode three = KegiatanCode.Parse("3.05.3.05.09.01.021");
        KegiatanCode next = KegiatanCode.Parse("3.05.3.05.09.01.022");
        KegiatanCode previous = KegiatanCode.Parse("3.05.3.05.09.01.20");
        Assert.NotEqual(two, three);
        Assert.True(two.EqualsIgnoringWidth(three));
        Assert.False(three.EqualsIgnoringWidth(next));
        Assert.True(previous < two);
        Assert.True(two < three);
        Assert.True(three < next);
        Assert.Equal(three, two.WithWidth(3));
        Assert.Equal(two, three.WithWidth(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => KegiatanCode.Parse("3.05.3.05.09.01.100").WithWidth(2));
    }

    [Theory]
    [InlineData(21, 1, "width")]
    [InlineData(21, 4, "width")]
    [InlineData(100, 2, "number")]
    [InlineData(1000, 3, "number")]
    [InlineData(-1, 3, "number")]
    public void Create_validates_number_and_width(int number, int width, string paramName)
    {
        ProgramCode program = ProgramCode.Parse("3.05.3.05.09.01");
        Assert.Equal(paramName, Assert.Throws<ArgumentOutOfRangeException>(() => program.Kegiatan(number, width)).ParamName);
    }

    [Fact]
    public void Program_builds_kegiatan_with_three_digits_by_default()
    {
        ProgramCode program = ProgramCode.Parse("3.05.3.05.09.01");
        Assert.Equal("3.05.3.05.09.01.021", program.Kegiatan(21).ToString());
        Assert.Equal("3.05.3.05.09.01.21", program.Kegiatan(21, width: 2).ToString());
        Assert.True(program.Kegiatan(21).IsUnder(program));
        Assert.True(program.Contains(program.Kegiatan(21, width: 2)));
        Assert.False(ProgramCode.Parse("3.05.3.05.09.02").Contains(program.Kegiatan(21)));
        Assert.True(program.Kegiatan(21).IsUnder(OrganisasiCode.Parse("3.05.09")));
    }

    [Fact]
    public void Kegiatan_of_another_urusan_program_reports_both_urusan()
    {
        KegiatanCode kegiatan = KegiatanCode.Parse("2.07.1.20.03.05.001");
        Assert.Equal(UrusanCode.Parse("2.07"), kegiatan.Urusan);
        Assert.Equal(UrusanCode.Parse("1.20"), kegiatan.Organisasi.Urusan);
        Assert.False(kegiatan.Program.UrusanMatchesOrganisasi);
    }

    [Property]
    public void Round_trips(KegiatanCode code) => CodeContract.RoundTrips(code);

    [Property]
    public void Order_matches_parts_then_width(KegiatanCode left, KegiatanCode right)
    {
        static (ProgramCode, int, int) Key(KegiatanCode c) => (c.Program, c.Number, c.Width);
        CodeContract.OrderIsConsistent(left, right, Key);
        CodeContract.OrderIsConsistent(left, KegiatanCode.Parse(left.ToString()), Key);
        CodeContract.OrderIsConsistent(left, left.Program.Kegiatan(left.Number, 3), Key);
    }

    [Property]
    public void Navigation_is_consistent(KegiatanCode code)
    {
        Assert.Equal(code, code.Program.Kegiatan(code.Number, code.Width));
        Assert.True(code.IsUnder(code.Program));
        Assert.True(code.IsUnder(code.Organisasi));
        Assert.True(code.Program.Contains(code));
        Assert.True(code.Organisasi.Contains(code));
        Assert.Equal(code.Program + ".", code.ToString()[..(code.ToString().Length - code.Width)]);
    }

    [Property]
    public void TryParse_never_throws_and_accepts_only_canonical_text(string? text)
    {
        if (KegiatanCode.TryParse(text, out KegiatanCode code))
        {
            Assert.Equal(text, code.ToString());
        }
        else
        {
            Assert.Equal(default, code);
        }
    }
}
