using System;
using System.Numerics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Xunit;

namespace Rkaskpd.Tests.Codes;

[Properties(Arbitrary = new[] { typeof(CodeArbitraries) })]
public class CodeNormalizerTests
{
    private const CodeNormalizationChanges Trimmed = CodeNormalizationChanges.TrimmedWhitespace;
    private const CodeNormalizationChanges Label = CodeNormalizationChanges.RemovedLabel;
    private const CodeNormalizationChanges SpacesAroundDots = CodeNormalizationChanges.RemovedSpacesAroundDots;
    private const CodeNormalizationChanges SpacesForDots = CodeNormalizationChanges.ReplacedSpacesWithDots;
    private const CodeNormalizationChanges TrailingDot = CodeNormalizationChanges.RemovedTrailingDot;
    private const CodeNormalizationChanges LeadingDot = CodeNormalizationChanges.RemovedLeadingDot;
    private const CodeNormalizationChanges OtherDots = CodeNormalizationChanges.ReplacedDotCharacters;
    private const CodeNormalizationChanges OtherDigits = CodeNormalizationChanges.ReplacedDigitCharacters;
    private const CodeNormalizationChanges Padded = CodeNormalizationChanges.PaddedParts;
    private const CodeNormalizationChanges Trailing = CodeNormalizationChanges.RemovedTrailingText;

    public static TheoryData<string, string, CodeLevel, CodeNormalizationChanges, string> Variants => new()
    {
        { "3.05.3.05.09.01.021", "3.05.3.05.09.01.021", CodeLevel.Kegiatan, CodeNormalizationChanges.None, "" },
        { "2.07 . 2.07.01 . 27 . 02", "2.07.2.07.01.27.02", CodeLevel.Kegiatan, SpacesAroundDots, "" },
        { "1.08.01.", "1.08.01", CodeLevel.Organisasi, TrailingDot, "" },
        { "1 02 1.02 01 03", "1.02.1.02.01.03", CodeLevel.Program, SpacesForDots, "" },
        { "1 02 01", "1.02.01", CodeLevel.Organisasi, SpacesForDots, "" },
        { "1\t02\u00A001", "1.02.01", CodeLevel.Organisasi, SpacesForDots, "" },
        { "Kode: 3.05", "3.05", CodeLevel.Urusan, Label, "" },
        { "Kegiatan : 3.05.3.05.09.01.021", "3.05.3.05.09.01.021", CodeLevel.Kegiatan, Label, "" },
        { "Kode：3.05", "3.05", CodeLevel.Urusan, Label, "" },
        { "  3.05.09\t", "3.05.09", CodeLevel.Organisasi, Trimmed, "" },
        { ".3.05", "3.05", CodeLevel.Urusan, LeadingDot, "" },
        { "3．05．09", "3.05.09", CodeLevel.Organisasi, OtherDots, "" },
        { "3·05", "3.05", CodeLevel.Urusan, OtherDots, "" },
        { "３.０５", "3.05", CodeLevel.Urusan, OtherDigits, "" },
        { "3.5.9", "3.05.09", CodeLevel.Organisasi, Padded, "" },
        { "3.05.3.05.09.1.7", "3.05.3.05.09.01.007", CodeLevel.Kegiatan, Padded, "" },
        { "3.05.3.05.09.01.21", "3.05.3.05.09.01.21", CodeLevel.Kegiatan, CodeNormalizationChanges.None, "" },
        { "3.05.09 KECAMATAN LUMAJANG", "3.05.09", CodeLevel.Organisasi, Trailing, "KECAMATAN LUMAJANG" },
        { "3.05.3.05.09.01\tPROGRAM PELAYANAN ADMINISTRASI PERKANTORAN ", "3.05.3.05.09.01", CodeLevel.Program, Trailing | Trimmed, "PROGRAM PELAYANAN ADMINISTRASI PERKANTORAN" },
        { "Organisasi : 1.08.01. DINAS", "1.08.01", CodeLevel.Organisasi, Label | TrailingDot | Trailing, "DINAS" },
        { "2.07 . 2.07.01 . 27 . 02 .", "2.07.2.07.01.27.02", CodeLevel.Kegiatan, SpacesAroundDots | TrailingDot, "" },
    };

