using System;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Xunit;

namespace Rkaskpd.Tests.Codes;

/// <summary>The Permendagri 90/2019 code types: examples from the nomenclature, and their contract over whole ranges.</summary>
[Properties(Arbitrary = new[] { typeof(SipdCodeArbitraries) })]
public class SipdCodeTests
{
    public static TheoryData<string, string> Invalid => new()
    {
        { "1.02.02.2.02.001", "Sub kegiatan code '1.02.02.2.02.001' has 3 digits in part 6 (sub kegiatan) '001' at position 14; expected 4 digits (or 2 as the original Permendagri 90/2019 writes them)" },
        { "1.02.02.2.02.00001", "has 5 digits in part 6 (sub kegiatan)" },
        { "1.02.2.02.0001", "has 5 parts; expected 6 parts" },
        { "1.2.02.2.02.0001", "has 1 digit in part 2 (bidang urusan)" },
        { "1.02.02.2.02.0001.", "has 7 parts" },
        { "1 .02.02.2.02.0001", "the character U+0020 at position 2" },
        { "Sub Kegiatan: 1.02.02.2.02.0001", "'S' (U+0053) at position 1" },
        { "3.05.3.05.09.01.021", "has 7 parts" },
    };

    [Fact]
    public void Sub_kegiatan_parses_with_both_widths_and_navigates_up()
    {
        SubKegiatanCode four = SubKegiatanCode.Parse("1.02.02.2.02.0001");
        SubKegiatanCode two = SubKegiatanCode.Parse("1.02.02.2.02.01");
        Assert.Equal(4, four.Width);
        Assert.Equal(2, two.Width);
        Assert.Equal(1, four.Number);
        Assert.NotEqual(four, two);
        Assert.True(four.EqualsIgnoringWidth(two));
        Assert.True(two < four);
        Assert.Equal(four, two.WithWidth(4));
        Assert.Equal("1.02.02.2.02.01", two.ToString());
        Assert.Equal(SipdKegiatanCode.Parse("1.02.02.2.02"), four.Kegiatan);
        Assert.Equal(SipdProgramCode.Parse("1.02.02"), four.Program);
        Assert.Equal(BidangUrusanCode.Parse("1.02"), four.BidangUrusan);
        Assert.Equal(SipdUrusanCode.Parse("1"), four.Urusan);
        Assert.Equal(2, four.Kegiatan.Kewenangan);
        Assert.Equal(2, four.Kegiatan.Number);
        Assert.Equal(CodeScheme.Permendagri90, four.Scheme);
        Assert.Throws<ArgumentOutOfRangeException>(() => SubKegiatanCode.Parse("1.02.02.2.02.0100").WithWidth(2));
    }

    [Fact]
    public void Codes_are_built_from_their_parts_down_the_hierarchy()
    {
        SubKegiatanCode sub = SipdUrusanCode.Create(1).BidangUrusan(2).Program(2).Kegiatan(2, 2).SubKegiatan(1);
        Assert.Equal("1.02.02.2.02.0001", sub.ToString());
        Assert.Equal("1.02.02.2.02.01", sub.Kegiatan.SubKegiatan(1, width: 2).ToString());
        Assert.False(BidangUrusanCode.TryParse("X.XX", out _));
        Assert.Equal("width", Assert.Throws<ArgumentOutOfRangeException>(() => sub.Kegiatan.SubKegiatan(1, width: 3)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => sub.Kegiatan.SubKegiatan(100, width: 2)).ParamName);
        Assert.Equal("kewenangan", Assert.Throws<ArgumentOutOfRangeException>(() => sub.Program.Kegiatan(10, 1)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => SipdUrusanCode.Create(10)).ParamName);
    }

