using Rkaskpd.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Forms;

/// <summary>The form vocabulary's lists live in one place each: what the reader matches in a line is what the model
/// recognises as a whole, and header labels and KAK headings share one threshold.</summary>
public class FormVocabularyTests
{
    [Fact]
    public void Every_KAK_heading_the_reader_matches_in_a_line_is_a_heading_spelled_right()
    {
        foreach ((string text, KakSectionKind kind) in KakHeadings.InLine.ToArray())
        {
            Assert.True(KakHeadings.TryRecognize(text, out KakSectionKind recognised, out bool exact), text);
            Assert.Equal((kind, true), (recognised, exact));
            Assert.True(RawLabels.TryMatchKakHeading(text + " : isi", 0, out KakSectionKind matched, out int end), text);
            Assert.Equal((kind, text.Length), (matched, end));
        }
    }

    [Fact]
    public void Every_indicator_kind_the_reader_matches_in_a_line_is_recognised_as_its_kind()
    {
        foreach ((string text, IndicatorKind kind) in IndicatorKinds.InLine.ToArray())
        {
            Assert.True(IndicatorKinds.TryRecognize(text.ToUpperInvariant() + " :", out IndicatorKind recognised), text);
            Assert.Equal(kind, recognised);
            Assert.True(RawLabels.TryMatchIndicatorKind(text + " Jumlah dana", 0, out int end), text);
            Assert.Equal(text.Length, end);
        }
    }

    [Theory]
    [InlineData("Alur Kegiatan")]
    [InlineData("Landasan Hukum")]
    public void Longer_KAK_variants_are_recognised_whole_but_not_matched_in_a_line(string variant)
    {
        Assert.True(KakHeadings.TryRecognize(variant, out _, out bool exact));
        Assert.True(exact);
        bool matched = RawLabels.TryMatchKakHeading(variant, 0, out _, out int end);
        Assert.False(matched && end == variant.Length);
    }

    [Fact]
    public void A_bare_capaian_is_a_whole_label_only()
    {
        Assert.True(IndicatorKinds.TryRecognize("Capaian", out IndicatorKind kind));
        Assert.Equal(IndicatorKind.CapaianProgram, kind);
        Assert.False(RawLabels.TryMatchIndicatorKind("Capaian pembangunan desa", 0, out _));
    }

    [Theory]
    [InlineData("Urusan Pemerintahan", true)]
    [InlineData("  urusan \t PEMERINTAHAN ", true)]
    [InlineData("Sub\u00A0Kegiatan", true)]
    [InlineData("Unit", true)]
    [InlineData("Urusan Pemerintahn", false)]
    [InlineData("Kegiatan Program", false)]
    [InlineData("", false)]
    public void A_known_label_is_one_with_no_edit_from_a_label(string label, bool known)
    {
        Assert.Equal(known, HeaderLabels.IsKnown(label));
        bool noEdit = false;
        foreach ((string text, _) in HeaderLabels.All)
        {
            noEdit |= HeaderLabels.Distance(label, text, 0) == 0;
        }

        Assert.Equal(noEdit, HeaderLabels.IsKnown(label));
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(6, 1)]
    [InlineData(9, 1)]
    [InlineData(10, 2)]
    public void Labels_and_headings_share_one_threshold(int length, int edits) => Assert.Equal(edits, HeaderLabels.Threshold(length));

    [Theory]
    [InlineData("Mekanisma", KakSectionKind.Mekanisme)]
    [InlineData("Layat Belakang", KakSectionKind.LatarBelakang)]
    public void A_KAK_heading_slip_within_the_threshold_is_recognised(string written, KakSectionKind kind)
    {
        Assert.True(KakHeadings.TryRecognize(written, out KakSectionKind recognised, out bool exact));
        Assert.Equal((kind, false), (recognised, exact));
    }

    [Fact]
    public void A_nine_letter_heading_allows_one_edit_not_two() =>
        Assert.False(KakHeadings.TryRecognize("Mekanosma", out _, out _));
}
