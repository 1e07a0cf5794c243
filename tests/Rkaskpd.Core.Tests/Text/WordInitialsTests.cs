using System;
using System.Linq;
using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text;

/// <summary>The reader's fast paths for matching the vocabulary: the test of a list's initials and the ASCII case
/// comparison must answer exactly as comparing with <see cref="char.ToUpperInvariant"/> does.</summary>
public class WordInitialsTests
{
    private const int LastCharTested = 0x2200;

    public static TheoryData<string, string[]> Lists => new()
    {
        { "header labels", HeaderLabels.All.ToArray().Select(e => e.Text).ToArray() },
        { "KAK headings", KakHeadings.InLine.ToArray().Select(e => e.Text).ToArray() },
        { "indicator kinds", IndicatorKinds.InLine.ToArray().Select(e => e.Text).ToArray() },
        { "odd entries", ["& lampiran", "1. Uraian", "Ärzte", "Kegiatan"] },
    };

    [Fact]
    public void Matching_one_character_agrees_with_upper_invariant_for_every_pair()
    {
        foreach (char expected in "AZaz&-09KkIiSs")
        {
            for (char c = '\0'; c < LastCharTested; c++)
            {
                bool same = char.ToUpperInvariant(c) == char.ToUpperInvariant(expected);
                Assert.True(
                    same == RawLabels.TryMatchWords(c.ToString(), 0, expected.ToString(), out _),
                    $"U+{(int)c:X4} against '{expected}': expected {same}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void The_initials_never_rule_out_a_character_an_entry_could_start_with(string list, string[] entries)
    {
        WordInitials initials = WordInitials.Of(entries.AsSpan());
        for (char c = '\0'; c < LastCharTested; c++)
        {
            bool could = entries.Any(e => char.ToUpperInvariant(e[0]) == char.ToUpperInvariant(c));
            Assert.True(!could || initials.MayStartAt(c.ToString(), 0), $"{list}: U+{(int)c:X4} ruled out");
        }
    }

    [Fact]
    public void The_initials_rule_out_what_no_entry_starts_with()
    {
        WordInitials initials = WordInitials.Of(HeaderLabels.All);
        Assert.True(initials.MayStartAt("x kegiatan", 2));
        Assert.False(initials.MayStartAt("1.02 Kesehatan", 0));
        Assert.False(initials.MayStartAt("Rp. 5.000", 0));
        Assert.False(initials.MayStartAt("kegiatan", 8));
        Assert.False(initials.MayStartAt(string.Empty, 0));
    }

    [Theory]
    [InlineData("indikator kinerja")]
    [InlineData("INDIKATOR\u00A0KINERJA")]
    public void A_section_start_is_matched_in_any_case(string line) => Assert.True(RawLabels.IsSectionStart(line));

    [Theory]
    [InlineData("\u017Fub Kegiatan")] // the long s upper-cases to an ASCII S with ICU, not in invariant globalization mode
    [InlineData("sub kegiatan")]
    [InlineData("\u0131nit")] // the dotless i does not upper-case to an ASCII I
    [InlineData("5ub Kegiatan")]
    public void A_header_label_starts_with_a_character_exactly_when_it_upper_cases_to_the_initial(string line)
    {
        // The runtime's casing decides (it differs between ICU and invariant globalization), as in the matcher.
        char initial = line[1] == 'n' ? 'U' : 'S';
        Assert.Equal(char.ToUpperInvariant(line[0]) == initial, RawLabels.TryMatchHeaderLabel(line, 0, out _, out _));
    }
}