    [Fact]
    public void Skpd_code_reads_its_bidang_organisasi_and_unit()
    {
        SkpdCode dinas = SkpdCode.Parse("1.02.0.00.0.00.01.0000");
        Assert.Equal(BidangUrusanCode.Parse("1.02"), dinas.BidangUrusan);
        Assert.Null(dinas.SecondBidangUrusan);
        Assert.Null(dinas.ThirdBidangUrusan);
        Assert.Equal(1, dinas.Organisasi);
        Assert.Equal(0, dinas.Unit);
        Assert.False(dinas.IsUnit);

        SkpdCode puskesmas = SkpdCode.Parse("1.02.0.00.0.00.01.0001");
        Assert.True(puskesmas.IsUnit);
        Assert.Equal(dinas, puskesmas.Skpd);
        Assert.True(puskesmas.IsUnder(dinas));
        Assert.Equal(puskesmas, dinas.WithUnit(1));

        SkpdCode twoFields = SkpdCode.Parse("2.09.2.10.0.00.01.0000");
        Assert.Equal(BidangUrusanCode.Parse("2.10"), twoFields.SecondBidangUrusan);
        Assert.True(twoFields.Covers(BidangUrusanCode.Parse("2.10")));
        Assert.False(twoFields.Covers(BidangUrusanCode.Parse("0.00")));
        Assert.False(dinas.Covers(SipdProgramCode.Parse("2.10.02").BidangUrusan));
        Assert.Equal(twoFields, SkpdCode.Create(BidangUrusanCode.Parse("2.09"), BidangUrusanCode.Parse("2.10"), null, 1));
        Assert.Equal(dinas, SkpdCode.Create(BidangUrusanCode.Parse("1.02"), BidangUrusanCode.Parse("0.00"), null, 1));
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_non_canonical_sub_kegiatan_saying_where_and_why(string text, string fragment)
    {
        FormatException ex = Assert.Throws<FormatException>(() => SubKegiatanCode.Parse(text));
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        Assert.False(SubKegiatanCode.TryParse(text, out SubKegiatanCode code));
        Assert.Equal(default, code);
    }

    [Theory]
    [InlineData("1.02.0.00.0.00.01", "SKPD code '1.02.0.00.0.00.01' has 7 parts; expected 8 parts")]
    [InlineData("1.02.0.00.0.00.01.000", "has 3 digits in part 8 (unit)")]
    [InlineData("1.02.00.00.0.00.01.0000", "has 2 digits in part 3 (second urusan)")]
    public void Rejects_non_canonical_skpd_codes(string text, string fragment)
    {
        Assert.Contains(fragment, Assert.Throws<FormatException>(() => SkpdCode.Parse(text)).Message, StringComparison.Ordinal);
        Assert.False(SkpdCode.TryParse(text, out _));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("01")]
    [InlineData("1.02")]
    public void Each_type_parses_only_its_own_shape(string text)
    {
        int parsed = (SipdUrusanCode.TryParse(text, out _) ? 1 : 0) + (BidangUrusanCode.TryParse(text, out _) ? 1 : 0)
            + (SipdProgramCode.TryParse(text, out _) ? 1 : 0) + (SipdKegiatanCode.TryParse(text, out _) ? 1 : 0)
            + (SubKegiatanCode.TryParse(text, out _) ? 1 : 0) + (SkpdCode.TryParse(text, out _) ? 1 : 0);
        Assert.Equal(text == "01" ? 0 : 1, parsed);
    }

    [Fact]
    public void Defaults_are_zero_codes()
    {
        Assert.Equal("0", default(SipdUrusanCode).ToString());
        Assert.Equal("0.00", default(BidangUrusanCode).ToString());
        Assert.Equal("0.00.00", default(SipdProgramCode).ToString());
        Assert.Equal("0.00.00.0.00", default(SipdKegiatanCode).ToString());
        Assert.Equal("0.00.00.0.00.0000", default(SubKegiatanCode).ToString());
        Assert.Equal("0.00.0.00.0.00.00.0000", default(SkpdCode).ToString());
    }

    [Property]
    public void Urusan_round_trips(SipdUrusanCode code) => CodeContract.RoundTrips(code);

    [Property]
    public void Bidang_urusan_round_trips(BidangUrusanCode code) => CodeContract.RoundTrips(code);

    [Property]
    public void Program_round_trips(SipdProgramCode code) => CodeContract.RoundTrips(code);

    [Property]
    public void Kegiatan_round_trips(SipdKegiatanCode code) => CodeContract.RoundTrips(code);

    [Property]
    public void Sub_kegiatan_round_trips(SubKegiatanCode code) => CodeContract.RoundTrips(code);

    [Property]
    public void Skpd_round_trips(SkpdCode code) => CodeContract.RoundTrips(code);

    [Property]
    public void Order_is_code_order(SubKegiatanCode left, SubKegiatanCode right, SkpdCode skpdLeft, SkpdCode skpdRight)
    {
        static string Key(SubKegiatanCode c) => c.Kegiatan.ToString() + "." + c.Number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + c.Width;
        CodeContract.OrderIsConsistent(left, right, Key);
        CodeContract.OrderIsConsistent(left.Kegiatan, right.Kegiatan, c => c.ToString());
        CodeContract.OrderIsConsistent(left.Program, right.Program, c => c.ToString());
        CodeContract.OrderIsConsistent(left.BidangUrusan, right.BidangUrusan, c => c.ToString());
        CodeContract.OrderIsConsistent(left.Urusan, right.Urusan, c => c.ToString());
        CodeContract.OrderIsConsistent(skpdLeft, skpdRight, c => c.ToString());
    }

    [Property]
    public void Navigation_is_consistent(SubKegiatanCode sub)
    {
        Assert.Equal(sub, sub.Kegiatan.SubKegiatan(sub.Number, sub.Width));
        Assert.Equal(sub.Kegiatan, sub.Program.Kegiatan(sub.Kegiatan.Kewenangan, sub.Kegiatan.Number));
        Assert.Equal(sub.Program, sub.BidangUrusan.Program(sub.Program.Number));
        Assert.Equal(sub.BidangUrusan, sub.Urusan.BidangUrusan(sub.BidangUrusan.Number));
        Assert.True(sub.IsUnder(sub.Kegiatan) && sub.IsUnder(sub.Program));
        Assert.True(sub.Kegiatan.Contains(sub) && sub.Program.Contains(sub.Kegiatan));
        Assert.True(sub.BidangUrusan.Contains(sub.Program) && sub.Urusan.Contains(sub.BidangUrusan));
        Assert.True(sub.Kegiatan.IsUnder(sub.Program) && sub.Program.IsUnder(sub.BidangUrusan) && sub.BidangUrusan.IsUnder(sub.Urusan));
        string text = sub.ToString();
        Assert.StartsWith(sub.Kegiatan + ".", text, StringComparison.Ordinal);
        Assert.StartsWith(sub.Program + ".", text, StringComparison.Ordinal);
        Assert.StartsWith(sub.BidangUrusan + ".", text, StringComparison.Ordinal);
    }

    [Property]
    public void Skpd_navigation_is_consistent(SkpdCode code)
    {
        Assert.Equal(code, SkpdCode.Create(code.BidangUrusan, code.SecondBidangUrusan, code.ThirdBidangUrusan, code.Organisasi, code.Unit));
        Assert.Equal(code, code.Skpd.WithUnit(code.Unit));
        Assert.False(code.Skpd.IsUnit);
        Assert.True(code.IsUnder(code.Skpd));
        Assert.True(code.Covers(code.BidangUrusan));
        Assert.Equal(code.Unit != 0, code.IsUnit);
        Assert.StartsWith(code.BidangUrusan + ".", code.ToString(), StringComparison.Ordinal);
    }

    [Property]
    public void TryParse_never_throws_and_accepts_only_canonical_text(string? text)
    {
        Assert.True(!SubKegiatanCode.TryParse(text, out SubKegiatanCode sub) ? sub == default : sub.ToString() == text);
        Assert.True(!SkpdCode.TryParse(text, out SkpdCode skpd) ? skpd == default : skpd.ToString() == text);
        Assert.True(!SipdKegiatanCode.TryParse(text, out SipdKegiatanCode kegiatan) ? kegiatan == default : kegiatan.ToString() == text);
        Assert.True(!SipdProgramCode.TryParse(text, out SipdProgramCode program) ? program == default : program.ToString() == text);
    }
}
