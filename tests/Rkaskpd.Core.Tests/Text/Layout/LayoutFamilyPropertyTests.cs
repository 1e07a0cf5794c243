using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Rkaskpd.Forms;
using Rkaskpd.Tests.Forms;
using Rkaskpd.Text;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>
/// Metamorphic properties of the layout stage: a document re-laid out into layout family 2, 3, 4 or 5
/// (<see cref="LayoutTransforms"/>) reads back to the same model as its canonical tab text: codes, names, amounts,
/// terbilang, indicators and targets, kelompok sasaran, KAK sections and rincian lines. The documents are the seed
/// (as the writer writes it) and generated consistent documents.
/// </summary>
[Properties(Arbitrary = new[] { typeof(FormArbitraries) }, MaxTest = 40)]
public class LayoutFamilyPropertyTests
{
    private static readonly Lazy<(RkaDocument Document, string Text)> Seed = new(() =>
    {
        RkaDocument document = RkaTextReader.Read(TestData.SeedText).Document;
        return (document, RkaTextWriter.Write(document));
    });

    /// <summary>Family 2, one cell per line.</summary>
    [Property]
    public Property One_cell_per_line_reads_back_the_same(RkaDocument document, bool valueOnColonLine, byte blanks) =>
        ReadsBack(document, text => LayoutTransforms.ToOneCellPerLine(text, blanks % 3, valueOnColonLine), kakLineBreaks: true);

    /// <summary>Family 2 for the rincian table: each cell a block of lines with blank lines between (plain pdftotext of
    /// Word's PDF), with the rest of the form in tabs or one cell per line too.</summary>
    [Property]
    public Property Rincian_cells_as_blocks_read_back_the_same(RkaDocument document, bool oneCellPerLine, byte width) =>
        ReadsBack(
            document,
            text => LayoutTransforms.ToRincianBlocks(oneCellPerLine ? LayoutTransforms.ToOneCellPerLine(text, 1, valueOnColonLine: false) : text, 12 + (width % 40)),
            kakLineBreaks: true);

    /// <summary>Family 2 for the rincian table: every cell a line, an empty cell an empty line (a word processor's
    /// plain-text export), with the rest of the form in tabs or one cell per line too.</summary>
    [Property]
    public Property Rincian_cells_as_a_grid_read_back_the_same(RkaDocument document, bool oneCellPerLine) =>
        ReadsBack(
            document,
            text => LayoutTransforms.ToRincianGrid(oneCellPerLine ? LayoutTransforms.ToOneCellPerLine(text, 1, valueOnColonLine: false) : text),
            kakLineBreaks: true);

    /// <summary>Family 3, merged lines.</summary>
    [Property]
    public Property Merged_lines_read_back_the_same(RkaDocument document) =>
        ReadsBack(document, LayoutTransforms.ToMergedLines, kakLineBreaks: true);

    /// <summary>Family 4, labels line then values line.</summary>
    [Property]
    public Property Labels_then_values_read_back_the_same(RkaDocument document, byte blanks) =>
        ReadsBack(document, text => LayoutTransforms.ToLabelsThenValues(text, blanks % 4), kakLineBreaks: true);

    /// <summary>Family 5, fixed-width columns with wrapped cells.</summary>
    [Property]
    public Property Fixed_width_reads_back_the_same(RkaDocument document, byte width) =>
        ReadsBack(document, text => LayoutTransforms.ToFixedWidth(text, 16 + (width % 40)), kakLineBreaks: false);

    /// <summary>The seed, re-laid out into each family, reads back to the seed's model.</summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void The_seed_reads_back_the_same_in_every_family(int family)
    {
        (RkaDocument expected, string canonical) = Seed.Value;
        string text = family switch
        {
            2 => LayoutTransforms.ToOneCellPerLine(canonical, 1, valueOnColonLine: false),
            3 => LayoutTransforms.ToMergedLines(canonical),
            4 => LayoutTransforms.ToLabelsThenValues(canonical, 2),
            _ => LayoutTransforms.ToFixedWidth(canonical, 30),
        };

        Assert.NotEqual(canonical, text);
        RkaDocument read = RkaTextReader.Read(text).Document;
        string difference = FormDifference.First(expected, read, kakLineBreaks: family != 5);
        Assert.True(difference.Length == 0, difference);
    }

    private static Property ReadsBack(RkaDocument document, Func<string, string> transform, bool kakLineBreaks)
    {
        string canonical = RkaTextWriter.Write(document);
        RkaDocument expected = RkaTextReader.Read(canonical).Document;
        string text = transform(canonical);
        RkaDocument read = RkaTextReader.Read(text).Document;
        string difference = FormDifference.First(expected, read, kakLineBreaks);
        return (difference.Length == 0).Label(difference + "\n--- text ---\n" + text);
    }
}
