using System.Collections.Generic;
using System.Text;
using Rkaskpd.Text.Layout;
using Xunit;

namespace Rkaskpd.Tests.Text.Layout;

/// <summary>Runs placed on pages written as <c>pdftotext -layout</c> writes a PDF's text.</summary>
public class PlacedRunLayoutTests
{
    private static string Write(params PlacedRun[] runs) => Write(false, runs);

    private static string Write(bool partPadding, params PlacedRun[] runs)
    {
        var text = new StringBuilder();
        PlacedRunLayout.Write(new List<PlacedRun>(runs), text, partPadding);
        return text.ToString();
    }

    [Fact]
    public void A_run_placed_past_any_page_or_nowhere_makes_no_line_of_millions_of_spaces()
    {
        // A hostile or broken source: an x of 1e12, an infinite or NaN place, a width too small to measure.
        string text = Write(
            new PlacedRun(1, 0, 0, 0, 10, "Program"),
            new PlacedRun(1, 1e12, 0, 0, 10, "jauh"),
            new PlacedRun(1, double.PositiveInfinity, 10, 0, 10, "tak"),
            new PlacedRun(1, 0, double.NaN, 0, 10, "hingga"),
            new PlacedRun(1, 0, 20, 1e-300, 1e-300, "kecil"));

        Assert.True(text.Length < 4000, $"{text.Length} characters");
        Assert.StartsWith("Program", text, System.StringComparison.Ordinal);
        Assert.Contains("jauh", text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("hingga", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_at_one_height_are_a_line_ordered_by_x_at_their_columns()
    {
        // 10 pixels high: a character is 4 wide; the page's margin (x 40) is column 0.
        string text = Write(
            new PlacedRun(1, 120, 100, 0, 10, "1.08.01"),
            new PlacedRun(1, 40, 100, 0, 10, "Organisasi"),
            new PlacedRun(1, 40, 116, 0, 10, "Program"),
            new PlacedRun(1, 120, 117, 0, 10, "1.08.1.08.01.15"));
        Assert.Equal("Organisasi          1.08.01\nProgram             1.08.1.08.01.15\n", text);
    }

    [Fact]
    public void A_run_whose_estimate_overlaps_the_next_is_still_a_cell_of_its_own()
    {
        // "Kendaraan roda tiga" is estimated 76 wide from x 0, past the next run at 60: two spaces, not none.
        string text = Write(new PlacedRun(1, 0, 0, 0, 10, "Kendaraan roda tiga"), new PlacedRun(1, 60, 0, 0, 10, "4"));
        Assert.Equal("Kendaraan roda tiga  4\n", text);
    }

    [Fact]
    public void A_run_padded_with_spaces_is_parted_into_cells_at_the_padding()
    {
        // Four spaces or more between two texts part them; the text after the padding is a cell of its own even where
        // the estimate puts it right after the run placed over the padding, and one or two spaces stay in the text.
        PlacedRun[] runs = [new PlacedRun(1, 0, 0, 0, 10, "Masukan" + new string(' ', 20) + "Rp. 1.000,00"), new PlacedRun(1, 40, 0, 0, 10, "Jumlah  Dana Umum")];

        // "Rp." is estimated at x 108, where "Jumlah  Dana Umum" is estimated to end: still two spaces, a new cell.
        Assert.Equal("Masukan   Jumlah  Dana Umum  Rp. 1.000,00\n", Write(true, runs));

        // A text box's typed spaces are its own (Word, OpenDocument): the run is written whole, the box after it.
        Assert.StartsWith("Masukan" + new string(' ', 20) + "Rp. 1.000,00", Write(false, runs), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_that_nearly_touch_are_one_cell_with_one_space()
    {
        // "Rp." ends at 12; "212.450.000,00" starts a character later.
        string text = Write(new PlacedRun(1, 0, 0, 0, 10, "Rp."), new PlacedRun(1, 16, 0, 0, 10, "212.450.000,00"));
        Assert.Equal("Rp. 212.450.000,00\n", text);
    }

    [Fact]
    public void Widths_given_set_the_character_width()
    {
        // 10 characters 50 wide: 5 a character, so x 100 is column 20.
        string text = Write(new PlacedRun(1, 0, 0, 50, 10, "Uraian abc"), new PlacedRun(1, 100, 0, 20, 10, "Jmlh"));
        Assert.Equal("Uraian abc          Jmlh\n", text);
    }

    [Fact]
    public void A_wide_step_between_lines_is_a_blank_line_and_a_new_page_starts_with_a_form_feed()
    {
        string text = Write(
            new PlacedRun(2, 0, 10, 0, 10, "Halaman 2"),
            new PlacedRun(1, 0, 10, 0, 10, "a"),
            new PlacedRun(1, 0, 26, 0, 10, "b"),
            new PlacedRun(1, 0, 42, 0, 10, "c"),
            new PlacedRun(1, 0, 90, 0, 10, "d"));
        Assert.Equal("a\nb\nc\n\nd\n\fHalaman 2\n", text);
    }

    [Fact]
    public void Runs_of_two_sizes_on_one_baseline_share_a_line()
    {
        // A 14-high heading's top 2 above a 10-high run's: their centres are the same. The median height, 14, makes a
        // character 5.6 wide: x 80 is column 14.
        string text = Write(new PlacedRun(1, 0, 98, 0, 14, "FORMULIR"), new PlacedRun(1, 80, 100, 0, 10, "RKA"));
        Assert.Equal("FORMULIR      RKA\n", text);
    }

    [Fact]
    public void White_space_runs_are_dropped_and_no_runs_write_nothing()
    {
        Assert.Equal(string.Empty, Write());
        Assert.Equal("a\n", Write(new PlacedRun(1, 0, 0, 0, 10, "  "), new PlacedRun(1, 0, 20, 0, 10, " a ")));
    }
}
