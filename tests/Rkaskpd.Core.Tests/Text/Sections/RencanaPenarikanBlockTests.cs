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
}
