using System;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Xunit;

namespace Rkaskpd.Tests.Codes;

[Properties(Arbitrary = new[] { typeof(SipdCodeArbitraries) })]
public class RekeningCodeTests
{
    public static TheoryData<string, RekeningLevel, CodeScheme> Valid => new()
    {
        { "5", RekeningLevel.Akun, CodeScheme.None },
        { "5.2", RekeningLevel.Kelompok, CodeScheme.None },
        { "5.2.2", RekeningLevel.Jenis, CodeScheme.Permendagri13 },
        { "5.2.2.01", RekeningLevel.Objek, CodeScheme.Permendagri13 },
        { "5.2.2.01.01", RekeningLevel.RincianObjek, CodeScheme.Permendagri13 },
        { "5.2.2.01.0001", RekeningLevel.RincianObjek, CodeScheme.Permendagri13 },
        { "5.1.02", RekeningLevel.Jenis, CodeScheme.Permendagri90 },
        { "5.1.02.01.01", RekeningLevel.RincianObjek, CodeScheme.Permendagri90 },
        { "5.1.02.01.01.0052", RekeningLevel.SubRincianObjek, CodeScheme.Permendagri90 },
    };

    public static TheoryData<string, string> Invalid => new()
    {
        { "", "is empty" },
        { "5.2.2.01.01.0001", "has 6 parts" },
        { "5.1.02.01.01.0052.01", "has 7 parts" },
        { "5.1.02.01.0001", "has 4 digits in part 5 (rincian objek)" },
        { "5.1.002", "has 3 digits in part 3 (jenis)" },
        { "5.2.2.1.01", "has 1 digit in part 4 (objek)" },
        { "5.1.02.01.01.52", "has 2 digits in part 6 (sub rincian objek)" },
        { "52", "has 2 digits in part 1 (akun)" },
        { "5.2.2.01.01.", "empty part 6" },
        { "5 . 2 . 2 . 01 . 04", "' ' (U+0020) at position 2" },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parses_every_level_and_tells_the_scheme_from_the_shape(string text, RekeningLevel level, CodeScheme scheme)
    {
        RekeningCode code = RekeningCode.Parse(text);
        Assert.Equal(level, code.Level);
        Assert.Equal(scheme, code.Scheme);
        Assert.Equal(5, code.Akun);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Rejects_non_canonical_text_saying_where_and_why(string text, string fragment)
    {
        Assert.Contains(fragment, Assert.Throws<FormatException>(() => RekeningCode.Parse(text)).Message, StringComparison.Ordinal);
        Assert.False(RekeningCode.TryParse(text, out RekeningCode code));
        Assert.Equal(default, code);
    }

    [Fact]
    public void Navigates_to_the_parent_levels()
    {
        RekeningCode atk = RekeningCode.Parse("5.1.02.01.01.0052");
        Assert.Equal("5.1.02.01.01", atk.Parent.ToString());
        Assert.Equal("5.1.02", atk.ToLevel(RekeningLevel.Jenis).ToString());
        Assert.Equal(CodeScheme.Permendagri90, atk.ToLevel(RekeningLevel.Jenis).Scheme);
        Assert.Equal("5.1", atk.ToLevel(RekeningLevel.Kelompok).ToString());
        Assert.Equal(CodeScheme.None, atk.ToLevel(RekeningLevel.Kelompok).Scheme);
        Assert.Equal(2, atk.Part(RekeningLevel.Jenis));
        Assert.Equal(52, atk.Part(RekeningLevel.SubRincianObjek));
        Assert.True(atk.IsUnder(RekeningCode.Parse("5.1.02")));
        Assert.True(atk.IsUnder(RekeningCode.Parse("5.1")));
        Assert.False(atk.IsUnder(RekeningCode.Parse("5.1.2")));
        Assert.Null(RekeningCode.Parse("5").Parent);

        RekeningCode wide = RekeningCode.Parse("5.2.2.01.0001");
        Assert.Equal("5.2.2.01", wide.Parent.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => wide.Part(RekeningLevel.SubRincianObjek));
        Assert.Throws<ArgumentOutOfRangeException>(() => wide.ToLevel(RekeningLevel.None));
    }

    [Fact]
    public void Create_checks_the_scheme_and_ranges()
    {
        Assert.Equal("5.2.2.01.01", RekeningCode.Create(CodeScheme.Permendagri13, [5, 2, 2, 1, 1]).ToString());
        Assert.Equal("5.2.2.01.0001", RekeningCode.Create(CodeScheme.Permendagri13, [5, 2, 2, 1, 1], rincianObjekWidth: 4).ToString());
        Assert.Equal("5.1.02.01.01.0052", RekeningCode.Create(CodeScheme.Permendagri90, [5, 1, 2, 1, 1, 52]).ToString());
        Assert.Equal(RekeningCode.Parse("5.2"), RekeningCode.Create(CodeScheme.Permendagri90, [5, 2]));
        Assert.Throws<ArgumentException>(() => RekeningCode.Create(CodeScheme.Permendagri13, [5, 2, 2, 1, 1, 1]));
        Assert.Throws<ArgumentException>(() => RekeningCode.Create(CodeScheme.None, [5, 2, 2]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RekeningCode.Create(CodeScheme.Permendagri13, [5, 2, 10]));
        Assert.Throws<ArgumentOutOfRangeException>(() => RekeningCode.Create(CodeScheme.Permendagri90, [5, 1, 2, 1, 1], rincianObjekWidth: 4));
    }

    [Property]
    public void Round_trips(RekeningCode code) => CodeContract.RoundTrips(code);

    /// <summary>Code order: the parts as numbers (absent parts 0), then the level, then the rincian objek width, then the scheme.</summary>
    private static string Key(RekeningCode c)
    {
        var key = new System.Text.StringBuilder();
        foreach (int width in new[] { 1, 1, 2, 2, 4, 4 })
        {
            int level = key.Length == 0 ? 1 : CountParts(key);
            int part = level <= (int)c.Level ? c.Part((RekeningLevel)level) : 0;
            key.Append(part.ToString(new string('0', width), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
        }

        bool wide = c.Level >= RekeningLevel.RincianObjek && c.ToString().Split('.')[4].Length == 4;
        return key.Append((int)c.Level).Append(wide ? 1 : 0).Append(c.Scheme == CodeScheme.Permendagri90 ? 1 : 0).ToString();
    }

    private static int CountParts(System.Text.StringBuilder key) => key.ToString().Split('|').Length;

    [Property]
    public void Order_is_code_order_with_parents_first(RekeningCode left, RekeningCode right)
    {
        CodeContract.OrderIsConsistent(left, right, Key);
        CodeContract.OrderIsConsistent(left, RekeningCode.Parse(left.ToString()), Key);
        if (left.Parent is { } parent)
        {
            Assert.True(parent < left);
        }
    }

    [Property]
    public void Navigation_is_consistent(RekeningCode code)
    {
        for (RekeningLevel level = RekeningLevel.Akun; level <= code.Level; level++)
        {
            RekeningCode ancestor = code.ToLevel(level);
            Assert.Equal(level, ancestor.Level);
            Assert.True(code.IsUnder(ancestor));
            Assert.Equal(code.Part(level), ancestor.Part(level));
            Assert.StartsWith(ancestor.ToString(), code.ToString(), StringComparison.Ordinal);
            Assert.Equal(level >= RekeningLevel.Jenis ? code.Scheme : CodeScheme.None, ancestor.Scheme);
        }

        Assert.Equal(code.Level == RekeningLevel.Akun ? null : code.ToLevel(code.Level - 1), code.Parent);
        Assert.Equal(code, code.ToLevel(code.Level));
    }

    [Property]
    public void TryParse_never_throws_and_accepts_only_canonical_text(string? text) =>
        Assert.True(!RekeningCode.TryParse(text, out RekeningCode code) ? code == default : code.ToString() == text);
}