    /// <summary>Texts the normaliser must refuse, with a fragment of the reason.</summary>
    public static TheoryData<string, string> Refused => new()
    {
        { "", "is empty" },
        { "   ", "only whitespace" },
        { "Kode:", "no digits" },
        { "abc 3.05", "starts with 'abc' before the first digit at position 5" },
        { "3..05", "2 dots between parts 1 and 2 at position 2" },
        { "3.05a", "'a' at position 5 right after the code" },
        { "3.05.09-1", "'-' at position 8" },
        { "1.08.01.01.", "has 4 parts" },
        { "1 02 1.02 01", "has 5 parts" },
        { "3", "has 1 part;" },
        { "03.05", "has 2 digits in part 1 (kelompok)" },
        { "3.05.3.05.09.01.0021", "has 4 digits in part 7 (kegiatan)" },
        { "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", "more than 16 parts" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Normalizes_real_world_spellings_and_reports_changes(
        string text, string canonical, CodeLevel level, CodeNormalizationChanges changes, string trailing)
    {
        CodeNormalization result = CodeNormalizer.Normalize(text);
        Assert.Equal(canonical, result.Code);
        Assert.Equal(level, result.Level);
        Assert.Equal(changes, result.Changes);
        Assert.Equal(trailing, result.TrailingText);
        Assert.Equal(text, result.Input);
        Assert.Equal(changes == CodeNormalizationChanges.None, result.IsCanonical);
        Assert.Equal(BitOperations.PopCount((uint)changes), result.DescribeChanges().Count);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_text_without_a_code_saying_why(string text, string fragment)
    {
        FormatException ex = Assert.Throws<FormatException>(() => CodeNormalizer.Normalize(text));
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        Assert.False(CodeNormalizer.TryNormalize(text, out CodeNormalization? result, out string? error));
        Assert.Null(result);
        Assert.Equal(ex.Message, error);
    }

    [Fact]
    public void Typed_overloads_accept_only_their_level()
    {
        Assert.True(CodeNormalizer.TryNormalizeKegiatan("2.07 . 2.07.01 . 27 . 02", out KegiatanCode kegiatan, out CodeNormalization? details));
        Assert.Equal(KegiatanCode.Parse("2.07.2.07.01.27.02"), kegiatan);
        Assert.Equal(2, kegiatan.Width);
        Assert.Equal(SpacesAroundDots, details.Changes);
        Assert.Equal(["removed spaces around dots"], details.DescribeChanges());

        Assert.False(CodeNormalizer.TryNormalizeKegiatan("3.05.3.05.09.01", out kegiatan, out details));
        Assert.Equal(default, kegiatan);
        Assert.Null(details);

        Assert.True(CodeNormalizer.TryNormalizeProgram("3.05.3.05.09.01 NAMA", out ProgramCode program, out _));
        Assert.Equal(ProgramCode.Parse("3.05.3.05.09.01"), program);
        Assert.True(CodeNormalizer.TryNormalizeOrganisasi("Kode: 1.08.01.", out OrganisasiCode organisasi, out _));
        Assert.Equal(OrganisasiCode.Parse("1.08.01"), organisasi);
        Assert.True(CodeNormalizer.TryNormalizeUrusan("3 05", out UrusanCode urusan, out _));
        Assert.Equal(UrusanCode.Parse("3.05"), urusan);
        Assert.False(CodeNormalizer.TryNormalizeUrusan("3.05.09", out _, out _));
        Assert.False(CodeNormalizer.TryNormalizeUrusan(null, out _, out _));
    }

    [Fact]
    public void Null_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => CodeNormalizer.Normalize(null!));
        Assert.False(CodeNormalizer.TryNormalize(null, out _));
    }

    [Property]
    public void Canonical_codes_are_returned_unchanged(KegiatanCode kegiatan)
    {
        foreach (string text in new[] { kegiatan.ToString(), kegiatan.Program.ToString(), kegiatan.Organisasi.ToString(), kegiatan.Urusan.ToString() })
        {
            CodeNormalization result = CodeNormalizer.Normalize(text);
            Assert.Same(text, result.Code);
            Assert.True(result.IsCanonical);
            Assert.Empty(result.DescribeChanges());
            Assert.Equal(string.Empty, result.TrailingText);
        }

        Assert.True(CodeNormalizer.TryNormalizeKegiatan(kegiatan.ToString(), out KegiatanCode again, out _));
        Assert.Equal(kegiatan, again);
    }

    [Property]
    public void Variants_normalize_back_and_report_the_change(KegiatanCode kegiatan, bool[] spaced, bool trailingDot, bool label)
    {
        string[] parts = kegiatan.ToString().Split('.');
        var text = new StringBuilder(label ? "Kode: " : string.Empty);
        bool anySpaced = false;
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                bool spaceHere = spaced is not null && i - 1 < spaced.Length && spaced[i - 1];
                anySpaced |= spaceHere;
                text.Append(spaceHere ? " . " : ".");
            }

            text.Append(parts[i]);
        }

