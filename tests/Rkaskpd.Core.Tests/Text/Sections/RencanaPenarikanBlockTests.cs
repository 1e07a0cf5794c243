using Rkaskpd.Text;
using Rkaskpd.Text.Sections;
using Xunit;

namespace Rkaskpd.Tests.Text.Sections;

/// <summary>A DPA's disbursement plan, per month (SIPD) or per quarter (13/2006): taken out of the form and reported
/// once with its rows.</summary>
public class RencanaPenarikanBlockTests
{
    [Fact]
    public void The_quarterly_plan_is_taken_with_its_rows_and_reported_once()
    {
        var notes = new NoteSink();
        var block = new RencanaPenarikanBlock(notes);

        Assert.True(block.TryRead("Rencana Penarikan Dana per Triwulan", 40));
        Assert.True(block.TryRead("Triwulan I Rp. 0,00", 41));
        Assert.True(block.TryRead("Triwulan IV\tRp. 7.445.000,00", 42));
        Assert.True(block.TryRead("Jumlah Rp. 7.445.000,00", 43));
        Assert.False(block.TryRead("Batu Merah, 2 Januari 2014", 45));

        RawNote note = Assert.Single(notes.Items);
        Assert.Equal((40, TextReaderMessages.NotHeld), (note.Line, note.Code));
        Assert.Contains("Triwulan I Rp. 0,00; Triwulan IV Rp. 7.445.000,00", note.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IV Rp. 7.445.000,00")]
    [InlineData("Triwulan V Rp. 7.445.000,00")]
    [InlineData("Triwulan pertama Rp. 7.445.000,00")]
    public void A_row_that_names_no_period_ends_the_plan(string row)
    {
        var block = new RencanaPenarikanBlock(new NoteSink());
        Assert.True(block.TryRead("Rencana Penarikan Dana per Triwulan", 1));

        Assert.False(block.TryRead(row, 2));
    }

    [Fact]
    public void The_monthly_plan_printed_one_cell_per_line_pairs_each_month_with_its_amount()
    {
        var notes = new NoteSink();
        var block = new RencanaPenarikanBlock(notes);
        string[] lines = ["Rencana Penarikan Dana per Bulan", "Januari", "Rp. 0,00", "Juli", "Rp. 4.305.000,00", "Jumlah", "Rp. 4.305.000,00"];

        for (int i = 0; i < lines.Length; i++)
        {
            Assert.True(block.TryRead(lines[i], 100 + i), lines[i]);
        }

        Assert.False(block.TryRead("Lembah Hijau, 2 Januari 2024", 110));
        RawNote note = Assert.Single(notes.Items);
        Assert.Equal(100, note.Line);
        Assert.Contains("Januari Rp. 0,00; Juli Rp. 4.305.000,00; Jumlah Rp. 4.305.000,00", note.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_alone_after_a_whole_row_ends_the_plan()
    {
        var block = new RencanaPenarikanBlock(new NoteSink());
        Assert.True(block.TryRead("Rencana Penarikan Dana per Bulan", 1));
        Assert.True(block.TryRead("Januari Rp. 0,00", 2));

        Assert.False(block.TryRead("Rp. 4.305.000,00", 3));
    }
}
