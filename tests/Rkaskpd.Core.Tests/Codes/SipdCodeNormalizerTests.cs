using System;
using FsCheck.Xunit;
using Rkaskpd.Codes;
using Xunit;

namespace Rkaskpd.Tests.Codes;

/// <summary>The normaliser for 90/2019 codes and kode rekening: what it repairs, what it says, and that strict parsing refuses the same text.</summary>
[Properties(Arbitrary = new[] { typeof(SipdCodeArbitraries) })]
public class SipdCodeNormalizerTests
{
    private const CodeNormalizationChanges SpacesAroundDots = CodeNormalizationChanges.RemovedSpacesAroundDots;
    private const CodeNormalizationChanges SpacesForDots = CodeNormalizationChanges.ReplacedSpacesWithDots;
    private const CodeNormalizationChanges TrailingDot = CodeNormalizationChanges.RemovedTrailingDot;
    private const CodeNormalizationChanges Label = CodeNormalizationChanges.RemovedLabel;
    private const CodeNormalizationChanges Trailing = CodeNormalizationChanges.RemovedTrailingText;
    private const CodeNormalizationChanges Padded = CodeNormalizationChanges.PaddedParts;

    public static TheoryData<string, string, SipdCodeLevel, CodeNormalizationChanges, string> Variants => new()
    {
        { "1.02.02.2.02.0001", "1.02.02.2.02.0001", SipdCodeLevel.SubKegiatan, CodeNormalizationChanges.None, "" },
        { "Sub Kegiatan : 1.02.02.2.02.0001 Pengelolaan Pelayanan Kesehatan Ibu Hamil", "1.02.02.2.02.0001", SipdCodeLevel.SubKegiatan, Label | Trailing, "Pengelolaan Pelayanan Kesehatan Ibu Hamil" },
        { "1.02.02.2.02.01", "1.02.02.2.02.01", SipdCodeLevel.SubKegiatan, CodeNormalizationChanges.None, "" },
        { "1.02.02.2.02.1", "1.02.02.2.02.0001", SipdCodeLevel.SubKegiatan, Padded, "" },
        { "1 . 02 . 02 . 2 . 02", "1.02.02.2.02", SipdCodeLevel.Kegiatan, SpacesAroundDots, "" },
        { "Organisasi : 1.02.0.00.0.00.01.0000 DINAS KESEHATAN", "1.02.0.00.0.00.01.0000", SipdCodeLevel.Skpd, Label | Trailing, "DINAS KESEHATAN" },
        { "1.02.02.", "1.02.02", SipdCodeLevel.Program, TrailingDot, "" },
        { "Bidang Urusan : 1.02 URUSAN PEMERINTAHAN BIDANG KESEHATAN", "1.02", SipdCodeLevel.BidangUrusan, Label | Trailing, "URUSAN PEMERINTAHAN BIDANG KESEHATAN" },
        { "Urusan Pemerintahan : 1 URUSAN PEMERINTAHAN WAJIB", "1", SipdCodeLevel.Urusan, Label | Trailing, "URUSAN PEMERINTAHAN WAJIB" },
    };

