using System;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Xunit;

namespace Rkaskpd.Tests.Codes;

[Properties(Arbitrary = new[] { typeof(CodeArbitraries) })]
public class UrusanCodeTests
{
    public static TheoryData<string, int, int> Valid => new()
    {
        { "3.05", 3, 5 },
        { "1.01", 1, 1 },
        { "2.07", 2, 7 },
        { "1.20", 1, 20 },
        { "9.99", 9, 99 },
        { "0.00", 0, 0 },
    };

    /// <summary>Invalid texts with a fragment the message must hold (what, where or why).</summary>
    public static TheoryData<string, string> Invalid => new()
    {
        { "", "is empty" },
        { "3", "has 1 part; expected 2 parts" },
        { "3.05.09", "has 3 parts; expected 2 parts" },
        { "3.5", "has 1 digit in part 2 (urusan) '5' at position 3; expected 2 digits" },
        { "03.05", "has 2 digits in part 1 (kelompok) '03' at position 1; expected 1 digit" },
        { "3.005", "has 3 digits in part 2" },
        { "3.", "empty part 2 (urusan) at position 3" },
        { ".05", "empty part 1 (kelompok) at position 1" },
        { "3,05", "',' (U+002C) at position 2" },
        { " 3.05", "the character U+0020 at position 1" },
        { "3.05 ", "at position 5" },
        { "3.0a", "'a' (U+0061) at position 4" },
        { "３.05", "'３' (U+FF13) at position 1" },
        { "3.٠5", "at position 3" },
        { "3．05", "'．' (U+FF0E) at position 2" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parses_canonical_text(string text, int kelompok, int number)
    {
        UrusanCode code = UrusanCode.Parse(text);
        Assert.Equal(kelompok, code.Kelompok);
        Assert.Equal(number, code.Number);
        Assert.Equal(UrusanCode.Create(kelompok, number), code);
        Assert.Equal(text, code.ToString());
        Assert.True(UrusanCode.TryParse(text, out UrusanCode tried));
        Assert.Equal(code, tried);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_non_canonical_text_saying_where_and_why(string text, string fragment)
    {
        FormatException ex = Assert.Throws<FormatException>(() => UrusanCode.Parse(text));
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Urusan code", ex.Message, StringComparison.Ordinal);
        Assert.False(UrusanCode.TryParse(text, out UrusanCode result));
        Assert.Equal(default, result);
        Assert.False(UrusanCode.TryParse(text.AsSpan(), out _));
    }

    [Fact]
    public void Null_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => UrusanCode.Parse(null!));
        Assert.False(UrusanCode.TryParse((string?)null, out _));
    }

    [Fact]
    public void Default_is_zero_code()
    {
        Assert.Equal("0.00", default(UrusanCode).ToString());
        Assert.Equal(default, UrusanCode.Parse("0.00"));
    }

    [Theory]
    [InlineData(-1, 5, "kelompok")]
    [InlineData(10, 5, "kelompok")]
    [InlineData(3, -1, "urusan")]
    [InlineData(3, 100, "urusan")]
    public void Create_validates_parts(int kelompok, int urusan, string paramName)
    {
        ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => UrusanCode.Create(kelompok, urusan));
        Assert.Equal(paramName, ex.ParamName);
    }

    [Fact]
    public void Navigates_to_organisasi()
    {
        UrusanCode urusan = UrusanCode.Parse("3.05");
        OrganisasiCode organisasi = urusan.Organisasi(9);
        Assert.Equal("3.05.09", organisasi.ToString());
        Assert.True(urusan.Contains(organisasi));
        Assert.False(UrusanCode.Parse("3.06").Contains(organisasi));
        Assert.Throws<ArgumentOutOfRangeException>(() => urusan.Organisasi(100));
    }

    [Fact]
    public void Orders_in_code_order()
    {
        string[] sorted = ["0.00", "1.01", "1.02", "1.20", "2.07", "3.05", "9.99"];
        UrusanCode[] codes = Array.ConvertAll(sorted, UrusanCode.Parse);
        Array.Reverse(codes);
        Array.Sort(codes);
        Assert.Equal(sorted, Array.ConvertAll(codes, c => c.ToString()));
    }

    [Property]
    public void Round_trips(UrusanCode code) => CodeContract.RoundTrips(code);

    [Property]
    public void Order_matches_parts_and_text(UrusanCode left, UrusanCode right)
    {
        CodeContract.OrderIsConsistent(left, right, c => (c.Kelompok, c.Number));
        CodeContract.OrderIsConsistent(left, UrusanCode.Parse(left.ToString()), c => (c.Kelompok, c.Number));
        Assert.Equal(Math.Sign(string.CompareOrdinal(left.ToString(), right.ToString())), Math.Sign(left.CompareTo(right)));
    }

    [Property]
    public void TryParse_never_throws_and_accepts_only_canonical_text(string? text)
    {
        if (UrusanCode.TryParse(text, out UrusanCode code))
        {
            Assert.Equal(text, code.ToString());
        }
        else
        {
            Assert.Equal(default, code);
        }
    }
}