        if (trailingDot)
        {
            text.Append('.');
        }

        CodeNormalizationChanges expected =
            (anySpaced ? SpacesAroundDots : CodeNormalizationChanges.None) |
            (trailingDot ? TrailingDot : CodeNormalizationChanges.None) |
            (label ? Label : CodeNormalizationChanges.None);

        Assert.True(CodeNormalizer.TryNormalizeKegiatan(text.ToString(), out KegiatanCode normalized, out CodeNormalization? details));
        Assert.Equal(kegiatan, normalized);
        Assert.Equal(expected, details.Changes);
        Assert.Equal(kegiatan.ToString(), details.Code);
    }

    [Property]
    public void Spaces_instead_of_dots_normalize_back(ProgramCode program)
    {
        string text = program.ToString().Replace('.', ' ');
        CodeNormalization result = CodeNormalizer.Normalize(text);
        Assert.Equal(program.ToString(), result.Code);
        Assert.Equal(CodeLevel.Program, result.Level);
        Assert.Equal(SpacesForDots, result.Changes);
    }

    [Property]
    public void TryNormalize_never_throws_and_its_codes_parse_strictly(string? text)
    {
        if (CodeNormalizer.TryNormalize(text, out CodeNormalization? result, out string? error))
        {
            Assert.Null(error);
            AssertParsesAtLevel(result);
        }
        else
        {
            Assert.False(string.IsNullOrEmpty(error));
        }
    }

    [Property]
    public Property Code_like_noise_never_throws_and_its_codes_parse_strictly()
    {
        Gen<string> noise = Gen.Elements('1', '2', '0', '9', '.', ' ', '．', ':', 'a', '\t', '٣')
            .ArrayOf()
            .Select(chars => new string(chars));
        return Prop.ForAll(noise.ToArbitrary(), text =>
        {
            if (CodeNormalizer.TryNormalize(text, out CodeNormalization? result))
            {
                AssertParsesAtLevel(result);
            }
        });
    }

    private static void AssertParsesAtLevel(CodeNormalization result)
    {
        bool parsed = result.Level switch
        {
            CodeLevel.Urusan => UrusanCode.TryParse(result.Code, out _),
            CodeLevel.Organisasi => OrganisasiCode.TryParse(result.Code, out _),
            CodeLevel.Program => ProgramCode.TryParse(result.Code, out _),
            CodeLevel.Kegiatan => KegiatanCode.TryParse(result.Code, out _),
            _ => false,
        };
        Assert.True(parsed, result.Code);
    }
}