    public static TheoryData<string, string, CodeScheme, CodeNormalizationChanges> Rekening => new()
    {
        { "5 . 2 . 2 . 01 . 04", "5.2.2.01.04", CodeScheme.Permendagri13, SpacesAroundDots },
        { "5 2 2 01 01", "5.2.2.01.01", CodeScheme.Permendagri13, SpacesForDots },
        { "5 2 1 Belanja Pegawai", "5.2.1", CodeScheme.Permendagri13, SpacesForDots | Trailing },
        { "5.2.2.01.0001.", "5.2.2.01.0001", CodeScheme.Permendagri13, TrailingDot },
        { "5.1.02.01.01.0024  Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor", "5.1.02.01.01.0024", CodeScheme.Permendagri90, Trailing },
        { "5.1.02.01.01.0052", "5.1.02.01.01.0052", CodeScheme.Permendagri90, CodeNormalizationChanges.None },
        { "5 . 2", "5.2", CodeScheme.None, SpacesAroundDots },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void Normalizes_90_2019_spellings_and_reports_changes(string text, string canonical, SipdCodeLevel level, CodeNormalizationChanges changes, string trailing)
    {
        CodeNormalization result = CodeNormalizer.Normalize(text, CodeScheme.Permendagri90);
        Assert.Equal(canonical, result.Code);
        Assert.Equal(level, result.SipdLevel);
        Assert.Equal(CodeLevel.None, result.Level);
        Assert.Equal(CodeScheme.Permendagri90, result.Scheme);
        Assert.Equal(changes, result.Changes);
        Assert.Equal(trailing, result.TrailingText);
        if (changes != CodeNormalizationChanges.None)
        {
            Assert.False(SubKegiatanCode.TryParse(text, out _) || SkpdCode.TryParse(text, out _) || SipdKegiatanCode.TryParse(text, out _)
                || SipdProgramCode.TryParse(text, out _) || BidangUrusanCode.TryParse(text, out _) || SipdUrusanCode.TryParse(text, out _));
        }
    }

    [Theory]
    [MemberData(nameof(Rekening))]
    public void Normalizes_rekening_spellings_that_strict_parse_refuses(string text, string canonical, CodeScheme scheme, CodeNormalizationChanges changes)
    {
        Assert.True(CodeNormalizer.TryNormalizeRekening(text, out RekeningCode code, out CodeNormalization? details));
        Assert.Equal(canonical, code.ToString());
        Assert.Equal(canonical, details.Code);
        Assert.Equal(scheme, code.Scheme);
        Assert.Equal(scheme, details.Scheme);
        Assert.Equal(changes, details.Changes);
        Assert.Equal(changes == CodeNormalizationChanges.None, RekeningCode.TryParse(text, out _));
    }

    [Theory]
    [InlineData("5.2.2.1.1", "Kode rekening '5.2.2.1.1' has 1 digit in part 4 (objek)")]
    [InlineData("5 2 2 1 1", "Code text '5 2 2 1 1' reads as '5.2.2.1.1': Kode rekening '5.2.2.1.1' has 1 digit in part 4 (objek)")]
    [InlineData("5.2.2.01.01.0001", "has 6 parts")]
    [InlineData("Rekening", "holds no digits")]
    [InlineData("5.2.2a", "'a' at position 6 right after the code")]
    public void Rekening_normaliser_refuses_what_it_cannot_read_saying_why(string text, string fragment)
    {
        Assert.False(CodeNormalizer.TryNormalizeRekening(text, out RekeningCode code, out CodeNormalization? details, out string? error));
        Assert.Equal(default, code);
        Assert.Null(details);
        Assert.Contains(fragment, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_overloads_accept_only_their_level_and_scheme()
    {
        Assert.True(CodeNormalizer.TryNormalizeSubKegiatan("1.02.02.2.02.0001 Nama", out SubKegiatanCode sub, out _));
        Assert.Equal(SubKegiatanCode.Parse("1.02.02.2.02.0001"), sub);
        Assert.False(CodeNormalizer.TryNormalizeSubKegiatan("1.02.02.2.02", out _, out _));
        Assert.True(CodeNormalizer.TryNormalizeSipdKegiatan("1.02.02.2.02", out SipdKegiatanCode kegiatan, out _));
        Assert.Equal(sub.Kegiatan, kegiatan);
        Assert.True(CodeNormalizer.TryNormalizeSipdProgram("1 02 02", out SipdProgramCode program, out _));
        Assert.Equal(sub.Program, program);
        Assert.True(CodeNormalizer.TryNormalizeBidangUrusan("1.02", out BidangUrusanCode bidang, out _));
        Assert.Equal(sub.BidangUrusan, bidang);
        Assert.True(CodeNormalizer.TryNormalizeSipdUrusan("1", out SipdUrusanCode urusan, out _));
        Assert.Equal(sub.Urusan, urusan);
        Assert.True(CodeNormalizer.TryNormalizeSkpd("1.02.0.00.0.00.01.0001", out SkpdCode skpd, out _));
        Assert.True(skpd.IsUnit);
        Assert.False(CodeNormalizer.TryNormalizeSkpd(null, out _, out _));

        // The 13/2006 entry points are unchanged: a 90/2019 sub kegiatan is no 13/2006 code.
        Assert.False(CodeNormalizer.TryNormalize("1.02.02.2.02.0001", out _));
        Assert.False(CodeNormalizer.TryNormalizeProgram("1.02.02.2.02.0001", out _, out _));
        Assert.Contains("8 (SKPD", Assert.Throws<FormatException>(() => CodeNormalizer.Normalize("1.02.02.2", CodeScheme.Permendagri90)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CodeNormalizer.Normalize("1", CodeScheme.None));
    }

    [Property]
    public void Canonical_codes_are_returned_unchanged(SubKegiatanCode sub, SkpdCode skpd, RekeningCode rekening)
    {
        foreach (string text in new[] { sub.ToString(), sub.Kegiatan.ToString(), sub.Program.ToString(), sub.BidangUrusan.ToString(), sub.Urusan.ToString(), skpd.ToString() })
        {
            CodeNormalization result = CodeNormalizer.Normalize(text, CodeScheme.Permendagri90);
            Assert.Same(text, result.Code);
            Assert.True(result.IsCanonical);
        }

        Assert.True(CodeNormalizer.TryNormalizeRekening(rekening.ToString(), out RekeningCode again, out CodeNormalization? details));
        Assert.Equal(rekening, again);
        Assert.True(details.IsCanonical);
    }

    [Property]
    public void Document_spellings_normalize_back_and_strict_parse_refuses_them(SubKegiatanCode sub, RekeningCode rekening, bool spaces, bool trailingDot)
    {
        string Spell(string canonical) => (spaces ? canonical.Replace(".", " . ", StringComparison.Ordinal) : canonical.Replace('.', ' ')) + (trailingDot ? " ." : string.Empty);

        string writtenSub = Spell(sub.ToString());
        Assert.True(CodeNormalizer.TryNormalizeSubKegiatan(writtenSub, out SubKegiatanCode normalized, out CodeNormalization? details));
        Assert.Equal(sub, normalized);
        Assert.False(details.IsCanonical);
        Assert.False(SubKegiatanCode.TryParse(writtenSub, out _));

        string writtenRekening = Spell(rekening.ToString());
        bool changed = writtenRekening != rekening.ToString();
        Assert.True(CodeNormalizer.TryNormalizeRekening(writtenRekening, out RekeningCode normalizedRekening, out CodeNormalization? rekeningDetails));
        Assert.Equal(rekening, normalizedRekening);
        Assert.Equal(!changed, rekeningDetails.IsCanonical);
        Assert.Equal(!changed, RekeningCode.TryParse(writtenRekening, out _));
    }

    [Property]
    public void Normalizers_never_throw_and_their_codes_parse_strictly(string? text)
    {
        if (CodeNormalizer.TryNormalize(text, CodeScheme.Permendagri90, out CodeNormalization? result, out _))
        {
            bool parses = result.SipdLevel switch
            {
                SipdCodeLevel.Urusan => SipdUrusanCode.TryParse(result.Code, out _),
                SipdCodeLevel.BidangUrusan => BidangUrusanCode.TryParse(result.Code, out _),
                SipdCodeLevel.Program => SipdProgramCode.TryParse(result.Code, out _),
                SipdCodeLevel.Kegiatan => SipdKegiatanCode.TryParse(result.Code, out _),
                SipdCodeLevel.SubKegiatan => SubKegiatanCode.TryParse(result.Code, out _),
                SipdCodeLevel.Skpd => SkpdCode.TryParse(result.Code, out _),
                _ => false,
            };
            Assert.True(parses);
        }

        if (CodeNormalizer.TryNormalizeRekening(text, out RekeningCode code, out CodeNormalization? details, out _))
        {
            Assert.Equal(code, RekeningCode.Parse(details.Code));
        }
    }
}
